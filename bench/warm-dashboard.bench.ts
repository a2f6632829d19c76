/**
 * Warm dashboard: the Geo Editors core's own time on a second visit of Special:BlankPage/GeoEditors
 * (HTTP cache, mw.loader's store, the month cache in IndexedDB all filled by the first visit), from
 * the core starting to execute (its `geo-editors-core-start` mark, src/geo-editors/core-start.ts)
 * to the first chart painted (the first drawing call on a dashboard canvas, then one animation
 * frame). Real Chromium on the local MediaWiki 1.43 (bench/wiki-session.ts). Baseline in the same
 * run: this tree with the issue-10 hot spots put back (warm-dashboard.baseline.patch: an
 * Intl.DateTimeFormat built on every month formatted, a computed style read per colour, a
 * computed style read for the direction before every chart, every country name looked up and
 * sorted again on every render), deployed on the same wiki in alternating rounds. Then one CPU
 * profile of a warm visit (CDP Profiler, a build that keeps names) for the functions with most
 * self time in that window.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildTree, median, openBenchWiki, ROOT, type BenchWiki } from './wiki-session';
import { topSelfTime, type CpuProfile, type SelfTime } from './profile-window';

const DASHBOARD = 'Special:BlankPage/GeoEditors';
const QUERY = '&country=CL&project=es.wikipedia&from=2023-01&to=2023-12&view=lines';
/** Rounds (baseline and ours alternate) × warm visits each. */
const ROUNDS = 3;
const VISITS = 5;
const START = 'geo-editors-core-start';
const PAINTED = 'geo-bench-chart-painted';

/**
 * Runs before any page script: the first drawing call on a canvas inside the dashboard marks the
 * chart drawn, the next animation frame marks it painted. Same in both variants.
 */
function markFirstChart(): void {
	const proto = CanvasRenderingContext2D.prototype as unknown as
		Record<string, ( ...args: unknown[] ) => unknown>;
	const first = { seen: false };
	for ( const name of [ 'stroke', 'fill', 'fillRect', 'fillText', 'strokeRect' ] ) {
		const original = proto[ name ];
		proto[ name ] = function ( this: CanvasRenderingContext2D, ...args: unknown[] ) {
			if ( !first.seen && this.canvas.closest( '.geo-dashboard' ) ) {
				first.seen = true;
				performance.mark( 'geo-bench-chart-drawn' );
				requestAnimationFrame( () => performance.mark( 'geo-bench-chart-painted' ) );
			}
			return original.apply( this, args );
		};
	}
}

async function open( context: BrowserContext, url: string,
	before?: ( page: Page ) => Promise<void> ): Promise<{ page: Page; ms: number }> {
	const page = await context.newPage();
	if ( before ) {
		await before( page );
	}
	await page.goto( url, { waitUntil: 'load' } );
	await page.waitForFunction( ( name ) => performance.getEntriesByName( name ).length > 0,
		PAINTED, { timeout: 60_000 } );
	const ms = await page.evaluate( ( [ start, end ] ) => {
		const s = performance.getEntriesByName( start );
		if ( !s.length ) {
			throw new Error( 'no ' + start + ' mark: is this build older than the mark?' );
		}
		return performance.getEntriesByName( end )[ 0 ].startTime - s[ 0 ].startTime;
	}, [ START, PAINTED ] );
	return { page, ms };
}

/** A fresh profile, a first visit to fill the caches, then the measured second visit. */
async function warmVisit( browser: Browser, url: string ): Promise<number> {
	const context = await browser.newContext( { viewport: { width: 1200, height: 900 } } );
	try {
		await context.addInitScript( markFirstChart );
		const first = await open( context, url );
		// Let the first visit finish writing its caches (IndexedDB, mw.loader's store is deferred).
		await first.page.waitForLoadState( 'networkidle' );
		await first.page.waitForTimeout( 1500 );
		await first.page.close();
		const second = await open( context, url );
		await second.page.close();
		return second.ms;
	} finally {
		await context.close();
	}
}

/**
 * One profiled warm visit: self time per function between the core's start and the chart painted.
 */
async function profiledVisit( browser: Browser,
	url: string ): Promise<{ ms: number; top: SelfTime[]; ours: SelfTime[] }> {
	const context = await browser.newContext( { viewport: { width: 1200, height: 900 } } );
	try {
		await context.addInitScript( markFirstChart );
		const first = await open( context, url );
		await first.page.waitForLoadState( 'networkidle' );
		await first.page.waitForTimeout( 1500 );
		await first.page.close();
		let cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>> | null = null;
		let startedAt = 0;
		const second = await open( context, url, async ( page ) => {
			cdp = await context.newCDPSession( page );
			await cdp.send( 'Profiler.enable' );
			await cdp.send( 'Profiler.setSamplingInterval', { interval: 100 } );
			await cdp.send( 'Profiler.start' );
			startedAt = Date.now();
		} );
		const window = await second.page.evaluate( ( [ start, end ] ) => ( {
			from: performance.timeOrigin + performance.getEntriesByName( start )[ 0 ].startTime,
			to: performance.timeOrigin + performance.getEntriesByName( end )[ 0 ].startTime,
		} ), [ START, PAINTED ] );
		const session = cdp as unknown as Awaited<ReturnType<BrowserContext['newCDPSession']>>;
		const { profile } = await session.send( 'Profiler.stop' );
		await second.page.close();
		// Profile times are µs on a monotonic clock from the profile's start (taken as startedAt).
		const p = profile as unknown as CpuProfile;
		const toProfile = ( epochMs: number ): number => p.startTime +
			( epochMs - startedAt ) * 1000;
		const [ from, to ] = [ toProfile( window.from ), toProfile( window.to ) ];
		return { ms: second.ms, top: topSelfTime( p, from, to, 8 ), ours: topSelfTime( p, from, to, 5, /modules=[^&]*geo-editors-core/ ) };
	} finally {
		await context.close();
	}
}

async function main(): Promise<void> {
	const ours = path.join( ROOT, 'dist' );
	const baseline = buildTree( 'warm-dashboard-hot-spots', { patch: path.join( ROOT, 'bench', 'warm-dashboard.baseline.patch' ), fresh: true } );
	const named = buildTree( 'warm-dashboard-names', { env: { GEO_BUILD_NAMES: '1' }, fresh: true } );
	const wiki: BenchWiki = await openBenchWiki();
	const times: Record<string, number[]> = { baseline: [], ours: [] };
	let profile: { ms: number; top: SelfTime[]; ours: SelfTime[] } | undefined;
	try {
		const url = wiki.pageUrl( DASHBOARD, QUERY );
		for ( let round = 0; round < ROUNDS; round++ ) {
			const order = round % 2 ? [ 'ours', 'baseline' ] : [ 'baseline', 'ours' ];
			for ( const variant of order ) {
				await wiki.deploy( variant === 'ours' ? ours : baseline, variant );
				for ( let i = 0; i < VISITS; i++ ) {
					times[ variant ].push( await warmVisit( wiki.browser, url ) );
				}
				console.log( 'round ' + ( round + 1 ) + ' ' + variant + ': ' + times[ variant ].map( ( x ) => x.toFixed( 0 ) ).join( ' ' ) + ' ms' );
			}
		}
		await wiki.deploy( named, 'names' );
		profile = await profiledVisit( wiki.browser, url );
	} finally {
		await wiki.close();
	}
	if ( !profile ) {
		throw new Error( 'no profile' );
	}
	console.log( 'BENCH-RESULT ' + JSON.stringify( { title: 'Warm dashboard: core start to first chart painted, in Chromium on the local wiki', markdown: report( times, profile ) } ) );
}

const row = ( f: SelfTime ): string => '| `' + f.name + '` | ' + f.where + ' | ' + f.selfMs.toFixed( 1 ) + ' |';

function report( times: Record<string, number[]>,
	profile: { ms: number; top: SelfTime[]; ours: SelfTime[] } ): string {
	const b = median( times.baseline );
	const o = median( times.ours );
	const range = ( xs: number[] ): string => Math.min( ...xs ).toFixed( 0 ) + '–' + Math.max( ...xs ).toFixed( 0 );
	return [
		'Second visit of `' + DASHBOARD + '?' + QUERY.slice( 1 ) + '` (twelve months, line chart and table) in a fresh browser profile ' +
		'after a first visit filled the caches; from the core\'s `' + START + '` mark to the first drawing on a dashboard canvas plus one ' +
		'animation frame. Median of ' + times.ours.length + ' visits each, baseline and ours deployed in ' + ROUNDS + ' alternating rounds ' +
		'on the same wiki. Baseline: this tree with the hot spots put back (`bench/warm-dashboard.baseline.patch`: a new ' +
		'`Intl.DateTimeFormat` for every date formatted, `getComputedStyle` for every colour read).',
		'',
		'| build | median ms | range ms |',
		'|---|---:|---:|',
		'| hot spots put back (baseline) | ' + b.toFixed( 0 ) + ' | ' + range( times.baseline ) + ' |',
		'| ours | ' + o.toFixed( 0 ) + ' | ' + range( times.ours ) + ' |',
		'| **ours ÷ baseline** | **' + ( o / b ).toFixed( 2 ) + '×** | |',
		'',
		'Profile of one warm visit (CDP Profiler, 100 µs sampling; a build of the same tree with readable names, ' +
		'`GEO_BUILD_NAMES=1`, otherwise as minified), ' + profile.ms.toFixed( 0 ) + ' ms window; functions by self time in it:',
		'',
		'| function | where | self ms |',
		'|---|---|---:|',
		...profile.top.map( row ),
		'',
		'The core\'s own functions (`ext.gadget.geo-editors-core`) by self time in the same window:',
		'',
		'| function | where | self ms |',
		'|---|---|---:|',
		...profile.ours.map( row ),
		'',
		'Command: `npm run bench` (or `node build.mjs && npx tsx bench/run.ts warm-dashboard`; it installs its own throw-away wiki).',
	].join( '\n' );
}

main().catch( ( e ) => {
	console.error( e );
	process.exitCode = 1;
} );
