/**
 * What the gadgets cost a reader, in real Chromium on the real local MediaWiki 1.43: network
 * requests, bytes (each response body gzipped at level 6, as Wikimedia's CDN compresses them; the
 * local servers send them uncompressed) and main-thread script time (CDP Performance.getMetrics
 * ScriptDuration), for six pages, with the gadgets off (`?safemode=1`), with the build of
 * BASELINE_COMMIT (main before issue 10, built from git into bench/.baseline/, gitignored), the build
 * of main before issue 19 (MAIN_COMMIT: no snapshot, the card and section from the Query Service)
 * and this build with the conflicts snapshot published
 * (`npm run publish-snapshot`). Also the dashboard's first marker, cold, from the snapshot against
 * live from the local Query Service (the snapshot's pages hidden), alternately. Cold is a fresh browser profile; warm the same profile's second visit (HTTP cache,
 * localStorage, IndexedDB kept). One wiki: the baseline is deployed and measured first, then this
 * build, through the deploy CLI.
 */
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildTree, median, openBenchWiki, ROOT } from './wiki-session';
import { beyondLoaders, extraRequests, kb, shortUrl, type Measured, type Visit } from './page-cost-report';

/** main before issue 10. */
export const BASELINE_COMMIT = '148b35f';
/** main before issue 19 ("today's" card and place section, issue 19's byte goal: ≤ 0.5× its bytes). */
export const MAIN_COMMIT = '523eaf9';
/**
 * Script time: median of this many cold and warm visits; requests and bytes are the same each time.
 */
const RUNS = 3;

const PAGES: { name: string; title: string; text?: string }[] = [
	{ name: 'plain article', title: 'Geo bench plain', text: "'''Geo bench plain''' es un artículo sin coordenadas.\n\n== Historia ==\nTexto.\n" },
	{ name: 'article with coordinates (neither conflict nor place with conflicts)', title: 'Geo bench coordinates',
		text: "'''Geo bench coordinates''' es un lugar sin conflictos.\n\n<span id=\"coordinates\">33°26′S 70°39′O</span>\n\n== Historia ==\nTexto.\n" },
	{ name: 'conflict article (card)', title: 'Pascua Lama' },
	{ name: 'place article (section)', title: 'Región de Atacama' },
	{ name: 'three Geo Editors panels × six months', title: 'Geo bench three panels', text: [ 'es.wikipedia', 'en.wikipedia', 'en.wikidata' ]
		.map( ( p ) => '== ' + p + ' ==\n<div class="geo-editors" data-country="CL" data-project="' + p + '" data-from="2023-07" data-to="2023-12"></div>\n' ).join( '\n' ) },
	{ name: 'conflicts dashboard', title: 'Special:BlankPage/GeoConflicts' },
];

/** Alternate cold visits of the dashboard to its first marker drawn, from the snapshot and live. */
const MARKER_RUNS = 5;

async function firstMarker( browser: Browser, url: string, live: boolean ): Promise<number> {
	const context = await browser.newContext( { viewport: { width: 1200, height: 900 } } );
	if ( live ) {
		// As a wiki without a snapshot answers (an empty 200 for action=raw with a ctype).
		await context.route( /Gadget-geo-conflicts-snapshot\//, ( r ) => r.fulfill( { status: 200, contentType: 'application/json', body: '' } ) );
	}
	const page = await context.newPage();
	const start = Date.now();
	await page.goto( url );
	await page.waitForFunction( () => Number( document.querySelector<HTMLElement>( '.geo-conflicts-dashboard .geo-conflicts-map' )?.dataset.markerCount ) > 0, null, { timeout: 120_000 } );
	const ms = Date.now() - start;
	await context.close();
	return ms;
}

/** One page view: everything that went over the network until it is quiet. */
async function visit( context: BrowserContext, url: string ): Promise<Visit> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession( page );
	await cdp.send( 'Network.enable' );
	await cdp.send( 'Performance.enable' );
	const urls = new Map<string, string>();
	const cached = new Set<string>();
	const finished: string[] = [];
	cdp.on( 'Network.requestWillBeSent', ( e ) => {
		urls.set( e.requestId, e.request.url );
	} );
	cdp.on( 'Network.requestServedFromCache', ( e ) => {
		cached.add( e.requestId );
	} );
	cdp.on( 'Network.responseReceived', ( e ) => {
		if ( e.response.fromDiskCache || e.response.fromPrefetchCache ||
			e.response.fromServiceWorker ) {
			cached.add( e.requestId );
		}
	} );
	cdp.on( 'Network.loadingFinished', ( e ) => {
		finished.push( e.requestId );
	} );
	// Generous: on a shared machine a cold load.php can take long (the run failed at 30 s).
	await page.goto( url, { waitUntil: 'load', timeout: 120_000 } );
	await page.waitForLoadState( 'networkidle', { timeout: 120_000 } );
	await page.waitForTimeout( 1500 );
	await page.waitForLoadState( 'networkidle', { timeout: 120_000 } );
	const metrics = await cdp.send( 'Performance.getMetrics' );
	const script = metrics.metrics.find( ( m ) => m.name === 'ScriptDuration' );
	const out: Visit = { requests: 0, gzBytes: 0, tsv: 0,
		scriptMs: script ? script.value * 1000 : 0, urls: [], sizes: [] };
	for ( const id of finished ) {
		const u = urls.get( id ) || '';
		if ( cached.has( id ) || !/^https?:/.test( u ) ) {
			continue;
		}
		out.requests++;
		out.urls.push( u );
		if ( /geoeditors_monthly\/\d{4}-\d{2}\.tsv/.test( u ) ) {
			out.tsv++;
		}
		let gz = 0;
		try {
			const body = await cdp.send( 'Network.getResponseBody', { requestId: id } );
			gz = gzipSync( Buffer.from( body.body, body.base64Encoded ? 'base64' : 'utf8' ), { level: 6 } ).length;
		} catch ( e ) {
			// No body (redirect, 204).
		}
		out.gzBytes += gz;
		out.sizes.push( gz );
	}
	await page.close();
	return out;
}

async function measure( browser: Browser, url: string ): Promise<Measured> {
	const cold: Visit[] = [];
	const warm: Visit[] = [];
	for ( let i = 0; i < RUNS; i++ ) {
		const context = await browser.newContext( { viewport: { width: 1200, height: 900 } } );
		cold.push( await visit( context, url ) );
		warm.push( await visit( context, url ) );
		await context.close();
	}
	return { cold: cold[ 0 ], warm: warm[ 0 ],
		coldScript: median( cold.map( ( v ) => v.scriptMs ) ),
		warmScript: median( warm.map( ( v ) => v.scriptMs ) ) };
}

const VARIANTS = [ 'baseline', 'main', 'ours' ];
let markers = { snapshot: [] as number[], live: [] as number[] };

async function main(): Promise<void> {
	const baselineDist = buildTree( 'page-cost-' + BASELINE_COMMIT, { commit: BASELINE_COMMIT } );
	const mainDist = buildTree( 'page-cost-main-' + MAIN_COMMIT, { commit: MAIN_COMMIT } );
	const wiki = await openBenchWiki();
	const results: Record<string, Record<string, Measured>> = {};
	try {
		for ( const p of PAGES.filter( ( x ) => x.text ) ) {
			await wiki.editPage( p.title, p.text as string );
		}
		for ( const [ variant, dist ] of [ [ 'baseline', baselineDist ], [ 'main', mainDist ], [ 'ours', path.join( ROOT, 'dist' ) ] ] ) {
			await wiki.deploy( dist, variant );
			if ( variant === 'ours' ) {
				await wiki.publishSnapshot();
				markers = { snapshot: [], live: [] };
				for ( let i = 0; i < MARKER_RUNS; i++ ) {
					markers.snapshot.push( await firstMarker( wiki.browser, wiki.pageUrl( PAGES[ 5 ].title ), false ) );
					markers.live.push( await firstMarker( wiki.browser, wiki.pageUrl( PAGES[ 5 ].title ), true ) );
				}
			}
			for ( const p of PAGES ) {
				console.log( variant + ': ' + p.name );
				results[ p.name ] = results[ p.name ] || {};
				// Off once, with the second deploy (the gadgets are not loaded: the same either
				// way).
				if ( variant === 'ours' ) {
					results[ p.name ].off = await measure( wiki.browser, wiki.pageUrl( p.title, '&safemode=1' ) );
				}
				results[ p.name ][ variant ] = await measure( wiki.browser,
					wiki.pageUrl( p.title ) );
				if ( results[ p.name ].off ) {
					for ( const kind of [ 'cold', 'warm' ] as const ) {
						for ( const v of VARIANTS ) {
							console.log( '  ' + v + ' ' + kind + ' beyond off: ' + extraRequests( results[ p.name ][ v ][ kind ], results[ p.name ].off ).map( ( x ) => shortUrl( x.url ) + ' ' + kb( x.gz ) ).join( ', ' ) );
						}
					}
				}
			}
		}
	} finally {
		await wiki.close();
	}
	console.log( 'BENCH-RESULT ' + JSON.stringify( { title: 'Page cost: what a reader downloads and runs, in Chromium on the local wiki', markdown: report( results ) } ) );
}

const ratio = ( a: number, b: number ): string => ( b <= 0 ? ( a <= 0 ? '—' : '∞' ) : ( a / b ).toFixed( 2 ) + '×' );

function report( results: Record<string, Record<string, Measured>> ): string {
	const lines = [
		'Chromium (Debian, headless) on MediaWiki 1.43 (`localwiki/`), the fixture server standing in for the Wikimedia services. ' +
		'"Beyond off" = with the gadgets minus `?safemode=1` (the same page without any gadget). Bytes: every response body ' +
		'that went over the network, gzipped (level 6). Script: main-thread script time of the whole page, median of ' + RUNS + ' visits. ' +
		'Baseline: the build of `' + BASELINE_COMMIT + '` (main before issue 10) deployed on the same wiki; main: the build of `' +
		MAIN_COMMIT + '` (main before issue 19).',
		'',
		'| page | visit | off: requests · KB gz · script ms | baseline beyond off: requests · KB gz · script ms | main beyond off | ours (snapshot published) beyond off | ours ÷ baseline | ours ÷ main (KB gz beyond off) |',
		'|---|---|---:|---:|---:|---:|---:|---:|',
	];
	for ( const name of Object.keys( results ) ) {
		const r = results[ name ];
		for ( const kind of [ 'cold', 'warm' ] as const ) {
			const script = ( m: Measured ): number => ( kind === 'cold' ? m.coldScript : m.warmScript );
			const beyond = ( m: Measured ): { req: number; gz: number; ms: number } => {
				const added = extraRequests( m[ kind ], r.off );
				return { req: added.filter( ( x ) => x.request !== false ).length,
					gz: added.reduce( ( sum, x ) => sum + x.gz, 0 ),
					ms: script( m ) - script( r.off ) };
			};
			const b = beyond( r.baseline );
			const mn = beyond( r.main );
			const o = beyond( r.ours );
			const cell = ( x: { req: number; gz: number; ms: number } ): string => x.req + ' · ' + kb( x.gz ) + ' · ' + x.ms.toFixed( 0 );
			lines.push( '| ' + name + ' | ' + kind + ' | ' + r.off[ kind ].requests + ' · ' + kb( r.off[ kind ].gzBytes ) + ' · ' + script( r.off ).toFixed( 0 ) +
				' | ' + cell( b ) + ' | ' + cell( mn ) + ' | ' + cell( o ) +
				' | ' + ratio( o.gz, b.gz ) + ' | **' + ratio( o.gz, mn.gz ) + '** |' );
		}
	}
	const three = results[ PAGES[ 4 ].name ];
	const coords = results[ PAGES[ 1 ].name ];
	const extra = ( v: Visit, off: Measured ): string[] => extraRequests( v, off )
		.map( ( x ) => x.url );
	lines.push( '',
		'Geo Editors month files (TSV requests) for three panels × six months: baseline ' + three.baseline.cold.tsv + ' cold, ' + three.baseline.warm.tsv +
		' warm; ours **' + three.ours.cold.tsv + ' cold, ' + three.ours.warm.tsv + ' warm** (goal 6 and 0).',
		'',
		'Article with coordinates, requests beyond off, cold — baseline: ' + extra( coords.baseline.cold, coords.off ).map( shortUrl ).join( ', ' ) +
		'; ours: ' + extra( coords.ours.cold, coords.off ).map( shortUrl ).join( ', ' ) + '. Warm, ours: ' +
		( extra( coords.ours.warm, coords.off ).map( shortUrl ).join( ', ' ) || 'none' ) + '.',
		'',
		beyondLoaders( coords.ours.cold, coords.off ),
		'',
		...breakdown( results ),
		'Requests outside the wiki (Query Service, Wikidata API), cold, ours with the snapshot: ' + PAGES.map( ( p ) => p.name + ' ' +
			results[ p.name ].ours.cold.urls.filter( ( u ) => /query\.wikidata\.org|www\.wikidata\.org/.test( u ) ).length ).join( ', ' ) + '.',
		'',
		'Conflicts dashboard, first marker drawn, cold, median of ' + MARKER_RUNS + ' alternate visits: from the snapshot ' + median( markers.snapshot ) +
		' ms, live from the local Query Service ' + median( markers.live ) + ' ms: **' + ratio( median( markers.snapshot ), median( markers.live ) ) + '**.',
		'',
		'Command: `npm run bench` (or `npx tsx bench/run.ts page-cost`; it installs its own throw-away wiki and ' +
		'builds the baseline from git into `bench/.baseline/`, ~10 minutes).' );
	return lines.join( '\n' );
}

/** The card's and the place section's cold requests beyond off, one by one (issue 19's byte goal). */
function breakdown( results: Record<string, Record<string, Measured>> ): string[] {
	const out: string[] = [];
	for ( const p of [ PAGES[ 2 ], PAGES[ 3 ] ] ) {
		const r = results[ p.name ];
		for ( const v of [ 'main', 'ours' ] ) {
			const added = extraRequests( r[ v ].cold, r.off );
			out.push( p.name + ', cold, ' + ( v === 'main' ? 'main before issue 19' : 'ours' ) + ', beyond off (KB gz): ' +
				added.map( ( x ) => shortUrl( x.url ) + ( x.request === false ? ' (growth of the page\'s own batch)' : '' ) + ' ' + kb( x.gz ) ).join( ', ' ) +
				'; total **' + kb( added.reduce( ( sum, x ) => sum + x.gz, 0 ) ) + '**.', '' );
		}
	}
	return out;
}

main().catch( ( e ) => {
	console.error( e );
	process.exitCode = 1;
} );
