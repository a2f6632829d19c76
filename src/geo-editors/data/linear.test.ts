import { describe, it, expect } from 'vitest';
import { LinearCombination, laplaceSumTail } from './linear';
import { chileRows } from './testing-rows';
import { Z95, LN20 } from './uncertainty';
import type { GeoRow } from './types';

const rows = chileRows();
const es = ( month: string, level: string ): GeoRow => rows.find( ( r ) => r.wikiDb === 'eswiki' && r.month === month && r.level === level )!;

describe( 'weighted sums of cells', () => {
	it( 'one cell keeps its exact Laplace half-width; k cells combine variances', () => {
		const one = new LinearCombination().add( es( '2023-08', '5 to 99' ), 1 ).estimate()!;
		expect( one.value ).toBe( 777 );
		expect( one.half ).toBeCloseTo( LN20 / 1.1, 12 );
		const three = new LinearCombination().add( es( '2023-08', '1 to 4' ), 1 ).add( es( '2023-08', '5 to 99' ), 1 ).add( es( '2023-08', '100 or more' ), 1 ).estimate()!;
		expect( three.value ).toBe( 5217 + 777 + 76 );
		expect( three.sd ).toBeCloseTo( Math.sqrt( 6 ) / 1.1, 12 );
		expect( three.half ).toBeCloseTo( Z95 * Math.sqrt( 6 ) / 1.1, 12 );
		// Adding widths would say ± 8.2; the variance rule says ± 4.4.
		expect( three.half / ( 3 * LN20 / 1.1 ) ).toBeCloseTo( 0.534, 3 );
	} );

	it( 'a cell added with opposite weights cancels, noise included', () => {
		const c = new LinearCombination().add( es( '2023-08', '1 to 4' ), 1 ).add( es( '2023-09', '1 to 4' ), 1 ).add( es( '2023-08', '1 to 4' ), -1 );
		const e = c.estimate()!;
		expect( e.value ).toBe( 4894 );
		expect( e.cells ).toBe( 1 );
		expect( e.half ).toBeCloseTo( LN20 / 1.1, 12 );
	} );

	it( 'is null for nothing', () => {
		expect( new LinearCombination().estimate() ).toBeNull();
	} );
} );

describe( 'the normal approximation against the exact Laplace sum', () => {
	it( 'the tail is exact for one and two cells (closed forms) and matches the normal limit', () => {
		expect( laplaceSumTail( 1, 1, LN20 ) ).toBeCloseTo( 0.05, 12 );
		// Two cells: P(|S| > t) = e^(−t/b)(1 + t/(2b)).
		expect( laplaceSumTail( 2, 2, 5 ) ).toBeCloseTo( Math.exp( -2.5 ) * ( 1 + 1.25 ), 12 );
		expect( laplaceSumTail( 3, 1, 0 ) ).toBeCloseTo( 1, 12 );
	} );

	it( 'the ± shown (1.96 sd) covers 94.1% for two cells and tends to 95%', () => {
		const coverage = ( k: number ): number => 1 - laplaceSumTail( k, 1,
			Z95 * Math.sqrt( 2 * k ) );
		expect( coverage( 2 ) ).toBeCloseTo( 0.9413, 4 );
		expect( coverage( 6 ) ).toBeCloseTo( 0.9463, 4 );
		expect( coverage( 30 ) ).toBeCloseTo( 0.9492, 4 );
	} );
} );
