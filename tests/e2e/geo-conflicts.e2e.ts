// Geo Conflicts e2e on the local wiki (MediaWiki + the fixture server's real SPARQL engine and
// Wikidata API stand-in over localwiki/sample-data/wikidata/conflicts.ttl):
// dashboard markers and list, filters and the URL, the card of a conflict article, the section of a
// place article, a hostile label shown as text, and a 429 with Retry-After waited out.

import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectOnlyHosts, launchBrowser, openPage, snapshotContext, waitForModule } from './browser';
import { login } from '../../localwiki/wiki.mjs';
import { engineSet } from '../support/engine-answers';
import { HOSTILE_DESCRIPTION, HOSTILE_ID, HOSTILE_LABEL, hostileSampleTurtle } from '../support/hostile-items';
import { loadWikidata, resetWikidata } from './fixture-control';

const ctx = inject( 'e2e' );
const LIST_ITEM = '.geo-conflicts-list-item';
const MAP = '.geo-conflicts-dashboard .geo-conflicts-map';
// What the engine answers the dashboard query over the sample data: 18 conflicts, 17 with usable
// coordinates (one has none; the Moon coordinate of another is rejected and its region's used).
// The demo sample has no hostile item (issue 23 item 11): the hostile test loads its own.
const SAMPLE = engineSet( { kind: 'all' } );
const ALL = SAMPLE.conflicts.length;
const LOCATED = SAMPLE.conflicts.filter( ( c ) => c.coordinates ).length;
// data-country="Q298": P17, or P131/P276 chains up to Chile.
const CHILE = engineSet( { kind: 'all', countries: [ 'Q298' ] } ).conflicts.length;

describe.skipIf( Boolean( ctx.skip ) )( 'geo conflicts', () => {
	let browser: Browser;
	const pageUrl = ( title: string, query = '' ): string => `${ ctx.indexUrl }?title=${ encodeURIComponent( title ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' ) }${ query }`;
	const dashboard = ( query = '' ): string => pageUrl( 'Special:BlankPage/GeoConflicts', query );
	const origins = (): string[] => [ new URL( ctx.wikiUrl ).origin,
		new URL( ctx.fixtureUrl ).origin ];

	async function listCount( page: Page, expected: number ): Promise<void> {
		await page.waitForFunction(
			( [ sel, n ] ) => document.querySelectorAll( sel as string ).length === n,
			[ LIST_ITEM, expected ], { timeout: 60_000 } );
	}
	async function markerCount( page: Page, expected: number ): Promise<void> {
		await page.waitForFunction( ( [ sel, n ] ) => {
			const el = document.querySelector<HTMLElement>( sel as string );
			return !!el && Number( el.dataset.markerCount ) === n;
		}, [ MAP, expected ], { timeout: 60_000 } );
	}

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );
	afterEach( async () => {
		await fetch( ctx.fixtureUrl + '/__faults', { method: 'DELETE' } );
		await resetWikidata( ctx );
	} );

	it( 'the dashboard shows every conflict in the list and every located one on the map', async () => {
		const opened = await openPage( browser, dashboard() );
		const { page } = opened;
		await listCount( page, ALL );
		await markerCount( page, LOCATED );
		expect( await page.getAttribute( '.geo-conflicts-stats .geo-conflicts-total', 'data-total' ) ).toBe( String( ALL ) );
		// Translated everywhere: no raw keys, no ⧼missing⧽ messages.
		const text = await page.$eval( '.geo-conflicts-dashboard', ( el ) => el.textContent || '' );
		expect( text ).not.toMatch( /⧼|geo-conflicts-[a-z]/ );
		// Statistics: by status (5 ended) and the timeline table.
		expect( text ).toContain( 'Ended' );
		expect( await page.$$eval( '.geo-conflicts-chart canvas', ( c ) => c.length ) ).toBe( 1 );
		// The exact query is one click away.
		const href = await page.getAttribute( '.geo-conflicts-query-link', 'href' );
		expect( decodeURIComponent( href!.split( '#' )[ 1 ] ) ).toContain( 'wdt:P31/wdt:P279*' );
		expectOnlyHosts( opened.requests, origins() );
		expect( opened.pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	it( 'filters change the list and the markers, and live in the URL', async () => {
		const { page, pageErrors } = await openPage( browser, dashboard() );
		await listCount( page, ALL );
		await page.selectOption( '.geo-conflicts-filter-countries', [ 'Q414' ] );
		await listCount( page, 2 );
		await markerCount( page, 2 );
		expect( new URL( page.url() ).searchParams.get( 'country' ) ).toBe( 'Q414' );
		await page.selectOption( '.geo-conflicts-filter-sector', 'mining' );
		await listCount( page, 1 );
		expect( await page.textContent( LIST_ITEM ) ).toContain( 'Pascua Lama' );
		await page.selectOption( '.geo-conflicts-filter-countries', [] );
		await page.fill( '.geo-conflicts-filter-q', 'hidro' );
		await page.selectOption( '.geo-conflicts-filter-sector', '' );
		await listCount( page, 1 );
		expect( await page.textContent( LIST_ITEM ) ).toContain( 'HidroAysén' );
		// The URL restores the view.
		const shared = page.url();
		await page.context().close();
		const again = await openPage( browser, shared );
		await listCount( again.page, 1 );
		expect( await again.page.inputValue( '.geo-conflicts-filter-q' ) ).toBe( 'hidro' );
		const chile = await openPage( again.page.context(), dashboard( '&country=Q298&status=ended' ) );
		await listCount( chile.page, 4 );
		expect( pageErrors ).toEqual( [] );
		await again.page.context().close();
	} );

	it( 'the demo sample opens with no hostile item: every label is a real-looking name', async () => {
		const { page } = await openPage( browser, dashboard() );
		await listCount( page, ALL );
		const labels = await page.$$eval( `${ LIST_ITEM } .geo-conflicts-list-button`, ( els ) => els.map( ( e ) => e.textContent || '' ) );
		expect( labels.filter( ( l ) => /[<>]|alert\(|javascript:/i.test( l ) ) ).toEqual( [] );
		expect( await page.$$( `${ LIST_ITEM }[data-id="${ HOSTILE_ID }"]` ) ).toHaveLength( 0 );
		await page.context().close();
	} );

	it( 'the details panel shows a hostile label as text, and nothing runs (the tests\' hostile item, loaded for this test)', async () => {
		await loadWikidata( ctx, hostileSampleTurtle() );
		const { page, pageErrors } = await openPage( browser, dashboard() );
		const dialogs: string[] = [];
		page.on( 'dialog', ( d ) => {
			dialogs.push( d.message() );
			d.dismiss().catch( () => undefined );
		} );
		await listCount( page, ALL + 1 );
		await page.click( `${ LIST_ITEM }[data-id="${ HOSTILE_ID }"] button` );
		await page.waitForSelector( `.geo-conflicts-details[data-id="${ HOSTILE_ID }"]` );
		expect( await page.textContent( '.geo-conflicts-details-title' ) ).toBe( HOSTILE_LABEL );
		expect( await page.textContent( '.geo-conflicts-details .geo-conflicts-description' ) ).toBe( HOSTILE_DESCRIPTION );
		expect( new URL( page.url() ).searchParams.get( 'item' ) ).toBe( HOSTILE_ID );
		// let the sitelinks lookup (with a javascript: URL) arrive
		await page.waitForTimeout( 1500 );
		expect( await page.$$( 'img[src="x"], .geo-conflicts-dashboard script' ) ).toHaveLength( 0 );
		// (The skin's own "Printable version" link is javascript:print(); only our content counts.)
		expect( await page.$$( '#mw-content-text a[href^="javascript:"]' ) ).toHaveLength( 0 );
		expect( dialogs ).toEqual( [] );
		expect( pageErrors ).toEqual( [] );
		// A normal conflict: facts, article summary from TextExtracts, links.
		await page.click( `${ LIST_ITEM }[data-id="Q2365301"] button` );
		await page.waitForSelector( '.geo-conflicts-details .geo-conflicts-extract', { timeout: 30_000 } );
		expect( await page.textContent( '.geo-conflicts-details .geo-conflicts-extract' ) ).toContain( 'Pascua Lama' );
		expect( await page.textContent( '.geo-conflicts-details .geo-conflicts-facts' ) ).toContain( 'Argentina and Chile' );
		expect( await page.getAttribute( '.geo-conflicts-details .geo-conflicts-thumb img', 'src' ) ).toContain( 'Special:FilePath/Glaciar_Toro_1.jpg?width=320' );
		await page.context().close();
	} );

	it( 'a conflict article shows its card', async () => {
		const { page, pageErrors } = await openPage( browser, pageUrl( 'Pascua Lama' ) );
		await page.waitForSelector( '.geo-conflicts-card .geo-conflicts-card-label', { timeout: 60_000 } );
		expect( await page.textContent( '.geo-conflicts-card-label' ) ).toBe( 'Pascua Lama' );
		const facts = await page.textContent( '.geo-conflicts-card .geo-conflicts-facts' );
		expect( facts ).toContain( 'Argentina and Chile' );
		expect( facts ).toContain( 'Ended' );
		expect( facts ).toContain( 'Mining' );
		expect( await page.$$( '.geo-conflicts-place' ) ).toHaveLength( 0 );
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	it( 'in Arabic, countries are named in Arabic: dashboard list, filter and card, live and from the snapshot (issue 23 item 6)', async () => {
		// The sample has no Arabic labels: these names are CLDR's, from the countries' ISO codes.
		const unisolated = ( t: string | null ): string => ( t || '' ).replace( /[\u2066-\u2069]/g, '' );
		const { page, pageErrors } = await openPage( browser, dashboard( '&uselang=ar' ) );
		await listCount( page, ALL );
		// (Its own label stays English: "Cellulose plant conflict between Argentina and Uruguay".)
		const pulpMill = unisolated( await page.textContent( `${ LIST_ITEM }[data-id="Q1132390"] .geo-conflicts-list-meta` ) );
		expect( pulpMill ).toContain( 'الأرجنتين و أورغواي' );
		expect( pulpMill ).not.toMatch( /Argentina|Uruguay/ );
		const options = await page.$$eval( '.geo-conflicts-filter-countries option', ( els ) => els.map( ( e ) => e.textContent || '' ) );
		expect( options.map( unisolated ).join( '|' ) ).toContain( 'تشيلي' );
		expect( options.join( '|' ) ).not.toMatch( /Chile|Argentina|Peru|Brazil|Uruguay/ );
		await page.click( `${ LIST_ITEM }[data-id="Q2365301"] button` );
		await page.waitForSelector( '.geo-conflicts-details[data-id="Q2365301"] .geo-conflicts-facts' );
		// The first fact is the countries.
		expect( unisolated( await page.textContent( '.geo-conflicts-details .geo-conflicts-facts dd' ) ) ).toBe( 'الأرجنتين و تشيلي' );
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
		for ( const context of [ await browser.newContext(), await snapshotContext( browser ) ] ) {
			const card = await openPage( context, pageUrl( 'Pascua Lama', '&uselang=ar' ) );
			await card.page.waitForSelector( '.geo-conflicts-card .geo-conflicts-facts', { timeout: 60_000 } );
			expect( unisolated( await card.page.textContent( '.geo-conflicts-card .geo-conflicts-facts dd' ) ) ).toBe( 'الأرجنتين و تشيلي' );
			expect( card.pageErrors ).toEqual( [] );
			await context.close();
		}
	} );

	it( 'an article with coordinates that is neither: the probe comes with the loaders, one ASK, no core', async () => {
		const title = 'Geo e2e lugar sin conflictos';
		const admin = await login( { apiUrl: ctx.apiUrl, ...ctx.admin } );
		await admin.save( title, 'Un lugar.\n\n<span id="coordinates">33°26′S 70°39′O</span>\n', 'e2e: article with coordinates' );
		const context = await browser.newContext();
		const probeAsks = ( urls: string[] ): string[] => urls.filter( ( u ) => decodeURIComponent( u ).includes( '#GeoConflicts view=probe' ) );
		const { page, requests, pageErrors } = await openPage( context, pageUrl( title ) );
		await waitForModule( page, 'ext.gadget.geo-conflicts-probe' );
		await expect.poll( () => probeAsks( requests ).length, { timeout: 30_000 } ).toBe( 1 );
		await page.waitForLoadState( 'networkidle' );
		// One load.php request carries the probe, and it is the loaders' own: no request of its
		// own.
		const withProbe = requests.map( decodeURIComponent ).filter( ( u ) => /load\.php.*geo-conflicts-probe/.test( u ) );
		expect( withProbe ).toHaveLength( 1 );
		expect( withProbe[ 0 ] ).toMatch( /ext\.gadget\.geo-conflicts,/ );
		expect( probeAsks( requests ) ).toHaveLength( 1 );
		expect( await page.evaluate( () => mw.loader.getState( 'ext.gadget.geo-conflicts-core' ) ) ).toBe( 'registered' );
		expect( await page.$$( '.geo-conflicts-card, .geo-conflicts-place' ) ).toHaveLength( 0 );
		// The answer is kept a day: the next visit asks nothing.
		const again = await openPage( context, pageUrl( title ) );
		await waitForModule( again.page, 'ext.gadget.geo-conflicts-probe' );
		await again.page.waitForTimeout( 1000 );
		expect( probeAsks( again.requests ) ).toHaveLength( 0 );
		expect( pageErrors.concat( again.pageErrors ) ).toEqual( [] );
		await context.close();
	} );

	it( 'a place article lists its conflicts in a collapsible section', async () => {
		const { page, pageErrors } = await openPage( browser, pageUrl( 'Región de Atacama' ) );
		// Collapsed at first: the items are there, not yet visible.
		await page.waitForSelector( '.geo-conflicts-place:not([hidden]) .geo-conflicts-compact-item', { state: 'attached', timeout: 60_000 } );
		expect( await page.$eval( '.geo-conflicts-place', ( el ) => ( el as HTMLDetailsElement ).open ) ).toBe( false );
		expect( await page.textContent( '.geo-conflicts-place-summary' ) ).toContain( 'Environmental conflicts in Atacama Region' );
		const items = await page.$$eval( '.geo-conflicts-place .geo-conflicts-compact-item', ( els ) => els.map( ( e ) => e.getAttribute( 'data-id' ) ) );
		expect( items.sort() ).toEqual( [ 'Q2365301', 'Q5759245' ] );
		await page.click( '.geo-conflicts-place-summary' );
		expect( await page.isVisible( '.geo-conflicts-place .geo-conflicts-compact-item' ) ).toBe( true );
		await page.waitForFunction( () => Number( document.querySelector<HTMLElement>( '.geo-conflicts-place .geo-conflicts-map' )?.dataset.markerCount ) === 2, null, { timeout: 30_000 } );
		expect( await page.$$( '.geo-conflicts-card' ) ).toHaveLength( 0 );
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	it( 'a placeholder shows the conflicts of its countries, in the reader\'s language', async () => {
		const { page, pageErrors } = await openPage( browser, pageUrl( 'Project:Geo Conflictos', '&uselang=es' ) );
		await page.waitForSelector( '.geo-conflicts.geo-panel .geo-conflicts-total', { timeout: 60_000 } );
		// data-country="Q298": the panel's own query, filtered to Chile in SPARQL.
		expect( await page.getAttribute( '.geo-conflicts.geo-panel .geo-conflicts-total', 'data-total' ) ).toBe( String( CHILE ) );
		expect( await page.textContent( '.geo-conflicts.geo-panel .geo-conflicts-total' ) ).toBe( CHILE + ' conflictos' );
		expect( await page.$$( '.geo-conflicts.geo-panel .geo-conflicts-compact-item' ) ).toHaveLength( 10 );
		const more = await page.getAttribute( '.geo-conflicts.geo-panel .geo-conflicts-compact a[href*="GeoConflicts"]', 'href' );
		expect( more ).toContain( 'country=Q298' );
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	it( 'waits out a 429 with Retry-After, showing the countdown, then loads', async () => {
		// A cross-origin page can read Retry-After only when the server exposes it (CORS).
		await fetch( ctx.fixtureUrl + '/__faults', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify( { match: 'query.wikidata.org/sparql', status: 429, headers: { 'Retry-After': '4', 'Access-Control-Expose-Headers': 'Retry-After' }, body: 'Too Many Requests', times: 1 } ),
		} );
		const { page, pageErrors } = await openPage( browser, dashboard() );
		await page.waitForSelector( '.geo-conflicts-countdown', { timeout: 30_000 } );
		expect( await page.textContent( '.geo-conflicts-countdown' ) ).toMatch( /Trying again in [1-4] seconds?/ );
		await listCount( page, ALL );
		expect( await page.$$( '.geo-conflicts-countdown' ) ).toHaveLength( 0 );
		const log = await ( await fetch( ctx.fixtureUrl + '/__log' ) ).json() as { path: string }[];
		expect( log.filter( ( r ) => r.path.startsWith( '/query.wikidata.org/sparql' ) ).length ).toBeGreaterThanOrEqual( 2 );
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
	} );
} );
