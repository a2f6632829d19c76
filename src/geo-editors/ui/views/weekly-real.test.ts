/**
 * The weekly views on the real Chile rows (../shared/real-data, 11 columns): intervals from each
 * row's ε as by month, the weeks without one named, the week not in the release a gap in table,
 * chart and every export.
 */
import { describe, it, expect, beforeAll, vi } from 'vitest';
import { REAL_DATA } from '../../../../tests/support/real-data';
import { realWeekFiles, withoutEps } from '../../../../tests/support/real-weekly';
import { weeklyLinesView } from './weekly-lines';
import { weeklyEditsView } from './weekly-edits';
import { useEnglish, selection, wiki, cellOf } from './test-helpers';
import { mergeWeekMonths } from '../../data/weekly-series';
import { cellEstimate } from '../../data/uncertainty';
import { LEVELS } from '../../data/types';
import { tableToCsv, tableToJson } from '../table-model';
import { tableToWikitext } from '../wikitable';
import { tableToTab } from '../tabular';
import type { WeekInput } from './types';
import type { WeekMonthData } from '../../data/weekly-sources';

const ES = wiki( 'eswiki', 'es.wikipedia' );

/** What the view hands the chart: the series and whether bands are drawn (jsdom has no canvas). */
const drawn = vi.hoisted( () => ( { calls: [] as unknown[][] } ) );
vi.mock( '../charts', () => ( { lineChart: ( ...args: unknown[] ) => {
	drawn.calls.push( args );
	return null;
} } ) );

function input( files: WeekMonthData[] ): WeekInput {
	const merged = mergeWeekMonths( files );
	return { rows: merged.rows, weeks: merged.weeks, levels: LEVELS, selection: selection( 'CL', ES ), before: [],
		absent: merged.absent, noInterval: merged.noInterval };
}

describe.skipIf( !REAL_DATA )( 'weekly views on the real 11-column rows', () => {
	beforeAll( useEnglish );

	it( 'gives every weekly value its ± from the row\'s own ε, in the table, CSV and JSON', () => {
		const out = weeklyLinesView( input( realWeekFiles() ) );
		expect( cellOf( out.table, '2023-06-25', 'editors_1_4' ) ).toEqual( { kind: 'estimate', estimate: cellEstimate( 1214, 1.1 ) } );
		expect( cellOf( out.table, '2023-06-25', 'editors_total' ) ).toMatchObject( { kind: 'estimate', estimate: { value: 1460 } } );
		expect( tableToCsv( out.table ).split( '\n' )[ 0 ] ).toContain( 'editors_1_4_ci95' );
		expect( JSON.parse( tableToJson( out.table, {} ) ).rows[ 0 ].values.editors_1_4 ).toEqual( { value: 1214, ci95: 2.723, partial: false } );
		expect( out.lead || '' ).not.toContain( 'No ± interval' );
		expect( out.table.notes.join( ' ' ) ).toContain( '95%' );
	} );

	it( 'shows the week missing for every wiki as "not in the release" in the table and every export, and as a gap in the chart', () => {
		const out = weeklyLinesView( input( realWeekFiles() ) );
		expect( cellOf( out.table, '2023-09-24', 'editors_1_4' ) ).toEqual( { kind: 'absent' } );
		expect( cellOf( out.table, '2023-09-24', 'editors_total' ) ).toEqual( { kind: 'absent' } );
		expect( out.table.notes.join( ' ' ) ).toContain( 'not in the release' );
		const csv = tableToCsv( out.table ).split( /\r?\n/ ).find( ( l ) => l.startsWith( '2023-09-24' ) )!;
		expect( csv ).toMatch( /^2023-09-24,,,,,,,,,"?editors_1_4 editors_5_99 editors_100 editors_total"?,not_in_release$/ );
		const json = JSON.parse( tableToJson( out.table, {} ) ).rows.find( ( r: { key: string } ) => r.key === '2023-09-24' );
		expect( json.values.editors_1_4 ).toEqual( { published: false, reason: 'not-in-release' } );
		expect( tableToWikitext( out.table, { url: 'https://x.test/', months: [ '2023-09' ] } ) ).toContain( 'not in the release' );
		const tab = JSON.parse( tableToTab( out.table, { url: 'https://x.test/', months: [ '2023-09' ] }, { key: 'k', ci: 'ci', notPublished: 'np' } ) );
		const tabRow = tab.data.find( ( r: unknown[] ) => r[ 0 ] === '2023-09-24' );
		expect( tabRow.slice( 2, -1 ) ).toEqual( [ null, null, null, null, null, null, null, null ] );
		// The chart: every level's line has a gap (null) at the missing week, with bands on.
		drawn.calls = [];
		out.chart!( document.createElement( 'canvas' ) );
		const [ , labels, series, , bands ] = drawn.calls[ 0 ] as [ unknown, string[], { values: unknown[] }[], string, boolean ];
		const at = labels.indexOf( 'Sep 24, 2023' );
		expect( at ).toBeGreaterThan( 0 );
		expect( bands ).toBe( true );
		expect( series.map( ( x ) => x.values[ at ] ) ).toEqual( [ null, null, null ] );
		expect( series[ 0 ].values[ 0 ] ).toEqual( cellEstimate( 1214, 1.1 ) );
		const edits = weeklyEditsView( input( realWeekFiles() ) );
		expect( cellOf( edits.table, '2023-09-24', 'edits_1_4' ) ).toEqual( { kind: 'absent' } );
	} );

	it( 'names the weeks without an interval (an 8-column file) and gives them plain values', () => {
		const files = realWeekFiles().map( ( f ) => ( f.month === '2023-08' || f.month === '2023-07' ? withoutEps( f ) : f ) );
		const out = weeklyLinesView( input( files ) );
		expect( cellOf( out.table, '2023-08-06', 'editors_1_4' ) ).toMatchObject( { kind: 'number' } );
		expect( cellOf( out.table, '2023-09-03', 'editors_1_4' ) ).toMatchObject( { kind: 'estimate' } );
		const said = out.table.notes.join( ' ' );
		expect( said ).toContain( 'No ± interval for 10 weeks (June 25, 2023 – August 27, 2023)' );
		expect( out.lead ).toContain( 'No ± interval for 10 weeks' );
	} );
} );
