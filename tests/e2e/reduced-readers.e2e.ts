// Issue 19 item 4: with the demo's reduced data published by `npm run publish-reduced` (what
// `npm start` does), readers never touch the release host: Project:Geo Editores and the dashboard
// (monthly, weekly, world map, top countries) make 0 requests to it and get no 404; a range no reduced
// page covers falls back to the release for those months only and says which. Requests are
// counted by host in the browser (the fixture server serves each host under /<host>/).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { login, runPublishReduced } from '../../localwiki/wiki.mjs';
import { launchBrowser } from './browser';
import { EDITORS_DASHBOARD, pageUrl } from './views';

const ctx = inject( 'e2e' );
const RELEASE_HOST = 'analytics.wikimedia.org';
const DATA_PREFIX = 'Gadget-geo-editors-data/';

interface Visit {
	page: Page;
	byHost: Map<string, string[]>;
	failed: string[];
	consoleErrors: string[];
}

/** The "host" of a request: the wiki, or the service the fixture server stands in for. */
function hostOf( url: string ): string {
	const u = new URL( url );
	return u.origin === new URL( ctx.fixtureUrl ).origin ? u.pathname.split( '/' )[ 1 ] : u.host;
}

async function visit( browser: Browser, url: string, ready: string ): Promise<Visit> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const v: Visit = { page, byHost: new Map(), failed: [], consoleErrors: [] };
	page.on( 'request', ( r ) => {
		const h = hostOf( r.url() );
		v.byHost.set( h, ( v.byHost.get( h ) || [] ).concat( r.url() ) );
	} );
	page.on( 'response', ( r ) => {
		if ( r.status() >= 400 ) {
			v.failed.push( `${ r.status() } ${ r.url() }` );
		}
	} );
	page.on( 'console', ( m ) => {
		if ( m.type() === 'error' ) {
			v.consoleErrors.push( m.text() );
		}
	} );
	await page.goto( url );
	await page.locator( ready ).first().waitFor( { timeout: 60_000 } );
	// Late requests (other panels) have their chance.
	await page.waitForLoadState( 'networkidle' ).catch( () => undefined );
	return v;
}

describe.skipIf( Boolean( ctx.skip ) )( 'readers of a wiki with reduced pages (issue 19 item 4)', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
		const run = await runPublishReduced( { apiUrl: ctx.apiUrl, ...ctx.bot, fixtureBase: ctx.fixtureUrl } );
		expect( run.code, run.stdout + run.stderr ).toBe( 0 );
		expect( run.stdout ).toMatch( /index: 2 countries, 1 wikis, 2 weekly, 2023-01\.\.2023-12/ );
	} );
	afterAll( async () => {
		await browser?.close();
		// The other e2e files read the release: leave the wiki without reduced pages.
		const admin = await login( { apiUrl: ctx.apiUrl, ...ctx.admin } );
		const list = await ( await fetch( `${ ctx.apiUrl }?action=query&list=allpages&apnamespace=8&aplimit=max&format=json&apprefix=${ encodeURIComponent( DATA_PREFIX ) }` ) ).json() as { query: { allpages: { title: string }[] } };
		for ( const p of list.query.allpages ) {
			await admin.delete( p.title, 'end of test' ).catch( () => undefined );
		}
	} );

	it( 'Project:Geo Editores and the dashboard (monthly, weekly, map, top countries) make 0 requests to the release host and get no 404', async () => {
		const views: [ string, string ][] = [
			[ pageUrl( ctx, 'Project:Geo Editores' ), '#geo-demo-es tr[data-key="2023-08"]' ],
			[ pageUrl( ctx, EDITORS_DASHBOARD, '&country=CL&project=es.wikipedia' ), '.geo-editors-dashboard tr[data-key="2023-08"]' ],
			[ pageUrl( ctx, EDITORS_DASHBOARD, '&country=CL&project=es.wikipedia&from=2023-07&to=2023-12&view=lines&granularity=week' ), '.geo-editors-dashboard tr[data-key="2023-08-13"]' ],
			[ pageUrl( ctx, EDITORS_DASHBOARD, '&country=CL&project=es.wikipedia&view=top&month=2023-08' ), '.geo-editors-dashboard tr[data-key="CL"]' ],
			[ pageUrl( ctx, EDITORS_DASHBOARD, '&country=CL&project=es.wikipedia&view=map&month=2023-12' ), '.geo-editors-dashboard .geo-editors-map path[data-country="CL"]' ],
		];
		const problems: string[] = [];
		for ( const [ url, ready ] of views ) {
			const v = await visit( browser, url, ready );
			try {
				const release = v.byHost.get( RELEASE_HOST ) || [];
				if ( release.length ) {
					problems.push( `${ url }: ${ release.length } request(s) to ${ RELEASE_HOST }: ${ release.join( ', ' ) }` );
				}
				problems.push( ...v.failed.map( ( f ) => `${ url }: ${ f }` ) );
				const pages = ( v.byHost.get( new URL( ctx.indexUrl ).host ) || [] ).filter( ( u ) => u.includes( encodeURIComponent( DATA_PREFIX ) ) || u.includes( DATA_PREFIX ) );
				if ( !pages.length ) {
					problems.push( `${ url }: no reduced page read` );
				}
				expect( await v.page.locator( '.geo-editors-release-months' ).count() ).toBe( 0 );
				problems.push( ...v.consoleErrors.filter( ( e ) => /404|Failed to load/.test( e ) ).map( ( e ) => `${ url }: console: ${ e }` ) );
			} finally {
				await v.page.context().close();
			}
		}
		expect( problems ).toEqual( [] );
	} );

	it( 'the real Chile numbers come from the pages: 5217 · 777 · 76 for es.wikipedia / CL / 2023-08', async () => {
		const v = await visit( browser, pageUrl( ctx, 'Project:Geo Editores' ), '#geo-demo-es tr[data-key="2023-08"]' );
		try {
			const cell = ( column: string ): Promise<string | null> => v.page.locator( `#geo-demo-es td[data-key="2023-08"][data-column="${ column }"]` ).getAttribute( 'data-value' );
			expect( [ await cell( 'editors_1_4' ), await cell( 'editors_5_99' ), await cell( 'editors_100' ) ] ).toEqual( [ '5217', '777', '76' ] );
		} finally {
			await v.page.context().close();
		}
	} );

	it( 'a range no reduced page covers reads the release for those months only, and says which', async () => {
		const v = await visit( browser, pageUrl( ctx, EDITORS_DASHBOARD, '&country=CL&project=es.wikipedia&from=2022-11&to=2023-02' ), '.geo-editors-dashboard .geo-editors-release-months' );
		try {
			const files = ( v.byHost.get( RELEASE_HOST ) || [] ).map( ( u ) => u.split( '/' ).pop() ).sort();
			expect( files ).toEqual( [ '2022-11.tsv', '2022-12.tsv' ] );
			expect( await v.page.locator( '.geo-editors-dashboard .geo-editors-release-months' ).innerText() ).toMatch( /2 months not published on this wiki, read from the release files at .*: November 2022, December 2022/ );
			expect( v.failed ).toEqual( [] );
		} finally {
			await v.page.context().close();
		}
	} );
} );
