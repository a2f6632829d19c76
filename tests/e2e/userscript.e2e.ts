// The user script as the README installs it (issue 24, items 3–4), on the real local wiki: the
// deploy CLI publishes the set to User:Reader/… (dry run, refusal, no-op), the README's literal
// line goes into User:Reader/common.js, and the gadgets work from those pages alone — the loader on
// every page, the rest only where used, by hashed, cacheable URLs.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { login, runDeploy } from '../../localwiki/wiki.mjs';
import { launchBrowser, logInThroughForm, openPage } from './browser';

const ctx = inject( 'e2e' );
const REPO = path.resolve( import.meta.dirname, '../..' );

/** The README's install line, literally, with the user's name for `<you>`. */
function readmeLine( user: string ): string {
	const readme = readFileSync( path.join( REPO, 'README.md' ), 'utf8' );
	const section = readme.slice( readme.indexOf( '## Installing as a user script' ) );
	const m = /```js\n(.*geo-editors\.js.*)\n```/.exec( section );
	if ( !m ) {
		throw new Error( 'README.md: no install line in "Installing as a user script"' );
	}
	return m[ 1 ].replace( /<you>/g, user );
}

interface Manifest {
	definitions: Record<string, string[]>;
	userScript: { page: string; file: string }[];
}

describe.skipIf( Boolean( ctx.skip ) )( 'user script', () => {
	let browser: Browser;
	let context: BrowserContext;
	const manifest = (): Manifest => JSON.parse( readFileSync( path.join( ctx.dist, 'manifest.json' ), 'utf8' ) ) as Manifest;
	const pageUrl = ( title: string ): string => `${ ctx.indexUrl }?title=${ encodeURIComponent( title ) }`;
	const deploy = ( args: string[] ): ReturnType<typeof runDeploy> => runDeploy(
		{ apiUrl: ctx.apiUrl, ...ctx.reader, dist: ctx.dist, args: [ '--user-script', ...args ] } );

	beforeAll( async () => {
		browser = await launchBrowser();
		context = await browser.newContext();
		await logInThroughForm( context, pageUrl( 'Special:UserLogin' ), ctx.reader );
	} );
	afterAll( async () => {
		await context?.close();
		await browser?.close();
		// Leave Reader as other suites expect it: gadgets on, no user script.
		const reader = await login( { apiUrl: ctx.apiUrl, ...ctx.reader } );
		await reader.save( `User:${ ctx.reader.username }/common.js`, '// (empty)', 'e2e: user script test done' );
		await reader.request( { action: 'options', reset: true, token: reader.csrfToken } );
	} );

	it( 'the loader pages are within the loaders\' budget', () => {
		for ( const name of [ 'geo-editors.js', 'geo-conflicts.js' ] ) {
			const text = readFileSync( path.join( ctx.dist, 'userscript', name ), 'utf8' );
			expect( gzipSync( text, { level: 9 } ).length, name ).toBeLessThanOrEqual( 2048 );
		}
	} );

	it( 'deploy --user-script: dry run, publish to User:Reader/, nothing to do, refusal of an on-wiki edit', async () => {
		const pages = manifest().userScript.map( ( p ) => `User:${ ctx.reader.username }/${ p.page }` );
		const dry = await deploy( [ '--dry-run' ] );
		expect( dry.code, dry.stdout + dry.stderr ).toBe( 0 );
		expect( dry.stdout ).toContain( `create     User:${ ctx.reader.username }/geo-editors.js` );
		// No definition page is planned (the deploy still says which format the wiki reads).
		expect( dry.stdout ).not.toMatch( /^ +\w+ +MediaWiki:Gadgets/m );

		const real = await deploy( [] );
		expect( real.code, real.stdout + real.stderr ).toBe( 0 );
		expect( real.stdout ).toContain( `Deployed ${ pages.length } page(s).` );
		const again = await deploy( [] );
		expect( again.stdout ).toContain( 'Nothing to deploy' );

		const reader = await login( { apiUrl: ctx.apiUrl, ...ctx.reader } );
		const core = `User:${ ctx.reader.username }/geo-editors-core.js`;
		const res = await reader.read( core );
		const original = res.revisions?.[ 0 ]?.content ?? '';
		await reader.save( core, original + '\n// a hand edit', 'hotfix by hand' );
		const refused = await deploy( [] );
		expect( refused.code, refused.stdout + refused.stderr ).toBe( 2 );
		expect( refused.stderr ).toContain( core );
		const forced = await deploy( [ '--force' ] );
		expect( forced.code, forced.stdout + forced.stderr ).toBe( 0 );
	} );

	it( 'the README line in common.js: the gadgets work from the user\'s pages, the core only where used', async () => {
		const reader = await login( { apiUrl: ctx.apiUrl, ...ctx.reader } );
		const line = readmeLine( ctx.reader.username );
		// Both gadgets, as the README says: the same line with geo-conflicts.js.
		await reader.save( `User:${ ctx.reader.username }/common.js`,
			line + '\n' + line.replace( 'geo-editors.js', 'geo-conflicts.js' ), 'install Geo gadgets (README)' );
		// The site's gadgets off for Reader: only the user script can draw.
		await reader.request( { action: 'options', change: Object.values( manifest().definitions ).flat()
			.map( ( l ) => /^\*\s*([^[|\s]+)/.exec( l )?.[ 1 ] ).filter( Boolean ).map( ( id ) => `gadget-${ id }=0` ), token: reader.csrfToken } );

		// A page with nothing for the gadgets: the loaders only (and their Tools links).
		const plain = await openPage( context, pageUrl( 'Special:Version' ) );
		try {
			await plain.page.waitForSelector( '#t-geo-editors', { timeout: 30_000 } );
			await plain.page.waitForSelector( '#t-geo-conflicts', { timeout: 30_000 } );
			await plain.page.waitForTimeout( 1000 );
			const ours = plain.requests.filter( ( u ) => /geo-(editors|conflicts|charts)/.test( decodeURIComponent( u ) ) );
			expect( ours.map( ( u ) => decodeURIComponent( u ).replace( /^.*title=/, '' ).replace( /&.*$/, '' ) ).sort() )
				.toEqual( [ `User:${ ctx.reader.username }/geo-conflicts.js`, `User:${ ctx.reader.username }/geo-editors.js` ] );
			expect( plain.pageErrors ).toEqual( [] );
		} finally {
			await plain.page.close();
		}

		// A page with a Geo Editors panel: the core from the user's pages, hashed URL, 30-day cache.
		const { page, requests, pageErrors } = await openPage( context, pageUrl( 'Chile' ) );
		try {
			await page.waitForSelector( '.geo-editors.geo-panel .geo-editors-explorer', { timeout: 60_000 } );
			await page.waitForFunction( () => !!document.querySelector( '.geo-editors.geo-panel canvas, .geo-editors.geo-panel table' ), null, { timeout: 60_000 } );
			const core = requests.map( decodeURIComponent ).find( ( u ) => u.includes( `User:${ ctx.reader.username }/geo-editors-core.js` ) );
			expect( core ).toBeDefined();
			const url = new URL( core as string );
			expect( url.searchParams.get( 'action' ) ).toBe( 'raw' );
			expect( url.searchParams.get( 'maxage' ) ).toBe( String( 30 * 24 * 3600 ) );
			expect( url.searchParams.get( 'smaxage' ) ).toBe( String( 30 * 24 * 3600 ) );
			expect( url.searchParams.get( 'v' ) ).toMatch( /^[0-9a-f]{8}$/ );
			// Not the site's gadget: its modules stay unloaded.
			expect( await page.evaluate( () => mw.loader.getState( 'ext.gadget.geo-editors-core' ) ) ).toBe( 'registered' );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.close();
		}

		// Geo Conflicts from its line, in the reader's language (Spanish from the set's page).
		const conflicts = await openPage( context, pageUrl( 'Project:Geo Conflictos' ) + '&uselang=es' );
		try {
			await conflicts.page.waitForSelector( '.geo-conflicts.geo-panel .geo-conflicts-total', { timeout: 90_000 } );
			const texts = conflicts.requests.map( decodeURIComponent );
			expect( texts.some( ( u ) => u.includes( `User:${ ctx.reader.username }/geo-conflicts-messages-es.js` ) ) ).toBe( true );
			expect( await conflicts.page.locator( '.geo-conflicts.geo-panel h3' ).first().innerText() ).toMatch( /Conflictos/ );
			expect( conflicts.pageErrors ).toEqual( [] );
		} finally {
			await conflicts.page.close();
		}
	} );

	it( 'the Tools link\'s tooltip: English in the loader, the reader\'s language from the set on first hover', async () => {
		// common.js still has the README line (the test before).
		const es = JSON.parse( readFileSync( path.join( REPO, 'i18n/geo-editors/es.json' ), 'utf8' ) ) as Record<string, string>;
		const { page, pageErrors } = await openPage( context, pageUrl( 'Special:Version' ) + '&uselang=es' );
		try {
			const link = page.locator( '#t-geo-editors a' );
			await link.waitFor( { state: 'attached', timeout: 30_000 } );
			await page.evaluate( () => document.getElementById( 't-geo-editors' )?.dispatchEvent( new MouseEvent( 'mouseenter' ) ) );
			await page.waitForFunction( ( want ) => document.querySelector( '#t-geo-editors a' )?.getAttribute( 'title' ) === want,
				es[ 'geo-editors-portlet-tooltip' ], { timeout: 30_000 } );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.close();
		}
	} );

	it( 'a missing page of the set: the placeholder names it, as a link, and says what to do', async () => {
		const reader = await login( { apiUrl: ctx.apiUrl, ...ctx.reader } );
		const user = ctx.reader.username;
		// The loader page alone, where none of its set was published: the core page is missing.
		const lonely = `User:${ user }/lonely/geo-editors.js`;
		await reader.save( lonely, readFileSync( path.join( ctx.dist, 'userscript', 'geo-editors.js' ), 'utf8' ), 'loader without its set' );
		await reader.save( `User:${ user }/common.js`, readmeLine( user ).replace( `User:${ user }/geo-editors.js`, lonely ), 'install the lonely loader' );
		const { page, pageErrors } = await openPage( context, pageUrl( 'Chile' ) );
		try {
			const link = page.locator( '.geo-editors p.error a' ).first();
			await link.waitFor( { timeout: 60_000 } );
			expect( await link.innerText() ).toBe( `User:${ user }/lonely/geo-editors-core.js` );
			expect( decodeURIComponent( await link.getAttribute( 'href' ) ?? '' ) ).toContain( `title=User:${ user }/lonely/geo-editors-core.js` );
			expect( await page.locator( '.geo-editors p.error' ).first().innerText() ).toMatch( /publish the user-script set/ );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.close();
		}
	} );

	it( 'Geo Conflicts too: its loader alone names the missing core, in the reader\'s language when that page is there', async () => {
		const reader = await login( { apiUrl: ctx.apiUrl, ...ctx.reader } );
		const user = ctx.reader.username;
		// The loader and its Spanish page only: the core is missing, the text comes from the Spanish page.
		const folder = `User:${ user }/lonely-es/`;
		for ( const name of [ 'geo-conflicts.js', 'geo-conflicts-messages-es.js' ] ) {
			await reader.save( folder + name, readFileSync( path.join( ctx.dist, 'userscript', name ), 'utf8' ), 'part of the set' );
		}
		await reader.save( `User:${ user }/common.js`, readmeLine( user ).replace( `User:${ user }/geo-editors.js`, folder + 'geo-conflicts.js' ),
			'install the lonely Geo Conflicts loader' );
		const es = JSON.parse( readFileSync( path.join( REPO, 'i18n/core/es.json' ), 'utf8' ) ) as Record<string, string>;
		const [ before, after ] = es[ 'geo-gadgets-userscript-missing' ].split( '$1' );
		for ( const [ title, where ] of [ [ 'Project:Geo Conflictos', '.geo-conflicts' ], [ 'Special:BlankPage/GeoConflicts', '#mw-content-text' ] ] ) {
			const { page, pageErrors } = await openPage( context, pageUrl( title ) + '&uselang=es' );
			try {
				const note = page.locator( `${ where } p.error` ).first();
				await note.waitFor( { timeout: 60_000 } );
				expect( await note.locator( 'a' ).innerText(), title ).toBe( `${ folder }geo-conflicts-core.js` );
				expect( await note.innerText(), title ).toBe( `${ before }${ folder }geo-conflicts-core.js${ after }` );
				expect( pageErrors, title ).toEqual( [] );
			} finally {
				await page.close();
			}
		}
	} );
} );
