// Geo Conflicts past the anchors, on the local wiki (MediaWiki + the fixture server's real SPARQL
// engine and Wikidata API stand-in over the sample RDF): grouped markers reached by keyboard, what
// a conflict is about on the card and the details panel, the coverage worklist and its download,
// the modelling assistant's lines, and the original tool's scope switch.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectOnlyHosts, launchBrowser, openPage } from './browser';
import { clearFaults, setFaults, sparqlMatches } from './fixture-control';
import { OUT_OF_ORDER } from './hostile-corpus';
import { engineSet } from '../support/engine-answers';
import { EVENTS } from '../../localwiki/sample-data/wikidata/items.mjs';

const ctx = inject( 'e2e' );
const LIST_ITEM = '.geo-conflicts-list-item';
const ALL = engineSet( { kind: 'all' } ).conflicts.length;

describe.skipIf( Boolean( ctx.skip ) )( 'geo conflicts worklists', () => {
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

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	it( 'nearby conflicts are grouped on the map; a keyboard reaches every member and selects it', async () => {
		const { page, pageErrors } = await openPage( browser, dashboard() );
		await listCount( page, ALL );
		const group = '.geo-conflicts-dashboard .geo-conflicts-map .geo-conflicts-cluster';
		await page.waitForSelector( group, { timeout: 60_000 } );
		// Every located conflict is on the map: as its own dot or inside a group.
		const inGroups = await page.$$eval( group, ( els ) => els.reduce(
			( n, el ) => n + Number( ( el as HTMLElement ).dataset.count ), 0 ) );
		expect( inGroups ).toBeGreaterThan( 1 );
		const label = await page.getAttribute( group, 'aria-label' );
		expect( label ).toMatch( /^\d+ conflicts here: .+\. Open the list$/ );
		await page.focus( group );
		await page.keyboard.press( 'Enter' );
		const member = '.geo-conflicts-dashboard .leaflet-popup .geo-conflicts-cluster-member';
		await page.waitForSelector( member );
		const ids = await page.$$eval( member,
			( bs ) => bs.map( ( b ) => ( b as HTMLElement ).dataset.id ) );
		// The open legend never covers the popup: it folds away when they would overlap.
		const covered = await page.evaluate( () => {
			const legend = document.querySelector( '.geo-conflicts-dashboard .geo-conflicts-map-legend' )!.getBoundingClientRect();
			const popup = document.querySelector( '.geo-conflicts-dashboard .leaflet-popup' )!.getBoundingClientRect();
			return popup.left < legend.right && legend.left < popup.right &&
				popup.top < legend.bottom && legend.top < popup.bottom;
		} );
		expect( covered ).toBe( false );
		expect( ids.length ).toBe( Number( await page.getAttribute( group, 'data-count' ) ) );
		// The first member has the focus; Tab moves to the next, Enter selects it.
		expect( await page.evaluate( () => ( document.activeElement as HTMLElement ).dataset.id ) )
			.toBe( ids[ 0 ] );
		await page.keyboard.press( 'Tab' );
		await page.keyboard.press( 'Enter' );
		await page.waitForSelector( `.geo-conflicts-details[data-id="${ ids[ 1 ] }"]` );
		expect( new URL( page.url() ).searchParams.get( 'item' ) ).toBe( ids[ 1 ] );
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	it( 'the card and the details panel say what the conflict is about, linked, or that it is not recorded', async () => {
		const { page, pageErrors } = await openPage( browser, pageUrl( 'Pascua Lama' ) );
		await page.waitForSelector( '.geo-conflicts-card .geo-conflicts-about', { timeout: 60_000 } );
		const about = ( p: string ): Promise<string | null> => page.textContent( `.geo-conflicts-card .geo-conflicts-about dd[data-property="${ p }"]` );
		expect( await about( 'P710' ) ).toBe( 'Barrick Gold, Diaguita communities of the Huasco valley' );
		expect( await about( 'P137' ) ).toBe( 'Barrick Gold' );
		expect( await about( 'P828' ) ).toBe( 'gold' );
		expect( await about( 'P1542' ) ).toBe( 'damage to the Toro glaciers' );
		expect( await page.getAttribute( '.geo-conflicts-card dd[data-property="P828"] a', 'href' ) ).toMatch( /\/wiki\/Q897$/ );
		expect( pageErrors ).toEqual( [] );
		await page.context().close();

		const details = await openPage( browser, dashboard( '&item=Q131000002' ) );
		await details.page.waitForSelector( '.geo-conflicts-details[data-id="Q131000002"] .geo-conflicts-about', { timeout: 60_000 } );
		const missing = await details.page.$$eval( '.geo-conflicts-details dd[data-missing]', ( dds ) => dds.map( ( d ) => [ ( d as HTMLElement ).dataset.property, d.querySelector( 'a' )!.getAttribute( 'href' ) ] ) );
		expect( missing.map( ( m ) => m[ 0 ] ) ).toEqual( [ 'P710', 'P137', 'P127', 'P828', 'P1542' ] );
		expect( missing[ 0 ][ 1 ] ).toMatch( /\/wiki\/Q131000002#P710$/ );
		expect( await details.page.textContent( '.geo-conflicts-details dd[data-missing]' ) ).toContain( 'not recorded on Wikidata' );
		expectOnlyHosts( details.requests, origins() );
		await details.page.context().close();
	} );

	it( 'the coverage worklist lists what to write and translate, and downloads as CSV', async () => {
		const opened = await openPage( browser, dashboard() );
		const { page } = opened;
		await listCount( page, ALL );
		await page.click( '.geo-conflicts-coverage-section > summary' );
		const belo = '.geo-conflicts-coverage [data-group="article"] li[data-id="Q1130993"]';
		await page.waitForSelector( belo, { timeout: 60_000 } );
		expect( await page.textContent( belo ) ).toContain( 'Articles in: en, pt' );
		const cx = new URL( ( await page.getAttribute( belo + ' a.geo-conflicts-cx', 'href' ) )!, page.url() );
		expect( [ cx.searchParams.get( 'page' ), cx.searchParams.get( 'from' ), cx.searchParams.get( 'to' ) ] ).toEqual( [ 'Belo Monte Dam', 'en', 'es' ] );
		expect( await page.textContent( '.geo-conflicts-coverage [data-group="text"] li[data-id="Q5759302"]' ) ).toContain( '(no label, no description)' );
		const [ download ] = await Promise.all( [ page.waitForEvent( 'download' ), page.click( '.geo-conflicts-coverage-csv' ) ] );
		const csv = readFileSync( ( await download.path() )!, 'utf8' );
		expect( csv.split( /\r?\n/ )[ 0 ] ).toBe( 'id,label,missing,articles_in,translate_from,content_translation,wikidata' );
		expect( csv ).toMatch( /Q1130993,Belo Monte Dam,article,en;pt,en,http[^,]*Special:ContentTranslation[^,]*,https:\/\/www\.wikidata\.org\/wiki\/Q1130993/ );
		// Filtered to Argentina: the worklist follows the filter.
		await page.selectOption( '.geo-conflicts-filter-countries', [ 'Q414' ] );
		await listCount( page, 2 );
		await page.waitForFunction( () => document.querySelectorAll( '.geo-conflicts-coverage li' ).length <= 4 );
		expectOnlyHosts( opened.requests, origins() );
		expect( opened.pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	it( 'the modelling assistant offers QuickStatements lines and counts the classes in use', async () => {
		const { page, pageErrors } = await openPage( browser, dashboard() );
		await listCount( page, ALL );
		await page.click( '.geo-conflicts-modelling-section > summary' );
		await page.waitForSelector( '.geo-conflicts-modelling-section [data-gap="country"] textarea', { timeout: 60_000 } );
		expect( await page.inputValue( '.geo-conflicts-modelling-section [data-gap="country"] textarea' ) ).toBe( 'Q110971234\tP17\tQ298' );
		await page.waitForSelector( '.geo-conflicts-modelling-outside', { timeout: 60_000 } );
		expect( await page.getAttribute( '.geo-conflicts-modelling-outside', 'data-count' ) ).toBe( String( EVENTS.length ) );
		await page.waitForSelector( '.geo-conflicts-classes tbody tr', { timeout: 60_000 } );
		expect( await page.textContent( '.geo-conflicts-classes tr[data-id="Q131000100"]' ) ).toContain( 'mining conflict' );
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	it( 'the original tool\'s scope adds the disaster and oil-spill items, says how many, and lives in the URL', async () => {
		const { page, pageErrors } = await openPage( browser, dashboard() );
		await listCount( page, ALL );
		await page.check( '#geo-conflicts-scope-original' );
		await listCount( page, ALL + EVENTS.length );
		await page.waitForSelector( `.geo-conflicts-scope-note[data-more="${ EVENTS.length }"]` );
		expect( await page.textContent( '.geo-conflicts-scope-note' ) ).toBe( `${ EVENTS.length } more items from these classes (${ ALL + EVENTS.length } in all)` );
		expect( new URL( page.url() ).searchParams.get( 'scope' ) ).toBe( 'original' );
		expect( decodeURIComponent( ( await page.getAttribute( '.geo-conflicts-query-link', 'href' ) )!.split( '#' )[ 1 ] ) ).toContain( 'wd:Q3193890 wd:Q220187' );
		await page.uncheck( '#geo-conflicts-scope-original' );
		await listCount( page, ALL );
		expect( new URL( page.url() ).searchParams.get( 'scope' ) ).toBeNull();
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	it( 'a superseded load never wins: the wider scope on then off quickly, its slow answer landing last (issue 22 item 3)', async () => {
		const { page, pageErrors } = await openPage( browser, dashboard() );
		await listCount( page, ALL );
		// The local Query Service answers the wider query slowly (once): the hostile corpus's
		// out-of-order answer.
		const slow = OUT_OF_ORDER[ 0 ];
		await setFaults( ctx, sparqlMatches( slow.sparql ).map( ( match ) => ( { match, delayMs: slow.delayMs, times: 1 } ) ) );
		try {
			const wideRequest = page.waitForRequest( ( r ) => /sparql/.test( r.url() ) &&
				( r.url() + ( r.postData() || '' ) ).includes( 'Q220187' ), { timeout: 60_000 } );
			await page.check( '#geo-conflicts-scope-original' );
			// Off again while the wide query is on its way (its answer is held back).
			const wide = await wideRequest;
			await page.uncheck( '#geo-conflicts-scope-original' );
			await listCount( page, ALL );
			// The slow wide answer lands, last (or the page dropped the request: null); give the
			// page time to (not) draw it.
			const answer = await wide.response();
			await answer?.finished();
			await page.waitForTimeout( 1500 );
			expect( await page.locator( LIST_ITEM ).count() ).toBe( ALL );
			expect( new URL( page.url() ).searchParams.get( 'scope' ) ).toBeNull();
			expect( await page.isChecked( '#geo-conflicts-scope-original' ) ).toBe( false );
			expect( ( await page.textContent( '.geo-conflicts-scope-note' ) )!.trim() ).toBe( '' );
			expect( await page.locator( '.geo-conflicts-status-area [role=alert]' ).count() ).toBe( 0 );
		} finally {
			await clearFaults( ctx );
		}
		expect( pageErrors ).toEqual( [] );
		await page.context().close();
	} );
} );
