import { describe, it, expect, beforeAll } from 'vitest';
import { impactView } from './impact';
import { useEnglish, rangeInput, selection, wiki, cellOf } from './test-helpers';
import { Z95 } from '../../data/uncertainty';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const MONTHS = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];

describe( 'impactView', () => {
	beforeAll( useEnglish );

	it( 'gives each level the change against the span before, its interval and a plain verdict', () => {
		const out = impactView( Object.assign( rangeInput( MONTHS, [ selection( 'CL', ES ) ] ), { campaign: { from: '2023-10', to: '2023-12' } } ) );
		const change = cellOf( out.table, 'editors_1_4', 'change_before' ) as { estimate: { value: number; half: number } };
		expect( change.estimate.value )
			.toBeCloseTo( ( 5544 + 5183 + 4020 - 4514 - 5217 - 4894 ) / 3, 10 );
		expect( change.estimate.half ).toBeCloseTo( Z95 * Math.sqrt( 12 / 9 ) / 1.1, 10 );
		expect( cellOf( out.table, 'editors_1_4', 'verdict_before' ) ).toEqual( { kind: 'text', text: 'larger than the noise (up)' } );
		expect( cellOf( out.table, 'editors_100', 'verdict_before' ) ).toEqual( { kind: 'text', text: 'larger than the noise (down)' } );
		// The sample has no 2022: not known, never a change from 0.
		expect( cellOf( out.table, 'editors_1_4', 'year_earlier' ) ).toEqual( { kind: 'np' } );
		expect( cellOf( out.table, 'editors_1_4', 'verdict_year_earlier' ) ).toEqual( { kind: 'text', text: 'not known (n/p)' } );
		expect( out.lead ).toMatch( /^Chile · es\.wikipedia, campaign Oct 2023 – Dec 2023, Total \(monthly average\): Compared with Jul 2023 – Sep 2023 it is [\d.,]+ ± [\d.]+ editors a month higher: larger than the privacy noise\. Compared with Oct 2022 – Dec 2022 it cannot be said/ );
	} );

	it( 'says when a change is within the noise', () => {
		const out = impactView( Object.assign( rangeInput( MONTHS, [ selection( 'CL', ES ) ], [ '100 or more' ] ), { campaign: { from: '2023-12', to: '2023-12' } } ) );
		expect( cellOf( out.table, 'editors_100', 'verdict_before' ) ).toEqual( { kind: 'text', text: 'within the noise' } );
		expect( out.lead ).toContain( 'the change (+1 ± 3.6) is within the privacy noise' );
	} );
} );
