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

interface Visit {
	requests: number;
	gzBytes: number;
	tsv: number;
	scriptMs: number;
	urls: string[];
	/** Gzipped body size of each request in `urls`. */
	sizes: number[];
}

const kb = ( bytes: number ): string => ( bytes / 1024 ).toFixed( 1 );

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

interface Measured {
	cold: Visit;
	warm: Visit;
	coldScript: number;
	warmScript: number;
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

/**
 * A request's identity across builds and `?safemode=1`: without the version hash and that switch.
 */
function requestKey( u: string ): string {
	const url = new URL( u );
	url.searchParams.delete( 'version' );
	url.searchParams.delete( 'safemode' );
	url.searchParams.sort();
	return url.toString();
}

/**
 * What the gadgets added to a visit: requests made with the gadgets on that the same page without
 * gadgets does not make, cold or warm (MediaWiki's own requests are the same either way; comparing
 * URL sets rather than totals keeps a module whose short cache lifetime ran out between two visits
 * from counting as the gadgets'). Gadget dependencies (codex-styles, mediawiki.ForeignApi …) count.
 */
function extraRequests( v: Visit, off: Measured ): { url: string; gz: number; request?: false }[] {
	const seen = new Set( off.cold.urls.concat( off.warm.urls ).map( requestKey ) );
	const added = v.urls.map( ( url, i ) => ( { url, gz: v.sizes[ i ] } ) )
		.filter( ( x ) => !seen.has( requestKey( x.url ) ) );
	// MediaWiki's own first batch (jquery, mediawiki.base …) has another module list with gadgets
	// on (their dependencies join it): count only what it grew by, as one entry.
	const ownBatch = ( u: string ): boolean => /load\.php/.test( u ) && /[?&]modules=jquery/.test( u );
	const offBatch = ( w: Visit ): number => w.urls.reduce(
		( sum, u, i ) => sum + ( ownBatch( u ) ? w.sizes[ i ] : 0 ), 0 );
	const batch = added.filter( ( x ) => ownBatch( x.url ) );
	const out: { url: string; gz: number; request?: false }[] =
		added.filter( ( x ) => !ownBatch( x.url ) );
	if ( batch.length ) {
		const grown = batch.reduce( ( sum, x ) => sum + x.gz, 0 ) - Math.max( offBatch( off.cold ),
			offBatch( off.warm ) );
		if ( grown > 0 ) {
			// Not a request of its own: the page makes it anyway.
			out.push( { url: batch[ 0 ].url, gz: grown, request: false } );
		}
	}
	return out;
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

/** The loaders' own load.php request (both loaders, and on articles the probe module with them). */
const isLoaderBatch = ( u: string ): boolean => /ext\.gadget\.geo-conflicts[,&|]/.test( decodeURIComponent( u ) ) &&
	/geo-editors/.test( decodeURIComponent( u ) ) && !/core/.test( decodeURIComponent( u ) );

/**
 * Issue 10's goal for an article with coordinates, read off the cold visit: what came after the
 * loaders' request.
 */
function beyondLoaders( v: Visit, off: Measured ): string {
	const added = extraRequests( v, off ).filter( ( x ) => x.request !== false );
	const loaders = added.filter( ( x ) => isLoaderBatch( x.url ) );
	const after = added.filter( ( x ) => !isLoaderBatch( x.url ) );
	const probeInside = loaders.some( ( x ) => /geo-conflicts-probe/.test( decodeURIComponent( x.url ) ) );
	return 'Article with coordinates, cold, after the loaders\' request (' + loaders.map( ( x ) => kb( x.gz ) + ' KB' ).join( ', ' ) +
		( probeInside ? ', the probe module inside it' : '' ) + '): **' + after.length + ' request' + ( after.length === 1 ? '' : 's' ) + ', ' +
		after.reduce( ( sum, x ) => sum + x.gz, 0 ) + ' B gz** (' + ( after.map( ( x ) => shortUrl( x.url ) ).join( ', ' ) || 'none' ) + ').';
}

function shortUrl( u: string ): string {
	const url = new URL( u );
	const modules = url.searchParams.get( 'modules' );
	if ( modules ) {
		return 'load.php `' + modules + '`';
	}
	const query = url.searchParams.get( 'query' );
	if ( query ) {
		return 'WDQS `' + ( /view=(\w+)/.exec( query ) || [ '', '?' ] )[ 1 ] + '` query';
	}
	const title = url.searchParams.get( 'title' );
	if ( title && url.searchParams.get( 'action' ) === 'raw' ) {
		return 'raw `' + title.replace( /^MediaWiki:Gadget-geo-conflicts-snapshot\//, 'snapshot/' ) + '`';
	}
	return url.pathname.split( '/' ).slice( -2 ).join( '/' ).slice( 0, 60 );
}

main().catch( ( e ) => {
	console.error( e );
	process.exitCode = 1;
} );
