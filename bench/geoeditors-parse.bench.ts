/**
 * Parse-and-filter of one monthly geoeditors file: our streaming parser against the approach of the
 * existing Geo Editores tool (whole text → split into lines → one object per row keyed by the header →
 * a normalising copy of every row → filter). Same deterministic synthetic file, same I/O path
 * (a fetch-style Response over a file stream), same run; every measurement in a fresh Node process.
 *
 * - time: 3 warm-up runs, then the median of 15 runs;
 * - live memory: after one warm-up run, with --expose-gc, `gc()` then heapUsed at each point where the approach
 *   holds its data (ours: after every chunk; theirs: after every phase), peak minus the baseline taken
 *   just before the run — the memory the approach really keeps alive;
 * - peak RSS: growth of the process's maximum resident set during one run (no gc calls), as a check.
 */
/* eslint-disable no-bitwise -- seeded PRNG and hashes of the benchmark data are bit operations */
import { spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync, existsSync, writeFileSync, statSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MonthParser } from '../src/geo-editors/data/tsv';
import { streamIntoParser } from '../src/geo-editors/data/stream';
import { COLUMNS } from '../src/geo-editors/data/types';

const ROWS = 100000;
const MONTH = '2023-08';
const FILTER_COUNTRY = 'CL';
const SEED = 20230801;
const SELF = fileURLToPath( import.meta.url );
const FILE = path.join( os.tmpdir(), 'geoeditors-bench-' + ROWS + '-' + SEED + '.tsv' );

// --- deterministic synthetic month in the release's exact format -------------------------------

/** mulberry32: a tiny seeded PRNG, so every run parses the same bytes. */
function prng( seed: number ): () => number {
	let a = seed >>> 0;
	return () => {
		a = ( a + 0x6d2b79f5 ) >>> 0;
		let t = a;
		t = Math.imul( t ^ ( t >>> 15 ), t | 1 );
		t ^= t + Math.imul( t ^ ( t >>> 7 ), t | 61 );
		return ( ( t ^ ( t >>> 14 ) ) >>> 0 ) / 4294967296;
	};
}

const LANGS = 'en es pt fr de it ja ar ru zh nl pl sv uk ca fa vi id ko he tr cs hu fi no da ro el bg sr hr sk sl lt lv et eu gl hy ka az kk uz th hi bn ta te ml mr ur ms tl sw af sq be bs cy eo fy ga is lb mk mn ne pa si so ta tg tt yo zu am as ba ce cv gu ha ht ig jv km kn ku ky la mg mi my or ps qu rw sa sd sn su tk ug wa xh yi'.split( ' ' );
const FAMILIES: [ string, string ][] = [ [ 'wiki', 'wikipedia' ], [ 'wiktionary', 'wiktionary' ], [ 'wikisource', 'wikisource' ], [ 'wikiquote', 'wikiquote' ], [ 'wikibooks', 'wikibooks' ] ];
const LEVELS = [ '1 to 4', '5 to 99', '100 or more' ];

function wikis(): [ string, string ][] {
	const out: [ string, string ][] = [ [ 'commonswiki', 'en.commons' ], [ 'wikidatawiki', 'en.wikidata' ], [ 'metawiki', 'en.meta' ] ];
	for ( const lang of LANGS ) {
		for ( const [ suffix, family ] of FAMILIES ) {
			out.push( [ lang.replace( /-/g, '_' ) + suffix, lang + '.' + family ] );
		}
	}
	return out;
}

function countries(): [ string, string ][] {
	const names = new Intl.DisplayNames( [ 'en' ], { type: 'region' } );
	const out: [ string, string ][] = [];
	for ( let a = 65; a <= 90; a++ ) {
		for ( let b = 65; b <= 90; b++ ) {
			const code = String.fromCharCode( a, b );
			const name = names.of( code );
			if ( name && name !== code ) {
				out.push( [ name, code ] );
			}
		}
	}
	return out.slice( 0, 230 );
}

export function syntheticMonth( rows: number, seed: number ): string {
	const rand = prng( seed );
	const w = wikis();
	const c = countries();
	const lines: string[] = [];
	for ( let i = 0; i < rows; i++ ) {
		const [ db, project ] = w[ Math.floor( rand() * rand() * w.length ) ]; // big wikis more often
		const [ country, code ] = c[ Math.floor( rand() * c.length ) ];
		const level = LEVELS[ Math.floor( rand() * 3 ) ];
		const editors = 8 + Math.floor( rand() * rand() * 5000 );
		const r = rand();
		// Edits as the release writes them: integers, floats like 144.0, or blank.
		const edits = r < 0.1 ? '' : r < 0.2 ? ( editors * 3 ) + '.0' : String( Math.floor( editors * ( 1 + rand() * 20 ) ) );
		lines.push( [ db, project, country, code, level, '1.1', '0.9', '8', String( editors ), edits, MONTH ].join( '\t' ) );
	}
	return lines.join( '\n' ) + '\n';
}

function ensureFile(): void {
	if ( !existsSync( FILE ) ) {
		writeFileSync( FILE, syntheticMonth( ROWS, SEED ) );
	}
}

// --- the two approaches -------------------------------------------------------------------------

const CHUNK = 64 * 1024;

/**
 * The file as a fetch Response whose body is pulled 64 KiB at a time, like a network download with
 * backpressure (Readable.toWeb would read ahead and buffer the whole file, hiding what a parser keeps).
 */
function fileResponse(): Response {
	const fd = openSync( FILE, 'r' );
	let position = 0;
	const body = new ReadableStream<Uint8Array>( {
		pull( controller ) {
			const buffer = new Uint8Array( CHUNK );
			const n = readSync( fd, buffer, 0, CHUNK, position );
			if ( n === 0 ) {
				closeSync( fd );
				controller.close();
				return;
			}
			position += n;
			controller.enqueue( n < CHUNK ? buffer.subarray( 0, n ) : buffer );
		},
		cancel() {
			closeSync( fd );
		},
	} );
	return new Response( body );
}

type Probe = () => void;

async function streaming( probe: Probe ): Promise<number> {
	const parser = new MonthParser( { countries: [ FILTER_COUNTRY ] }, MONTH );
	await streamIntoParser( fileResponse(), parser, probe );
	probe();
	return parser.rows.length;
}

/** The existing tool's way, as its source reads: everything in memory, an object per row, a copy per row. */
async function wholeText( probe: Probe ): Promise<number> {
	const text = await fileResponse().text();
	probe();
	const lines = text.split( '\n' );
	probe();
	const header: string[] = lines[ 0 ].split( '\t' )[ 0 ] === 'wiki_db' ? lines.shift()!.split( '\t' ) : COLUMNS.slice();
	const rows = lines.filter( ( line ) => line.trim() !== '' ).map( ( line ) => {
		const values = line.split( '\t' );
		const row: Record<string, string> = {};
		header.forEach( ( name, i ) => {
			row[ name ] = values[ i ];
		} );
		return row;
	} );
	probe();
	const normalised = rows.map( ( row ) => Object.assign( {}, row, {
		editors: Number( row.editors ),
		edits: row.edits === '' ? null : Number( row.edits ),
		// eslint-disable-next-line camelcase -- field name of the BENCH lines that bench/run.ts reports
		count_eps: Number( row.count_eps ),
	} ) );
	probe();
	const kept = normalised.filter( ( row ) => row.country_code === FILTER_COUNTRY );
	probe();
	// Everything above is still referenced here, as in a function that returns `kept` to a caller that keeps `rows`.
	return kept.length + ( text.length && lines.length && rows.length ? 0 : 0 );
}

const APPROACHES: Record<string, ( probe: Probe ) => Promise<number>> = { streaming, wholeText };

// --- child: one measurement of one approach --------------------------------------------------------

interface ChildResult {
	approach: string;
	mode: 'time' | 'memory' | 'rss';
	kept: number;
	medianMs?: number;
	minMs?: number;
	peakLiveBytes?: number;
	peakRssBytes?: number;
}

async function child( approach: string, mode: ChildResult[ 'mode' ] ): Promise<ChildResult> {
	const run = APPROACHES[ approach ];
	const gc = ( globalThis as { gc?: () => void } ).gc;
	if ( mode === 'time' ) {
		const times: number[] = [];
		let rows = 0;
		for ( let i = 0; i < 18; i++ ) {
			const t0 = performance.now();
			rows = await run( () => undefined );
			const t = performance.now() - t0;
			if ( i >= 3 ) {
				times.push( t );
			}
			if ( gc ) {
				gc(); // between runs only: no run pays for the garbage of the previous one
			}
		}
		times.sort( ( a, b ) => a - b );
		return { approach, mode, kept: rows, medianMs: times[ times.length >> 1 ], minMs: times[ 0 ] };
	}
	if ( !gc ) {
		throw new Error( 'run with --expose-gc' );
	}
	// JS heap only: freed ArrayBuffers (the download's chunks, alike for both) are released by a
	// background sweeper and would be counted late.
	const live = (): number => process.memoryUsage().heapUsed;
	if ( mode === 'memory' ) {
		// One unmeasured run first: compiled code and lazily built internals are not data an approach holds.
		await run( () => undefined );
		gc();
		const base = live();
		let peak = 0;
		const retained = await run( () => {
			gc();
			peak = Math.max( peak, live() - base );
		} );
		return { approach, mode, kept: retained, peakLiveBytes: peak };
	}
	gc();
	const before = process.resourceUsage().maxRSS;
	const rssNow = process.memoryUsage().rss / 1024;
	const kept = await run( () => undefined );
	const after = process.resourceUsage().maxRSS;
	// maxRSS is a high-water mark in KiB: growth above both the previous mark and the current RSS.
	return { approach, mode, kept, peakRssBytes: Math.max( 0, after - Math.max( before, rssNow ) ) * 1024 };
}

function spawnChild( approach: string, mode: string ): ChildResult {
	const result = spawnSync( process.execPath, [ '--expose-gc', '--import', 'tsx', SELF, '--child', approach, mode ], { encoding: 'utf8' } );
	if ( result.status !== 0 ) {
		throw new Error( 'child ' + approach + '/' + mode + ' failed: ' + result.stderr );
	}
	return JSON.parse( result.stdout.trim().split( '\n' ).pop()! ) as ChildResult;
}

// --- parent: measure, compare, report ----------------------------------------------------------------

const mb = ( bytes: number ): string => bytes < 1024 * 1024 ? ( bytes / 1024 ).toFixed( 0 ) + ' KB' : ( bytes / 1024 / 1024 ).toFixed( 1 ) + ' MB';

async function main(): Promise<void> {
	const args = process.argv.slice( 2 );
	if ( args[ 0 ] === '--child' ) {
		console.log( JSON.stringify( await child( args[ 1 ], args[ 2 ] as ChildResult[ 'mode' ] ) ) );
		return;
	}
	ensureFile();
	const size = statSync( FILE ).size;
	const sha = createHash( 'sha256' ).update( readFileSync( FILE ) ).digest( 'hex' ).slice( 0, 16 );
	console.log( 'Synthetic month: ' + ROWS + ' rows, ' + mb( size ) + ', sha256 ' + sha + '…' );
	const r: Record<string, Record<string, ChildResult>> = { streaming: {}, wholeText: {} };
	for ( const mode of [ 'time', 'memory', 'rss' ] ) {
		for ( const approach of [ 'streaming', 'wholeText' ] ) {
			r[ approach ][ mode ] = spawnChild( approach, mode );
			console.log( '  ' + approach + ' ' + mode + ': ' + JSON.stringify( r[ approach ][ mode ] ) );
		}
	}
	const ours = r.streaming;
	const theirs = r.wholeText;
	if ( ours.time.kept !== theirs.time.kept || !ours.time.kept ) {
		throw new Error( 'The approaches disagree on the rows kept: ' + ours.time.kept + ' vs ' + theirs.time.kept );
	}
	const speed = theirs.time.medianMs! / ours.time.medianMs!;
	const memory = ours.memory.peakLiveBytes! / theirs.memory.peakLiveBytes!;
	const rss = ours.rss.peakRssBytes! / Math.max( 1, theirs.rss.peakRssBytes! );
	const row = ( name: string, x: Record<string, ChildResult> ): string => '| ' + name + ' | ' + x.time.medianMs!.toFixed( 1 ) + ' ms (' + x.time.minMs!.toFixed( 1 ) + ') | ' +
		Math.round( ROWS / ( x.time.medianMs! / 1000 ) ).toLocaleString( 'en' ) + ' | ' + ( size / 1024 / 1024 / ( x.time.medianMs! / 1000 ) ).toFixed( 0 ) + ' MB/s | ' +
		mb( x.memory.peakLiveBytes! ) + ' | ' + mb( x.rss.peakRssBytes! ) + ' |';
	const pass = speed >= 5 && memory <= 0.2;
	const markdown = [
		'File: ' + ROWS.toLocaleString( 'en' ) + ' rows (' + mb( size ) + ', sha256 `' + sha + '…`), synthetic and deterministic (seed ' + SEED + '), in the release\'s',
		'exact 11-column format, no header, edits as integers, `144.0`-style floats or blank. Task: keep the rows of one',
		'country (`' + FILTER_COUNTRY + '`, ' + ours.time.kept + ' rows). Both read the same file through a fetch `Response` whose body is pulled in 64 KiB chunks.',
		'',
		'| approach | median time (min) | rows/s | throughput | peak live heap | peak RSS growth |',
		'|---|---|---|---|---|---|',
		row( 'ours: streaming parse-and-filter (`src/geo-editors/data/tsv.ts`)', ours ),
		row( 'existing tool: whole text → lines → objects → copies → filter', theirs ),
		'',
		'**Ratios: ' + speed.toFixed( 1 ) + '× faster; ' + ( memory * 100 ).toFixed( 1 ) + '% of the live memory (1/' + ( 1 / memory ).toFixed( 0 ) +
		'); ' + ( rss * 100 ).toFixed( 1 ) + '% of the RSS growth.** Target ≥ 5× faster and ≤ 1/5 of the memory: ' + ( pass ? 'met' : 'NOT met' ) + '.',
		'',
		'Method: every figure comes from a fresh `node --expose-gc --import tsx` process. Time: median of 15 runs after 3',
		'warm-ups. Live memory: after one warm-up run, `gc()` then `heapUsed` at every point where an approach holds its',
		'data (ours after each 64 KiB chunk, the existing approach after each phase), peak minus the value just before the',
		'run. RSS: growth of `process.resourceUsage().maxRSS` during the first and only run of a fresh process, without',
		'forced collections (a process-wide high-water mark: it also counts compiled code, I/O buffers and garbage not yet',
		'collected, so it is the coarser check).',
		'',
		'Command: `npm run bench` (or `npx tsx bench/run.ts geoeditors`).',
	].join( '\n' );
	console.log( '\n' + markdown );
	console.log( 'BENCH-RESULT ' + JSON.stringify( { title: 'Geoeditors monthly file: parse and filter', markdown } ) );
}

main().catch( ( e ) => {
	console.error( e );
	process.exitCode = 1;
} );
