import { describe, it, expect, beforeAll } from 'vitest';
import { compareView } from './compare';
import { useEnglish, rangeInput, selection, wiki, cellOf } from './test-helpers';
import { Z95 } from '../../data/uncertainty';

describe( 'compareView', () => {
	beforeAll( useEnglish );

	it( 'lists every selection with the difference to the first and its interval', () => {
		const sels = [ selection( 'CL', wiki( 'eswiki', 'es.wikipedia' ) ), selection( 'CL', wiki( 'wikidatawiki', 'en.wikidata' ) ) ];
		const out = compareView( rangeInput( [ '2023-08' ], sels, [ '1 to 4' ] ) );
		expect( out.table.columns.map( ( c ) => c.id ) ).toEqual( [ 'sel1_CL_eswiki', 'sel2_CL_wikidatawiki', 'diff2_vs_1' ] );
		const diff = cellOf( out.table, '2023-08', 'diff2_vs_1' ) as { estimate: { value: number; half: number } };
		expect( diff.estimate.value ).toBe( 449 - 5217 );
		// Difference of two cells: variances add.
		expect( diff.estimate.half ).toBeCloseTo( Z95 * 2 / 1.1, 6 );
		expect( out.table.rows.map( ( r ) => r.key ) ).toEqual( [ '2023-08', 'monthly_average' ] );
		expect( out.lead ).toBeUndefined();
	} );

	it( 'hints at adding a selection when there is only one', () => {
		const out = compareView( rangeInput( [ '2023-08' ], [ selection( 'CL', wiki( 'eswiki', 'es.wikipedia' ) ) ] ) );
		expect( out.lead ).toContain( 'ompare' );
	} );
} );
