// Kartographer's maps as they really are, on the local wiki's stand-in (localwiki/kartographer/,
// docs/kartographer-stand-in.md), chosen per browser with the geoMapframes cookie:
// 1. the stand-in renders <mapframe> as Kartographer's parser tests show it;
// 2. static mapframes (as on Wikipedias): conflicts over the image, no Leaflet, keyboard path,
//    the image's own link to the full-screen map (where the Leaflet layer is offered), night
//    contrast; on ordinary articles only from the published snapshot, behind a count control,
//    nothing where the map shows none, and the cost measured;
// 3. interactive mapframes on the real mapbox.js 3.3.1 + Leaflet 1.4: the layer, clusters and
//    legend, day and night, ≥ 3:1 against the light tiles.
// The bundled-Leaflet map (wikis without Kartographer) is conflicts-map.e2e.ts; the Geo Editors world
// map on Kartographer's map library is kartographer-world.e2e.ts.

import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, foreignRequests, snapshotContext } from './browser';
import { PALETTES, LIGHT_TILES } from '../../src/geo-conflicts/map/palette';
import { contrast, hex, parseColor, pngPixel, withMode as withModeAt } from './kartographer-helpers';

const ctx = inject( 'e2e' );
const REPO = path.resolve( import.meta.dirname, '../..' );

const withMode = ( browser: Browser, mode: 'static' | 'interactive' ): Promise<BrowserContext> => withModeAt( browser, mode, ctx.wikiUrl );

const pageUrl = ( title: string, query = '' ): string => `${ ctx.indexUrl }?title=${ encodeURIComponent( title ) }${ query }`;

/** Parse wikitext on the wiki with the stand-in in `mode`. */
async function parse( text: string, mode: string ): Promise<string> {
	const res = await fetch( `${ ctx.apiUrl }?action=parse&prop=text%7Cmodules&format=json&formatversion=2&contentmodel=wikitext&disablelimitreport=1&wrapoutputclass=&text=${ encodeURIComponent( text ) }`,
		{ headers: { Cookie: 'geoMapframes=' + mode } } );
	const json = await res.json() as { parse: { text: string; modules: string[] } };
	return json.parse.text + '\n<!-- modules: ' + json.parse.modules.join( ' ' ) + ' -->';
}

describe.skipIf( Boolean( ctx.skip ) )( 'Kartographer stand-in', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	it( 'renders <mapframe> as Kartographer\'s parser tests show it, and loads the mode\'s module', async () => {
		const server = ctx.fixtureUrl + '/maps.wikimedia.org';
		const html = await parse( '<mapframe latitude=10 longitude=20 zoom=13 width=640 height=480/>', 'static' );
		// tests/parser/parserTests.txt of Kartographer REL1_43, "Localized <maplink> and <mapframe>",
		// with this wiki's map server, language (en) and Special:Map URL.
		const frame = /<div class="mw-kartographer-container thumb tright">[\s\S]*?<\/div><\/div>/.exec( html )![ 0 ];
		expect( frame.replace( /href="[^"]*Special:Map\/13\/10\/20\/en"/, 'href="SPECIAL_MAP"' ) ).toBe(
			'<div class="mw-kartographer-container thumb tright"><div class="thumbinner" style="width: 640px;">' +
			'<a class="mw-kartographer-map notheme" style="width: 640px; height: 480px;" data-mw-kartographer="mapframe" ' +
			'data-style="osm-intl" data-width="640" data-height="480" data-zoom="13" data-lat="10" data-lon="20" href="SPECIAL_MAP">' +
			`<img src="${ server }/img/osm-intl,13,10,20,640x480.png?lang=en" width="640" height="480" decoding="async" ` +
			`srcset="${ server }/img/osm-intl,13,10,20,640x480@2x.png?lang=en 2x" alt="Map" /></a></div></div>` );
		expect( html ).toMatch( /modules: .*ext\.kartographer\.staticframe/ );
		expect( await parse( '<mapframe latitude=10 longitude=20 zoom=13 width=640 height=480/>', 'interactive' ) ).toMatch( /modules: .*ext\.kartographer\.frame/ );
		const link = await parse( "<maplink latitude=10 longitude=20 zoom=13 text='Foo &amp; bar'/>", 'static' );
		expect( link ).toMatch( /<a class="mw-kartographer-maplink" data-mw-kartographer="maplink" data-style="osm-intl" href="[^"]*Special:Map\/13\/10\/20\/en" data-zoom="13" data-lat="10" data-lon="20">Foo &amp; bar<\/a>/ );
	} );

	describe( 'static mapframes (as on Wikipedias)', () => {
		let context: BrowserContext;
		beforeAll( async () => {
			context = await withMode( browser, 'static' );
		} );
		afterAll( async () => {
			await context?.close();
		} );

		it( 'a conflict article shows its conflicts over the image at once, without Leaflet, by keyboard too', async () => {
			const { page, requests, pageErrors } = await openPage( context, pageUrl( 'Pascua Lama' ) );
			const marker = page.locator( '.geo-conflicts-static-marker' ).first();
			await marker.waitFor( { timeout: 60_000 } );
			// (The card's own small map uses Kartographer's map library; the overlay does not: see
			// the ordinary article below.)
			const label = await marker.getAttribute( 'aria-label' );
			expect( label ).toBeTruthy();
			expect( await page.$eval( '.geo-conflicts-static-markers', ( el ) => ( el as HTMLElement ).hidden ) ).toBe( false );
			expect( await marker.isVisible() ).toBe( true );
			// Keyboard: Tab reaches the marker, Enter opens the summary, Escape closes it.
			await page.locator( '.geo-conflicts-static-toggle' ).focus();
			let focused = '';
			for ( let i = 0; i < 10 && focused !== label; i++ ) {
				await page.keyboard.press( 'Tab' );
				focused = await page.evaluate( () => document.activeElement!.getAttribute( 'aria-label' ) || '' );
			}
			expect( focused ).toBe( label );
			await page.keyboard.press( 'Enter' );
			const dialog = page.locator( '.geo-conflicts-static-popup[role=dialog]' );
			await dialog.waitFor();
			expect( await dialog.getAttribute( 'aria-label' ) ).toBe( label );
			expect( await dialog.textContent() ).toContain( 'Wikidata' );
			await page.keyboard.press( 'Escape' );
			expect( await dialog.count() ).toBe( 0 );
			expect( await page.evaluate( () => document.activeElement!.getAttribute( 'aria-label' ) ) ).toBe( label );
			// Night: the image stays light, and so do the markers (day palette, dark ring ≥ 3:1).
			await page.goto( pageUrl( 'Pascua Lama', '&vectornightmode=1' ) );
			await page.locator( '.geo-conflicts-static-marker' ).first().waitFor( { timeout: 60_000 } );
			const colours = await page.$eval( '.geo-conflicts-static-marker', ( el ) => {
				const s = getComputedStyle( el );
				return { fill: s.backgroundColor, ring: s.boxShadow, left: parseFloat( ( el as HTMLElement ).style.left ), top: parseFloat( ( el as HTMLElement ).style.top ) };
			} );
			expect( await page.evaluate( () => document.documentElement.classList.contains( 'skin-theme-clientpref-night' ) ) ).toBe( true );
			expect( Object.values( PALETTES.day ).map( ( c ) => parseColor( `rgb(${ hex( c ).join( ',' ) })` ).join() ) ).toContain( parseColor( colours.fill ).join() );
			const src = await page.getAttribute( '.mw-kartographer-map img', 'src' );
			const image = Buffer.from( await ( await fetch( src! ) ).arrayBuffer() );
			const under = pngPixel( image, Math.round( colours.left ), Math.round( colours.top ) - 9 );
			expect( contrast( parseColor( colours.ring ), under ), 'marker ring on the image' ).toBeGreaterThanOrEqual( 3 );
			await page.locator( '.mw-kartographer-container' ).first().screenshot( { path: path.join( REPO, 'test-artifacts/kartographer-static-conflict-night.png' ) } );
			expect( requests.length ).toBeGreaterThan( 0 );
			expect( pageErrors ).toEqual( [] );
			await page.close();
		} );

		it( 'approximate locations stand out ≥ 3:1 from the image\'s sea and land, day and night', async () => {
			for ( const night of [ false, true ] ) {
				const { page, pageErrors } = await openPage( context, pageUrl( 'Región de Atacama', night ? '&vectornightmode=1' : '' ) );
				const marker = page.locator( '.geo-conflicts-static-marker--approximate' ).first();
				await marker.waitFor( { timeout: 60_000 } );
				const look = await marker.evaluate( ( el ) => {
					const s = getComputedStyle( el );
					return { dash: s.borderTopColor, dashStyle: s.borderTopStyle, gap: s.backgroundColor, shadow: s.boxShadow,
						left: parseFloat( ( el as HTMLElement ).style.left ), top: parseFloat( ( el as HTMLElement ).style.top ) };
				} );
				// The ring outside (and inside) the dashes: the first colour of each box-shadow.
				const rings = look.shadow.split( /,(?![^(]*\))/ ).map( ( part ) => parseColor( part ) );
				expect( rings.length ).toBe( 2 );
				expect( look.dashStyle ).toBe( 'dashed' );
				// The dashes against their opaque gaps.
				expect( /rgba\(.*, 0(\.\d+)?\)/.test( look.gap ), 'opaque gaps ' + look.gap ).toBe( false );
				expect( contrast( parseColor( look.dash ), parseColor( look.gap ) ), 'dashes on their gaps' ).toBeGreaterThanOrEqual( 3 );
				// The outer ring against the tiles' sea and land, and against the image around the marker.
				const src = await page.getAttribute( '.mw-kartographer-map img', 'src' );
				const image = Buffer.from( await ( await fetch( src! ) ).arrayBuffer() );
				const around = [ [ 0, -9 ], [ 9, 0 ], [ 0, 9 ], [ -9, 0 ] ]
					.map( ( [ dx, dy ] ) => pngPixel( image, Math.round( look.left ) + dx, Math.round( look.top ) + dy ) );
				for ( const under of [ ...LIGHT_TILES.map( hex ), ...around ] ) {
					expect( contrast( rings[ 0 ], under ), `outer ring on ${ under.join() }` ).toBeGreaterThanOrEqual( 3 );
				}
				await page.locator( '.mw-kartographer-container' ).first().screenshot( { path: path.join( REPO, `test-artifacts/kartographer-static-approximate-${ night ? 'night' : 'day' }.png` ) } );
				expect( pageErrors ).toEqual( [] );
				await page.close();
			}
		}, 180_000 );

		it( 'the image still opens the full-screen map, where the Leaflet layer is offered', async () => {
			const { page } = await openPage( context, pageUrl( 'Pascua Lama' ) );
			await page.locator( '.geo-conflicts-static-marker' ).first().waitFor( { timeout: 60_000 } );
			// A click on the image away from our markers and controls.
			const box = ( await page.locator( 'a.mw-kartographer-map' ).boundingBox() )!;
			await page.mouse.click( box.x + 20, box.y + box.height - 30 );
			await page.locator( '.mw-kartographer-mapDialog-body .mw-kartographer-mapDialog-map.leaflet-container' ).waitFor( { timeout: 30_000 } );
			expect( page.url() ).toContain( '#/map/0' );
			await page.locator( '.mw-kartographer-mapDialog-body .geo-conflicts-map-overlay' ).waitFor( { timeout: 90_000 } );
			expect( await page.evaluate( () => ( window as unknown as { L: { version: string } } ).L.version ) ).toBe( '1.4.0' );
			await page.close();
		} );

		it( 'an ordinary article reads only the snapshot: a count control, markers on demand; nothing where none', async () => {
			// A reader who sees the snapshot the setup published (other contexts hide it).
			const reader = await snapshotContext( browser );
			await reader.addCookies( [ { name: 'geoMapframes', value: 'static', url: ctx.wikiUrl } ] );
			const opened = await openPage( reader, pageUrl( 'Valparaíso' ) );
			const { page } = opened;
			const toggle = page.locator( '.geo-conflicts-static-toggle' );
			await toggle.waitFor( { timeout: 60_000 } );
			expect( await toggle.getAttribute( 'aria-pressed' ) ).toBe( 'false' );
			expect( await page.$eval( '.geo-conflicts-static-markers', ( el ) => ( el as HTMLElement ).hidden ) ).toBe( true );
			// No map library for it: Kartographer's own stays unloaded until the full-screen map.
			expect( await page.evaluate( () => [ typeof ( window as unknown as { L?: unknown } ).L, mw.loader.getState( 'mapbox' ) ] ) )
				.toEqual( [ 'undefined', 'registered' ] );
			await toggle.click();
			expect( await page.locator( '.geo-conflicts-static-marker' ).first().isVisible() ).toBe( true );
			await page.locator( '.geo-conflicts-static-marker' ).first().click();
			await page.locator( '.mw-kartographer-container' ).first().screenshot( { path: path.join( REPO, 'test-artifacts/kartographer-static-ordinary.png' ) } );
			const wiki = new URL( ctx.wikiUrl ).origin;
			// Outside the wiki only Kartographer's own image; never the Query Service.
			expect( foreignRequests( opened.requests, [ wiki ] ).filter( ( u ) => !u.includes( '/maps.wikimedia.org/img/' ) ) ).toEqual( [] );
			expect( opened.pageErrors ).toEqual( [] );
			await reader.close();

			// A static map in an area without conflicts: nothing at all, and what it cost, cold
			// (a new reader): the check module, the probe's key page and the manifest.
			const cold = await snapshotContext( browser );
			await cold.addCookies( [ { name: 'geoMapframes', value: 'static', url: ctx.wikiUrl } ] );
			const quietPage = await cold.newPage();
			const bodies: Buffer[] = [];
			const quietRequests: string[] = [];
			quietPage.on( 'request', ( r ) => quietRequests.push( r.url() ) );
			quietPage.on( 'response', async ( r ) => {
				if ( /geo-conflicts-static|Gadget-geo-conflicts-snapshot/.test( decodeURIComponent( r.url() ) ) ) {
					bodies.push( zlib.gzipSync( await r.body() ) );
				}
			} );
			await quietPage.goto( pageUrl( 'Islandia' ) );
			await quietPage.waitForFunction( () => mw.loader.getState( 'ext.gadget.geo-conflicts-static' ) === 'ready', null, { timeout: 60_000 } );
			await quietPage.waitForTimeout( 1500 );
			expect( await quietPage.locator( '.geo-conflicts-static' ).count() ).toBe( 0 );
			expect( await quietPage.evaluate( () => mw.loader.getState( 'ext.gadget.geo-conflicts-static-overlay' ) ) ).toBe( 'registered' );
			const gz = bodies.reduce( ( n, b ) => n + b.length, 0 );
			console.log( `e2e: static map without conflicts, cold: ${ bodies.length } responses, ${ gz } B gz (check module, key page, manifest)` );
			expect( gz ).toBeLessThanOrEqual( 5120 );
			expect( foreignRequests( quietRequests, [ new URL( ctx.wikiUrl ).origin ] ).filter( ( u ) => !u.includes( '/maps.wikimedia.org/img/' ) ) ).toEqual( [] );
			await cold.close();
		}, 240_000 );
	} );

	describe( 'interactive mapframes (mapbox.js 3.3.1 + Leaflet 1.4)', () => {
		let context: BrowserContext;
		beforeAll( async () => {
			context = await withMode( browser, 'interactive' );
		} );
		afterAll( async () => {
			await context?.close();
		} );

		async function layerOn( page: Page ): Promise<void> {
			await page.locator( 'a.mw-kartographer-map.mw-kartographer-interactive .geo-conflicts-map-overlay' ).waitFor( { timeout: 90_000 } );
		}

		async function checkLayer( night: boolean ): Promise<void> {
			const { page, pageErrors } = await openPage( context, pageUrl( 'Región de Atacama', night ? '&vectornightmode=1' : '' ) );
			await layerOn( page );
			const lib = await page.evaluate( () => {
				const L = ( window as unknown as { L: { version: string; mapbox?: unknown } } ).L;
				return { version: L.version, mapbox: typeof L.mapbox };
			} );
			expect( lib ).toEqual( { version: '1.4.0', mapbox: 'object' } );
			expect( await page.$$eval( 'a.mw-kartographer-map.mw-kartographer-interactive img.leaflet-tile', ( t ) => t.length && t.every( ( i ) => i.classList.contains( 'mw-invert' ) ) ) ).toBeTruthy();
			// Kartographer's tiles are not inverted at night: our colours stay the day ones.
			const tileFilter = await page.$eval( 'a.mw-kartographer-map.mw-kartographer-interactive img.leaflet-tile', ( t ) => getComputedStyle( t ).filter );
			expect( tileFilter ).toBe( 'none' );
			await page.locator( 'a.mw-kartographer-map.mw-kartographer-interactive .geo-conflicts-map-legend summary' ).click();
			const swatches = await page.$$eval( 'a.mw-kartographer-map.mw-kartographer-interactive .geo-conflicts-map-legend [data-sector] .geo-conflicts-map-swatch',
				( list ) => list.map( ( s ) => ( { fill: getComputedStyle( s ).backgroundColor, border: getComputedStyle( s ).borderTopColor } ) ) );
			expect( swatches.length ).toBeGreaterThan( 0 );
			for ( const s of swatches ) {
				expect( Object.values( PALETTES.day ).map( ( c ) => hex( c ).join() ) ).toContain( parseColor( s.fill ).join() );
				for ( const tile of LIGHT_TILES ) {
					expect( contrast( parseColor( s.border ), hex( tile ) ), 'swatch outline ' + s.border + ' on ' + tile ).toBeGreaterThanOrEqual( 3 );
				}
			}
			await page.locator( 'a.mw-kartographer-map.mw-kartographer-interactive' ).screenshot( { path: path.join( REPO, `test-artifacts/kartographer-interactive-${ night ? 'night' : 'day' }.png` ) } );
			const clusters = await page.$$eval( 'a.mw-kartographer-map.mw-kartographer-interactive .geo-conflicts-cluster', ( list ) => list.map( ( c ) => getComputedStyle( c ).borderTopColor ) );
			for ( const border of clusters ) {
				for ( const tile of LIGHT_TILES ) {
					expect( contrast( parseColor( border ), hex( tile ) ), 'cluster outline ' + border ).toBeGreaterThanOrEqual( 3 );
				}
			}
			expect( pageErrors ).toEqual( [] );
			await page.close();
		}

		it( 'full screen opened from the mapframe\'s own control shows the conflicts layer there too', async () => {
			const { page, pageErrors } = await openPage( context, pageUrl( 'Región de Atacama' ) );
			await layerOn( page );
			// Kartographer's "Show in full screen" control (a link to the map's #/map/N route).
			await page.locator( 'a.mw-kartographer-map.mw-kartographer-interactive .leaflet-control-static a.oo-ui-icon-fullScreen' ).click();
			const overlay = page.locator( '.mw-kartographer-mapDialog-body .mw-kartographer-mapDialog-map .geo-conflicts-map-overlay' );
			await overlay.waitFor( { timeout: 90_000 } );
			expect( page.url() ).toContain( '#/map/0' );
			expect( Number( await overlay.getAttribute( 'data-marker-count' ) ) ).toBeGreaterThan( 0 );
			// Markers of ours drawn on the full-screen map: painted pixels on the layer's canvas, or
			// cluster icons.
			await expect.poll( () => page.$$eval( '.mw-kartographer-mapDialog-map canvas.leaflet-zoom-animated, .mw-kartographer-mapDialog-map .geo-conflicts-cluster',
				( list ) => list.reduce( ( n, el ) => {
					if ( !( el instanceof HTMLCanvasElement ) ) {
						return n + 1;
					}
					const { data } = el.getContext( '2d' )!.getImageData( 0, 0, el.width, el.height );
					let painted = 0;
					for ( let i = 3; i < data.length; i += 4 ) {
						painted += data[ i ] > 0 ? 1 : 0;
					}
					return n + painted;
				}, 0 ) ), { timeout: 30_000 } ).toBeGreaterThan( 0 );
			await page.screenshot( { path: path.join( REPO, 'test-artifacts/kartographer-interactive-fullscreen.png' ) } );
			expect( pageErrors ).toEqual( [] );
			await page.close();
		}, 180_000 );

		it( 'the layer, its clusters and legend on the article\'s map, day, ≥ 3:1 on the light tiles', () => checkLayer( false ) );
		it( 'the layer, its clusters and legend on the article\'s map, night, ≥ 3:1 on the light tiles', () => checkLayer( true ) );
	} );
} );
