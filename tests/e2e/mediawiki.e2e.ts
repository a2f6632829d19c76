// The local wiki is MediaWiki 1.43 LTS with production settings (localwiki/GeoSettings.php):
// the validator judges our build, the module store is off, Vector's own night mode is there.

import { describe, expect, inject, it } from 'vitest';
import { login } from '../../localwiki/wiki.mjs';
import { openPage } from './browser';
import { pageUrl, sharedBrowser } from './views';

const ctx = inject( 'e2e' );

async function loadScripts( modules: string, query = '' ): Promise<string> {
	const res = await fetch( `${ ctx.wikiUrl }/load.php?modules=${ encodeURIComponent( modules ) }&only=scripts&lang=en&skin=vector-2022${ query }` );
	expect( res.status ).toBe( 200 );
	return res.text();
}

describe.skipIf( Boolean( ctx.skip ) )( 'MediaWiki 1.43 with production settings', () => {
	const shared = sharedBrowser( ctx );

	it( 'is MediaWiki 1.43 LTS', async () => {
		const res = await fetch( `${ ctx.apiUrl }?action=query&meta=siteinfo&format=json&formatversion=2` );
		expect( ( await res.json() ).query.general.generator ).toMatch( /^MediaWiki 1\.43\./ );
	} );

	it( 'validates wiki-page JavaScript, and every gadget of ours passes', async () => {
		// The validator is on: ES2017 syntax (1.43 parses ES2016) in a user script is replaced by
		// an error.
		const bot = await login( { apiUrl: ctx.apiUrl, ...ctx.reader } );
		await bot.save( `User:${ ctx.reader.username }/common.js`, 'async function geoProbe() { await 1; }', 'e2e: validator probe' );
		const user = await loadScripts( 'user', `&user=${ encodeURIComponent( ctx.reader.username ) }&version=probe` );
		expect( user ).toContain( 'Parse error' );
		// …and none of our gadgets is.
		const list = await fetch( `${ ctx.apiUrl }?action=query&list=gadgets&gaprop=id&format=json&formatversion=2` );
		const ids = ( ( await list.json() ).query.gadgets as { id: string }[] ).map( ( g ) => g.id ).filter( ( id ) => id.startsWith( 'geo-' ) );
		expect( ids.length ).toBeGreaterThanOrEqual( 6 );
		for ( const id of ids ) {
			const code = await loadScripts( `ext.gadget.${ id }` );
			expect( code, id ).not.toContain( 'Parse error' );
			expect( code.length, id ).toBeGreaterThan( 500 );
		}
	} );

	it( 'loads every module from load.php: the module store (eval) is off', async () => {
		const { page } = await openPage( shared.browser, pageUrl( ctx, 'Chile' ) );
		try {
			await page.waitForFunction( () => typeof mw !== 'undefined' && mw.loader.getState( 'ext.gadget.geo-editors' ) === 'ready' );
			expect( await page.evaluate(
				() => ( mw.loader as unknown as { store: { enabled: boolean } } ).store.enabled,
			) ).toBe( false );
		} finally {
			await page.context().close();
		}
	} );

	it( 'switches to night mode through Vector\'s own preference (Appearance → Color)', async () => {
		const bot = await login( { apiUrl: ctx.apiUrl, ...ctx.reader } );
		// Other suites switch the reader's gadget off (to try the user script): switch it on for
		// this view.
		await bot.request( { action: 'options', change: 'vector-theme=night|gadget-geo-editors=1', token: await bot.getCsrfToken() } );
		const context = await shared.browser.newContext();
		try {
			const { page } = await openPage( context, `${ ctx.indexUrl }?title=Special:UserLogin` );
			await page.fill( '#wpName1', ctx.reader.username );
			await page.fill( '#wpPassword1', ctx.reader.password );
			await Promise.all( [ page.waitForNavigation(), page.click( '#wpLoginAttempt' ) ] );
			await page.goto( pageUrl( ctx, 'Project:Geo_Editores' ) );
			expect( await page.evaluate( () => document.documentElement.className ) ).toContain( 'skin-theme-clientpref-night' );
			// The Codex tokens are Vector's own, switched for night: the panel takes them.
			// A logged-in first view loads more (user options, the reader's own scripts): allow for
			// a busy machine.
			await page.waitForSelector( '.geo-editors.geo-panel', { timeout: 60_000 } );
			const background = await page.locator( '.geo-editors.geo-panel' ).first().evaluate( ( el ) => getComputedStyle( el ).backgroundColor );
			expect( background ).not.toBe( 'rgb(255, 255, 255)' );
			const token = await page.evaluate( () => getComputedStyle( document.documentElement ).getPropertyValue( '--background-color-base' ).trim() );
			expect( token ).not.toBe( '' );
			expect( token.toLowerCase() ).not.toBe( '#ffffff' );
		} finally {
			await bot.request( { action: 'options', change: 'vector-theme', token: await bot.getCsrfToken() } );
			await context.close();
		}
	} );
} );
