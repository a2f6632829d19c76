/**
 * Every export names exactly the release, folder and periods shown (issue 22 item 6): a weekly view
 * cites the weekly release, its folder, its files and its weeks — never the monthly release.
 */
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { resetEndpoints } from '../../core/config';
import { useEnglish } from './views/test-helpers';
import { exportMeta, reportSource, reportTexts } from './export-toolbar';
import { parseState } from './state';
import type { Session } from '../data/session';
import type { TableModel } from './table-model';

const WEEKLY_URL = 'https://analytics.wikimedia.org/published/datasets/geoeditors_weekly/';
const MONTHLY_URL = 'https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/';

const table: TableModel = { caption: 'Editors per week', rowHeader: 'Week starting', notes: [],
	columns: [ { id: 'editors_1_4', label: '1 to 4', numeric: true } ],
	rows: [ { key: '2023-08-27', label: 'August 27, 2023', cells: [ { kind: 'number', value: 5 } ] } ] };

/** What the toolbar reads of a session that shows weeks 2023-08-27 … 2023-10-01 from two weekly files. */
const session = {
	wikis: [ { dbname: 'eswiki', project: 'es.wikipedia', site: null } ],
	loadedMonths: [ '2023-06', '2023-07', '2023-08', '2023-09' ],
	failed: new Map(),
	weekly: {
		data: new Map( [ [ '2023-09', {} ], [ '2023-08', {} ] ] ),
		failed: new Map( [ [ '2023-10', new Error( 'x' ) ] ] ),
		merged: { weeks: [ '2023-08-27', '2023-09-03', '2023-09-10', '2023-09-17', '2023-09-24' ], absent: [ '2023-09-24' ] },
	},
} as unknown as Session;

describe( 'export sources', () => {
	beforeAll( useEnglish );
	afterEach( resetEndpoints );

	it( 'a weekly table cites the weekly release, its folder and its weeks in wikitext and .tab', () => {
		const state = parseState( { country: 'CL', granularity: 'week' }, 'es.wikipedia' );
		const source = reportSource( state, session, true, [ '2023-08', '2023-09' ] );
		const { wikitext, tab } = reportTexts( table, source );
		const line = wikitext.split( '\n' ).find( ( l ) => l.startsWith( '* <nowiki>Source' ) )!;
		expect( line ).toBe( '* <nowiki>Source: Wikimedia Foundation, Geoeditors Differential Privacy — Weekly, 5 weeks starting August 27, 2023 – September 24, 2023 (files of August 2023 – September 2023).</nowiki> [' + WEEKLY_URL + ' <nowiki>release files</nowiki>]' );
		expect( wikitext ).not.toContain( 'Monthly' );
		expect( JSON.parse( tab ).sources ).toContain( '— Weekly, 5 weeks starting August 27, 2023' );
		expect( JSON.parse( tab ).sources ).toContain( WEEKLY_URL );
		expect( JSON.parse( tab ).sources ).not.toContain( MONTHLY_URL );
	} );

	it( 'a monthly table still cites the monthly release and its months', () => {
		const state = parseState( { country: 'CL' }, 'es.wikipedia' );
		const { wikitext } = reportTexts( table, reportSource( state, session, false, [ '2023-08', '2023-09' ] ) );
		expect( wikitext ).toContain( 'Geoeditors Differential Privacy — Monthly, August 2023 – September 2023.' );
		expect( wikitext ).toContain( MONTHLY_URL );
	} );

	it( 'the JSON of a weekly table names the weekly release, folder, files and weeks', () => {
		const state = parseState( { country: 'CL', granularity: 'week' }, 'es.wikipedia' );
		const meta = exportMeta( state, session, true );
		expect( meta ).toMatchObject( {
			source: 'Wikimedia Foundation, Geoeditors Differential Privacy — Weekly',
			sourceUrl: WEEKLY_URL,
			granularity: 'week',
			months: [ '2023-08', '2023-09' ],
			monthsNotLoaded: [ '2023-10' ],
			weeks: [ '2023-08-27', '2023-09-03', '2023-09-10', '2023-09-17', '2023-09-24' ],
			weeksNotInRelease: [ '2023-09-24' ],
		} );
		expect( exportMeta( state, session, false ) ).toMatchObject( { sourceUrl: MONTHLY_URL, granularity: 'month',
			months: [ '2023-06', '2023-07', '2023-08', '2023-09' ] } );
		expect( exportMeta( state, session, false ) ).not.toHaveProperty( 'weeks' );
	} );
} );
