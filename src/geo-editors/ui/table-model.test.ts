import { describe, it, expect, beforeAll } from 'vitest';
import { renderTable, tableToCsv, tableToJson, formatValue, type TableModel } from './table-model';
import { cellEstimate } from '../data/uncertainty';
import { registerMessages } from '../../core/messages';
import en from '../../../i18n/geo-editors/en.json';

const model: TableModel = {
	caption: 'Editors, Chile',
	rowHeader: 'Month',
	columns: [ { id: 'editors_1_4', label: '1–4', numeric: true }, { id: 'editors_100', label: '100+', numeric: true }, { id: 'note', label: 'Note' } ],
	rows: [
		{ key: '2023-08', label: 'August 2023', cells: [ { kind: 'estimate', estimate: cellEstimate( 5217, 1.1 ) }, { kind: 'np' }, { kind: 'text', text: '=HYPERLINK("x")' } ] },
		{ key: '2023-09', label: 'September 2023', cells: [ { kind: 'estimate', estimate: cellEstimate( 4894, 1.1 ), partial: true }, { kind: 'estimate', estimate: cellEstimate( 62, 1.1 ) }, { kind: 'text', text: '' } ] },
	],
	notes: [ 'n/p = not published' ],
};

describe( 'table model', () => {
	beforeAll( () => {
		registerMessages( { en: en as unknown as Record<string, string> } );
	} );

	it( 'renders a semantic table with a visible, explained not-published mark', () => {
		const el = renderTable( model );
		const table = el.querySelector( 'table' )!;
		expect( table.querySelector( 'caption' )!.textContent ).toBe( 'Editors, Chile' );
		expect( Array.from( table.querySelectorAll( 'thead th' ) ).every( ( th ) => th.getAttribute( 'scope' ) === 'col' ) ).toBe( true );
		expect( table.querySelectorAll( 'tbody th[scope=row]' ) ).toHaveLength( 2 );
		const np = table.querySelector( 'td[data-key="2023-08"][data-column="editors_100"]' )!;
		expect( np.textContent ).toBe( 'n/p' );
		expect( np.getAttribute( 'data-status' ) ).toBe( 'np' );
		expect( np.querySelector( 'abbr' )!.getAttribute( 'title' ) ).toMatch( /Not published/ );
		const v = table.querySelector( 'td[data-key="2023-08"][data-column="editors_1_4"]' )!;
		expect( v.getAttribute( 'data-value' ) ).toBe( '5217' );
		expect( v.textContent ).toMatch( /^5,217 ± 2\.7$/ );
		expect( table.querySelector( 'td[data-key="2023-09"]' )!.textContent ).toMatch( /^≥ 4,894/ );
		expect( el.querySelector( '.geo-table-notes li' )!.textContent ).toBe( 'n/p = not published' );
		// Text stays text.
		expect( el.querySelector( 'script, img' ) ).toBeNull();
	} );

	it( 'exports the same rows and columns as CSV, not-published cells empty and named, never 0', () => {
		const csv = tableToCsv( model ).trim().split( '\r\n' );
		expect( csv[ 0 ] ).toBe( 'key,editors_1_4,editors_1_4_ci95,editors_100,editors_100_ci95,note,not_published' );
		expect( csv[ 1 ] ).toBe( '2023-08,5217,2.723,,,"\'=HYPERLINK(""x"")",editors_100' );
		expect( csv[ 2 ] ).toBe( '2023-09,4894,2.723,62,2.723,,' );
		expect( csv ).toHaveLength( 3 );
	} );

	it( 'exports JSON with explicit not-published values and the view description', () => {
		const json = JSON.parse( tableToJson( model, { view: 'lines' } ) );
		expect( json.view ).toBe( 'lines' );
		expect( json.rows[ 0 ].values.editors_100 ).toEqual( { published: false, reason: 'not-published' } );
		expect( json.rows[ 0 ].values.editors_1_4 ).toEqual( { value: 5217, ci95: 2.723,
			partial: false } );
		expect( json.rows[ 1 ].values.editors_1_4.partial ).toBe( true );
	} );
} );

describe( 'formatValue', () => {
	it( 'shows a difference that rounds to nothing as 0, never -0', () => {
		expect( formatValue( -0.03 ) ).toBe( '0' );
		expect( formatValue( -0.3 ) ).toBe( '\u22120.3' );
		expect( formatValue( -0.4 + 0.4 ) ).toBe( '0' );
		expect( formatValue( 5217 ) ).toBe( '5,217' );
		expect( formatValue( -0.4 * 1000 ) ).toBe( '\u2212400' );
	} );
} );

describe( 'no data for this month (issue 23 item 1)', () => {
	beforeAll( () => registerMessages( { en: en as unknown as Record<string, string> } ) );
	const noDataModel: TableModel = { caption: 'c', rowHeader: 'Month', notes: [],
		columns: [ { id: 'editors_1_4', label: '1–4', numeric: true }, { id: 'editors_total', label: 'Total', numeric: true } ],
		rows: [
			{ key: '2023-12', label: 'December 2023', cells: [ { kind: 'estimate', estimate: cellEstimate( 4020, 1.1 ) }, { kind: 'np' } ] },
			{ key: '2024-01', label: 'January 2024', cells: [ { kind: 'no-data' }, { kind: 'no-data' } ] },
		] };

	it( 'has its own mark in the table, not n/p', () => {
		const cells = renderTable( noDataModel ).querySelectorAll( 'tr[data-key="2024-01"] td' );
		expect( Array.from( cells ).map( ( td ) => [ td.getAttribute( 'data-status' ), td.textContent ] ) )
			.toEqual( [ [ 'no-data', 'no data' ], [ 'no-data', 'no data' ] ] );
	} );

	it( 'CSV: not listed as not published; its row says no_data', () => {
		const lines = tableToCsv( noDataModel ).trim().split( /\r?\n/ );
		expect( lines[ 0 ] ).toBe( 'key,editors_1_4,editors_1_4_ci95,editors_total,not_published,period_status' );
		expect( lines[ 1 ] ).toBe( '2023-12,4020,2.723,,editors_total,' );
		expect( lines[ 2 ] ).toBe( '2024-01,,,,,no_data' );
	} );

	it( 'JSON: { noData: true, reason: "no-data" }, never published: false', () => {
		const json = JSON.parse( tableToJson( noDataModel, {} ) ) as { rows: { key: string; values: Record<string, unknown> }[] };
		expect( json.rows[ 1 ].values.editors_1_4 ).toEqual( { noData: true, reason: 'no-data' } );
		expect( json.rows[ 0 ].values.editors_total ).toEqual( { published: false, reason: 'not-published' } );
	} );
} );
