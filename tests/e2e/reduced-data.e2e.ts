// Pre-reduced data (issue 10): `npm run publish-reduced` against the real local wiki with the bot
// account, then a panel reads those JSON pages (no release file for those months) and shows the
// same numbers; an on-wiki edit of a page makes the command refuse.

import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { login } from '../../localwiki/wiki.mjs';
import { launchBrowser, openPage } from './browser';

const ctx = inject( 'e2e' );
const REPO = path.resolve( import.meta.dirname, '../..' );
const TEST_PAGE = 'Reduced_data_panel';
const PUBLISHED = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11' ];
const titleOf = ( month: string ): string => `MediaWiki:Gadget-geo-editors-data/CL/${ month }.json`;

function publish(
	args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise( ( resolve, reject ) => {
		const child = spawn( 'npx', [ 'tsx', 'src/deploy/publish-reduced.ts', '--wiki', ctx.apiUrl, '--countries', 'CL',
			'--source', ctx.fixtureUrl + '/analytics.wikimedia.org/published/datasets/geoeditors_monthly/', ...args ], {
			cwd: REPO,
			env: { ...process.env, MW_USERNAME: ctx.bot.username, MW_PASSWORD: ctx.bot.password, MW_OAUTH2_TOKEN: '' },
			stdio: [ 'ignore', 'pipe', 'pipe' ],
		} );
		let stdout = '';
		let stderr = '';
		child.stdout.on( 'data', ( c ) => {
			stdout += c;
		} );
		child.stderr.on( 'data', ( c ) => {
			stderr += c;
		} );
		child.on( 'error', reject );
		child.on( 'close', ( code ) => resolve( { code, stdout, stderr } ) );
	} );
}

describe.skipIf( Boolean( ctx.skip ) )( 'reduced data pages', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
		const admin = await login( { apiUrl: ctx.apiUrl, ...ctx.admin } );
		await admin.save( TEST_PAGE, '<div class="geo-editors" id="geo-reduced" data-country="CL" data-project="es.wikipedia" data-from="2023-07" data-to="2023-12"></div>', 'test page' );
	} );
	afterAll( async () => {
		await browser?.close();
		// The other e2e files count release-file requests: leave the wiki as it was.
		const admin = await login( { apiUrl: ctx.apiUrl, ...ctx.admin } );
		for ( const m of PUBLISHED ) {
			await admin.delete( titleOf( m ), 'end of test' ).catch( () => undefined );
		}
		// The index the command wrote lists them: without it the wiki reads the release again.
		await admin.delete( 'MediaWiki:Gadget-geo-editors-data/index.json', 'end of test' ).catch( () => undefined );
	} );

	it( 'dry run saves nothing; the command publishes one page per month; a second run has nothing to do', async () => {
		const dry = await publish( [ '--months', '2023-07..2023-11', '--dry-run' ] );
		expect( dry.code, dry.stderr ).toBe( 0 );
		expect( dry.stdout ).toMatch( /Dry run: 5 page\(s\) would be saved/ );
		const raw = await fetch( `${ ctx.indexUrl }?title=${ encodeURIComponent( titleOf( '2023-08' ) ) }&action=raw` );
		expect( raw.status ).toBe( 404 );

		const run = await publish( [ '--months', '2023-07..2023-11' ] );
		expect( run.code, run.stderr + run.stdout ).toBe( 0 );
		expect( run.stdout ).toMatch( /Published 5 page\(s\)/ );
		const page = await ( await fetch( `${ ctx.indexUrl }?title=${ encodeURIComponent( titleOf( '2023-08' ) ) }&action=raw` ) ).json() as { rows: unknown[]; month: string };
		expect( page.month ).toBe( '2023-08' );
		expect( page.rows.length ).toBeGreaterThan( 10 );

		const again = await publish( [ '--months', '2023-07..2023-11' ] );
		expect( again.code, again.stderr ).toBe( 0 );
		expect( again.stdout ).toMatch( /Nothing to publish/ );
	} );

	it( 'a panel reads the published months from the pages, only the rest from the release, with the same numbers', async () => {
		const { page, requests, pageErrors, consoleErrors } = await openPage( browser, `${ ctx.indexUrl }?title=${ TEST_PAGE }` );
		try {
			const cell = ( month: string, column: string ): Promise<string | null> => page.locator( `#geo-reduced td[data-key="${ month }"][data-column="${ column }"]` ).getAttribute( 'data-value' );
			await page.locator( '#geo-reduced tr[data-key="2023-12"]' ).first().waitFor( { timeout: 30_000 } ).catch( async ( e: unknown ) => {
				// Say what the panel showed instead, and what it asked for.
				const shown = await page.locator( 'body' ).innerText().catch( () => '' );
				throw new Error( `${ String( e ) }\n${ shown.slice( 0, 1500 ) }\n${ [ ...pageErrors, ...consoleErrors ].join( '\n' ) }\n${ requests.filter( ( u ) => !u.includes( 'load.php' ) ).join( '\n' ) }` );
			} );
			// The same values as from the release file (tests/e2e/geo-editors.e2e.ts).
			expect( await cell( '2023-08', 'editors_1_4' ) ).toBe( '5217' );
			expect( await cell( '2023-08', 'editors_5_99' ) ).toBe( '777' );
			expect( await cell( '2023-08', 'editors_100' ) ).toBe( '76' );
			const tsv = requests.filter( ( u ) => /geoeditors_monthly\/\d{4}-\d{2}\.tsv/.test( u ) );
			expect( tsv.filter( ( u ) => PUBLISHED.some( ( m ) => u.includes( m + '.tsv' ) ) ) ).toEqual( [] );
			expect( tsv.some( ( u ) => u.includes( '2023-12.tsv' ) ) ).toBe( true );
			expect( requests.filter( ( u ) => u.includes( 'action=raw' ) && u.includes( 'Gadget-geo-editors-data' ) ).length ).toBeGreaterThanOrEqual( 5 );
			expect( await page.locator( '#geo-reduced .geo-editors-data-date' ).innerText() ).toMatch( /5 months/ );
			expect( pageErrors ).toEqual( [] );
		} finally {
			await page.context().close();
		}
	} );

	it( 'refuses, saving nothing, when a page was edited on-wiki since it was published', async () => {
		const admin = await login( { apiUrl: ctx.apiUrl, ...ctx.admin } );
		const title = titleOf( '2023-09' );
		const text = await ( await fetch( `${ ctx.indexUrl }?title=${ encodeURIComponent( title ) }&action=raw` ) ).text();
		const edited = JSON.parse( text ) as { rows: unknown[] };
		edited.rows = edited.rows.slice( 1 );
		await admin.save( title, JSON.stringify( edited ), 'hand edit' );
		const run = await publish( [ '--months', '2023-07..2023-11' ] );
		expect( run.code ).toBe( 2 );
		expect( run.stderr ).toMatch( /REFUSED: .*2023-09\.json was edited on-wiki/ );
		const after = await ( await fetch( `${ ctx.indexUrl }?title=${ encodeURIComponent( title ) }&action=raw` ) ).json() as { rows: unknown[] };
		expect( after.rows.length ).toBe( edited.rows.length );
	} );
} );
