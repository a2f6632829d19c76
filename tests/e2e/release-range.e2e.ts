// Issue 24 item 2 ("a 2030 range cites the wrong end of the release"), on the real local wiki: a
// Geo Editors panel whose range is wholly after the release (2030-01…06) and one that starts in it
// and ends after it (2023-10…2030-06). Each panel names the months that are not in the release, and
// every citation — the panel's table, the wikitable's source line, the JSON export's months, the
// .tab page's sources — names exactly the months shown, never a future month or the wrong end.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { login } from '../../localwiki/wiki.mjs';
import { launchBrowser, openPage } from './browser';

const ctx = inject( 'e2e' );
const TITLE = 'Geo Editors release range';
const PAGE = [
	'<div class="geo-editors" data-country="CL" data-project="es.wikipedia" data-view="lines" data-from="2030-01" data-to="2030-06"></div>',
	'<div class="geo-editors" data-country="CL" data-project="es.wikipedia" data-view="lines" data-from="2023-10" data-to="2030-06"></div>',
].join( '\n\n' );

const monthName = ( m: string ): string => new Date( Date.UTC( Number( m.slice( 0, 4 ) ), Number( m.slice( 5 ) ) - 1, 15 ) )
	.toLocaleString( 'en', { month: 'long', year: 'numeric', timeZone: 'UTC' } );

describe.skipIf( Boolean( ctx.skip ) )( 'a Geo Editors range past the release', () => {
	let browser: Browser;
	let context: BrowserContext;
	beforeAll( async () => {
		const reader = await login( { apiUrl: ctx.apiUrl, ...ctx.reader } );
		await reader.save( TITLE, PAGE, 'e2e: ranges past the release' );
		browser = await launchBrowser();
		context = await browser.newContext( { permissions: [ 'clipboard-read', 'clipboard-write' ], acceptDownloads: true } );
	} );
	afterAll( async () => {
		await context?.close();
		await browser?.close();
	} );

	async function download( page: Page, panel: string, action: string ): Promise<string> {
		const [ file ] = await Promise.all( [ page.waitForEvent( 'download' ), page.locator( panel ).locator( `[data-action="${ action }"]` ).click() ] );
		const stream = await file.createReadStream();
		const chunks: Buffer[] = [];
		for await ( const c of stream ) {
			chunks.push( c as Buffer );
		}
		return Buffer.concat( chunks ).toString( 'utf8' );
	}

	it( 'names the months not in the release and cites exactly the months shown', async () => {
		const { page, pageErrors } = await openPage( context, `${ ctx.indexUrl }?title=${ encodeURIComponent( TITLE ) }` );
		const panels = '.mw-parser-output > .geo-editors.geo-panel';
		await page.waitForFunction( ( sel ) => document.querySelectorAll( sel ).length === 2 &&
			!document.querySelector( `${ sel } .geo-spinner` ), panels, { timeout: 90_000 } );
		const whole = `${ panels } >> nth=0`;
		const part = `${ panels } >> nth=1`;
		await page.locator( whole ).locator( '.cdx-message' ).first().waitFor( { timeout: 90_000 } );
		await page.locator( part ).locator( 'table tbody tr' ).first().waitFor( { timeout: 90_000 } );
		await page.waitForTimeout( 1000 );
		const wholeText = await page.locator( whole ).innerText();
		// Wholly after the release: said, and no numbers of any other months.
		expect( wholeText ).toMatch( /2030/ );
		// The release's real end (the local release ends in December 2023), not the latest month
		// that could have been published.
		expect( wholeText ).toContain( 'December 2023' );
		expect( wholeText ).not.toContain( monthName( '2026-11' ) );
		expect( await page.locator( whole ).locator( 'table tbody tr' ).count() ).toBe( 0 );

		// Starting in the release: the rows are the release's months, the rest named.
		const shown = await page.locator( part ).locator( 'table tbody tr[data-key]' ).evaluateAll( ( rows ) => rows.map( ( r ) => ( r as HTMLElement ).dataset.key as string ) );
		expect( shown.length ).toBeGreaterThan( 0 );
		expect( shown[ 0 ] ).toBe( '2023-10' );
		const last = shown[ shown.length - 1 ];
		expect( last < '2030-01' ).toBe( true );
		const partText = await page.locator( part ).innerText();
		// The months after the release are named as not in it — not asked for, and no error for
		// each of them.
		expect( partText ).toContain( `${ monthName( '2024-01' ) } – ${ monthName( '2030-06' ) } are not in the release` );
		expect( await page.locator( part ).locator( '.geo-message-error' ).count() ).toBe( 0 );

		await page.locator( part ).locator( '[data-action="copy-wikitext"]' ).click();
		await page.waitForTimeout( 300 );
		// eslint-disable-next-line n/no-unsupported-features/node-builtins -- runs in the page
		const wikitext = await page.evaluate( () => window.navigator.clipboard.readText() );
		const source = wikitext.split( '\n' ).filter( ( l ) => /Source/.test( l ) ).join( '\n' );
		expect( source ).toContain( monthName( '2023-10' ) );
		expect( source ).toContain( monthName( last ) );
		expect( source ).not.toMatch( /2030/ );

		const json = JSON.parse( await download( page, `${ panels } >> nth=1`, 'export-json' ) ) as { meta?: { months?: string[] }; months?: string[] };
		const meta = ( json.meta ?? json ) as { months: string[] };
		expect( meta.months ).toEqual( shown );
		const tab = JSON.parse( await download( page, `${ panels } >> nth=1`, 'export-tab' ) ) as { sources: string };
		expect( tab.sources ).toContain( monthName( '2023-10' ) );
		expect( tab.sources ).toContain( monthName( last ) );
		expect( tab.sources ).not.toMatch( /2030/ );
		expect( pageErrors ).toEqual( [] );
	} );
} );
