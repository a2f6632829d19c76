// Chromium for the e2e tests, and helpers to watch what a page does.

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** The published conflicts snapshot's pages (src/geo-conflicts/data/snapshot.ts). */
const SNAPSHOT_PAGES = /[?&]title=MediaWiki:Gadget-geo-conflicts-snapshot\//;

/**
 * Answer the snapshot's pages as a wiki without them does (an empty 200 for action=raw with a
 * ctype): the page reads the Query Service live, as every test did before the snapshot.
 */
export async function hideSnapshot( context: BrowserContext ): Promise<void> {
	await context.route( SNAPSHOT_PAGES, ( route ) => route.fulfill( { status: 200, contentType: 'application/json', body: '' } ) );
}

const withSnapshot = new WeakSet<Browser>();

/**
 * A context that sees the published conflicts snapshot (the production path). Contexts made
 * otherwise hide it, so the tests of the live path keep testing it.
 */
export function snapshotContext( browser: Browser ): Promise<BrowserContext> {
	withSnapshot.add( browser );
	return browser.newContext().finally( () => withSnapshot.delete( browser ) );
}

export async function launchBrowser(): Promise<Browser> {
	const browser = await chromium.launch( {
		executablePath: '/usr/bin/chromium',
		headless: true,
		// No sandbox (CI containers run as root); nothing that phones home, so the host check
		// below sees only what the page itself requested.
		args: [ '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync' ],
	} );
	const newContext = browser.newContext.bind( browser );
	browser.newContext = async ( options ) => {
		const live = !withSnapshot.has( browser );
		const context = await newContext( options );
		if ( live ) {
			await hideSnapshot( context );
		}
		return context;
	};
	return browser;
}

export interface OpenedPage {
	page: Page;
	/** Every request URL the page made, in order. */
	requests: string[];
	/** console.error messages and uncaught page errors. */
	consoleErrors: string[];
	pageErrors: string[];
}

/** Open `url` in a (new or given) context, recording requests and errors. */
export async function openPage( target: Browser | BrowserContext,
	url: string ): Promise<OpenedPage> {
	const context = 'newContext' in target ? await target.newContext() : target;
	const page = await context.newPage();
	const opened: OpenedPage = { page, requests: [], consoleErrors: [], pageErrors: [] };
	page.on( 'request', ( req ) => opened.requests.push( req.url() ) );
	page.on( 'console', ( msg ) => {
		if ( msg.type() === 'error' ) {
			opened.consoleErrors.push( msg.text() );
		}
	} );
	page.on( 'pageerror', ( err ) => opened.pageErrors.push( String( err ) ) );
	await page.goto( url, { waitUntil: 'load' } );
	return opened;
}

/** Requests to hosts other than the allowed origins (data: and blob: URLs are fine). */
export function foreignRequests( requests: string[], allowedOrigins: string[] ): string[] {
	return requests.filter( ( u ) => {
		if ( u.startsWith( 'data:' ) || u.startsWith( 'blob:' ) ) {
			return false;
		}
		return !allowedOrigins.includes( new URL( u ).origin );
	} );
}

export function expectOnlyHosts( requests: string[], allowedOrigins: string[] ): void {
	expect( foreignRequests( requests, allowedOrigins ), 'requests to hosts outside the wiki and the fixture server' ).toEqual( [] );
}

/** Wait until ResourceLoader reports `state` for module `name` (throws on 'error'/'missing'). */
export async function waitForModule( page: Page, name: string, state = 'ready', timeout = 30_000 ): Promise<void> {
	await page.waitForFunction( ( [ n, s ] ) => {
		const st = typeof mw === 'undefined' ? null : mw.loader.getState( n );
		if ( st === 'error' || st === 'missing' ) {
			throw new Error( `module ${ n } is in state ${ st }` );
		}
		return st === s;
	}, [ name, state ], { timeout } );
}

/** Logs `account` in through MediaWiki's real login form, as an editor would (the session stays in `context`). */
export async function logInThroughForm( context: BrowserContext, loginUrl: string,
	account: { username: string; password: string } ): Promise<void> {
	const { page } = await openPage( context, loginUrl );
	await page.fill( '#wpName1', account.username );
	await page.fill( '#wpPassword1', account.password );
	await Promise.all( [ page.waitForNavigation(), page.click( '#wpLoginAttempt' ) ] );
	await page.close();
}
