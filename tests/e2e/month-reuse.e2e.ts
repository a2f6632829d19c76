// Issue 10's promise on the real wiki: a month is downloaded once per page, and what was kept from
// it serves a later filter. On the dashboard, adding a country or a wiki downloads no release file
// already seen (months without pre-reduced pages on the wiki, so the release files are what is
// read).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const ctx = inject( 'e2e' );
const SCOPE = '.geo-editors-dashboard';

describe.skipIf( Boolean( ctx.skip ) )( 'one download per month per page', () => {
	let browser: Browser;
	const fixture = ( path: string, init?: RequestInit ): Promise<Response> => fetch(
		ctx.fixtureUrl + path, init );
	const releaseFiles = async (): Promise<string[]> => ( await ( await fixture( '/__log' ) ).json() as { path: string }[] )
		.map( ( r ) => r.path ).filter( ( p ) => /geoeditors_monthly\/\d{4}-\d{2}\.tsv$/.test( p ) );

	/** Type into the n-th chip picker of the filters (0 countries, 1 wikis) and add the value. */
	async function addChip( page: Page, picker: number, text: string,
		urlPart: string ): Promise<void> {
		const input = page.locator( '.geo-editors-filters input[type=search]' ).nth( picker );
		await input.fill( text );
		await input.press( 'Enter' );
		await page.waitForFunction( ( part ) => decodeURIComponent( location.search )
			.includes( part ), urlPart, { timeout: 30_000 } );
		await page.locator( `${ SCOPE } tr[data-key="2023-03"]` ).first().waitFor( { timeout: 30_000 } );
		await page.waitForLoadState( 'networkidle' );
	}

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	it( 'adding a country, then a wiki, downloads no month again', async () => {
		await fixture( '/__log', { method: 'DELETE' } );
		const query = '&country=CL&project=es.wikipedia&from=2023-01&to=2023-03&view=lines';
		const { page, pageErrors } = await openPage( browser, `${ ctx.indexUrl }?title=Special:BlankPage/GeoEditors${ query }` );
		try {
			await page.locator( `${ SCOPE } tr[data-key="2023-03"]` ).first().waitFor( { timeout: 60_000 } );
			await page.waitForLoadState( 'networkidle' );
			expect( ( await releaseFiles() ).map( ( p ) => p.split( '/' ).pop() ).sort() ).toEqual( [ '2023-01.tsv', '2023-02.tsv', '2023-03.tsv' ] );
			await fixture( '/__log', { method: 'DELETE' } );
			await addChip( page, 0, 'AR', 'country=CL,AR' );
			await addChip( page, 1, 'en.wikipedia', 'en.wikipedia' );
			expect( await releaseFiles() ).toEqual( [] );
			// The new selections have their own numbers, from the months already kept.
			expect( await page.locator( `${ SCOPE } th[scope=col]` ).count() ).toBeGreaterThan( 3 );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.context().close();
		}
	} );
} );
