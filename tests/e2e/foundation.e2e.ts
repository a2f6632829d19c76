// Foundation e2e tests: the deploy CLI against a real wiki, gadget registration, no foreign
// hosts, the user-script install, interface language and night mode.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { login, runDeploy, type DeployResult } from '../../localwiki/wiki.mjs';
import { expectOnlyHosts, launchBrowser, openPage, waitForModule } from './browser';

const ctx = inject( 'e2e' );
const REPO = path.resolve( import.meta.dirname, '../..' );

const GADGET_JS = 'MediaWiki:Gadget-geo-editors.js';
const DEFINITIONS = 'MediaWiki:Gadgets-definition';
const DEMO_PAGE = 'Project:Geo_Editores';
const PANEL = '.geo-editors.geo-panel';

interface Manifest {
	pages: { title: string; file: string; gadget: string }[];
	definitions: Record<string, string[]>;
}

describe.skipIf( Boolean( ctx.skip ) )( 'foundation', () => {
	let browser: Browser;
	const manifest = (): Manifest => JSON.parse( readFileSync( path.join( ctx.dist, 'manifest.json' ), 'utf8' ) ) as Manifest;
	const pageUrl = ( title: string, query = '' ): string => `${ ctx.indexUrl }?title=${ title }${ query }`;
	const deploy = ( args: string[] = [], dist = ctx.dist ): Promise<DeployResult> => runDeploy(
		{ apiUrl: ctx.apiUrl, ...ctx.bot, dist, args } );

	async function read(
		title: string,
	): Promise<{ content: string; revid: number; comment: string }> {
		const res = await fetch( `${ ctx.apiUrl }?action=query&prop=revisions&rvprop=ids|comment|content&rvslots=main&format=json&formatversion=2&titles=${ encodeURIComponent( title ) }` );
		const rev = ( await res.json() ).query.pages[ 0 ].revisions[ 0 ];
		return { content: rev.slots.main.content, revid: rev.revid, comment: rev.comment };
	}

	async function editAsAdmin( title: string, text: string, summary: string ): Promise<void> {
		const bot = await login( { apiUrl: ctx.apiUrl, ...ctx.admin } );
		await bot.save( title, text, summary );
	}

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	describe( 'deploy CLI', () => {
		it( 'refuses to overwrite an on-wiki edit, saves with --force, then has nothing to do', async () => {
			const before = await read( GADGET_JS );
			await editAsAdmin( GADGET_JS, before.content + '\n// hotfix made on-wiki', 'manual hotfix' );
			const edited = await read( GADGET_JS );

			const refused = await deploy();
			expect( refused.code, refused.stdout + refused.stderr ).toBe( 2 );
			expect( refused.stderr ).toMatch( /MediaWiki:Gadget-geo-editors\.js.*Admin/ );
			expect( await read( GADGET_JS ) ).toEqual( edited );

			const forced = await deploy( [ '--force' ] );
			expect( forced.code, forced.stdout + forced.stderr ).toBe( 0 );
			const after = await read( GADGET_JS );
			expect( after.content ).toBe( before.content );
			expect( after.comment ).toMatch( /^Geo gadgets v/ );

			const again = await deploy();
			expect( again.code, again.stdout + again.stderr ).toBe( 0 );
			expect( again.stdout ).toContain( 'Nothing to deploy' );
			expect( ( await read( GADGET_JS ) ).revid ).toBe( after.revid );
		} );

		it( 'merges Gadgets-definition and keeps a foreign line', async () => {
			const foreign = '* other-gadget[ResourceLoader]|other-gadget.js';
			const current = await read( DEFINITIONS );
			await editAsAdmin( DEFINITIONS, `== other ==\n${ foreign }\n\n${ current.content }`, 'add other-gadget' );

			// A build whose definition lines differ (an extra space after "*", same meaning).
			const changed = mkdtempSync( path.join( os.tmpdir(), 'geo-e2e-dist-' ) );
			try {
				cpSync( ctx.dist, changed, { recursive: true } );
				const m = manifest();
				const [ gadget ] = Object.keys( m.definitions );
				m.definitions[ gadget ] = m.definitions[ gadget ].map( ( l ) => l.replace( /^\*\s*/, '*  ' ) );
				writeFileSync( path.join( changed, 'manifest.json' ), JSON.stringify( m ) );

				const res = await deploy( [], changed );
				expect( res.code, res.stdout + res.stderr ).toBe( 0 );
				const merged = ( await read( DEFINITIONS ) ).content;
				expect( merged ).toContain( foreign );
				for ( const line of m.definitions[ gadget ] ) {
					expect( merged ).toContain( line );
				}
			} finally {
				rmSync( changed, { recursive: true, force: true } );
			}

			// Back to the real build; the foreign line survives that too.
			const back = await deploy();
			expect( back.code, back.stdout + back.stderr ).toBe( 0 );
			const final = ( await read( DEFINITIONS ) ).content;
			expect( final ).toContain( foreign );
			for ( const lines of Object.values( manifest().definitions ) ) {
				for ( const line of lines ) {
					expect( final ).toContain( line );
				}
			}
		} );
	} );

	describe( 'gadgets on the wiki', () => {
		it( 'registers every gadget module and runs geo-editors on the demo page, talking only to the wiki and the fixture server', async () => {
			const { page, requests, pageErrors } = await openPage( browser, pageUrl( DEMO_PAGE ) );
			try {
				await waitForModule( page, 'ext.gadget.geo-editors' );
				const ids = Object.values( manifest().definitions ).flat()
					.map( ( l ) => /^\*\s*([^[|\s]+)/.exec( l )?.[ 1 ] ).filter( ( id ): id is string => Boolean( id ) );
				const states = await page.evaluate( ( names ) => names.map( ( n ) => mw.loader.getState( `ext.gadget.${ n }` ) ), ids );
				expect( states.every( ( s ) => s !== null ), `states of ${ ids.join( ', ' ) }: ${ states.join( ', ' ) }` ).toBe( true );

				const endpoints = await page.evaluate( () => mw.config.get( 'geoGadgetsEndpoints' ) as Record<string, string> );
				expect( endpoints.geoeditors.startsWith( ctx.fixtureUrl ) ).toBe( true );

				await page.waitForSelector( PANEL, { timeout: 30_000 } );
				await page.waitForLoadState( 'networkidle' );
				expectOnlyHosts( requests,
					[ new URL( ctx.wikiUrl ).origin, new URL( ctx.fixtureUrl ).origin ] );
				expect( pageErrors ).toEqual( [] );
			} finally {
				await page.context().close();
			}
		} );

		it( 'shows the panel in the interface language (?uselang=es)', async () => {
			const en = JSON.parse( readFileSync( path.join( REPO, 'i18n/geo-editors/en.json' ), 'utf8' ) )[ 'geo-editors-title' ] as string;
			const es = JSON.parse( readFileSync( path.join( REPO, 'i18n/geo-editors/es.json' ), 'utf8' ) )[ 'geo-editors-title' ] as string;
			expect( en ).not.toBe( es );
			// Titles may carry parameters ($1) or PLURAL: compare the literal part before them.
			const literal = ( msg: string ): string => msg.split( /\$\d|\{\{/ )[ 0 ].trim();
			/**
			 * The panel's text once it shows `expected` (the panel fills in after it is mounted).
			 */
			const panelText = async ( query: string, expected: string ): Promise<string> => {
				const { page } = await openPage( browser, pageUrl( DEMO_PAGE, query ) );
				try {
					await page.waitForSelector( PANEL, { timeout: 30_000 } );
					await page.waitForFunction( ( [ sel, text ] ) => (
						document.querySelector( sel ) as HTMLElement | null
					)?.innerText.includes( text ), [ PANEL, expected ], { timeout: 15_000 } )
						.catch( () => undefined );
					return await page.locator( PANEL ).first().innerText();
				} finally {
					await page.context().close();
				}
			};
			expect( await panelText( '', literal( en ) ) ).toContain( literal( en ) );
			expect( await panelText( '&uselang=es', literal( es ) ) ).toContain( literal( es ) );
		} );

		it( 'follows night mode (?vectornightmode=1)', async () => {
			const background = async ( query: string ): Promise<string> => {
				const { page } = await openPage( browser, pageUrl( DEMO_PAGE, query ) );
				try {
					await page.waitForSelector( PANEL, { timeout: 30_000 } );
					return await page.locator( PANEL ).first()
						.evaluate( ( el ) => getComputedStyle( el ).backgroundColor );
				} finally {
					await page.context().close();
				}
			};
			const day = await background( '' );
			const night = await background( '&vectornightmode=1' );
			expect( night ).not.toBe( day );
		} );

		it( 'takes a string a site overrode on-wiki (MediaWiki:Geo-editors-title)', async () => {
			const custom = 'Editors seen from here <b>(site wording)</b>';
			await editAsAdmin( 'MediaWiki:Geo-editors-title', custom, 'local wording' );
			try {
				const { page } = await openPage( browser, pageUrl( DEMO_PAGE ) );
				try {
					await page.waitForSelector( PANEL, { timeout: 30_000 } );
					await page.waitForFunction( ( [ sel, text ] ) => (
						document.querySelector( sel ) as HTMLElement | null
					)?.innerText.includes( text ), [ PANEL, custom ], { timeout: 15_000 } );
					// Shown as text, like every message: the markup in it is not interpreted.
					expect( await page.locator( PANEL + ' b' ).count() ).toBe( 0 );
				} finally {
					await page.context().close();
				}
			} finally {
				const bot = await login( { apiUrl: ctx.apiUrl, ...ctx.admin } );
				await bot.delete( 'MediaWiki:Geo-editors-title', 'test done' );
			}
		} );
	} );
} );
