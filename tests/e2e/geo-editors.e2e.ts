// Geo Editors on the real local wiki with the real Chile rows (fixture server): the numbers, the
// not-published mark, the dashboard's URL state, CSV export, Spanish UI, the warm cache and errors.

import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const ctx = inject( 'e2e' );
const DEMO_PAGE = 'Project:Geo_Editores';
const DASHBOARD = 'Special:BlankPage/GeoEditors';
const ES_PANEL = '#geo-demo-es';
const WIKIDATA_PANEL = '#geo-demo-wikidata';

const ES = JSON.parse( readFileSync( new URL( '../../i18n/geo-editors/es.json', import.meta.url ), 'utf8' ) ) as Record<string, string>;
const ES_CORE = JSON.parse( readFileSync( new URL( '../../i18n/core/es.json', import.meta.url ), 'utf8' ) ) as Record<string, string>;

describe.skipIf( Boolean( ctx.skip ) )( 'geo-editors', () => {
	let browser: Browser;
	const pageUrl = ( title: string, query = '' ): string => `${ ctx.indexUrl }?title=${ title }${ query }`;
	const fixture = ( path: string, init?: RequestInit ): Promise<Response> => fetch(
		ctx.fixtureUrl + path, init );
	const dataRequests = async (): Promise<{ path: string }[]> => ( await ( await fixture( '/__log' ) ).json() as { path: string }[] )
		.filter( ( r ) => r.path.includes( 'geoeditors_monthly' ) );

	/** Cell value (data-value) of a panel table: row key (month) and column id. */
	const cell = ( page: Page, scope: string, key: string, column: string ): Locator => page.locator( `${ scope } td[data-key="${ key }"][data-column="${ column }"]` );

	async function waitForRow( page: Page, scope: string, key: string ): Promise<void> {
		await page.locator( `${ scope } tr[data-key="${ key }"]` ).first().waitFor( { timeout: 30_000 } );
	}

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );
	afterEach( async () => {
		await fixture( '/__faults', { method: 'DELETE' } );
	} );

	it( 'shows es.wikipedia / CL / 2023-08 as 5217 · 777 · 76 editors in an inline panel', async () => {
		const { page, pageErrors } = await openPage( browser, pageUrl( DEMO_PAGE ) );
		try {
			const panel = ES_PANEL;
			await waitForRow( page, panel, '2023-08' );
			expect( await cell( page, panel, '2023-08', 'editors_1_4' ).getAttribute( 'data-value' ) ).toBe( '5217' );
			expect( await cell( page, panel, '2023-08', 'editors_5_99' ).getAttribute( 'data-value' ) ).toBe( '777' );
			expect( await cell( page, panel, '2023-08', 'editors_100' ).getAttribute( 'data-value' ) ).toBe( '76' );
			// What the reader sees: the number and its 95% interval (ln 20 / 1.1 ≈ 2.7).
			expect( await cell( page, panel, '2023-08', 'editors_1_4' ).innerText() ).toMatch( /5,217\s*±\s*2\.7/ );
			expect( await page.locator( ES_PANEL ).locator( 'canvas' ).count() ).toBe( 1 );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.context().close();
		}
	} );

	it( 'shows the not-published mark, never 0, for a cell without a row', async () => {
		const { page } = await openPage( browser, pageUrl( DEMO_PAGE ) );
		try {
			await waitForRow( page, WIKIDATA_PANEL, '2023-08' );
			const missing = cell( page, WIKIDATA_PANEL, '2023-08', 'editors_100' );
			expect( await missing.getAttribute( 'data-status' ) ).toBe( 'np' );
			expect( await missing.getAttribute( 'data-value' ) ).toBeNull();
			expect( ( await missing.innerText() ).trim() ).toBe( 'n/p' );
			expect( await missing.locator( 'abbr' ).getAttribute( 'title' ) ).toMatch( /Not published/ );
			// The published levels of the same month are there, and the total is marked as partial.
			expect( await cell( page, WIKIDATA_PANEL, '2023-08', 'editors_1_4' ).getAttribute( 'data-value' ) ).toBe( '449' );
			expect( await cell( page, WIKIDATA_PANEL, '2023-08', 'editors_total' ).innerText() ).toMatch( /^≥/ );
		} finally {
			await page.context().close();
		}
	} );

	it( 'restores a dashboard view from its URL and keeps the state in the URL', async () => {
		const query = '&country=CL&project=ja.wikipedia&from=2023-10&to=2023-12&view=lines&levels=1-4';
		const { page } = await openPage( browser, pageUrl( DASHBOARD, query ) );
		try {
			const scope = '.geo-editors-dashboard';
			await waitForRow( page, scope, '2023-11' );
			expect( await page.locator( `${ scope } [role=tab][aria-selected=true]` ).getAttribute( 'data-view' ) ).toBe( 'lines' );
			expect( await cell( page, scope, '2023-11', 'editors_1_4' ).getAttribute( 'data-status' ) ).toBe( 'np' );
			expect( await page.locator( `${ scope } th[scope=col]` ).allInnerTexts() ).toEqual( [ 'Month', '1–4 edits', '1–4 edits' ] );
			// Switching the view goes into the address; reloading that address restores it.
			await page.click( `${ scope } [role=tab][data-view=totals]` );
			await page.waitForFunction( () => location.search.includes( 'view=totals' ) );
			const url = page.url();
			expect( new URL( url ).searchParams.get( 'project' ) ).toBe( 'ja.wikipedia' );
			expect( new URL( url ).searchParams.get( 'levels' ) ).toBe( '1-4' );
			await page.goto( url );
			await page.locator( `${ scope } tr[data-key="editors_1_4"]` ).waitFor( { timeout: 30_000 } );
			expect( await page.locator( `${ scope } [role=tab][aria-selected=true]` ).getAttribute( 'data-view' ) ).toBe( 'totals' );
			expect( await cell( page, scope, 'editors_1_4', 'months_not_published' ).getAttribute( 'data-value' ) ).toBe( '1' );
		} finally {
			await page.context().close();
		}
	} );

	it( 'defaults to the latest published months and ranks countries, with the REST API as a separate, labelled source', async () => {
		const { page } = await openPage( browser, pageUrl( DASHBOARD, '&country=CL&project=es.wikipedia&view=top' ) );
		try {
			const scope = '.geo-editors-dashboard';
			// No from/to: the latest 12 published months from the release folder's index (here
			// 2023: Jan–Jun synthetic, Jul–Dec real for Chile); the top view ranks the range's last
			// month and its header names that month (issue 23 item 3: each view states its own period).
			await page.locator( `${ scope } tr[data-key="CL"]` ).waitFor( { timeout: 30_000 } );
			expect( await page.locator( `${ scope } .geo-editors-subtitle` ).innerText() ).toContain( 'December 2023' );
			expect( await cell( page, scope, 'CL', 'editors' ).getAttribute( 'data-value' ) ).toBe( String( 4020 + 851 + 61 ) );
			await page.click( `${ scope } [data-action=rest]` );
			const rest = page.locator( `${ scope } .geo-editors-rest table` );
			await rest.waitFor( { timeout: 15_000 } );
			expect( await rest.locator( 'caption' ).innerText() ).toContain( 'REST API' );
			expect( await rest.locator( 'td[data-key="CL"][data-column="rest_editors_5_99"]' ).innerText() ).toBe( '≤ 620' );
		} finally {
			await page.context().close();
		}
	} );

	it( 'shades a world map from the geoshapes service: values, not published and protected apart, hover and focus give value ± interval', async () => {
		const { page, pageErrors } = await openPage( browser, pageUrl( DASHBOARD, '&country=CL&project=es.wikipedia&view=map&month=2023-12' ) );
		try {
			const scope = '.geo-editors-dashboard';
			const area = ( code: string ): Locator => page.locator( `${ scope } .geo-editors-map path[data-country="${ code }"]` );
			await area( 'CL' ).waitFor( { timeout: 60_000 } );
			// Real Chile rows of 2023-12 (4020 + 851 + 61); the other countries are the synthetic
			// sample rows.
			expect( await cell( page, scope, 'CL', 'editors' ).getAttribute( 'data-value' ) ).toBe( String( 4020 + 851 + 61 ) );
			expect( await area( 'CL' ).getAttribute( 'class' ) ).toMatch( /geo-editors-map-c[0-5]/ );
			// China is on the protection list, Greenland has no row: each its own style, neither a
			// shade of the scale.
			expect( await area( 'CN' ).getAttribute( 'class' ) ).toContain( 'geo-editors-map-protected' );
			expect( await area( 'GL' ).getAttribute( 'class' ) ).toContain( 'geo-editors-map-np' );
			expect( await area( 'GL' ).getAttribute( 'aria-label' ) ).toMatch( /not published/ );
			expect( await cell( page, scope, 'CN', 'editors' ).innerText() ).toMatch( /never released/ );
			// Keyboard: focusing a country opens its tooltip with the value and the interval.
			await area( 'AR' ).focus();
			await expect.poll( () => page.locator( `${ scope } .leaflet-tooltip` ).allInnerTexts(), { timeout: 5_000 } ).toEqual( [ expect.stringMatching( /^Argentina: [\d,]+ ± [\d.]+ editors$/ ) ] );
			expect( await page.locator( `${ scope } .geo-editors-map` ).getAttribute( 'data-backend' ) ).toBe( 'leaflet' );
			const shapes = ( await ( await fixture( '/__log' ) ).json() as { path: string }[] ).filter( ( r ) => r.path.includes( '/maps.wikimedia.org/geoshape?' ) );
			expect( shapes.length ).toBeGreaterThan( 0 );
			expect( decodeURIComponent( shapes.map( ( r ) => r.path ).join( ' ' ) ) ).toMatch( /getgeojson=1&ids=.*\bQ298\b/ );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.context().close();
		}
	} );

	it( 'draws the world map in an inline panel too (data-view="map")', async () => {
		const { page, pageErrors } = await openPage( browser, pageUrl( DEMO_PAGE ) );
		try {
			const panel = '#geo-demo-map';
			await page.locator( `${ panel } .geo-editors-map path[data-country="CL"]` ).waitFor( { timeout: 60_000 } );
			expect( await cell( page, panel, 'CL', 'editors' ).getAttribute( 'data-value' ) ).toBe( String( 4020 + 851 + 61 ) );
			expect( await page.locator( `${ panel } [role=tab][aria-selected=true]` ).getAttribute( 'data-view' ) ).toBe( 'map' );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.context().close();
		}
	} );

	it( 'shows the first-visit guide once, by keyboard, remembered in mw.storage, and again from About this data', async () => {
		const { page } = await openPage( browser, pageUrl( DASHBOARD, '&country=CL&project=es.wikipedia&from=2023-08&to=2023-08' ) );
		try {
			const guide = page.locator( '.geo-editors-guide' );
			await guide.waitFor( { timeout: 30_000 } );
			expect( await guide.getAttribute( 'role' ) ).toBe( 'region' );
			expect( await guide.locator( '.geo-editors-guide-counter' ).innerText() ).toBe( 'Step 1 of 4' );
			// Keyboard only: Next moves focus to the next Next; Enter on it goes on.
			await guide.locator( '[data-action=guide-next]' ).focus();
			for ( let i = 0; i < 3; i++ ) {
				await page.keyboard.press( 'Enter' );
			}
			expect( await guide.locator( '.geo-editors-guide-title' ).innerText() ).toBe( 'n/p is not zero' );
			await page.keyboard.press( 'Enter' ); // "Got it" has the focus on the last step
			await guide.waitFor( { state: 'hidden' } );
			expect( await page.evaluate( () => mw.storage.get( 'geo-gadgets-editors-guide-seen' ) ) ).toBe( '1' );
			await page.reload();
			await page.locator( 'td[data-key="2023-08"][data-column="editors_1_4"]' ).waitFor( { timeout: 30_000 } );
			expect( await page.locator( '.geo-editors-guide' ).isVisible() ).toBe( false );
			await page.locator( '.geo-editors-about-slot summary' ).click();
			await page.click( '[data-action=guide-show]' );
			expect( await page.locator( '.geo-editors-guide' ).isVisible() ).toBe( true );
			expect( await page.locator( '.geo-editors-guide-counter' ).innerText() ).toBe( 'Step 1 of 4' );
		} finally {
			await page.context().close();
		}
	} );

	it( 'exports exactly the table as CSV', async () => {
		const context = await browser.newContext( { acceptDownloads: true } );
		try {
			const { page } = await openPage( context, pageUrl( DEMO_PAGE ) );
			const panel = WIKIDATA_PANEL;
			await waitForRow( page, panel, '2023-08' );
			const [ download ] = await Promise.all( [
				page.waitForEvent( 'download' ),
				page.click( `${ panel } [data-action=export-csv]` ),
			] );
			const csv = readFileSync( ( await download.path() )!, 'utf8' ).trim().split( /\r\n/ ).map( ( l ) => l.split( ',' ) );
			const header = csv[ 0 ];
			const table = await page.locator( `${ panel } tbody tr` ).evaluateAll( ( rows ) => rows.map( ( tr ) => ( {
				key: ( tr as HTMLElement ).dataset.key,
				cells: Array.from( tr.querySelectorAll( 'td' ) ).map( ( td ) => ( { column: td.dataset.column, value: td.dataset.value ?? null } ) ),
			} ) ) );
			expect( csv.length - 1 ).toBe( table.length );
			table.forEach( ( row, i ) => {
				const line = csv[ i + 1 ];
				expect( line[ 0 ] ).toBe( row.key );
				for ( const c of row.cells ) {
					const value = line[ header.indexOf( c.column! ) ];
					expect( value === '' ? null : value ).toBe( c.value );
				}
			} );
			expect( csv[ 1 ][ header.indexOf( 'not_published' ) ] ).toBe( 'editors_100' );
		} finally {
			await context.close();
		}
	} );

	it( 'speaks Spanish with uselang=es', async () => {
		const { page } = await openPage( browser, pageUrl( DEMO_PAGE, '&uselang=es' ) );
		try {
			await waitForRow( page, WIKIDATA_PANEL, '2023-08' );
			const panel = page.locator( WIKIDATA_PANEL );
			expect( await panel.locator( '.geo-editors-heading' ).innerText() ).toBe( ES[ 'geo-editors-title' ] );
			expect( await panel.locator( '[role=tab]' ).allInnerTexts() ).toContain( ES[ 'geo-editors-view-compare' ] );
			// Months are unbreakable (no-break spaces) in captions.
			expect( ( await panel.locator( 'caption' ).innerText() ).replace( /\u00a0/g, ' ' ) ).toContain( 'ago 2023' );
			expect( await panel.locator( 'abbr.geo-np' ).getAttribute( 'title' ) ).toBe( ES[ 'geo-editors-np-explain' ] );
			expect( await panel.locator( '[data-action=export-csv]' ).innerText() ).toBe( ES[ 'geo-editors-export-csv' ] );
		} finally {
			await page.context().close();
		}
	} );

	it( 'makes no data request when the same view loads a second time', async () => {
		const context: BrowserContext = await browser.newContext();
		try {
			const first = await openPage( context, pageUrl( DEMO_PAGE ) );
			await waitForRow( first.page, WIKIDATA_PANEL, '2023-08' );
			await waitForRow( first.page, ES_PANEL, '2023-12' );
			await first.page.waitForLoadState( 'networkidle' );
			await first.page.close();
			await fixture( '/__log', { method: 'DELETE' } );
			const second = await openPage( context, pageUrl( DEMO_PAGE ) );
			await waitForRow( second.page, WIKIDATA_PANEL, '2023-08' );
			await waitForRow( second.page, ES_PANEL, '2023-12' );
			await second.page.waitForLoadState( 'networkidle' );
			expect( await cell( second.page, ES_PANEL, '2023-08', 'editors_1_4' ).getAttribute( 'data-value' ) ).toBe( '5217' );
			expect( await dataRequests() ).toEqual( [] );
			expect( second.requests.filter( ( u ) => u.includes( 'sitematrix' ) ) ).toEqual( [] );
		} finally {
			await context.close();
		}
	} );

	it( 'shows a translated error with retry on a 503 and keeps the months already shown', async () => {
		await fixture( '/__faults', { method: 'POST', body: JSON.stringify( { match: 'geoeditors_monthly/2023-12.tsv', status: 503, body: 'down' } ) } );
		const { page } = await openPage( browser, pageUrl( DASHBOARD, '&uselang=es&country=CL&project=es.wikipedia&from=2023-10&to=2023-12' ) );
		try {
			const scope = '.geo-editors-dashboard';
			const error = page.locator( `${ scope } .geo-message-error` );
			await error.waitFor( { timeout: 30_000 } );
			const text = await error.innerText();
			expect( text ).toContain( ES_CORE[ 'geo-gadgets-error-server' ].replace( '$1', '503' ) );
			expect( text ).toContain( 'diciembre de 2023' );
			// What loaded is still shown.
			expect( await cell( page, scope, '2023-10', 'editors_1_4' ).getAttribute( 'data-value' ) ).toBe( '5544' );
			expect( await page.locator( `${ scope } tr[data-key="2023-12"]` ).count() ).toBe( 0 );
			// The service is back: retry loads only the missing month and keeps the others.
			await fixture( '/__faults', { method: 'DELETE' } );
			await fixture( '/__log', { method: 'DELETE' } );
			await error.locator( 'button' ).click();
			await waitForRow( page, scope, '2023-12' );
			expect( await cell( page, scope, '2023-12', 'editors_1_4' ).getAttribute( 'data-value' ) ).toBe( '4020' );
			expect( await cell( page, scope, '2023-10', 'editors_1_4' ).getAttribute( 'data-value' ) ).toBe( '5544' );
			expect( await page.locator( `${ scope } .geo-message-error` ).count() ).toBe( 0 );
			expect( ( await dataRequests() ).map( ( r ) => r.path.split( '/' ).pop() ) ).toEqual( [ '2023-12.tsv' ] );
		} finally {
			await page.context().close();
		}
	} );
} );
