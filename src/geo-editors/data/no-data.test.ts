/**
 * A month the release has no file for (not yet released, before the release, or not in the sample)
 * is "no data for this month", never "not published" (issue 23 item 1). Not published stays what
 * it was: a month that has a file, without a row for the cell.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMonthText } from './tsv';
import { RowIndex, buildSeries, summarise, heatmap, compare } from './aggregate';
import { monthCoverage } from './coverage';
import { Session } from './session';
import { parseState } from '../ui/state';
import { HttpError } from '../../core/http';
import type { GeoRow } from './types';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
const HAVE = [ '2023-08', '2023-12' ];
const rows: GeoRow[] = HAVE.flatMap( ( m ) => parseMonthText( readFileSync( path.join( SAMPLE_DIR, m + '.tsv' ), 'utf8' ), {}, m ).rows );
const ES = { country: 'CL', wikiDb: 'eswiki' };
const WD = { country: 'CL', wikiDb: 'wikidatawiki' };
const RANGE = [ '2023-08', '2023-12', '2024-01', '2024-02' ];

describe( 'months without a release file', () => {
	const index = new RowIndex( rows, monthCoverage( [ '2024-01', '2024-02' ] ) );

	it( 'are "no data", cell by cell and for the total; a month with a file keeps n/p', () => {
		const points = buildSeries( index, ES, RANGE );
		expect( points.map( ( p ) => p.noData ) ).toEqual( [ false, false, true, true ] );
		expect( points[ 2 ].levels[ '1 to 4' ] ).toEqual( { published: false, noData: true } );
		expect( points[ 2 ].total.editors ).toBeNull();
		// Wikidata's "100 or more" has no row in a month the release has: not published, as before.
		const wd = buildSeries( index, WD, [ '2023-08' ] )[ 0 ];
		expect( wd.noData ).toBe( false );
		expect( wd.levels[ '100 or more' ] ).toEqual( { published: false } );
	} );

	it( 'summaries count them apart from the months not published', () => {
		const wd = summarise( buildSeries( index, WD, RANGE ), '100 or more' );
		expect( wd ).toMatchObject( { publishedMonths: 1, missingMonths: 1, noDataMonths: 2 } );
		const es = summarise( buildSeries( index, ES, RANGE ), null );
		expect( es ).toMatchObject( { publishedMonths: 2, missingMonths: 0, noDataMonths: 2 } );
	} );

	it( 'the heatmap and the comparison mark them', () => {
		const grid = heatmap( buildSeries( index, ES, RANGE ), null );
		expect( grid.years ).toEqual( [ 2023, 2024 ] );
		expect( grid.noData[ 1 ].slice( 0, 3 ) ).toEqual( [ true, true, false ] );
		expect( grid.noData[ 0 ][ 7 ] ).toBe( false );
		const compared = compare( index, [ ES, WD ], RANGE, [ '1 to 4' ] );
		expect( compared.map( ( p ) => p.noData ) ).toEqual( [ [ false, false ], [ false, false ], [ true, true ], [ true, true ] ] );
	} );

	it( 'a country with no row at all in a month\'s data is no data too, unless it is on the protection list', () => {
		// The month's data says which of the view's countries it has rows for, in any wiki.
		const coverage = monthCoverage( [], new Map( [ [ '2023-08', [ 'AR' ] ] ] ) );
		expect( coverage.noData( '2023-08', 'CL' ) ).toBe( true );
		expect( coverage.noData( '2023-08', 'AR' ) ).toBe( false );
		// Protected (withheld by the release): not published, never "no data".
		expect( coverage.noData( '2023-08', 'CN' ) ).toBe( false );
		// Unknown (a per-wiki page says nothing about other wikis): not no data.
		expect( coverage.noData( '2023-12', 'CL' ) ).toBe( false );
	} );
} );

describe( 'Session: a month the release answers 404 for', () => {
	it( 'is no data, not a failure to retry, and stays in the months shown', () => {
		const session = new Session( parseState( { country: 'CL', project: 'eswiki', from: '2023-12', to: '2024-01' }, 'eswiki' ) );
		session.months = [ '2023-12', '2024-01' ];
		session.data.set( '2023-12', { month: '2023-12', rows: rows.filter( ( r ) => r.month === '2023-12' ), stats: { header: false, rows: 1, kept: 1, malformed: 0, malformedSamples: [], terminated: true }, complete: true, fromCache: false } );
		session.monthFailed( '2024-01', new HttpError( 'http', 'https://x.test/2024-01.tsv', 404 ) );
		expect( session.failed.size ).toBe( 0 );
		expect( session.pending ).toEqual( [] );
		expect( session.shownMonths ).toEqual( [ '2023-12', '2024-01' ] );
		expect( buildSeries( session.index, ES, session.shownMonths )[ 1 ].noData ).toBe( true );
		// A fault is still a failure with Retry.
		session.monthFailed( '2024-01', new HttpError( 'http', 'https://x.test/2024-01.tsv', 503 ) );
		expect( session.failed.size ).toBe( 1 );
	} );
} );

describe( 'periods and campaigns over months without data', () => {
	it( 'a period whose missing months all have no data is "no data"; one with a withheld cell stays n/p', async () => {
		const { periodValue } = await import( './periods' );
		const index = new RowIndex( rows, monthCoverage( [ '2024-01' ] ) );
		const none = periodValue( index, { country: 'CL', wikiDb: 'eswiki', from: '2024-01', to: '2024-01' }, null );
		expect( none ).toMatchObject( { average: null, noData: true } );
		const withheld = periodValue( index, { country: 'CL', wikiDb: 'wikidatawiki', from: '2023-08', to: '2023-08' }, '100 or more' );
		expect( withheld ).toMatchObject( { average: null, noData: false } );
	} );
} );
