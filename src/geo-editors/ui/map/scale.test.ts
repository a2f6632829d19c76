import { describe, it, expect } from 'vitest';
import { breaksFor, classOf, MAX_CLASSES } from './scale';

describe( 'map scale', () => {
	it( 'uses 1–3–10 steps up to the largest value, at most six classes, the first from 0', () => {
		expect( breaksFor( 6070 ) ).toEqual( [ 0, 30, 100, 300, 1000, 3000 ] );
		expect( breaksFor( 52000 ) ).toHaveLength( MAX_CLASSES );
		expect( breaksFor( 52000 ) ).toEqual( [ 0, 300, 1000, 3000, 10000, 30000 ] );
		expect( breaksFor( 12 ) ).toEqual( [ 0, 3, 10 ] );
	} );

	it( 'puts each value in its class, low values in the first, never a class for "not published"', () => {
		const b = breaksFor( 6070 );
		expect( classOf( 8, b ) ).toBe( 0 );
		expect( classOf( 30, b ) ).toBe( 1 );
		expect( classOf( 6070, b ) ).toBe( 5 );
		expect( classOf( 2999, b ) ).toBe( 4 );
	} );
} );
