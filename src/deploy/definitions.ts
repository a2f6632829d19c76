// Merging our lines into MediaWiki:Gadgets-definition, a page shared with the site's other gadgets.
//
// Only the lines of our gadget ids are touched; every other byte stays as it was.

export const DEFINITIONS_PAGE = 'MediaWiki:Gadgets-definition';

// "* id [options] | files" or "* id | files" (Gadgets extension's MediaWikiGadgetsDefinitionRepo).
const DEFINITION_LINE = /^\*\s*([a-zA-Z][-a-zA-Z0-9_.:]*)\s*[[|]/;
const HEADING = /^(=+)\s*(.*?)\s*\1\s*$/;

/** The gadget id a definition line defines, or null for other lines. */
export function definitionId( line: string ): string | null {
	const m = DEFINITION_LINE.exec( line.trim() );
	return m ? m[ 1 ] : null;
}

/** Our definition lines keyed by gadget id (several ids per gadget, e.g. geo-editors-core). */
export function linesById( definitions: Record<string, string[]> ): Map<string, string> {
	const byId = new Map<string, string>();
	for ( const lines of Object.values( definitions ) ) {
		for ( const line of lines ) {
			const id = definitionId( line );
			if ( !id ) {
				throw new Error( `not a gadget definition line: ${ line }` );
			}
			byId.set( id, line );
		}
	}
	return byId;
}

/**
 * The lines of `text` that define one of `ids`, in page order, joined by newlines: what the
 * on-wiki refusal check compares (edits to other gadgets' lines don't concern us).
 */
export function ourDefinitionLines( text: string, ids: Iterable<string> ): string {
	const wanted = new Set( ids );
	return text.split( '\n' ).filter( ( l ) => {
		const id = definitionId( l );
		return id !== null && wanted.has( id );
	} ).join( '\n' );
}

/**
 * Merge our definition lines into the current page text:
 * - a line whose id is ours is replaced by our line (in place; later duplicates are dropped);
 * - ids not yet on the page are added at the end of the `== <section> ==` section, which is
 *   created at the end of the page when missing;
 * - everything else is kept byte for byte.
 */
export function mergeDefinitions( current: string, definitions: Record<string, string[]>,
	section: string ): string {
	const ours = linesById( definitions );
	const lines = current === '' ? [] : current.split( '\n' );
	const seen = new Set<string>();
	const out: string[] = [];
	for ( const line of lines ) {
		const id = definitionId( line );
		if ( id !== null && ours.has( id ) ) {
			if ( !seen.has( id ) ) {
				out.push( ours.get( id ) as string );
				seen.add( id );
			}
			continue;
		}
		out.push( line );
	}
	const missing = [ ...ours ].filter( ( [ id ] ) => !seen.has( id ) )
		.map( ( [ , line ] ) => line );
	if ( missing.length === 0 ) {
		return out.join( '\n' );
	}

	const headingAt = out.findIndex( ( l ) => {
		const m = HEADING.exec( l );
		return m !== null && m[ 2 ] === section;
	} );
	if ( headingAt === -1 ) {
		// New section at the end, keeping a trailing newline if the page had one.
		const hadTrailingNewline = out.length > 0 && out[ out.length - 1 ] === '';
		while ( out.length > 0 && out[ out.length - 1 ] === '' ) {
			out.pop();
		}
		const block = [ `== ${ section } ==`, ...missing ];
		const merged = out.length > 0 ? [ ...out, '', ...block ] : block;
		return merged.join( '\n' ) + ( hadTrailingNewline ? '\n' : '' );
	}
	// Insert after the last non-blank line of our section (before the next heading).
	let end = out.length;
	for ( let i = headingAt + 1; i < out.length; i++ ) {
		if ( HEADING.test( out[ i ] ) ) {
			end = i;
			break;
		}
	}
	let insertAt = end;
	while ( insertAt > headingAt + 1 && out[ insertAt - 1 ].trim() === '' ) {
		insertAt--;
	}
	out.splice( insertAt, 0, ...missing );
	return out.join( '\n' );
}
