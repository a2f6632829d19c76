/**
 * Run by bench/conflicts-scale.bench.ts (vitest, jsdom). 50,000 synthetic conflicts (deterministic,
 * normalised by our normaliser from a WDQS-shaped answer: 20 countries, 5,000 regions) are loaded
 * into the dashboard; then, for ours and for the baseline (the code before issue 14):
 * - typing: "mina" (a sixth of the conflicts match) typed one character at a time into the name
 * search; per keystroke the time of   the input event's handler, and for ours also the deferred
 * filtering that follows the pause   (the debounce timer's run: list, statistics, quality, map
 * hand-over);
 * - selecting: a click on a conflict of the list, to the details shown.
 * The map is a stand-in in both (jsdom has no canvas): its drawing is measured by the map bench.
 * Median and worst of every measurement, over RUNS rounds.
 */
import { it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { normaliseAnswer } from '../src/geo-conflicts/data/normalise';
import { DEFAULT_SECTOR_MAP } from '../src/geo-conflicts/data/sectors';
import { registerMessages } from '../src/core/messages';
import bundle from 'i18n:geo-conflicts';

const COUNT = 50000;
const RUNS = 3;
const TYPED = 'mina';
const ROOT = path.resolve( __dirname, '..' );
const BASE = process.env.GEO_BENCH_BASELINE as string;
const E = 'http://www.wikidata.org/entity/';

/* eslint-disable no-bitwise -- a 32-bit LCG for repeatable test data */
function random( seed: number ): () => number {
	let s = seed >>> 0;
	return () => {
		s = ( Math.imul( s, 1664525 ) + 1013904223 ) >>> 0;
		return s / 4294967296;
	};
}

function answer(): unknown {
	const r = random( 50000 );
	const words = [ 'Mina', 'Central', 'Represa', 'Puerto', 'Planta', 'Proyecto', 'Forestal', 'Relave', 'Salar', 'Río', 'Quebrada', 'Valle' ];
	const bindings = [];
	for ( let i = 0; i < COUNT; i++ ) {
		const country = 1000 + Math.floor( r() * 20 );
		const region = 20000 + Math.floor( r() * 5000 );
		const lon = -75 + r() * 10, lat = -50 + r() * 35;
		bindings.push( {
			item: { type: 'uri', value: E + 'Q' + ( 100000 + i ) },
			label: { type: 'literal', value: words[ Math.floor( r() * words.length ) ] + ' ' + words[ Math.floor( r() * words.length ) ] + ' ' + i },
			description: { type: 'literal', value: 'conflicto ambiental ' + i },
			classes: { type: 'literal', value: 'Q5683226' },
			countries: { type: 'literal', value: 'Q' + country + '\tPaís ' + country + '\t' },
			regions: { type: 'literal', value: 'Q' + region + '\tRegión ' + region + '\tPoint(' + lon.toFixed( 3 ) + ' ' + lat.toFixed( 3 ) + ')' },
			coords: { type: 'literal', value: r() < 0.7 ? 'Point(' + lon.toFixed( 4 ) + ' ' + lat.toFixed( 4 ) + ')' : '' },
			starts: { type: 'literal', value: ( 1950 + Math.floor( r() * 75 ) ) + '-01-01T00:00:00Z/9' },
		} );
	}
	return { head: { vars: [ 'item', 'label', 'description', 'classes', 'countries', 'regions', 'coords', 'starts' ] }, results: { bindings } };
}

const median =
	( xs: number[] ): number => xs.slice().sort( ( a, b ) => a - b )[ Math.floor( xs.length / 2 ) ];
const worst = ( xs: number[] ): number => Math.max( ...xs );
const wait = ( ms: number ): Promise<void> => new Promise( ( resolve ) => {
	setTimeout( resolve, ms );
} );

interface Measured { keystroke: number[]; deferred: number[]; select: number[]; first: number }

async function measure( srcRoot: string, set: unknown ): Promise<Measured> {
	vi.resetModules();
	vi.doMock( path.join( srcRoot, 'geo-conflicts/map/index.ts' ), () => ( {
		createConflictMap: ( container: HTMLElement ) => {
			const element = document.createElement( 'div' );
			container.appendChild( element );
			return Promise.resolve( { element, setConflicts: () => undefined,
				focus: () => undefined, destroy: () => undefined } );
		},
	} ) );
	vi.doMock( path.join( srcRoot, 'geo-conflicts/data/wdqs.ts' ), async ( original ) => Object.assign( {}, await original(), {
		loadConflicts: () => Promise.resolve( Object.assign( {}, set, { fromCache: true } ) ),
	} ) );
	const { mountDashboard } = await import( path.join( srcRoot, 'geo-conflicts/ui/dashboard.ts' ) ) as { mountDashboard( el: HTMLElement ): void };
	history.replaceState( null, '', '/wiki/Special:BlankPage/GeoConflicts' );
	const root = document.createElement( 'div' );
	document.body.appendChild( root );
	let t = performance.now();
	mountDashboard( root );
	for ( let i = 0; i < 200 && !root.querySelector( '.geo-conflicts-list-item' ); i++ ) {
		await wait( 10 );
	}
	const first = performance.now() - t;
	const out: Measured = { keystroke: [], deferred: [], select: [], first };
	const input = root.querySelector( '.geo-conflicts-filter-q' ) as HTMLInputElement;
	// Ours marks the dashboard while a filtering is pending; the baseline filters inside the
	// handler.
	const dash = root.querySelector( '.geo-conflicts-dashboard' ) as HTMLElement;
	for ( let run = 0; run < RUNS; run++ ) {
		for ( let n = 1; n <= TYPED.length; n++ ) {
			input.value = TYPED.slice( 0, n );
			t = performance.now();
			input.dispatchEvent( new Event( 'input' ) );
			out.keystroke.push( performance.now() - t );
		}
		if ( dash.dataset.pending ) {
			// The timer fires after the pause; time its run alone (both events come in one task).
			let started = 0;
			dash.addEventListener( 'geo-conflicts-filtering', () => {
				started = performance.now();
			}, { once: true } );
			await new Promise<void>( ( resolve ) => {
				dash.addEventListener( 'geo-conflicts-filtered', () => resolve(), { once: true } );
			} );
			out.deferred.push( performance.now() - started );
		}
		const buttons = root.querySelectorAll<HTMLButtonElement>( '.geo-conflicts-list-button' );
		t = performance.now();
		buttons[ ( run * 7 ) % buttons.length ].click();
		out.select.push( performance.now() - t );
		input.value = '';
		input.dispatchEvent( new Event( 'input' ) );
		await wait( 400 );
	}
	root.remove();
	return out;
}

it( 'dashboard at 50,000 conflicts', async () => {
	registerMessages( bundle );
	const set = normaliseAnswer( answer(), { sectorMap: DEFAULT_SECTOR_MAP, languages: [ 'es', 'en' ], now: Date.UTC( 2026, 10, 26 ) } );
	const regions = new Set( set.conflicts.map( ( c ) => c.regions[ 0 ].id ) ).size;
	const ours = await measure( path.join( ROOT, 'src' ), set );
	const base = await measure( path.join( BASE, 'src' ), set );
	const f = ( n: number ): string => n < 10 ? n.toFixed( 1 ) : String( Math.round( n ) );
	const row = ( name: string, m: Measured ): string => '| ' + name + ' | ' + f( median( m.keystroke ) ) + ' (' + f( worst( m.keystroke ) ) + ') | ' +
		( m.deferred.length ? f( median( m.deferred ) ) + ' (' + f( worst( m.deferred ) ) + ')' : '— (in the keystroke)' ) + ' | ' +
		f( median( m.select ) ) + ' (' + f( worst( m.select ) ) + ') | ' + f( m.first ) + ' |';
	const typingOurs = Math.max( median( ours.keystroke ),
		ours.deferred.length ? median( ours.deferred ) : 0 );
	const markdown = [
		'The dashboard with ' + COUNT.toLocaleString( 'en' ) + ' conflicts (' + regions.toLocaleString( 'en' ) + ' regions, 20 countries; synthetic, deterministic) in jsdom under vitest: "' + TYPED + '" typed one character at a time into the name search, then a click on a conflict of the list. Times in ms, median (worst) over ' + RUNS + ' rounds × ' + TYPED.length + ' keystrokes; the map is a stand-in in both (drawing is measured by the map bench).',
		'',
		'| code | keystroke handler | filtering after the pause | select a conflict | first view |',
		'|---|---:|---:|---:|---:|',
		row( 'ours', ours ),
		row( 'baseline (before issue 14, ' + path.basename( BASE ) + ')', base ),
		'',
		'**Ratios (baseline / ours): keystroke ' + f( median( base.keystroke ) / median( ours.keystroke ) ) + '×, slowest typing step (keystroke or the filtering after it) ' +
			f( median( base.keystroke ) / typingOurs ) + '×, select ' + f( median( base.select ) / median( ours.select ) ) + '×.** Target: typing and selecting under 100 ms at this size.',
		'',
		'Command: `npm run bench` (or `npx tsx bench/run.ts conflicts-scale`).',
	].join( '\n' );
	console.log( markdown );
	writeFileSync( process.env.GEO_BENCH_OUT as string, JSON.stringify( { title: 'Conflicts dashboard: typing and selecting at 50,000 conflicts', markdown } ) );
} );
