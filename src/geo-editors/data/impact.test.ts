import { describe, it, expect } from 'vitest';
import { impact, impactPeriods, impactMonths, verdictOf } from './impact';
import { chileIndex } from './testing-rows';
import { Z95 } from './uncertainty';

const index = chileIndex();

describe( 'event impact', () => {
	it( 'compares with the same span before and the same months a year earlier', () => {
		const p = impactPeriods( { country: 'CL', wikiDb: 'eswiki', from: '2023-10', to: '2023-12' } );
		expect( [ p.before.from, p.before.to ] ).toEqual( [ '2023-07', '2023-09' ] );
		expect( [ p.yearEarlier.from, p.yearEarlier.to ] ).toEqual( [ '2022-10', '2022-12' ] );
		expect( impactMonths( p.campaign ) ).toEqual( [ '2022-10', '2022-11', '2022-12', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ] );
		const jan = impactPeriods( { country: 'CL', wikiDb: 'eswiki', from: '2024-01', to: '2024-01' } );
		expect( [ jan.before.from, jan.yearEarlier.from ] ).toEqual( [ '2023-12', '2023-01' ] );
	} );

	it( 'says per level whether the change is larger than the privacy noise', () => {
		const rows = impact( index, { country: 'CL', wikiDb: 'eswiki', from: '2023-10', to: '2023-12' } );
		const low = rows[ 0 ];
		expect( low.before.delta!.value )
			.toBeCloseTo( ( 5544 + 5183 + 4020 - 4514 - 5217 - 4894 ) / 3, 10 );
		// Six cells of ε = 1.1, each weighted 1/3.
		const half = Z95 * Math.sqrt( 6 * 2 / 9 ) / 1.1;
		expect( low.before.delta!.half ).toBeCloseTo( half, 10 );
		expect( low.before.verdict ).toBe( 'larger-up' );
		expect( rows[ 2 ].before.delta!.value )
			.toBeCloseTo( ( 71 + 60 + 61 - 63 - 76 - 62 ) / 3, 10 );
		expect( rows[ 2 ].before.verdict ).toBe( 'larger-down' );
		// No month of 2022 in the sample: unknown, never a change from 0.
		expect( low.yearEarlier.verdict ).toBe( 'unknown' );
		expect( low.yearEarlier.baseline.missingMonths ).toEqual( [ '2022-10', '2022-11', '2022-12' ] );
	} );

	it( 'a change inside the interval is within the noise', () => {
		const rows = impact( index, { country: 'CL', wikiDb: 'eswiki', from: '2023-12', to: '2023-12' }, [ '100 or more' ] );
		expect( rows ).toHaveLength( 2 );
		expect( rows[ 0 ].before.delta!.value ).toBe( 1 );
		expect( rows[ 0 ].before.verdict ).toBe( 'within' );
		expect( verdictOf( { value: -3, sd: 1, half: 3, cells: 2 } ) ).toBe( 'within' );
		expect( verdictOf( { value: -3.01, sd: 1, half: 3, cells: 2 } ) ).toBe( 'larger-down' );
		expect( verdictOf( null ) ).toBe( 'unknown' );
	} );
} );
