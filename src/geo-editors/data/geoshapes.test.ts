import { describe, it, expect } from 'vitest';
import { countryItem, parseGeoshapes, outlineOf, mappedCountries } from './geoshapes';
import { geoshapeAnswer } from '../../../localwiki/geoshape.mjs';
import table from './country-items.json';

describe( 'country items and geoshapes', () => {
	it( 'maps ISO codes to Wikidata items, one item per code, and refuses what is not a code', () => {
		expect( countryItem( 'CL' ) ).toBe( 'Q298' );
		expect( countryItem( 'AR' ) ).toBe( 'Q414' );
		expect( countryItem( 'constructor' ) ).toBeNull();
		expect( countryItem( 'ZZ' ) ).toBeNull();
		const items = Object.values(
			( table as unknown as { items: Record<string, [ string, string | null ]> } ).items,
		).map( ( v ) => v[ 0 ] );
		expect( new Set( items ).size ).toBe( items.length );
		expect( items.every( ( q ) => /^Q[1-9][0-9]*$/.test( q ) ) ).toBe( true );
		expect( mappedCountries().length ).toBeGreaterThan( 190 );
	} );

	it( 'reads the service answer shape (the stand-in answers it from Natural Earth) into outlines by country', () => {
		const answer = geoshapeAnswer( new URLSearchParams( 'getgeojson=1&ids=Q298,Q414' ) );
		const outlines = parseGeoshapes( answer.body, new Map( [ [ 'Q298', 'CL' ], [ 'Q414', 'AR' ] ] ) );
		expect( Array.from( outlines.keys() ).sort() ).toEqual( [ 'AR', 'CL' ] );
		// Chile lies between 17°S and 56°S.
		const lats = outlines.get( 'CL' )!.flat( 2 ).map( ( p ) => p[ 1 ] );
		expect( Math.max( ...lats ) ).toBeLessThan( -17 );
		expect( Math.min( ...lats ) ).toBeGreaterThan( -56.5 );
	} );

	it( 'drops features it did not ask for and geometry that is not a valid polygon', () => {
		const bad = { type: 'FeatureCollection', features: [
			{ type: 'Feature', id: 'Q298', geometry: { type: 'Point', coordinates: [ 0, 0 ] } },
			{ type: 'Feature', id: 'Q1', geometry: { type: 'Polygon', coordinates: [ [ [ 0, 0 ], [ 1, 0 ], [ 1, 1 ], [ 0, 0 ] ] ] } },
			{ type: 'Feature', id: 'Q414', geometry: { type: 'Polygon', coordinates: [ [ [ 0, 0 ], [ 999, 0 ], [ 1, 1 ], [ 0, 0 ] ] ] } },
		] };
		expect( parseGeoshapes( bad, new Map( [ [ 'Q298', 'CL' ], [ 'Q414', 'AR' ] ] ) ).size ).toBe( 0 );
		expect( () => parseGeoshapes( '<html>', new Map() ) ).toThrow();
		expect( outlineOf( { type: 'MultiPolygon', coordinates: [] } ) ).toBeNull();
	} );
} );
