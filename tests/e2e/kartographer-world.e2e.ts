// The Geo Editors world map on the Kartographer stand-in's interactive map library (mapbox.js 3.3.1
// with its Leaflet 1.4), against the bundled map (a wiki without Kartographer) in the same run: one
// shaded world (no wrapped, unshaded copies), the same fit although Kartographer's zoom is whole by
// default, the legend and the n/p hatching as on the bundled map, day and night.

import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { withMode } from './kartographer-helpers';

const ctx = inject( 'e2e' );
const REPO = path.resolve( import.meta.dirname, '../..' );
const pageUrl = ( title: string, query = '' ): string => `${ ctx.indexUrl }?title=${ encodeURIComponent( title ) }${ query }`;

describe.skipIf( Boolean( ctx.skip ) )( 'Geo Editors world map on Kartographer', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	describe( 'the Geo Editors world map on the interactive map\'s library (mapbox.js 3.3.1 + Leaflet 1.4)', () => {
		const DASHBOARD = 'Special:BlankPage/GeoEditors';

		interface WorldLook {
			backend: string | undefined;
			/** Tiles outside the one world (x or y outside 0 … 2^z − 1): a repeated, unshaded copy. */
			wrapped: string[];
			tiles: number;
			/** How much of the box the shaded world fills (bounding box of the areas). */
			fill: number;
			legend: boolean;
			hatch: { area: string; pattern: boolean; back: string; line: string };
		}

		async function world( context: BrowserContext, night: boolean, shot: string ): Promise<WorldLook> {
			const { page, pageErrors } = await openPage( context, pageUrl( DASHBOARD, '&country=CL&project=es.wikipedia&view=map&month=2023-12' + ( night ? '&vectornightmode=1' : '' ) ) );
			const scope = '.geo-editors-dashboard .geo-editors-map';
			await page.locator( `${ scope } path[data-country="GL"]` ).waitFor( { timeout: 90_000 } );
			// The fit settles, then every tile in the box has loaded.
			await page.waitForTimeout( 1000 );
			await page.waitForFunction( ( sel ) => Array.from( document.querySelectorAll( sel + ' img.leaflet-tile' ) )
				.every( ( t ) => t.classList.contains( 'leaflet-tile-loaded' ) ), scope, { timeout: 30_000 } );
			const look = await page.$eval( scope, ( el ) => {
				const box = el.getBoundingClientRect();
				const wrapped: string[] = [];
				const tiles = Array.from( el.querySelectorAll( 'img.leaflet-tile' ) ) as HTMLImageElement[];
				for ( const t of tiles ) {
					const m = /\/(\d+)\/(-?\d+)\/(-?\d+)(@[\d.]+x)?\.png/.exec( t.src );
					const r = t.getBoundingClientRect();
					const seen = r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
					if ( m && seen && ( +m[ 2 ] < 0 || +m[ 2 ] >= 2 ** +m[ 1 ] || +m[ 3 ] < 0 || +m[ 3 ] >= 2 ** +m[ 1 ] ) ) {
						wrapped.push( m[ 0 ] );
					}
				}
				let left = Infinity;
				let right = -Infinity;
				let top = Infinity;
				let bottom = -Infinity;
				for ( const p of Array.from( el.querySelectorAll( 'path[data-country]' ) ) ) {
					const r = p.getBoundingClientRect();
					left = Math.min( left, r.left );
					right = Math.max( right, r.right );
					top = Math.min( top, r.top );
					bottom = Math.max( bottom, r.bottom );
				}
				const fill = Math.max( ( Math.min( right, box.right ) - Math.max( left, box.left ) ) / box.width,
					( Math.min( bottom, box.bottom ) - Math.max( top, box.top ) ) / box.height );
				const gl = el.querySelector( 'path[data-country="GL"]' )!;
				const svg = gl.closest( 'svg' )!;
				const back = svg.querySelector( '.geo-editors-map-hatch-back' );
				const line = svg.querySelector( '.geo-editors-map-hatch-line' );
				return {
					backend: ( el.closest( '[data-backend]' ) as HTMLElement | null )?.dataset.backend,
					wrapped,
					tiles: tiles.length,
					fill,
					legend: Boolean( document.querySelector( '.geo-editors-dashboard .geo-editors-map-legend' ) ),
					hatch: { area: getComputedStyle( gl ).fill, pattern: Boolean( svg.querySelector( '#geo-editors-map-np-hatch' ) ),
						back: back ? getComputedStyle( back ).fill : '', line: line ? getComputedStyle( line ).fill : '' },
				};
			} );
			await page.locator( '.geo-editors-dashboard .geo-editors-map' ).screenshot( { path: path.join( REPO, `test-artifacts/${ shot }.png` ) } );
			expect( pageErrors ).toEqual( [] );
			await page.close();
			return look;
		}

		async function compareWorlds( night: boolean ): Promise<void> {
			const bundled = await browser.newContext( { viewport: { width: 1200, height: 900 } } );
			const bundledLook = await world( bundled, night, `world-map-bundled-${ night ? 'night' : 'day' }` );
			await bundled.close();
			const karto = await withMode( browser, 'interactive', ctx.wikiUrl );
			const look = await world( karto, night, `world-map-kartographer-${ night ? 'night' : 'day' }` );
			await karto.close();
			expect( bundledLook.backend ).toBe( 'leaflet' );
			expect( look.backend ).toBe( 'kartographer' );
			expect( look.tiles ).toBeGreaterThan( 0 );
			expect( look.wrapped, 'tiles of a repeated, unshaded world' ).toEqual( [] );
			// Whole-number zoom handled: the world fills the box as on the bundled map (quarter
			// zoom steps), not the smaller whole-zoom fit.
			console.log( `e2e: world map fill, ${ night ? 'night' : 'day' }: Kartographer ${ look.fill.toFixed( 3 ) }, bundled ${ bundledLook.fill.toFixed( 3 ) }` );
			expect( Math.abs( look.fill - bundledLook.fill ) ).toBeLessThan( 0.05 );
			expect( look.fill ).toBeGreaterThan( 0.85 );
			expect( look.legend ).toBe( true );
			expect( look.hatch.pattern ).toBe( true );
			expect( look.hatch.area ).toContain( '#geo-editors-map-np-hatch' );
			expect( look.hatch ).toEqual( bundledLook.hatch );
		}

		it( 'one shaded world, fitted as the bundled map, legend and n/p hatching as there (day)', () => compareWorlds( false ), 240_000 );
		it( 'one shaded world, fitted as the bundled map, legend and n/p hatching as there (night)', () => compareWorlds( true ), 240_000 );
	} );
} );
