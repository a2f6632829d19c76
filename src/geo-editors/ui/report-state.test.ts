import { describe, it, expect } from 'vitest';
import { parseSpan, parseReportParams, reportParamsToParams, reportMonths } from './report-state';

describe( 'report view parameters', () => {
	it( 'reads spans of months and drops anything else', () => {
		expect( parseSpan( '2023-12' ) ).toEqual( { from: '2023-12', to: '2023-12' } );
		expect( parseSpan( '2023-12..2023-10' ) ).toEqual( { from: '2023-10', to: '2023-12' } );
		expect( parseSpan( '2023-13' ) ).toBeNull();
		expect( parseSpan( '2023-10..2023-11..2023-12' ) ).toBeNull();
		expect( parseSpan( '"><script>' ) ).toBeNull();
	} );

	it( 'parses and writes back periods, campaign and group', () => {
		const p = parseReportParams( { periods: '2024-12,x,2025-12', campaign: '2023-10..2023-12', group: '005' } );
		expect( p ).toEqual( { periods: [ { from: '2024-12', to: '2024-12' }, { from: '2025-12', to: '2025-12' } ], campaign: { from: '2023-10', to: '2023-12' }, group: '005' } );
		expect( reportParamsToParams( p ) ).toEqual( { periods: '2024-12,2025-12', campaign: '2023-10..2023-12', group: '005' } );
		expect( parseReportParams( { group: '999' } ).group ).toBeNull();
		expect( parseReportParams( { group: 'custom' } ).group ).toBe( 'custom' );
		expect( parseReportParams( { group: '__proto__' } ).group ).toBeNull();
	} );

	it( 'cuts a campaign to 12 months and knows the months each view needs', () => {
		expect( parseReportParams( { campaign: '2022-01..2023-12' } ).campaign ).toEqual( { from: '2022-01', to: '2022-12' } );
		const p = parseReportParams( { periods: '2023-12,2022-12..2023-01', campaign: '2023-10..2023-12' } );
		// The campaign, the three months before it, the same three a year earlier: Jul 2023 is not
		// read.
		expect( reportMonths( 'impact', p ) ).toEqual( [ '2022-10', '2022-11', '2022-12', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ] );
		expect( reportMonths( 'periods', p ) ).toEqual( [ '2022-12', '2023-01', '2023-12' ] );
		expect( reportMonths( 'lines', p ) ).toEqual( [] );
		// Two Decembers seven years apart are two months, not the 85 between them.
		expect( reportMonths( 'periods', parseReportParams( { periods: '2018-12,2025-12' } ) ) ).toEqual( [ '2018-12', '2025-12' ] );
	} );
} );

describe( 'report parameters in the view state', () => {
	it( 'reads panel attributes, and keeps the range as given', async () => {
		const { stateFromElement } = await import( './state' );
		const el = document.createElement( 'div' );
		el.dataset.view = 'impact';
		el.dataset.campaign = '2023-10..2023-12';
		el.dataset.from = '2023-07';
		el.dataset.to = '2023-12';
		const state = stateFromElement( el, 'eswiki' );
		expect( state.report.campaign ).toEqual( { from: '2023-10', to: '2023-12' } );
		// The range shown stays as given: the campaign's other months are loaded besides it.
		expect( [ state.from, state.to ] ).toEqual( [ '2023-07', '2023-12' ] );
	} );

	it( 'writes only the shown view\'s own parameter into the URL, and reads it back', async () => {
		const { stateFromQuery, stateToParams } = await import( './state' );
		const state = stateFromQuery( '?country=CL&project=es.wikipedia&view=group&group=005&month=2023-12&campaign=2023-01', 'eswiki' );
		const params = stateToParams( state );
		expect( params.group ).toBe( '005' );
		expect( params.month ).toBe( '2023-12' );
		expect( params.campaign ).toBeUndefined();
		const periods = stateToParams( stateFromQuery( '?view=periods&periods=2022-12,2023-12', 'eswiki' ) );
		expect( periods.periods ).toBe( '2022-12,2023-12' );
		// No range of its own: the latest months are shown, the periods' months loaded besides.
		expect( [ periods.from, periods.to ] ).toEqual( [ undefined, undefined ] );
	} );
} );
