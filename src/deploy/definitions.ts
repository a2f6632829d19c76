// Merging our lines into MediaWiki:Gadgets-definition, a page shared with the site's other gadgets.
//
// Only the lines of our gadget ids are touched; every other byte stays as it was.

export const DEFINITIONS_PAGE = 'MediaWiki:Gadgets-definition';

// The grammar of the Gadgets extension (MediaWikiGadgetsDefinitionRepo::listFromDefinition and
// newFromDefinition, REL1_43; read in MediaWiki 1.43.9 and on GitHub, docs/deploy.md), restated:
// - `<!-- … -->` comments are removed first (they may span lines; an unclosed one stays text);
// - a heading is "==" or more, a name without spaces, "*", ":" or "|", and "==" or more;
// - a definition starts the line with one or more "*", then spaces, a name (a letter, then letters,
//   digits, "-", "_", ":", ".", spaces, ending in a letter or digit), optional "[options]" and at
//   least one "| page"; spaces in the name become "_";
// - the last definition of an id wins.
// PHP's \s and \w without the /u flag are ASCII: so are these.
// Bounded: a line of the page, and no quantifier nests over the same characters.
// eslint-disable-next-line security/detect-unsafe-regex
const DEFINITION_LINE = /^\*+ *([a-zA-Z](?:[-_:.a-zA-Z0-9 ]*[a-zA-Z0-9])?)(?:[ \t\f\v]*\[.*?\])?[ \t\f\v]*(?:\|[^|]*)+$/;
const HEADING = /^==+ *([^*:\s|]+)[ \t\f\v]*(?<!=)==+[ \t\f\v]*$/;
/** ResourceLoader's longest module name, less "ext.gadget.". */
const MAX_ID_LENGTH = 255 - 'ext.gadget.'.length;

/** The gadget id a definition line defines, or null for lines the extension does not read. */
export function definitionId( line: string ): string | null {
	const m = DEFINITION_LINE.exec( line.replace( /[ \t\f\v]+$/, '' ) );
	if ( !m ) {
		return null;
	}
	const id = m[ 1 ].replace( / /g, '_' );
	return id.length <= MAX_ID_LENGTH ? id : null;
}

/** A line as the extension reads it, with where it is in the page text (comments removed). */
interface LogicalLine {
	text: string;
	/** Offsets in the page text: from its first to after its last character read. */
	start: number;
	end: number;
}

/**
 * The page's lines as the extension splits them: comments removed, then split at line breaks,
 * each line keeping the span of page text it came from.
 */
function logicalLines( page: string ): LogicalLine[] {
	let text = '';
	const origin: number[] = [];
	for ( let i = 0; i < page.length; ) {
		if ( page.startsWith( '<!--', i ) ) {
			const close = page.indexOf( '-->', i + 4 );
			if ( close !== -1 ) {
				i = close + 3;
				continue;
			}
		}
		text += page[ i ];
		origin.push( i );
		i++;
	}
	const lines: LogicalLine[] = [];
	const re = /[^\r\n]+/g;
	for ( let m = re.exec( text ); m !== null; m = re.exec( text ) ) {
		lines.push( { text: m[ 0 ], start: origin[ m.index ],
			end: origin[ m.index + m[ 0 ].length - 1 ] + 1 } );
	}
	return lines;
}

/** The definitions the extension reads on the page, in page order (an id may repeat). */
function readDefinitions( page: string ): ( LogicalLine & { id: string } )[] {
	return logicalLines( page ).flatMap( ( l ) => {
		const id = definitionId( l.text );
		return id === null ? [] : [ { ...l, id } ];
	} );
}

/** Each id's definition line as the extension keeps it (the last one). */
export function effectiveDefinitions( page: string ): Map<string, string> {
	return new Map( readDefinitions( page ).map( ( d ) => [ d.id, d.text ] ) );
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
	return readDefinitions( text ).filter( ( d ) => wanted.has( d.id ) )
		.map( ( d ) => d.text ).join( '\n' );
}

/** After `at`, past comments that end the line (the extension reads them as nothing). */
function pastTrailingComments( text: string, at: number ): number {
	let i = at;
	for ( ;; ) {
		const close = text.startsWith( '<!--', i ) ? text.indexOf( '-->', i + 4 ) : -1;
		if ( close === -1 ) {
			return i;
		}
		i = close + 3;
	}
}

/** Where to add lines to the `section` section: after its last line, or null without one. */
function sectionEnd( text: string, section: string ): number | null {
	const lines = logicalLines( text );
	const at = lines.findIndex( ( l ) => HEADING.exec( l.text )?.[ 1 ] === section );
	if ( at === -1 ) {
		return null;
	}
	let last = lines[ at ];
	for ( const l of lines.slice( at + 1 ) ) {
		if ( HEADING.test( l.text ) ) {
			break;
		}
		if ( l.text.trim() !== '' ) {
			last = l;
		}
	}
	return pastTrailingComments( text, last.end );
}

/**
 * Merge our definition lines into the current page text, reading it as the Gadgets extension does
 * (any number of "*", comments, last definition wins):
 * - the first definition of an id of ours is replaced by our line, in place; its later
 *   definitions are removed (a line left empty by that goes too);
 * - ids not yet on the page are added at the end of the `== <section> ==` section, which is
 *   created at the end of the page when missing;
 * - everything else is kept byte for byte.
 */
export function mergeDefinitions( current: string, definitions: Record<string, string[]>,
	section: string ): string {
	const ours = linesById( definitions );
	const seen = new Set<string>();
	const edits: { start: number; end: number; text: string }[] = [];
	for ( const d of readDefinitions( current ) ) {
		if ( !ours.has( d.id ) ) {
			continue;
		}
		if ( !seen.has( d.id ) ) {
			edits.push( { start: d.start, end: d.end, text: ours.get( d.id ) as string } );
			seen.add( d.id );
			continue;
		}
		// A later duplicate: remove it, with its line when nothing else is on it.
		const lineStart = current.lastIndexOf( '\n', d.start - 1 ) + 1;
		const nl = current.indexOf( '\n', d.end );
		const lineEnd = nl === -1 ? current.length : nl;
		const alone = current.slice( lineStart, d.start ).trim() === '' &&
			current.slice( d.end, lineEnd ).trim() === '';
		edits.push( alone ?
			{ start: lineStart, end: nl === -1 ? lineEnd : nl + 1, text: '' } :
			{ start: d.start, end: d.end, text: '' } );
	}
	let out = current;
	for ( const e of edits.sort( ( a, b ) => b.start - a.start ) ) {
		out = out.slice( 0, e.start ) + e.text + out.slice( e.end );
	}
	const missing = [ ...ours ].filter( ( [ id ] ) => !seen.has( id ) )
		.map( ( [ , line ] ) => line );
	if ( missing.length === 0 ) {
		return out;
	}
	const at = sectionEnd( out, section );
	if ( at !== null ) {
		return out.slice( 0, at ) + '\n' + missing.join( '\n' ) + out.slice( at );
	}
	// A new section at the end, keeping a trailing newline if the page had one.
	const body = out.replace( /\n+$/, '' );
	const block = [ `== ${ section } ==`, ...missing ].join( '\n' );
	return ( body === '' ? block : body + '\n\n' + block ) + ( body !== out ? '\n' : '' );
}
