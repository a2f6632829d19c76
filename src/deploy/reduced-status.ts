// What the deploy says about the wiki's reduced Geo Editors data (issue 19 item 4): none (readers
// read the release files, live, as before), or what the index lists and which months are missing
// inside each listed span.

import type { Mwn } from 'mwn';
import { INDEX_TITLE, decodeMonths, parseIndex, type ReducedIndex } from '../geo-editors/data/reduced-index';
import { monthRange } from '../geo-editors/data/types';
import { readPages } from './wiki';

/** Lines describing an index (pure: tested without a wiki). */
export function describeReduced( index: ReducedIndex | null ): string[] {
	if ( !index ) {
		return [ 'Reduced Geo Editors data: none on this wiki (no ' + INDEX_TITLE + '): readers read the release files. Publish with npm run publish-reduced.' ];
	}
	const lines = [ `Reduced Geo Editors data (index of ${ index.updated }):` ];
	const kinds: [ string, Record<string, string[]> ][] = [
		[ 'countries', index.countries ], [ 'wikis', index.wikis ], [ 'weekly', index.weekly ] ];
	for ( const [ kind, table ] of kinds ) {
		const keys = Object.keys( table );
		lines.push( `  ${ kind }: ${ keys.length ? keys.map( ( k ) => `${ k } ${ table[ k ].join( ', ' ) }` ).join( '; ' ) : 'none' }` );
		for ( const k of keys ) {
			const months = decodeMonths( table[ k ] ) || [];
			const missing = months.length ? monthRange( months[ 0 ], months[ months.length - 1 ] )
				.filter( ( m ) => !months.includes( m ) ) : [];
			if ( missing.length ) {
				lines.push( `  missing ${ kind } ${ k }: ${ missing.join( ', ' ) } (readers read the release for them)` );
			}
		}
	}
	return lines;
}

export async function reducedStatus( bot: Mwn ): Promise<string[]> {
	const { pages } = await readPages( bot, [ INDEX_TITLE ] );
	const page = pages.get( INDEX_TITLE );
	let index: ReducedIndex | null;
	try {
		index = page && page.exists ? parseIndex( JSON.parse( page.content ) ) : null;
	} catch {
		index = null;
	}
	return describeReduced( index );
}
