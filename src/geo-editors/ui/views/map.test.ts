import { describe, it, expect, beforeAll } from 'vitest';
import { mapView } from './map';
import { useEnglish, monthInput, wiki, cellOf } from './test-helpers';
import { breaksFor, classOf } from '../map/scale';
import type { Outline } from '../../data/geoshapes';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const SQUARE: Outline =
	[ [ [ [ -70, -30 ], [ -69, -30 ], [ -69, -29 ], [ -70, -29 ], [ -70, -30 ] ] ] ];

describe( 'mapView', () => {
	beforeAll( useEnglish );

	it( 'ranks the countries of the month with their intervals (Chile real, the others synthetic)', () => {
		const out = mapView( Object.assign( monthInput( '2023-12', ES, undefined, true ), { outlines: new Map( [ [ 'CL', SQUARE ] ] ) } ) );
		const ranks = out.table.rows.filter( ( r ) => ( r.cells[ 0 ] as { kind: string } ).kind === 'number' ).map( ( r ) => r.key );
		expect( ranks.length ).toBeGreaterThan( 20 );
		// Real Chile rows of 2023-12 on es.wikipedia: 4020 + 851 + 61.
		expect( cellOf( out.table, 'CL', 'editors' ) ).toMatchObject( { kind: 'estimate', estimate: { value: 4020 + 851 + 61 } } );
		const values = ranks.map( ( k ) => ( cellOf( out.table, k, 'editors' ) as { estimate: { value: number } } ).estimate.value );
		expect( values ).toEqual( values.slice().sort( ( a, b ) => b - a ) );
	} );

	it( 'names the protected countries as never released, not as low values, and gives the legend their own swatches', () => {
		const out = mapView( Object.assign( monthInput( '2023-12', ES, undefined, true ), { outlines: new Map() } ) );
		expect( cellOf( out.table, 'CN', 'editors' ) ).toEqual( { kind: 'text', text: 'never released (protection list)' } );
		expect( cellOf( out.table, 'CN', 'rank' ) ).toEqual( { kind: 'text', text: '' } );
		const legend = Array.from( out.figure!.querySelectorAll( '.geo-editors-map-legend li' ) ).map( ( li ) => li.textContent );
		expect( legend.slice( -2 ) ).toEqual( [ 'Not published (below the release threshold)', 'Never released (protection list)' ] );
		expect( legend[ 0 ] ).toBe( '0 to 99' );
		expect( out.table.notes.join( ' ' ) ).toContain( 'protection list had 35 countries' );
		expect( out.figure!.querySelector( '.geo-editors-map' ) ).not.toBeNull();
		expect( out.onShown ).toBeTypeOf( 'function' );
	} );

	it( 'leaves the map out with a warning, never the numbers, when the outlines failed', () => {
		const out = mapView( Object.assign( monthInput( '2023-12', ES ), { outlines: null } ) );
		expect( out.figure!.querySelector( '.geo-editors-map' ) ).toBeNull();
		expect( out.figure!.textContent ).toContain( 'could not be loaded' );
		expect( out.onShown ).toBeUndefined();
		expect( cellOf( out.table, 'CL', 'editors' ) ).toMatchObject( { estimate: { value: 4932 } } );
	} );

	it( 'shades the largest value in the top class and small ones in the lowest, on 1–3–10 steps', () => {
		const b = breaksFor( 52000 );
		expect( classOf( 52000, b ) ).toBe( b.length - 1 );
		expect( classOf( 9, b ) ).toBe( 0 );
	} );
} );
