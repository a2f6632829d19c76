import { describe, it, expect } from 'vitest';
import { periodValue, periodDifference, comparePeriods } from './periods';
import { chileIndex } from './testing-rows';
import { Z95, LN20 } from './uncertainty';

const index = chileIndex();
const ES = { country: 'CL', wikiDb: 'eswiki' };

describe( 'selections with their own period', () => {
	it( 'one month against another: the difference and its interval', () => {
		const rows = comparePeriods( index, [
			Object.assign( { from: '2023-08', to: '2023-08' }, ES ),
			Object.assign( { from: '2023-12', to: '2023-12' }, ES ),
		] );
		const mid = rows[ 1 ];
		expect( mid.level ).toBe( '5 to 99' );
		expect( mid.values[ 0 ].average!.value ).toBe( 777 );
		expect( mid.values[ 0 ].average!.half ).toBeCloseTo( LN20 / 1.1, 10 );
		expect( mid.differences[ 0 ] ).toBeNull();
		expect( mid.differences[ 1 ]!.value ).toBe( 851 - 777 );
		expect( mid.differences[ 1 ]!.half ).toBeCloseTo( Z95 * 2 / 1.1, 10 );
		const total = rows[ 3 ];
		expect( total.level ).toBeNull();
		expect( total.differences[ 1 ]!.value ).toBe( ( 4020 + 851 + 61 ) - ( 5217 + 777 + 76 ) );
		expect( total.differences[ 1 ]!.half ).toBeCloseTo( Z95 * Math.sqrt( 12 ) / 1.1, 10 );
	} );

	it( 'a period is its monthly average, with the interval divided too', () => {
		const v = periodValue( index, Object.assign( { from: '2023-07', to: '2023-09' }, ES ), '1 to 4' );
		expect( v.average!.value ).toBeCloseTo( ( 4514 + 5217 + 4894 ) / 3, 10 );
		expect( v.average!.sd ).toBeCloseTo( Math.sqrt( 3 * 2 ) / 1.1 / 3, 10 );
	} );

	it( 'overlapping periods: shared months cancel instead of adding noise', () => {
		const a = periodValue( index, Object.assign( { from: '2023-07', to: '2023-09' }, ES ), '1 to 4' );
		const b = periodValue( index, Object.assign( { from: '2023-08', to: '2023-10' }, ES ), '1 to 4' );
		const d = periodDifference( a, b )!;
		expect( d.value ).toBeCloseTo( ( 5544 - 4514 ) / 3, 10 );
		expect( d.sd ).toBeCloseTo( Math.sqrt( 2 * 2 ) / 1.1 / 3, 10 );
		expect( d.cells ).toBe( 2 );
	} );

	it( 'a month without a row makes the period not published, named — never averaged as if complete', () => {
		const ja = periodValue( index, { country: 'CL', wikiDb: 'jawiki', from: '2023-10', to: '2023-12' }, '1 to 4' );
		expect( ja.average ).toBeNull();
		expect( ja.missingMonths ).toEqual( [ '2023-11' ] );
		const wd = periodValue( index, { country: 'CL', wikiDb: 'wikidatawiki', from: '2023-08', to: '2023-08' }, null );
		expect( wd.missingMonths ).toEqual( [ '2023-08' ] );
		expect( periodDifference( ja, ja ) ).toBeNull();
	} );
} );
