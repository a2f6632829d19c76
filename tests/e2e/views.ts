// The views of both gadgets that the production-proof tests (CSP, hostile data, faults,
// accessibility, RTL) walk through, and helpers to open them and wait until they have settled.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { editPage } from '../../localwiki/wiki.mjs';
import type { E2EContext } from './global-setup';

const REPO = path.resolve( import.meta.dirname, '../..' );

/** Every element a gadget builds lives inside one of these. */
export const ROOTS = '.geo-panel, .geo-dashboard';
export const EDITORS_DASHBOARD = 'Special:BlankPage/GeoEditors';
export const CONFLICTS_DASHBOARD = 'Special:BlankPage/GeoConflicts';
/** Articles the fixture's Wikidata API knows (sites=eswiki&titles=…): a conflict and a place. */
export const CONFLICT_ARTICLE = 'Pascua Lama';
export const PLACE_ARTICLE = 'Región de Atacama';

/** Titles of the demo pages (localwiki/pages/index.json). */
export function demoPages(): string[] {
	const list = JSON.parse( readFileSync( path.join( REPO, 'localwiki/pages/index.json' ), 'utf8' ) ) as { title: string; staticMapOnly?: boolean }[];
	// MediaWiki: pages there are the demo's message overrides (its map attribution), not views; the
	// articles that show something only on a static map (the e2e wiki has no mapframes unless a test
	// asks: kartographer.e2e.ts covers them) are not views either.
	return list.filter( ( p ) => !p.staticMapOnly ).map( ( p ) => p.title ).filter( ( t ) => !t.startsWith( 'MediaWiki:' ) );
}

/** Every view: demo pages, both dashboards, the conflict and the place article. */
export function allViews(): string[] {
	return [ ...new Set( [ ...demoPages(), EDITORS_DASHBOARD, CONFLICTS_DASHBOARD, CONFLICT_ARTICLE,
		PLACE_ARTICLE ] ) ];
}

export function pageUrl( ctx: E2EContext, title: string, query = '' ): string {
	return `${ ctx.indexUrl }?title=${ encodeURIComponent( title.replace( / /g, '_' ) ) }${ query }`;
}

export function origins( ctx: E2EContext ): string[] {
	return [ new URL( ctx.wikiUrl ).origin, new URL( ctx.fixtureUrl ).origin ];
}

// Articles in the main namespace with coordinates, like their eswiki namesakes ({{Coord}} renders
// #coordinates): the loader mounts the conflict card / the place section on them.
const ARTICLES: Record<string, string> = {
	[ CONFLICT_ARTICLE ]: "'''Pascua Lama''' es un proyecto minero de oro en la frontera entre Chile y Argentina.\n\n" +
		'<span id="coordinates">29°19′S 70°01′O</span>\n\n== Historia ==\nEl proyecto fue suspendido en 2013.\n',
	[ PLACE_ARTICLE ]: "La '''Región de Atacama''' es una de las dieciséis regiones de Chile.\n\n" +
		'<span id="coordinates">27°30′S 70°00′O</span>\n\n== Geografía ==\nSu capital es Copiapó.\n',
};

/** Create the conflict and place articles unless a demo page with that title exists already. */
export async function ensureArticles( ctx: E2EContext ): Promise<void> {
	for ( const [ title, text ] of Object.entries( ARTICLES ) ) {
		const res = await fetch( `${ ctx.apiUrl }?action=query&format=json&formatversion=2&titles=${ encodeURIComponent( title ) }` );
		const page = ( await res.json() ).query.pages[ 0 ] as { missing?: boolean };
		if ( page.missing ) {
			await editPage( { apiUrl: ctx.apiUrl, ...ctx.admin, title, text, summary: 'e2e: article for the production-proof tests' } );
		}
	}
}

/**
 * Wait until the page's gadget views exist and have settled: at least one root, no spinner or
 * progress bar left, and the network quiet. Returns the number of roots (0 after `timeout`).
 */
export async function settle( page: Page, timeout = 30_000 ): Promise<number> {
	await page.waitForSelector( ROOTS, { timeout } ).catch( () => undefined );
	await page.waitForFunction( ( roots ) => {
		const busy = document.querySelector( `:is(${ roots }) :is(.geo-spinner, .geo-progress, [aria-busy="true"])` );
		return !busy || !( busy as HTMLElement ).offsetParent;
	}, ROOTS, { timeout } ).catch( () => undefined );
	await page.waitForLoadState( 'networkidle', { timeout: 10_000 } ).catch( () => undefined );
	return page.locator( ROOTS ).count();
}

/** Record `securitypolicyviolation` events from the very start of every page of `context`. */
export async function recordCspViolations( context: BrowserContext ): Promise<void> {
	await context.addInitScript( () => {
		const list: string[] = [];
		( window as unknown as { __cspViolations: string[] } ).__cspViolations = list;
		document.addEventListener( 'securitypolicyviolation', ( e ) => {
			list.push( `${ e.effectiveDirective } blocked ${ e.blockedURI || '(inline)' } at ${ e.sourceFile }:${ e.lineNumber } ${ e.sample }` );
		} );
	} );
}

export function cspViolations( page: Page ): Promise<string[]> {
	return page.evaluate( () => ( window as unknown as { __cspViolations?: string[] } ).__cspViolations ?? [ 'listener missing' ] );
}

/**
 * Interact the way a reader first would: in every gadget root, click the first few tabs and
 * buttons (not export/copy, which only save files), and on the conflicts dashboard open the
 * first list entry. Returns what was clicked, for messages.
 */
export async function basicInteractions( page: Page ): Promise<string[]> {
	const clicked: string[] = [];
	const candidates = page.locator( `:is(${ ROOTS }) :is([role="tab"], button.geo-button, .geo-conflicts-list-button, summary)` );
	const n = Math.min( await candidates.count(), 40 );
	let tabs = 0;
	let buttons = 0;
	let entries = 0;
	for ( let i = 0; i < n; i++ ) {
		const el = candidates.nth( i );
		if ( !await el.isVisible().catch( () => false ) ) {
			continue;
		}
		const info = await el.evaluate( ( e ) => ( { role: e.getAttribute( 'role' ), cls: e.className, text: ( e.textContent ?? '' ).trim().slice( 0, 40 ) } ) );
		const kind = info.role === 'tab' ? 'tab' : /list-button/.test( info.cls ) ? 'entry' : 'button';
		if ( kind === 'button' && /export|copy|download|csv|json/i.test( info.cls + info.text ) ) {
			continue;
		}
		if ( ( kind === 'tab' && tabs >= 3 ) || ( kind === 'button' && buttons >= 2 ) || ( kind === 'entry' && entries >= 1 ) ) {
			continue;
		}
		tabs += kind === 'tab' ? 1 : 0;
		buttons += kind === 'button' ? 1 : 0;
		entries += kind === 'entry' ? 1 : 0;
		await el.click( { timeout: 5_000 } ).catch( () => undefined );
		clicked.push( `${ kind } "${ info.text }"` );
		await page.waitForTimeout( 150 );
	}
	await page.waitForLoadState( 'networkidle', { timeout: 10_000 } ).catch( () => undefined );
	return clicked;
}

/** One browser for a describe block, with the demo articles in place (call inside `describe`). */
export function sharedBrowser( ctx: E2EContext ): { readonly browser: Browser } {
	const holder = {} as { browser: Browser };
	beforeAll( async () => {
		holder.browser = await launchBrowser();
		await ensureArticles( ctx );
	} );
	afterAll( async () => {
		await holder.browser?.close();
	} );
	return holder;
}
