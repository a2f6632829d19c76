import { describe, it, expect, beforeAll } from 'vitest';
import { totalsView } from './totals';
import { heatmapView } from './heatmap';
import { editsView } from './edits';
import { useEnglish, rangeInput, selection, wiki, cellOf } from './test-helpers';
import { Z95 } from '../../data/uncertainty';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const MONTHS = [ '2023-07', '2023-08', '2023-09' ];

describe( 'totalsView', () => {
	beforeAll( useEnglish );

	it( 'gives the monthly average and editor-months of each level with intervals, never editors summed over months', () => {
		const out = totalsView( rangeInput( MONTHS, [ selection( 'CL', ES ) ] ) );
		const avg = cellOf( out.table, 'editors_100', 'monthly_average' ) as { estimate: { value: number; half: number } };
		expect( avg.estimate.value ).toBeCloseTo( ( 63 + 76 + 62 ) / 3, 6 );
		// Mean of three cells: sd √(3·2)/(3·1.1).
		expect( avg.estimate.half ).toBeCloseTo( Z95 * Math.sqrt( 6 ) / 3.3, 6 );
		expect( cellOf( out.table, 'editors_100', 'editor_months' ) ).toMatchObject( { estimate: { value: 63 + 76 + 62 } } );
		expect( cellOf( out.table, 'editors_100', 'months_published' ) ).toEqual( { kind: 'number', value: 3 } );
		expect( out.lead ).toBeTruthy();
	} );
} );

describe( 'heatmapView', () => {
	beforeAll( useEnglish );

	it( 'puts each month in its year row, months outside the range blank, shades relative to the largest', () => {
		const out = heatmapView( rangeInput( MONTHS, [ selection( 'CL', ES ) ] ) );
		expect( out.table.rows.map( ( r ) => r.key ) ).toEqual( [ '2023' ] );
		expect( cellOf( out.table, '2023', 'm06' ) ).toEqual( { kind: 'text', text: '' } );
		const aug = cellOf( out.table, '2023', 'm08' ) as { shade: number; estimate: { value: number } };
		expect( aug.estimate.value ).toBe( 5217 + 777 + 76 );
		expect( aug.shade ).toBe( 1 );
		expect( out.chart ).toBeUndefined();
	} );
} );

describe( 'editsView', () => {
	beforeAll( useEnglish );

	it( 'gives the published edit counts per level and their sum', () => {
		const out = editsView( rangeInput( [ '2023-08' ], [ selection( 'CL', ES ) ] ) );
		expect( cellOf( out.table, '2023-08', 'edits_5_99' ) ).toEqual( { kind: 'number', value: 12153 } );
		expect( cellOf( out.table, '2023-08', 'edits_total' ) ).toEqual( { kind: 'number', value: 6889 + 12153 + 7560 } );
		expect( out.lead ).not.toContain( 'no edit counts' );
	} );

	it( 'says which months of the range have no edit counts, and shows them as "no edits", never 0', () => {
		const out = editsView( rangeInput( [ '2022-11', '2022-12', '2023-01' ], [ selection( 'AR', ES ) ], undefined, true ) );
		expect( out.lead ).toContain( 'no edit counts for 2 months of this range (November 2022 – December 2022)' );
		expect( cellOf( out.table, '2022-12', 'edits_1_4' ) ).toEqual( { kind: 'no-edits' } );
		expect( cellOf( out.table, '2022-12', 'edits_total' ) ).toEqual( { kind: 'no-edits' } );
		expect( cellOf( out.table, '2023-01', 'edits_1_4' ) ).toMatchObject( { kind: 'number' } );
	} );
} );
