import { formatNumber } from '../../core/messages';
import { describe, it, expect } from 'vitest';
import { countryItem, parseGeoshapes, outlineOf, mappedCountries, MAX_POINTS_PER_ANSWER, ShapesTooLargeError } from './geoshapes';
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

	it( 'bounds the points of one answer: 1.5 M points are simplified under the budget before anything is kept (issue 22 item 14)', () => {
		// A hostile (or misconfigured) map service: one outline of 1.5 M points around Chile.
		const n = 1_500_000;
		const ring: [ number, number ][] = [];
		for ( let i = 0; i < n; i++ ) {
			const t = ( i / n ) * 2 * Math.PI;
			ring.push( [ -71 + 3 * Math.cos( t ), -35 + 15 * Math.sin( t ) ] );
		}
		ring.push( ring[ 0 ] );
		const huge = { type: 'FeatureCollection', features: [
			{ type: 'Feature', id: 'Q298', geometry: { type: 'Polygon', coordinates: [ ring ] } },
			{ type: 'Feature', id: 'Q414', geometry: { type: 'Polygon', coordinates: [ [ [ -65, -35 ], [ -60, -35 ], [ -60, -30 ], [ -65, -35 ] ] ] } },
		] };
		const outlines = parseGeoshapes( huge, new Map( [ [ 'Q298', 'CL' ], [ 'Q414', 'AR' ] ] ) );
		const points = ( code: string ): number => outlines.get( code )!.flat( 1 ).reduce( ( a, r ) => a + r.length, 0 );
		expect( points( 'CL' ) + points( 'AR' ) ).toBeLessThanOrEqual( MAX_POINTS_PER_ANSWER );
		expect( points( 'CL' ) ).toBeGreaterThan( MAX_POINTS_PER_ANSWER / 2 );
		// Still a closed ring with the same extent, and the small shape kept whole.
		const cl = outlines.get( 'CL' )![ 0 ][ 0 ];
		expect( cl[ 0 ] ).toEqual( cl[ cl.length - 1 ] );
		expect( Math.min( ...cl.map( ( p ) => p[ 1 ] ) ) ).toBeLessThan( -49.9 );
		expect( points( 'AR' ) ).toBe( 4 );
	} );

	it( 'refuses, with a message, an answer that no simplification brings under the budget', () => {
		// 100,000 rings of 4 points each: every ring is already as small as a ring can be.
		const polygons = [];
		for ( let i = 0; i < 100_000; i++ ) {
			const x = -70 + ( i % 300 ) * 0.01;
			const y = -30 - Math.floor( i / 300 ) * 0.01;
			polygons.push( [ [ [ x, y ], [ x + 0.005, y ], [ x, y + 0.005 ], [ x, y ] ] ] );
		}
		const confetti = { type: 'FeatureCollection', features: [ { type: 'Feature', id: 'Q298', geometry: { type: 'MultiPolygon', coordinates: polygons } } ] };
		expect( () => parseGeoshapes( confetti, new Map( [ [ 'Q298', 'CL' ] ] ) ) ).toThrow( ShapesTooLargeError );
		try {
			parseGeoshapes( confetti, new Map( [ [ 'Q298', 'CL' ] ] ) );
		} catch ( e ) {
			// Its own message (what happened, the rest of the map still works), with the points.
			expect( ( e as ShapesTooLargeError ).messageKey ).toBe( 'geo-editors-map-shapes-too-large' );
			expect( ( e as ShapesTooLargeError ).params ).toEqual( [ formatNumber( ( e as ShapesTooLargeError ).points ), formatNumber( 100000 ) ] );
		}
	} );
} );
