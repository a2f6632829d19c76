import { describe, it, expect } from 'vitest';
import { buildCells, cellKey, cellsFor, conflictsIn, readCell, MAX_CELLS } from './map-cells';

describe( 'snapshot map cells', () => {
	it( 'keys 10° cells from the south pole and 180° W', () => {
		expect( cellKey( -90, -180 ) ).toBe( '0-0' );
		expect( cellKey( -33.05, -71.6 ) ).toBe( '5-10' );
		expect( cellKey( 90, 180 ) ).toBe( '17-0' ); // 180° E is 180° W
	} );

	it( 'covers bounds with the cells they touch, wrapping at the antimeridian, none for a world map', () => {
		expect( cellsFor( { south: -34, west: -72, north: -32, east: -71 } ) ).toEqual( [ '5-10' ] );
		expect( cellsFor( { south: -34, west: -72, north: -28, east: -69 } )!.sort() ).toEqual( [ '5-10', '5-11', '6-10', '6-11' ] );
		expect( cellsFor( { south: -20, west: 175, north: -15, east: 185 } )!.sort() ).toEqual( [ '7-0', '7-35' ] );
		expect( cellsFor( { south: -80, west: -180, north: 80, east: 180 } ) ).toBeNull();
		expect( MAX_CELLS ).toBeGreaterThan( 4 );
	} );

	it( 'builds pages a static map reads back, and refuses what is not a cell of this snapshot', () => {
		const cells = buildCells( [
			{ id: 'Q1', label: 'A', lat: -33.05, lon: -71.6, sector: 'mining', approximate: false, article: 'A' },
			{ id: 'Q2', label: 'B', lat: 95, lon: 0, sector: 'water', approximate: true },
		] );
		expect( Object.keys( cells ) ).toEqual( [ '5-10' ] );
		const page = { format: 1, generation: 'g1', conflicts: cells[ '5-10' ] };
		expect( readCell( page, 'g1' ) ).toEqual( [ { id: 'Q1', label: 'A', lat: -33.05, lon: -71.6, sector: 'mining', approximate: false, article: 'A' } ] );
		expect( () => readCell( page, 'g2' ) ).toThrow();
		expect( readCell( { format: 1, generation: 'g1', conflicts: [ [ 'javascript:x', 'A', 0, 0, 'x', 0, '' ], [ 'Q3', 'C', 200, 0, 'x', 0, '' ] ] }, 'g1' ) ).toEqual( [] );
	} );

	it( 'reads only cells that exist and that the map covers', async () => {
		const read: string[] = [];
		const found = await conflictsIn( [ { south: -34, west: -72, north: -28, east: -69 } ], [ '5-10', '9-9' ], 'g', async ( key ) => {
			read.push( key );
			return { format: 1, generation: 'g', conflicts: [ [ 'Q1', 'A', -33, -71, 'mining', 0, '' ] ] };
		} );
		expect( read ).toEqual( [ '5-10' ] );
		expect( found!.map( ( c ) => c.id ) ).toEqual( [ 'Q1' ] );
		expect( await conflictsIn( [ { south: 60, west: -25, north: 68, east: -12 } ], [ '5-10' ], 'g', async () => {
			throw new Error( 'no request expected' );
		} ) ).toEqual( [] );
	} );
} );
