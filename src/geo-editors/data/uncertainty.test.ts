import { describe, it, expect } from 'vitest';
import { cellHalfWidth, cellEstimate, sumEstimates, differenceEstimate, scaleEstimate, sumHalfWidth, Z95 } from './uncertainty';

describe( 'interval maths', () => {
	it( 'one cell: ln(20)/ε', () => {
		expect( cellHalfWidth( 1.1 ) ).toBeCloseTo( 2.7234, 3 );
		expect( cellHalfWidth( 0.2 ) ).toBeCloseTo( 14.979, 2 );
		expect( cellHalfWidth( 0.1 ) ).toBeCloseTo( 29.957, 2 );
	} );

	it( 'the one-cell half-width really covers 95% of Laplace noise', () => {
		// P(|X| > t) = exp(−t·ε) for Laplace(1/ε).
		const eps = 1.1;
		expect( Math.exp( -cellHalfWidth( eps ) * eps ) ).toBeCloseTo( 0.05, 10 );
	} );

	it( 'sum of k cells: sd √(2k)/ε', () => {
		const cells = [ cellEstimate( 5217, 1.1 ), cellEstimate( 777, 1.1 ),
			cellEstimate( 76, 1.1 ) ];
		const sum = sumEstimates( cells )!;
		expect( sum.value ).toBe( 6070 );
		expect( sum.cells ).toBe( 3 );
		expect( sum.sd ).toBeCloseTo( Math.sqrt( 6 ) / 1.1, 10 );
		expect( sum.half ).toBeCloseTo( Z95 * Math.sqrt( 6 ) / 1.1, 10 );
		expect( sumHalfWidth( 3, 1.1 ) ).toBeCloseTo( sum.half, 10 );
		expect( sumHalfWidth( 1, 1.1 ) ).toBeCloseTo( cellHalfWidth( 1.1 ), 10 );
	} );

	it( 'a sum of one cell keeps the exact Laplace interval; nothing gives null', () => {
		expect( sumEstimates( [ cellEstimate( 5, 0.2 ) ] )!.half )
			.toBeCloseTo( cellHalfWidth( 0.2 ), 10 );
		expect( sumEstimates( [] ) ).toBeNull();
	} );

	it( 'mixed ε: variances add', () => {
		const sum = sumEstimates( [ cellEstimate( 10, 1 ), cellEstimate( 10, 0.5 ) ] )!;
		expect( sum.sd ).toBeCloseTo( Math.sqrt( 2 + 8 ), 10 );
	} );

	it( 'differences add the noise of both sides; averages divide it', () => {
		const d = differenceEstimate( cellEstimate( 100, 1.1 ), cellEstimate( 60, 1.1 ) );
		expect( d.value ).toBe( 40 );
		expect( d.sd ).toBeCloseTo( 2 / 1.1, 10 );
		const avg =
			scaleEstimate( sumEstimates( [ cellEstimate( 10, 1 ), cellEstimate( 20, 1 ) ] )!, 2 );
		expect( avg.value ).toBe( 15 );
		expect( avg.sd ).toBeCloseTo( 1, 10 );
	} );
} );
