// The weekly release on the real local wiki (fixture server with the synthetic weekly sample
// files, laid out as the real release: 11 columns, July 2023 in the older 8): the dashboard's "Show
// by: Week" in Over time, the URL state, a weekly panel (data-granularity), the week rows and their
// labels, the ± of each 11-column week and its band, the 8-column weeks named without ±, the week
// missing from the release as a gap (never 0), the week in two files, the exports citing the weekly
// release, monthly-only views and ranges before July 2023 saying so, the Spanish UI.

import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { weekRows } from '../../localwiki/sample-data/geoeditors/generate-weekly.mjs';

const ctx = inject( 'e2e' );
const DASHBOARD = 'Special:BlankPage/GeoEditors';
const REPORTS_PAGE = 'Project:Geo_Editores/Informes';
const SCOPE = '.geo-editors-dashboard';
const EN = JSON.parse( readFileSync( new URL( '../../i18n/geo-editors/en.json', import.meta.url ), 'utf8' ) ) as Record<string, string>;
const ES = JSON.parse( readFileSync( new URL( '../../i18n/geo-editors/es.json', import.meta.url ), 'utf8' ) ) as Record<string, string>;

/**
 * Editors (or edits: `field` 'edits') of a (wiki, country, level, week) in the served weekly file of
 * `month` (8 or 11 columns: editors, edits and week_start are the last three).
 */
function served( month: string, wiki: string, country: string, level: string, week: string,
	field: 'editors' | 'edits' = 'editors' ): string {
	const line = weekRows( month ).split( '\n' ).map( ( l ) => l.split( '\t' ) )
		.find( ( f ) => f[ 0 ] === wiki && f[ 3 ] === country && f[ 4 ] === level &&
			f[ f.length - 1 ] === week );
	return line ? line[ line.length - ( field === 'editors' ? 3 : 2 ) ] : '';
}

describe.skipIf( Boolean( ctx.skip ) )( 'geo-editors weekly', () => {
	let browser: Browser;
	const pageUrl = ( title: string, query = '' ): string => `${ ctx.indexUrl }?title=${ title }${ query }`;
	const requests = async ( part: string ): Promise<string[]> => ( await ( await fetch( ctx.fixtureUrl + '/__log' ) ).json() as { path: string }[] )
		.map( ( r ) => r.path ).filter( ( p ) => p.includes( part ) );
	const cell = ( page: Page, scope: string, key: string, column: string ): Locator => page.locator( `${ scope } td[data-key="${ key }"][data-column="${ column }"]` );
	const waitForRow = ( page: Page, scope: string, key: string ): Promise<void> => page.locator( `${ scope } tr[data-key="${ key }"]` ).first().waitFor( { timeout: 30_000 } );

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	it( 'shows Over time by week on the dashboard: week rows with the served values, ± from 11-column files, the 8-column weeks named, the missing week a gap, and the choice in the URL', async () => {
		const before = ( await requests( 'geoeditors_weekly/' ) ).length;
		const monthlyFiles = async (): Promise<number> => ( await requests( 'geoeditors_monthly/' ) ).filter( ( p ) => p.endsWith( '.tsv' ) ).length;
		const monthlyBefore = await monthlyFiles();
		const query = '&country=CL&project=es.wikipedia&from=2023-07&to=2023-12&view=lines&granularity=week';
		const { page, pageErrors } = await openPage( browser, pageUrl( DASHBOARD, query ) );
		try {
			await waitForRow( page, SCOPE, '2023-08-13' );
			const rows = await page.locator( `${ SCOPE } tbody tr` ).evaluateAll( ( trs ) => trs.map( ( tr ) => tr.getAttribute( 'data-key' ) ) );
			expect( rows ).toHaveLength( 27 );
			expect( rows[ 0 ] ).toBe( '2023-07-02' );
			expect( rows[ 26 ] ).toBe( '2023-12-31' );
			expect( await page.locator( `${ SCOPE } tr[data-key="2023-08-13"] th` ).innerText() ).toBe( 'August 13, 2023' );
			expect( await page.locator( `${ SCOPE } th[scope=col]` ).first().innerText() ).toBe( EN[ 'geo-editors-week' ] );
			for ( const [ column, level ] of [ [ 'editors_1_4', '1 to 4' ], [ 'editors_5_99', '5 to 99' ], [ 'editors_100', '100 or more' ] ] ) {
				expect( await cell( page, SCOPE, '2023-08-13', column ).getAttribute( 'data-value' ) ).toBe( served( '2023-08', 'eswiki', 'CL', level, '2023-08-13' ) );
			}
			// An 11-column week has the ± of its own ε (Chile: 1.1, so ln 20 / 1.1 = 2.7); the
			// 8-column July weeks have none and are named above and under the table.
			expect( await cell( page, SCOPE, '2023-08-13', 'editors_1_4' ).innerText() ).toMatch( /±\s*2\.7$/ );
			expect( await cell( page, SCOPE, '2023-08-13', 'editors_1_4' ).getAttribute( 'data-half' ) ).toMatch( /^2\.72/ );
			expect( await page.locator( `${ SCOPE } tr[data-key="2023-07-16"] .geo-ci` ).count() ).toBe( 0 );
			const named = 'No ± interval for 5 weeks (July 2, 2023 – July 30, 2023)';
			expect( await page.locator( `${ SCOPE } .geo-editors-lead` ).innerText() ).toContain( named );
			expect( await page.locator( `${ SCOPE } .geo-table-notes` ).innerText() ).toContain( named );
			// The week missing for every wiki: "not in the release" in every cell, never 0.
			const gap = page.locator( `${ SCOPE } tr[data-key="2023-09-24"] td` );
			expect( await gap.evaluateAll( ( tds ) => tds.map( ( td ) => td.textContent ) ) ).toEqual( Array( 4 ).fill( EN[ 'geo-editors-not-in-release' ] ) );
			expect( await gap.evaluateAll( ( tds ) => tds.every( ( td ) => !td.hasAttribute( 'data-value' ) ) ) ).toBe( true );
			expect( await page.locator( `${ SCOPE } .geo-table-notes` ).innerText() ).toContain( EN[ 'geo-editors-weekly-note-absent' ] );
			// The week in two files is counted once, and said so.
			expect( await page.locator( `${ SCOPE } tr[data-key="2023-10-29"]` ).count() ).toBe( 1 );
			expect( await page.locator( `${ SCOPE } .geo-editors-weekly-doubled` ).innerText() ).toContain( 'The week of October 29, 2023 is in two files (October 2023, November 2023)' );
			expect( await page.locator( `${ SCOPE } .geo-editors-body canvas` ).count() ).toBe( 1 );
			const menu = page.getByRole( 'combobox', { name: EN[ 'geo-editors-granularity' ] } );
			expect( await menu.inputValue() ).toBe( 'week' );
			// One request per weekly file of the range.
			const weekly = ( await requests( 'geoeditors_weekly/' ) ).slice( before );
			expect( weekly.map( ( p ) => p.replace( /^.*geoeditors_weekly\//, '' ) ).sort() ).toEqual(
				[ '2023-07.tsv', '2023-08.tsv', '2023-09.tsv', '2023-10.tsv', '2023-11.tsv', '2023-12.tsv' ] );
			// By week, the monthly files are not downloaded: the first monthly view asks for them.
			await page.waitForLoadState( 'networkidle' );
			expect( await monthlyFiles() ).toBe( monthlyBefore );
			// Back to months: the monthly rows with their intervals, and the URL drops the
			// parameter.
			await menu.selectOption( 'month' );
			await waitForRow( page, SCOPE, '2023-08' );
			expect( await cell( page, SCOPE, '2023-08', 'editors_1_4' ).innerText() ).toMatch( /5,217\s*±\s*2\.7/ );
			await page.waitForFunction( () => !location.search.includes( 'granularity' ) );
			await page.getByRole( 'combobox', { name: EN[ 'geo-editors-granularity' ] } ).selectOption( 'week' );
			await page.waitForFunction( () => location.search.includes( 'granularity=week' ) );
			await waitForRow( page, SCOPE, '2023-12-31' );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.context().close();
		}
	} );

	it( 'copies a weekly table as wikitext citing the weekly release, its folder and weeks', async () => {
		const context = await browser.newContext( { permissions: [ 'clipboard-read', 'clipboard-write' ] } );
		const { page, pageErrors } = await openPage( context, pageUrl( DASHBOARD, '&country=CL&project=es.wikipedia&from=2023-08&to=2023-10&granularity=week' ) );
		try {
			await waitForRow( page, SCOPE, '2023-09-24' );
			await page.click( `${ SCOPE } [data-action=copy-wikitext]` );
			// eslint-disable-next-line n/no-unsupported-features/node-builtins -- runs in the page, not in Node
			const wikitext = await page.evaluate( () => navigator.clipboard.readText() );
			// The last line is the source line (the notes before it include the weekly note).
			const source = wikitext.trim().split( '\n' ).pop()!;
			expect( source ).toContain( 'Geoeditors Differential Privacy — Weekly, 13 weeks starting August 6, 2023 – October 29, 2023 (files of August 2023 – October 2023).' );
			expect( source ).toContain( `${ ctx.fixtureUrl }` );
			expect( source ).toContain( 'geoeditors_weekly/' );
			expect( wikitext ).not.toContain( 'Monthly' );
			expect( wikitext ).toContain( EN[ 'geo-editors-not-in-release' ] );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await context.close();
		}
	} );

	it( 'draws a weekly panel from data-granularity="week"', async () => {
		const { page, pageErrors } = await openPage( browser, pageUrl( REPORTS_PAGE ) );
		try {
			const panel = '#geo-demo-weekly';
			await waitForRow( page, panel, '2023-10-01' );
			expect( await page.locator( `${ panel } tbody tr` ).count() ).toBe( 27 );
			expect( await page.locator( `${ panel } tr[data-key="2023-10-01"] th` ).innerText() ).toBe( 'October 1, 2023' );
			expect( await cell( page, panel, '2023-10-01', 'editors_1_4' ).getAttribute( 'data-value' ) ).toBe( served( '2023-10', 'eswiki', 'CL', '1 to 4', '2023-10-01' ) );
			expect( await cell( page, panel, '2023-10-01', 'editors_1_4' ).innerText() ).toContain( '±' );
			expect( await page.locator( `${ panel } .geo-table-notes` ).innerText() ).toContain( 'No ± interval for 5 weeks' );
			// "Open in the dashboard" keeps the weekly choice.
			const link = await page.locator( `${ panel } a[href*="GeoEditors"]` ).first().getAttribute( 'href' );
			expect( link ).toContain( 'granularity=week' );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.context().close();
		}
	} );

	it( 'shows Edits by week too: the served float edit counts as numbers, no ± (as by month)', async () => {
		const { page } = await openPage( browser, pageUrl( DASHBOARD, '&country=CL&project=es.wikipedia&from=2023-07&to=2023-12&view=edits&granularity=week' ) );
		try {
			await waitForRow( page, SCOPE, '2023-11-19' );
			const edits = served( '2023-11', 'eswiki', 'CL', '5 to 99', '2023-11-19', 'edits' );
			expect( edits ).toMatch( /\.0$/ );
			expect( await cell( page, SCOPE, '2023-11-19', 'edits_5_99' ).getAttribute( 'data-value' ) ).toBe( String( Number( edits ) ) );
			expect( await page.locator( `${ SCOPE } .geo-editors-table` ).innerText() ).not.toContain( '±' );
			expect( await page.locator( `${ SCOPE } caption` ).innerText() ).toContain( 'Edits per week' );
		} finally {
			await page.context().close();
		}
	} );

	it( 'says why a view stays monthly, and that a range before July 2023 has no weeks', async () => {
		const { page } = await openPage( browser, pageUrl( DASHBOARD, '&country=CL&project=es.wikipedia&view=map&month=2023-12&from=2023-07&to=2023-12&granularity=week' ) );
		try {
			await page.locator( `${ SCOPE } .geo-editors-controls` ).getByText( /is shown by month only/ ).waitFor( { timeout: 30_000 } );
			expect( await page.locator( `${ SCOPE } .geo-editors-controls` ).innerText() ).toContain( '“World map” is shown by month only' );
			await page.goto( pageUrl( DASHBOARD, '&country=CL&project=es.wikipedia&view=lines&from=2023-01&to=2023-06&granularity=week' ) );
			await page.locator( `${ SCOPE } .geo-editors-weekly-none` ).waitFor( { timeout: 30_000 } );
			expect( await page.locator( `${ SCOPE } .geo-editors-weekly-none` ).innerText() ).toContain( 'The weekly release starts in July 2023' );
			expect( await page.locator( `${ SCOPE } .geo-editors-body table` ).count() ).toBe( 0 );
		} finally {
			await page.context().close();
		}
	} );

	it( 'speaks Spanish: week dates and the note in the reader\'s language', async () => {
		const { page } = await openPage( browser, pageUrl( DASHBOARD, '&uselang=es&country=CL&project=es.wikipedia&from=2023-07&to=2023-12&granularity=week' ) );
		try {
			await waitForRow( page, SCOPE, '2023-08-13' );
			expect( await page.locator( `${ SCOPE } tr[data-key="2023-08-13"] th` ).innerText() ).toBe( '13 de agosto de 2023' );
			expect( await page.locator( `${ SCOPE } .geo-table-notes` ).innerText() ).toContain( 'Sin intervalo ± para 5 semanas' );
			expect( await page.locator( `${ SCOPE } tr[data-key="2023-09-24"] td` ).first().innerText() ).toBe( ES[ 'geo-editors-not-in-release' ] );
			expect( await page.getByRole( 'combobox', { name: ES[ 'geo-editors-granularity' ] } ).inputValue() ).toBe( 'week' );
		} finally {
			await page.context().close();
		}
	} );
} );
