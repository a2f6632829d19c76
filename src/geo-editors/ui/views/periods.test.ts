import { describe, it, expect, beforeAll } from 'vitest';
import { periodsView, periodPairs } from './periods';
import { useEnglish, rangeInput, selection, wiki, cellOf } from './test-helpers';
import { Z95, LN20 } from '../../data/uncertainty';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const WD = wiki( 'wikidatawiki', 'en.wikidata' );
const MONTHS = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];

describe( 'periodsView', () => {
	beforeAll( useEnglish );

	it( 'one selection in two months: each value and the difference with its interval', () => {
		const input = Object.assign( rangeInput( MONTHS, [ selection( 'CL', ES ) ] ), { periods: [ { from: '2023-08', to: '2023-08' }, { from: '2023-12', to: '2023-12' } ] } );
		const out = periodsView( input );
		expect( out.table.columns.map( ( c ) => c.id ) ).toEqual( [ 'period1', 'period2', 'diff2_vs_1' ] );
		expect( out.table.columns[ 0 ].label ).toBe( 'Chile · es.wikipedia, Aug 2023' );
		const diff = cellOf( out.table, 'editors_5_99', 'diff2_vs_1' ) as { estimate: { value: number; half: number } };
		expect( diff.estimate.value ).toBe( 851 - 777 );
		expect( diff.estimate.half ).toBeCloseTo( Z95 * 2 / 1.1, 10 );
		const first = cellOf( out.table, 'editors_5_99', 'period1' ) as { estimate: { value: number; half: number } };
		expect( first.estimate.half ).toBeCloseTo( LN20 / 1.1, 10 );
		expect( out.table.rows.map( ( r ) => r.key ) ).toEqual( [ 'editors_1_4', 'editors_5_99', 'editors_100', 'editors_total' ] );
	} );

	it( 'a period with a month not published is n/p, and so is its difference — never 0', () => {
		const input = Object.assign( rangeInput( MONTHS, [ selection( 'CL', ES ), selection( 'CL', WD ) ] ), { periods: [ { from: '2023-08', to: '2023-08' } ] } );
		const out = periodsView( input );
		expect( cellOf( out.table, 'editors_100', 'period2' ) ).toEqual( { kind: 'np' } );
		expect( cellOf( out.table, 'editors_100', 'diff2_vs_1' ) ).toEqual( { kind: 'np' } );
		expect( cellOf( out.table, 'editors_total', 'period2' ) ).toEqual( { kind: 'np' } );
	} );

	it( 'pairs selections and periods, the last of the shorter list repeating', () => {
		const s = [ selection( 'CL', ES ) ];
		const p = [ { from: '2023-08', to: '2023-08' }, { from: '2023-10', to: '2023-12' } ];
		expect( periodPairs( s, p ).map( ( x ) => x.label ) ).toEqual( [ 'Chile · es.wikipedia, Aug 2023', 'Chile · es.wikipedia, Oct 2023 – Dec 2023' ] );
		const one = periodsView( Object.assign( rangeInput( MONTHS, s ),
			{ periods: [ p[ 0 ] ] } ) );
		expect( one.lead ).toMatch( /own period/ );
	} );
} );
