/**
 * The period a panel's header states is the period its view shows (issue 23 item 3): a campaign's
 * months, a one-month view's month, the compared periods — never the range loaded around them.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { viewPeriodLabel } from './view-period';
import { parseReportParams } from './report-state';
import { useEnglish } from './views/test-helpers';

const YEAR = [ '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];

describe( 'viewPeriodLabel', () => {
	beforeAll( useEnglish );

	it( 'range views: the range, and one month as one month (never "Aug 2023 – Aug 2023")', () => {
		const none = parseReportParams( {} );
		expect( viewPeriodLabel( 'lines', none, YEAR, '2023-12' ) ).toBe( 'January 2023 – December 2023' );
		expect( viewPeriodLabel( 'lines', none, [ '2023-08' ], '2023-08' ) ).toBe( 'August 2023' );
		expect( viewPeriodLabel( 'compare', none, [], '2023-08' ) ).toBe( '' );
	} );

	it( 'one-month views: their month, not the range', () => {
		const none = parseReportParams( {} );
		expect( viewPeriodLabel( 'group', none, YEAR, '2023-08' ) ).toBe( 'August 2023' );
		expect( viewPeriodLabel( 'map', none, YEAR, '2023-12' ) ).toBe( 'December 2023' );
	} );

	it( 'event impact: the campaign months (the last month of the range without one)', () => {
		expect( viewPeriodLabel( 'impact', parseReportParams( { campaign: '2023-10..2023-12' } ), YEAR, '2023-12' ) )
			.toBe( 'October 2023 – December 2023' );
		expect( viewPeriodLabel( 'impact', parseReportParams( {} ), YEAR, '2023-12' ) ).toBe( 'December 2023' );
	} );

	it( 'periods: each compared period (the first and last month of the range without any)', () => {
		expect( viewPeriodLabel( 'periods', parseReportParams( { periods: '2022-12,2023-12' } ), YEAR, '2023-12' ) )
			.toBe( 'December 2022, December 2023' );
		expect( viewPeriodLabel( 'periods', parseReportParams( { periods: '2022-10..2022-12,2023-10..2023-12' } ), YEAR, '2023-12' ) )
			.toBe( 'October 2022 – December 2022, October 2023 – December 2023' );
		expect( viewPeriodLabel( 'periods', parseReportParams( {} ), YEAR, '2023-12' ) )
			.toBe( 'January 2023, December 2023' );
	} );
} );
