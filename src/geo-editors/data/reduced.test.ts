import { describe, it, expect } from 'vitest';
import { chileRows, SAMPLE_MONTHS } from './testing-rows';
import { RowIndex, buildSeries } from './aggregate';
import { reducePage, serializePage, parsePage, reducedTitle } from './reduced';
import type { GeoRow } from './types';

const META = { release: 'geoeditors_monthly', dataDate: '2024-01-05T00:00:00Z' };

/** The rows of the real Chile months as the gadget reads them back from the reduced pages. */
function viaPages( rows: GeoRow[] ): GeoRow[] {
	return SAMPLE_MONTHS.reduce<GeoRow[]>( ( all, m ) => {
		const text = serializePage( reducePage( rows, 'CL', m, META ) );
		const parsed = parsePage( JSON.parse( text ), 'CL', m );
		expect( parsed ).not.toBeNull();
		return all.concat( ( parsed as { rows: GeoRow[] } ).rows );
	}, [] );
}

describe( 'reduced pages', () => {
	it( 'give the same rows, numbers, intervals and not-published cells as the release files (real Chile months)', () => {
		const tsv = chileRows();
		const reduced = viaPages( tsv );
		expect( reduced ).toEqual( tsv );
		const wikis = Array.from( new Set( tsv.map( ( r ) => r.wikiDb ) ) ).concat( 'zzwiki' );
		let unpublished = 0;
		for ( const wikiDb of wikis ) {
			const a = buildSeries( new RowIndex( tsv ), { country: 'CL', wikiDb }, SAMPLE_MONTHS );
			const b = buildSeries( new RowIndex( reduced ), { country: 'CL', wikiDb }, SAMPLE_MONTHS );
			expect( b ).toEqual( a );
			unpublished += JSON.stringify( a ).split( '"published":false' ).length - 1;
		}
		// The comparison covers cells the release left out, not only published ones.
		expect( unpublished ).toBeGreaterThan( 0 );
	} );

	it( 'keeps blank edit counts blank', () => {
		const row = Object.assign( {}, chileRows()[ 0 ], { edits: null } );
		const parsed = parsePage( JSON.parse( serializePage( reducePage( [ row ], 'CL', row.month, META ) ) ), 'CL', row.month );
		expect( parsed?.rows[ 0 ].edits ).toBeNull();
	} );

	it( 'refuses a page for another country or month, or with hostile rows', () => {
		const page = reducePage( chileRows(), 'CL', '2023-08', META );
		expect( parsePage( page, 'AR', '2023-08' ) ).toBeNull();
		expect( parsePage( page, 'CL', '2023-09' ) ).toBeNull();
		const bad = JSON.parse( JSON.stringify( page ) );
		bad.rows[ 0 ][ 0 ] = '<img src=x onerror=alert(1)>';
		expect( parsePage( bad, 'CL', '2023-08' ) ).toBeNull();
		bad.rows[ 0 ][ 0 ] = 'eswiki';
		bad.rows[ 0 ][ 2 ] = 7;
		expect( parsePage( bad, 'CL', '2023-08' ) ).toBeNull();
		expect( parsePage( null, 'CL', '2023-08' ) ).toBeNull();
	} );

	it( 'names pages only for valid country codes and months', () => {
		expect( reducedTitle( 'CL', '2023-08' ) ).toBe( 'MediaWiki:Gadget-geo-editors-data/CL/2023-08.json' );
		expect( () => reducedTitle( 'cl]]', '2023-08' ) ).toThrow();
		expect( () => reducedTitle( 'CL', '2023-13' ) ).toThrow();
	} );
} );
