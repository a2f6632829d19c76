/**
 * Drawing 5,000 conflicts on the map in Chromium: our map as it ships (nearby markers grouped,
 * clusters.ts, singles on one shared canvas renderer), our map without the groups (every marker on
 * the canvas: the speed the groups must keep), and the approach of the existing Geo Conflictos
 * tool, modelled on its code (WikimediaChile/Geo-Conflictos public/index.html, read 2026-12): one
 * `L.marker` per conflict with an `L.divIcon` whose HTML is a div with an inline style (sector
 * colour, white border, shadow; dashed and translucent when the place is approximate), a popup
 * bound with an HTML string and a click handler each, in one feature group, then fitBounds;
 * Leaflet's stylesheet loaded.
 *
 * Both run in the same Chromium, on the same page layout (1000×600 map, bundled Leaflet, grey tiles
 * from a local tile endpoint), with the same deterministic synthetic conflicts; every run is a
 * fresh page, runs alternate between the two approaches. Measured:
 * - draw: from the call that hands over the 5,000 conflicts (ours: setConflicts) to the first frame
 *   painted after it (requestAnimationFrame, then a task: the frame has been committed);
 * - zoom: one step of the zoom control with all markers on the map, until Leaflet's zoom animation
 *   has really ended (the `leaflet-zoom-anim` class, seen added and then removed on the map
 *   pane) and the next frame is painted; a run whose animation never starts fails.
 * Median of RUNS runs after one warm-up run per approach.
 */
/* eslint-disable no-bitwise -- seeded PRNG and hashes of the benchmark data are bit operations */
import http from 'node:http';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { greyPng } from '../localwiki/fixture-server.mjs';

const COUNT = 5000;
const RUNS = 9;
const SEED = 5000;
const ROOT = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '..' );

// --- the page ---------------------------------------------------------------------------------

/** Entry of the bench bundle: our map module and the same Leaflet, for the baseline. */
const ENTRY = `
import { createConflictMap } from './src/geo-conflicts/map/index';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
window.geoBench = { createConflictMap, L };
`;

async function bundle(): Promise<{ js: string; css: string }> {
	const result = await build( {
		stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
		bundle: true,
		define: { __USER_SCRIPT__: 'false' }, // as the gadget build (build.mjs)
		format: 'iife',
		target: 'es2017',
		outdir: path.join( ROOT, 'bench-out' ), // not written: write is false
		write: false,
		minify: true,
		logLevel: 'error',
	} );
	let js = '';
	let css = '';
	for ( const file of result.outputFiles ) {
		if ( file.path.endsWith( '.js' ) ) {
			js = file.text;
		} else if ( file.path.endsWith( '.css' ) ) {
			css = file.text;
		}
	}
	// The map's own styles travel inside the JS (added with mw.util.addCSS); CSS output may be
	// empty.
	if ( !js ) {
		throw new Error( 'bench bundle: missing JS' );
	}
	return { js, css };
}

/** A minimal `mw`: config, English messages, no Kartographer (so the bundled Leaflet is used). */
function mwStub( origin: string ): string {
	const en = JSON.parse( readFileSync( path.join( ROOT, 'i18n/geo-conflicts/en.json' ), 'utf8' ) ) as Record<string, unknown>;
	delete en[ '@metadata' ];
	const config = {
		wgUserLanguage: 'en',
		wgDBname: 'eswiki',
		geoGadgetsEndpoints: { tiles: origin + '/maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png' },
	};
	return `
(function () {
	var config = ${ JSON.stringify( config ) };
	var messages = ${ JSON.stringify( en ) };
	function format( key, params ) {
		if ( !( key in messages ) ) { return '\\u29fc' + key + '\\u29fd'; }
		return String( messages[ key ] )
			.replace( /\\$(\\d+)/g, function ( m, n ) { return params[ n - 1 ] === undefined ? m : String( params[ n - 1 ] ); } )
			.replace( /\\{\\{PLURAL:([^|}]*)\\|([^}]*)\\}\\}/g, function ( m, n, forms ) { forms = forms.split( '|' ); return Number( n ) === 1 ? forms[ 0 ] : ( forms[ 1 ] || forms[ 0 ] ); } );
	}
	window.mw = {
		config: { get: function ( k, d ) { return k in config ? config[ k ] : ( d === undefined ? null : d ); } },
		messages: { set: function ( o ) { Object.assign( messages, o ); } },
		message: function ( key ) { var params = [].slice.call( arguments, 1 ); return { text: function () { return format( key, params ); } }; },
		language: { getFallbackLanguageChain: function () { return [ 'en' ]; } },
		loader: { getState: function () { return null; }, using: function () { return Promise.reject( new Error( 'no modules here' ) ); } },
		log: { warn: function () {} },
		util: { addCSS: function ( text ) { var s = document.createElement( 'style' ); s.textContent = text; document.head.appendChild( s ); return s; } },
		libs: {}
	};
}() );`;
}

const PAGE = `<!DOCTYPE html>
<html class="skin-theme-clientpref-day"><head><meta charset="utf-8"><title>conflicts map bench</title>
<link rel="stylesheet" href="/leaflet.css">
<link rel="stylesheet" href="/bench.css">
<style>body { margin: 0; } #map { width: 1000px; } #map .geo-conflicts-map { height: 600px; }</style>
</head><body><div id="map"></div>
<script src="/mw.js"></script><script src="/bench.js"></script></body></html>`;

interface Server {
	origin: string;
	close(): Promise<void>;
}

async function serve( files: { js: string; css: string } ): Promise<Server> {
	const tile = greyPng();
	const leafletCss = readFileSync( path.join( ROOT, 'node_modules/leaflet/dist/leaflet.css' ), 'utf8' );
	let mwJs = '';
	const server = http.createServer( ( req, res ) => {
		const url = new URL( req.url || '/', 'http://127.0.0.1' );
		const send = ( type: string, body: string | Buffer ): void => {
			res.writeHead( 200, { 'Content-Type': type, 'Cache-Control': 'max-age=3600' } );
			res.end( body );
		};
		if ( url.pathname === '/' ) {
			send( 'text/html; charset=utf-8', PAGE );
		} else if ( url.pathname === '/bench.js' ) {
			send( 'text/javascript; charset=utf-8', files.js );
		} else if ( url.pathname === '/leaflet.css' ) {
			send( 'text/css; charset=utf-8', leafletCss );
		} else if ( url.pathname === '/bench.css' ) {
			send( 'text/css; charset=utf-8', files.css );
		} else if ( url.pathname === '/mw.js' ) {
			send( 'text/javascript; charset=utf-8', mwJs );
		} else if ( /^\/maps\.wikimedia\.org\/osm-intl\/\d+\/\d+\/\d+\.png$/.test( url.pathname ) ) {
			send( 'image/png', tile );
		} else {
			res.writeHead( 404 );
			res.end();
		}
	} );
	await new Promise<void>( ( resolve ) => {
		server.listen( 0, '127.0.0.1', resolve );
	} );
	const address = server.address();
	const origin = 'http://127.0.0.1:' + ( typeof address === 'object' && address ? address.port : 0 );
	mwJs = mwStub( origin );
	return { origin, close: () => new Promise( ( resolve ) => {
		server.close( () => resolve() );
	} ) };
}

// --- one run in the page --------------------------------------------------------------------

type Approach = 'clustered' | 'ours' | 'baseline';
const APPROACHES: Approach[] = [ 'clustered', 'ours', 'baseline' ];

interface RunResult {
	drawMs: number;
	/** Of drawMs, the synchronous part (making the markers), before the browser renders. */
	scriptMs: number;
	zoomMs: number;
	markers: number;
	domNodes: number;
}

/** Runs inside the page: build the map, wait for the tiles, then time the drawing. */
async function runInPage(
	args: { approach: Approach; count: number; seed: number },
): Promise<RunResult> {
	const w = window as any;
	const { createConflictMap, L } = w.geoBench;
	const SECTORS = [ 'mining', 'fossil-fuels', 'energy', 'water', 'forestry', 'agriculture', 'fisheries', 'infrastructure', 'waste', 'industry', 'tourism', 'other' ];
	let a = args.seed >>> 0;
	const random = (): number => {
		a = ( a + 0x6d2b79f5 ) >>> 0;
		let t = a;
		t = Math.imul( t ^ ( t >>> 15 ), t | 1 );
		t ^= t + Math.imul( t ^ ( t >>> 7 ), t | 61 );
		return ( ( t ^ ( t >>> 14 ) ) >>> 0 ) / 4294967296;
	};
	const conflicts: {
		id: string; label: string; lat: number; lon: number; approximate: boolean; sector: string;
	}[] = [];
	for ( let i = 0; i < args.count; i++ ) {
		conflicts.push( {
			id: 'Q' + ( 1000 + i ),
			label: 'Conflict ' + i,
			lat: -55 + random() * 125,
			lon: -180 + random() * 360,
			approximate: random() < 0.3,
			sector: SECTORS[ Math.floor( random() * SECTORS.length ) ],
		} );
	}
	const painted = (): Promise<void> => new Promise<void>( ( resolve ) => {
		requestAnimationFrame( () => setTimeout( resolve, 0 ) );
	} );
	const tilesLoaded =
		( layerContainer: HTMLElement ): Promise<void> => new Promise<void>( ( resolve ) => {
			const check = (): void => {
				const tiles = layerContainer.querySelectorAll( 'img.leaflet-tile' );
				if ( tiles.length && layerContainer.querySelectorAll( 'img.leaflet-tile-loaded' ).length === tiles.length ) {
					resolve();
				} else {
					setTimeout( check, 20 );
				}
			};
			check();
		} );
	const host = document.getElementById( 'map' ) as HTMLElement;
	let draw: () => void;
	let element: HTMLElement;
	if ( args.approach !== 'baseline' ) {
		const conflictMap = await createConflictMap( host, { cluster: args.approach === 'clustered' } );
		element = conflictMap.element;
		draw = () => conflictMap.setConflicts( conflicts );
	} else {
		// What the existing tool does (see the header): a divIcon marker per conflict,
		// inline-styled, with an HTML popup and a click handler, in a feature group, then
		// fitBounds.
		element = document.createElement( 'div' );
		element.className = 'geo-conflicts-map geo-conflicts-map--bundled notheme';
		host.appendChild( element );
		const map = L.map( element, { center: [ -40, -71 ], zoom: 4, attributionControl: false } );
		L.tileLayer( w.mw.config.get( 'geoGadgetsEndpoints' ).tiles, { maxZoom: 18 } ).addTo( map );
		const group = L.featureGroup().addTo( map );
		const COLORS: Record<string, string> = { mining: '#8d6e63', water: '#2196f3', forestry: '#4caf50', industry: '#9e9e9e', energy: '#ff9800' };
		draw = () => {
			for ( const c of conflicts ) {
				const size = 12;
				const border = 1;
				let style = 'background-color: ' + ( COLORS[ c.sector ] || '#607d8b' ) + '; width: ' + size + 'px; height: ' + size + 'px; ' +
					'border-radius: 50%; border: ' + border + 'px solid white; box-shadow: 0 0 6px rgba(0,0,0,0.5);';
				if ( c.approximate ) {
					style += ' border-style: dashed; opacity: 0.8;';
				}
				const icon = L.divIcon( { className: 'custom-marker', html: '<div style="' + style + '"></div>',
					iconSize: [ size + border * 2, size + border * 2 ],
					iconAnchor: [ ( size + border * 2 ) / 2, ( size + border * 2 ) / 2 ] } );
				L.marker( [ c.lat, c.lon ], { icon } ).addTo( group )
					.bindPopup( '<strong>' + c.label + '</strong><br><em>' + c.sector + '</em>' )
					.on( 'click', () => {
						// The tool opens its details panel here.
						w.benchSelected = c;
					} );
			}
			map.invalidateSize();
			map.fitBounds( group.getBounds(), { padding: [ 50, 50 ], animate: false } );
			element.dataset.markerCount = String( group.getLayers().length );
		};
	}
	await tilesLoaded( element );
	await painted();
	const t0 = performance.now();
	draw();
	const scriptMs = performance.now() - t0;
	await painted();
	const drawMs = performance.now() - t0;
	// Zoom in through the zoom control, which both maps have (ours keeps its Leaflet map private):
	// Leaflet animates the tiles, then redraws every marker at the new zoom.
	const zoomIn = element.querySelector( '.leaflet-control-zoom-in' ) as HTMLElement;
	const t1 = performance.now();
	zoomIn.click();
	const container = element.querySelector( '.leaflet-map-pane' ) as HTMLElement;
	const seen: string[] = [];
	await new Promise<void>( ( resolve, reject ) => {
		// Leaflet (1.9, Map._animateZoom / _onZoomTransitionEnd) puts leaflet-zoom-anim on the map
		// pane for the whole animation and takes it off when the zoom has ended and the layers are
		// redrawn.
		let started = container.classList.contains( 'leaflet-zoom-anim' );
		const wait: { timer?: ReturnType<typeof setTimeout> } = {};
		const observer = new MutationObserver( ( records ) => {
			const animating = container.classList.contains( 'leaflet-zoom-anim' );
			// The class may come and go between two deliveries (a long task): the old values tell.
			started = started || animating || records.some( ( r ) => ( r.oldValue || '' ).includes( 'leaflet-zoom-anim' ) );
			if ( started && !animating ) {
				observer.disconnect();
				clearTimeout( wait.timer );
				resolve();
			}
		} );
		observer.observe( container, { attributes: true, attributeOldValue: true, attributeFilter: [ 'class' ] } );
		seen.push( 'pane=' + ( container ? container.className : 'none' ) + ' animated=' + element.querySelectorAll( '.leaflet-zoom-animated' ).length +
			' zoomIn=' + ( zoomIn ? zoomIn.className + ( zoomIn.getAttribute( 'aria-disabled' ) || '' ) : 'none' ) );
		wait.timer = setTimeout( () => {
			observer.disconnect();
			reject( new Error( ( started ? 'zoom animation did not end in 60 s' : 'zoom animation never started' ) + ' ' + seen.join( '; ' ) +
				' class now: ' + container.className ) );
		}, 60000 );
	} );
	await painted();
	const zoomMs = performance.now() - t1;
	return {
		drawMs,
		scriptMs,
		zoomMs,
		markers: Number( element.dataset.markerCount ),
		domNodes: element.querySelectorAll( '*' ).length,
	};
}

async function measure( browser: Browser, origin: string, approach: Approach ): Promise<RunResult> {
	const context = await browser.newContext( { viewport: { width: 1280, height: 800 } } );
	const page = await context.newPage();
	// tsx compiles runInPage with esbuild's keepNames, which calls a `__name` helper that only
	// exists in this Node process; give the page a no-op one.
	await page.addInitScript( 'window.__name = function ( f ) { return f; };' );
	const errors: string[] = [];
	page.on( 'pageerror', ( e ) => errors.push( String( e ) ) );
	await page.goto( origin + '/', { waitUntil: 'load' } );
	const result = await page.evaluate( runInPage, { approach, count: COUNT, seed: SEED } );
	await context.close();
	if ( errors.length ) {
		throw new Error( approach + ': page errors: ' + errors.join( '; ' ) );
	}
	return result;
}

function median( values: number[] ): number {
	const sorted = values.slice().sort( ( x, y ) => x - y );
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[ mid ] : ( sorted[ mid - 1 ] + sorted[ mid ] ) / 2;
}

async function main(): Promise<void> {
	const files = await bundle();
	const server = await serve( files );
	const browser = await chromium.launch( {
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: [ '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync' ],
	} );
	try {
		const runs: Record<Approach, RunResult[]> = { clustered: [], ours: [], baseline: [] };
		for ( const approach of APPROACHES ) {
			// warm-up: disk cache, JIT of the browser
			await measure( browser, server.origin, approach );
		}
		for ( let i = 0; i < RUNS; i++ ) {
			for ( const approach of APPROACHES ) {
				const r = await measure( browser, server.origin, approach );
				runs[ approach ].push( r );
				console.log( `  run ${ i + 1 } ${ approach }: draw ${ r.drawMs.toFixed( 1 ) } ms (script ${ r.scriptMs.toFixed( 1 ) }), zoom ${ r.zoomMs.toFixed( 1 ) } ms, ${ r.markers } markers, ${ r.domNodes } DOM nodes` );
			}
		}
		for ( const approach of APPROACHES ) {
			for ( const r of runs[ approach ] ) {
				if ( r.markers !== COUNT ) {
					throw new Error( `${ approach } drew ${ r.markers } markers, expected ${ COUNT }` );
				}
			}
		}
		const stat = ( approach: Approach, key: 'drawMs' | 'scriptMs' | 'zoomMs' ): number => median( runs[ approach ].map( ( r ) => r[ key ] ) );
		const oursDraw = stat( 'ours', 'drawMs' );
		const baseDraw = stat( 'baseline', 'drawMs' );
		const oursZoom = stat( 'ours', 'zoomMs' );
		const baseZoom = stat( 'baseline', 'zoomMs' );
		const nodes = ( approach: Approach ): number => runs[ approach ][ 0 ].domNodes;
		const ratio = baseDraw / oursDraw;
		const clusterDraw = stat( 'clustered', 'drawMs' );
		const clusterZoom = stat( 'clustered', 'zoomMs' );
		/* eslint-disable camelcase -- field names of the BENCH lines that bench/run.ts reports */
		const summary = { name: 'conflicts-map-5000', ours_ms: +oursDraw.toFixed( 1 ), baseline_ms: +baseDraw.toFixed( 1 ), ratio: +ratio.toFixed( 2 ), zoom_ours_ms: +oursZoom.toFixed( 1 ), zoom_baseline_ms: +baseZoom.toFixed( 1 ),
			clustered_ms: +clusterDraw.toFixed( 1 ), zoom_clustered_ms: +clusterZoom.toFixed( 1 ),
			clustered_vs_canvas: +( oursDraw / clusterDraw ).toFixed( 2 ) };
		/* eslint-enable camelcase */
		console.log( 'BENCH ' + JSON.stringify( summary ) );
		console.log( `Conflicts map, ${ COUNT } markers: draw ${ oursDraw.toFixed( 0 ) } ms (ours) vs ${ baseDraw.toFixed( 0 ) } ms (baseline), ${ ratio.toFixed( 1 ) }× faster; zoom step ${ oursZoom.toFixed( 0 ) } vs ${ baseZoom.toFixed( 0 ) } ms` );
		const markdown = [
			`Time to draw ${ COUNT.toLocaleString( 'en' ) } conflicts on a 1000×600 map in headless Chromium (${ browser.version() }), from handing over the list to the painted frame; then one zoom step. Median of ${ RUNS } runs, each in a fresh page, after a warm-up.`,
			'',
			'| approach | draw (ms) | of which script (ms) | zoom step until the animation has ended (ms) | DOM nodes in the map |',
			'|---|---:|---:|---:|---:|',
			`| ours as shipped: nearby markers grouped (supercluster), singles on the canvas | ${ clusterDraw.toFixed( 0 ) } | ${ stat( 'clustered', 'scriptMs' ).toFixed( 0 ) } | ${ clusterZoom.toFixed( 0 ) } | ${ nodes( 'clustered' ) } |`,
			`| ours without groups: every marker on one shared canvas renderer | ${ oursDraw.toFixed( 0 ) } | ${ stat( 'ours', 'scriptMs' ).toFixed( 0 ) } | ${ oursZoom.toFixed( 0 ) } | ${ nodes( 'ours' ) } |`,
			`| baseline (existing tool): an L.marker with an inline-styled divIcon, a popup and a click handler per conflict | ${ baseDraw.toFixed( 0 ) } | ${ stat( 'baseline', 'scriptMs' ).toFixed( 0 ) } | ${ baseZoom.toFixed( 0 ) } | ${ nodes( 'baseline' ) } |`,
			`| **ratio (baseline / ours without groups)** | **${ ratio.toFixed( 1 ) }×** | | **${ ( baseZoom / oursZoom ).toFixed( 1 ) }×** | |`,
			`| **ratio (ours without groups / ours as shipped)** | **${ ( oursDraw / clusterDraw ).toFixed( 2 ) }×** | | **${ ( oursZoom / clusterZoom ).toFixed( 2 ) }×** | |`,
			'',
			'Our draw time includes the legend, the accessible label and fitting the view to the conflicts; with groups also building the index (every zoom level) and the groups in view, and the zoom step recomputing them. The baseline follows the existing tool\'s marker code (see the bench\'s header); both pages load Leaflet\'s stylesheet. The zoom time ends when Leaflet takes `leaflet-zoom-anim` off the map pane (the animation\'s real end), then one painted frame; an earlier version of this bench watched the map container, where the class never appears, and so always waited a fixed 30 frames (its 1.0× was that).',
		].join( '\n' );
		console.log( 'BENCH-RESULT ' + JSON.stringify( { title: `Conflicts map: drawing ${ COUNT.toLocaleString( 'en' ) } conflicts`, markdown } ) );
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch( ( e ) => {
	console.error( e );
	process.exitCode = 1;
} );
