import { describe, it, expect, beforeAll } from 'vitest';
import { weeklyLinesView } from './weekly-lines';
import { weeklyEditsView } from './weekly-edits';
import { useEnglish, selection, wiki, cellOf } from './test-helpers';
import { mergeWeekMonths } from '../../data/weekly-series';
import { weekFile, WEEKLY_MONTHS } from '../../../../tests/support/weekly-test-rows';
import { LEVELS } from '../../data/types';
import { tableToCsv, tableToJson } from '../table-model';
import type { WeekInput } from './types';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const WD = wiki( 'wikidatawiki', 'en.wikidata' );

function input( w = ES, before: string[] = [] ): WeekInput {
	const merged = mergeWeekMonths( WEEKLY_MONTHS.map( weekFile ) );
	return { rows: merged.rows, weeks: merged.weeks, levels: LEVELS, selection: selection( 'CL', w ), before,
		absent: merged.absent, noInterval: merged.noInterval };
}

describe( 'weeklyLinesView', () => {
	beforeAll( useEnglish );

	it( 'gives a row per week, labelled with its Sunday in the reader\'s language', () => {
		const out = weeklyLinesView( input() );
		expect( out.table.rows ).toHaveLength( 27 );
		expect( out.table.rows[ 0 ] ).toMatchObject( { key: '2023-07-02', label: 'July 2, 2023' } );
		expect( out.table.rowHeader ).toBe( 'Week starting' );
		expect( out.table.caption ).toBe( 'Editors per week by activity level: Chile · es.wikipedia, July 2, 2023 – December 31, 2023' );
		const row = weekFile( '2023-08' ).rows.find( ( r ) => r.countryCode === 'CL' && r.wikiDb === 'eswiki' && r.level === '5 to 99' && r.week === '2023-08-13' )!;
		expect( cellOf( out.table, '2023-08-13', 'editors_5_99' ) ).toMatchObject( { kind: 'estimate', estimate: { value: row.editors } } );
	} );

	it( 'gives no interval for the weeks of the 8-column file: plain numbers, and the note names the weeks', () => {
		const out = weeklyLinesView( input() );
		const july = out.table.rows.filter( ( r ) => r.key.startsWith( '2023-07' ) ).flatMap( ( r ) => r.cells );
		expect( july.every( ( c ) => c.kind === 'number' || c.kind === 'np' ) ).toBe( true );
		expect( cellOf( out.table, '2023-08-06', 'editors_1_4' ) ).toMatchObject( { kind: 'estimate' } );
		const said = 'No ± interval for 5 weeks (July 2, 2023 – July 30, 2023): their files are in the layout published until April 2024 (8 columns), which does not state the privacy budget (ε).';
		expect( out.lead ).toContain( said );
		expect( out.table.notes.join( ' ' ) ).toContain( said );
		expect( out.table.notes.join( ' ' ) ).toContain( '95% interval' );
		const csv = tableToCsv( out.table ).split( /\r?\n/ );
		expect( csv[ 0 ] ).toContain( 'editors_1_4_ci95' );
		expect( csv.find( ( l ) => l.startsWith( '2023-07-02' ) ) ).toMatch( /^2023-07-02,\d+,,/ );
		expect( JSON.parse( tableToJson( out.table, {} ) ).rows[ 0 ].values.editors_1_4 ).toEqual( expect.any( Number ) );
	} );

	it( 'marks an unpublished level n/p (never 0) and the total as at least', () => {
		const out = weeklyLinesView( input( WD ) );
		const row = out.table.rows.find( ( r ) => cellOf( out.table, r.key, 'editors_100' ) && ( cellOf( out.table, r.key, 'editors_100' ) as { kind: string } ).kind === 'np' )!;
		expect( row ).toBeDefined();
		expect( cellOf( out.table, row.key, 'editors_total' ) ).toMatchObject( { kind: 'number', floor: true } );
		expect( out.table.notes.join( ' ' ) ).toContain( '≥ = the total leaves out levels that were not published that week.' );
	} );

	it( 'says when the range has months before the weekly release', () => {
		expect( weeklyLinesView( input( ES, [ '2023-05', '2023-06' ] ) ).lead ).toContain(
			'The weekly release starts in July 2023: the 2 months of the range before it can only be shown by month.' );
	} );
} );

describe( 'weeklyEditsView', () => {
	beforeAll( useEnglish );

	it( 'gives the week\'s edits where published, n/p without a row, and no interval', () => {
		const out = weeklyEditsView( input( WD ) );
		expect( out.table.rows ).toHaveLength( 27 );
		const row = weekFile( '2023-08' ).rows.find( ( r ) => r.countryCode === 'CL' && r.wikiDb === 'wikidatawiki' && r.level === '1 to 4' && r.week === '2023-08-06' )!;
		expect( cellOf( out.table, '2023-08-06', 'edits_1_4' ) ).toEqual( { kind: 'number', value: row.edits } );
		expect( cellOf( out.table, '2023-09-24', 'edits_1_4' ) ).toEqual( { kind: 'absent' } );
		expect( out.table.rows.some( ( r ) => ( cellOf( out.table, r.key, 'edits_100' ) as { kind: string } ).kind === 'np' ) ).toBe( true );
		expect( out.table.rows.flatMap( ( r ) => r.cells ).some( ( c ) => c.kind === 'estimate' ) ).toBe( false );
		expect( out.table.caption ).toBe( 'Edits per week by activity level: Chile · en.wikidata, July 2, 2023 – December 31, 2023' );
		expect( out.table.notes.join( ' ' ) ).not.toContain( '±' );
	} );
} );
