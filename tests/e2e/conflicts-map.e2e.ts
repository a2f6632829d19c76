// Geo Conflicts map e2e: on the real wiki (MediaWiki 1.43, no Kartographer, so the bundled Leaflet)
// with tiles and data from the fixture server.
// 1. The dashboard: its map shows tiles from the fixture host only, one marker per conflict with
//    usable coordinates in the sample data, painted on the canvas, and the legend.
// 2. The map module on its own, injected into a wiki page (real skin CSS, real mw.message with
//    PLURAL): tiles, marker count, hostile label in a popup, keyboard focus, night-mode colours.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectOnlyHosts, launchBrowser, openPage } from './browser';
import { engineSet } from '../support/engine-answers';

const ctx = inject( 'e2e' );
const REPO = path.resolve( import.meta.dirname, '../..' );
const MAP = '.geo-conflicts-map';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** Conflicts the sample data can put on a map, as the real engine answers the dashboard query. */
function expectedMarkers(): number {
	return engineSet( { kind: 'all' } ).conflicts.filter( ( c ) => c.coordinates ).length;
}

/** Pixels of the marker canvas that something was drawn on. */
function paintedPixels( page: Page, selector: string ): Promise<number> {
	return page.evaluate( ( sel ) => {
		const canvas = document.querySelector( sel + ' .leaflet-overlay-pane canvas' ) as HTMLCanvasElement | null;
		if ( !canvas || !canvas.width || !canvas.height ) {
			return 0;
		}
		const data = canvas.getContext( '2d' )!.getImageData( 0, 0, canvas.width, canvas.height ).data;
		let n = 0;
		for ( let i = 3; i < data.length; i += 4 ) {
			n += data[ i ] > 0 ? 1 : 0;
		}
		return n;
	}, selector );
}

async function waitForMarkers( page: Page, selector: string, timeout = 60_000 ): Promise<number> {
	await page.waitForFunction( ( sel ) => {
		const el = document.querySelector<HTMLElement>( sel );
		return !!el && Number( el.dataset.markerCount ) > 0;
	}, selector, { timeout } );
	return Number( await page.getAttribute( selector, 'data-marker-count' ) );
}

async function tileSources( page: Page, selector: string ): Promise<string[]> {
	await page.waitForSelector( selector + ' img.leaflet-tile-loaded', { timeout: 30_000 } );
	return page.$$eval( selector + ' img.leaflet-tile', ( imgs ) => imgs.map( ( img ) => ( img as HTMLImageElement ).src ) );
}

describe.skipIf( Boolean( ctx.skip ) )( 'conflicts map', () => {
	let browser: Browser;
	const pageUrl = ( title: string, query = '' ): string => `${ ctx.indexUrl }?title=${ title }${ query }`;
	const origins = (): string[] => [ new URL( ctx.wikiUrl ).origin,
		new URL( ctx.fixtureUrl ).origin ];
	const tilePrefix = (): string => ctx.fixtureUrl + '/maps.wikimedia.org/osm-intl/';

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	it( 'the dashboard map shows fixture tiles, every located conflict and the legend', async () => {
		const opened = await openPage( browser, pageUrl( 'Special:BlankPage/GeoConflicts' ) );
		const { page } = opened;
		const count = await waitForMarkers( page, MAP );
		expect( count ).toBe( expectedMarkers() );
		expect( await page.getAttribute( MAP, 'data-backend' ) ).toBe( 'leaflet' );
		expect( await page.$eval( MAP, ( el ) => el.classList.contains( 'notheme' ) ) ).toBe( true );

		const tiles = await tileSources( page, MAP );
		expect( tiles.length ).toBeGreaterThan( 0 );
		for ( const src of tiles ) {
			expect( src.startsWith( tilePrefix() ), src ).toBe( true );
		}
		// The markers are really drawn: one canvas, with painted pixels.
		expect( await page.$$eval( MAP + ' .leaflet-overlay-pane canvas', ( c ) => c.length ) ).toBe( 1 );
		// The demo's tiles are drawn from Natural Earth; the wiki credits them through an on-wiki
		// override of the attribution message (localwiki/pages), as a site using other tiles would.
		expect( await page.textContent( MAP + ' .geo-conflicts-map-attribution' ) ).toContain( 'Natural Earth' );
		expect( await paintedPixels( page, MAP ) ).toBeGreaterThan( 50 );

		const legend = await page.$$eval( MAP + ' .geo-conflicts-map-legend li[data-sector]', ( items ) => items.map( ( li ) => li.textContent ) );
		expect( legend.length ).toBeGreaterThan( 0 );
		for ( const text of legend ) {
			expect( text ).not.toMatch( /⧼|geo-conflicts-/ ); // translated, not raw keys
		}
		expectOnlyHosts( opened.requests, origins() );
		expect( opened.pageErrors ).toEqual( [] );
		await page.context().close();
	} );

	describe( 'the map module in a wiki page', () => {
		let bundle = '';

		beforeAll( async () => {
			// The module alone, as the core gadget bundles it (esbuild, ES2017), exposed for the
			// test.
			const result = await build( {
				stdin: {
					contents: "import { createConflictMap } from './src/geo-conflicts/map/index';\nwindow.geoMapTest = { createConflictMap };\n",
					resolveDir: REPO,
					loader: 'ts',
				},
				bundle: true,
				define: { __USER_SCRIPT__: 'false' }, // as the gadget build (build.mjs)
				format: 'iife',
				target: 'es2017',
				outdir: path.join( REPO, 'e2e-map-out' ), // not written
				write: false,
				logLevel: 'error',
			} );
			bundle = result.outputFiles.map( ( f ) => f.path.endsWith( '.js' ) ? f.text : '' ).join( '' );
			const css = result.outputFiles.map( ( f ) => f.path.endsWith( '.css' ) ? f.text : '' ).join( '' );
			bundle += '\n;(function () { var s = document.createElement( "style" ); s.textContent = ' + JSON.stringify( css ) + '; document.head.appendChild( s ); }());';
		} );

		async function demoPage(): Promise<{
			page: Page; requests: string[]; pageErrors: string[];
		}> {
			const opened = await openPage( browser, pageUrl( 'Special:BlankPage' ) );
			const { page } = opened;
			const messages = JSON.parse( readFileSync( path.join( REPO, 'i18n/geo-conflicts/en.json' ), 'utf8' ) ) as Record<string, string>;
			delete messages[ '@metadata' ];
			await page.evaluate( async ( strings ) => {
				await mw.loader.using( [ 'mediawiki.jqueryMsg', 'mediawiki.language' ] );
				mw.messages.set( strings );
			}, messages );
			// The wiki enforces a Content Security Policy (like Wikimedia's): no inline scripts,
			// but blob: URLs are allowed, so the bundle goes in as a blob.
			await page.evaluate( ( code ) => new Promise<void>( ( resolve, reject ) => {
				const script = document.createElement( 'script' );
				script.src = URL.createObjectURL( new Blob( [ code ], { type: 'text/javascript' } ) );
				script.onload = () => resolve();
				script.onerror = () => reject( new Error( 'bundle did not load' ) );
				document.head.appendChild( script );
			} ), bundle );
			await page.evaluate( async ( hostile ) => {
				const sectors = [ 'mining', 'water', 'energy', 'forestry' ];
				const conflicts = [];
				for ( let i = 0; i < 300; i++ ) {
					conflicts.push( { id: 'Q' + ( 100 + i ), label: 'Conflict ' + i, lat: -50 + ( i % 30 ) * 1.5, lon: -75 + Math.floor( i / 30 ) * 1.2, approximate: i % 3 === 0, sector: sectors[ i % 4 ] } );
				}
				conflicts.push( { id: 'Q99', label: hostile, lat: -33.45, lon: -70.66, approximate: false, sector: 'other' } );
				conflicts.push( { id: 'Q98', label: 'no coordinates', lat: NaN, lon: 0, approximate: false, sector: 'other' } );
				const host = document.createElement( 'div' );
				host.id = 'map-demo';
				( document.getElementById( 'mw-content-text' ) || document.body ).appendChild( host );
				const w = window as unknown as {
					geoMapTest: {
						createConflictMap: ( el: HTMLElement, o: object ) => Promise<{
							setConflicts( l: unknown[] ): void; focus( id: string ): void;
						}>;
					};
					demoMap: unknown; selected: string[];
				};
				w.selected = [];
				const map = await w.geoMapTest.createConflictMap( host,
					{ onSelect: ( id: string ) => w.selected.push( id ) } );
				map.setConflicts( conflicts );
				w.demoMap = map;
			}, HOSTILE );
			return opened;
		}

		it( 'draws the markers over fixture tiles only, with a legend and a translated label', async () => {
			const { page, requests, pageErrors } = await demoPage();
			const sel = '#map-demo ' + MAP;
			expect( await waitForMarkers( page, sel ) ).toBe( 301 );
			const tiles = await tileSources( page, sel );
			for ( const src of tiles ) {
				expect( src.startsWith( tilePrefix() ), src ).toBe( true );
			}
			// Skin CSS (img max-width) must not squash tiles.
			expect( await page.$eval( sel + ' img.leaflet-tile-loaded', ( img ) => img.getBoundingClientRect().width ) ).toBe( 256 );
			// Drawn as dots on the canvas, or (at the fitted zoom most of these 301, 1.2–1.5°
			// apart) as groups: every conflict is in one or the other.
			const grouped = await page.$$eval( sel + ' .geo-conflicts-cluster', ( els ) => els.reduce( ( n, el ) => n + Number( ( el as HTMLElement ).dataset.count ), 0 ) );
			const painted = await paintedPixels( page, '#map-demo' );
			expect( grouped === 301 || painted > 100, `grouped ${ grouped }, painted ${ painted }` ).toBe( true );
			expect( grouped ).toBeLessThanOrEqual( 301 );
			expect( await page.getAttribute( sel, 'aria-label' ) ).toBe( 'Map of environmental conflicts (301 conflicts shown)' );
			const legend = await page.$$eval( sel + ' .geo-conflicts-map-legend li[data-sector]', ( items ) => items.map( ( li ) => ( li as HTMLElement ).dataset.sector ) );
			expect( legend ).toEqual( [ 'mining', 'energy', 'water', 'forestry', 'other' ] ); // the fixed sector order
			expect( await page.textContent( sel + ' .geo-conflicts-map-attribution' ) ).toContain( 'OpenStreetMap' );
			expectOnlyHosts( requests, origins() );
			expect( pageErrors ).toEqual( [] );
			await page.context().close();
		} );

		it( 'shows a hostile label literally in the popup, selects on click, and is keyboard-focusable', async () => {
			const { page, pageErrors } = await demoPage();
			const sel = '#map-demo ' + MAP;
			await waitForMarkers( page, sel );
			await page.evaluate( () => ( window as unknown as { demoMap: { focus( id: string ): void } } ).demoMap.focus( 'Q99' ) );
			const label = page.locator( sel + ' .leaflet-popup .geo-conflicts-map-popup-label' );
			await expect.poll( () => label.textContent() ).toBe( HOSTILE );
			expect( await page.locator( sel + ' .leaflet-popup img' ).count() ).toBe( 0 );

			// focus() centres the map on the conflict: a real click there, on the canvas, selects
			// it.
			const box = await page.locator( sel ).boundingBox();
			await page.mouse.click( box!.x + box!.width / 2, box!.y + box!.height / 2 + 3 );
			await expect.poll( () => page.evaluate( () => ( window as unknown as { selected: string[] } ).selected ) ).toEqual( [ 'Q99' ] );

			await page.focus( sel );
			expect( await page.evaluate( () => document.activeElement && document.activeElement.classList.contains( 'geo-conflicts-map' ) ) ).toBe( true );
			expect( pageErrors ).toEqual( [] );
			await page.context().close();
		} );

		it( 'recolours the legend for night mode', async () => {
			const { page } = await demoPage();
			const sel = '#map-demo ' + MAP;
			await waitForMarkers( page, sel );
			const swatch = (): Promise<string> => page.$eval( sel + ' li[data-sector="water"] .geo-conflicts-map-swatch', ( el ) => getComputedStyle( el ).backgroundColor );
			const day = await swatch();
			await page.evaluate( () => document.documentElement.classList.add( 'skin-theme-clientpref-night' ) );
			await expect.poll( swatch ).not.toBe( day );
			expect( await swatch() ).toBe( 'rgb(38, 157, 255)' ); // the night palette's water
			await page.context().close();
		} );
	} );
} );
