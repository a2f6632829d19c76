/**
 * Parse-and-filter of one monthly geoeditors file, at realistic month sizes (5,000 and 15,000 rows:
 * DESIGN.md's estimate from the real Chile rows) and a stress size (100,000). Four approaches over
 * the same deterministic synthetic file, same I/O path (a fetch-style Response over a file stream):
 * - ours, streaming: src/geo-editors/data/tsv.ts filtering while it reads (one country kept);
 * - ours as the gadget runs now: the whole month parsed once per page (data/month-store.ts), then
 *   the country picked from it (sources.ts filterRows);
 * - the existing Geo Editores tool, modelled on its code (WikimediaChile/Visualizador-Geo-editores
 *   public/index.html, read 2026-12: `parseTSV`, `normalizeRecords`, `populateFilters`,
 *   `applyFilters`): whole text, split into lines, every field trimmed into an object keyed by the
 *   header, a spread copy of every row with regex-based month/number parsing and level detection,
 * Sets   for the filter options, then a filter — and it does this for every month on every visit;
 * - a near-limit scanner: the whole text, indexOf over lines and tabs, the country compared in
 * place,   only matching lines split (no validation at all): what any parser that reads every byte
 * costs. Every measurement in a fresh Node process.
 *
 * - time: 3 warm-up runs, then the median of 15 runs;
 * - live memory: after one warm-up run, with --expose-gc, `gc()` then heapUsed at each point where
 * the approach   holds its data (ours: after every chunk; theirs: after every phase), peak minus
 * the baseline taken   just before the run — the memory the approach really keeps alive;
 * - peak RSS: growth of the process's maximum resident set during one run (no gc calls), as a
 * check.
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
import { filterRows } from '../src/geo-editors/data/sources';

const SIZES = [ 5000, 15000, 100000 ];
const MONTH = '2023-08';
const FILTER_COUNTRY = 'CL';
const SEED = 20230801;
const SELF = fileURLToPath( import.meta.url );
const fileFor = ( rows: number ): string => path.join( os.tmpdir(), 'geoeditors-bench-' + rows + '-' + SEED + '.tsv' );
let FILE = fileFor( 100000 );

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
		// big wikis more often
		const [ db, project ] = w[ Math.floor( rand() * rand() * w.length ) ];
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

function ensureFile( rows: number ): void {
	if ( !existsSync( fileFor( rows ) ) ) {
		writeFileSync( fileFor( rows ), syntheticMonth( rows, SEED ) );
	}
}

// --- the two approaches -------------------------------------------------------------------------

const CHUNK = 64 * 1024;

/**
 * The file as a fetch Response whose body is pulled 64 KiB at a time, like a network download with
 * backpressure (Readable.toWeb would read ahead and buffer the whole file, hiding what a parser
 * keeps).
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

/**
 * The whole month kept (once per page), then one country picked from it: what the gadget does now.
 */
async function wholeMonth( probe: Probe ): Promise<number> {
	const parser = new MonthParser( {}, MONTH );
	await streamIntoParser( fileResponse(), parser, probe );
	probe();
	const kept = filterRows( parser.rows, { countries: [ FILTER_COUNTRY ] } );
	probe();
	return kept.length;
}

/** The existing tool's month handling, modelled on its code (see the header). */
async function existingTool( probe: Probe ): Promise<number> {
	const text = await fileResponse().text();
	probe();
	const lines = text.trim().split( '\n' );
	const header: string[] = lines[ 0 ].split( '\t' )[ 0 ] === 'wiki_db' ? lines.shift()!.split( '\t' ).map( ( h ) => h.trim() ) : COLUMNS.slice();
	const rows = lines.map( ( line ) => {
		const values = line.split( '\t' );
		const row: Record<string, string> = {};
		header.forEach( ( h, i ) => {
			row[ h ] = values[ i ] ? values[ i ].trim() : '';
		} );
		row.__fileName = MONTH + '.tsv';
		return row;
	} );
	probe();
	const normMonth = ( raw: string ): string => {
		const v = raw.toString().trim();
		const m1 = v.match( /(\d{4})[-/](\d{1,2})/ );
		return m1 ? m1[ 1 ] + '-' + m1[ 2 ].padStart( 2, '0' ) : v.slice( 0, 7 );
	};
	const parseNumber = ( val: string ): number => {
		const v = String( val ).trim();
		if ( !v ) {
			return 0;
		}
		const n = parseInt( v.replace( /[^\d-]/g, '' ), 10 );
		return isNaN( n ) ? 0 : n;
	};
	const category = ( activity: string, edits: number ): string => {
		const t = ( activity || '' ).toLowerCase();
		if ( /1\D*4/.test( t ) || t.includes( '1-4' ) || t.includes( '1 a 4' ) ) {
			return '1-4';
		}
		if ( /5\D*99/.test( t ) || t.includes( '5-99' ) ) {
			return '5-99';
		}
		if ( t.includes( '100' ) ) {
			return '100+';
		}
		return edits >= 100 ? '100+' : edits >= 5 ? '5-99' : edits >= 1 ? '1-4' : '0';
	};
	const normalised = rows.map( ( r ) => {
		const copy: Record<string, string | number> = Object.assign( {}, r );
		copy._month = normMonth( r.month );
		copy._edits = parseNumber( r.edits );
		copy._editorsCount = parseNumber( r.editors );
		copy._category = category( r.activity_level, copy._edits as number );
		return copy;
	} );
	probe();
	const options = {
		wiki: Array.from( new Set( normalised.map( ( d ) => d.wiki_db as string ) ) ).sort(),
		country: Array.from( new Set( normalised.map( ( d ) => d.country as string ) ) ).sort(),
		year: Array.from( new Set( normalised.map( ( d ) => String( d._month ).slice( 0, 4 ) ) ) )
			.sort(),
	};
	probe();
	const wanted = [ FILTER_COUNTRY ];
	const kept = normalised.slice().filter( ( d ) => wanted.includes( d.country_code as string ) );
	probe();
	// Everything above is still referenced here, as in the tool, which keeps every month's rows.
	return kept.length + ( text.length && rows.length && options.wiki.length ? 0 : 0 );
}

/** Near the limit of reading every byte: indexOf over the whole text, matching lines only split. */
async function scanner( probe: Probe ): Promise<number> {
	const text = await fileResponse().text();
	probe();
	const kept: string[][] = [];
	let start = 0;
	while ( start < text.length ) {
		let end = text.indexOf( '\n', start );
		if ( end === -1 ) {
			end = text.length;
		}
		// country_code is the 4th field.
		const t1 = text.indexOf( '\t', start );
		const t2 = text.indexOf( '\t', t1 + 1 );
		const t3 = text.indexOf( '\t', t2 + 1 );
		if ( t3 !== -1 && t3 < end && text.charCodeAt( t3 + 1 ) === 67 &&
			text.charCodeAt( t3 + 2 ) === 76 && text.charCodeAt( t3 + 3 ) === 9 ) {
			kept.push( text.slice( start, end ).split( '\t' ) );
		}
		start = end + 1;
	}
	probe();
	return kept.length;
}

const APPROACHES: Record<string, ( probe: Probe ) => Promise<number>> = { streaming, wholeMonth,
	existingTool, scanner };

// --- child: one measurement of one approach
// --------------------------------------------------------

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
		return { approach, mode, kept: rows, medianMs: times[ times.length >> 1 ],
			minMs: times[ 0 ] };
	}
	if ( !gc ) {
		throw new Error( 'run with --expose-gc' );
	}
	// JS heap only: freed ArrayBuffers (the download's chunks, alike for both) are released by a
	// background sweeper and would be counted late.
	const live = (): number => process.memoryUsage().heapUsed;
	if ( mode === 'memory' ) {
		// One unmeasured run first: compiled code and lazily built internals are not data an
		// approach holds.
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
	return { approach, mode, kept,
		peakRssBytes: Math.max( 0, after - Math.max( before, rssNow ) ) * 1024 };
}

function spawnChild( approach: string, mode: string, rows: number ): ChildResult {
	const result = spawnSync( process.execPath, [ '--expose-gc', '--import', 'tsx', SELF, '--child', approach, mode, String( rows ) ], { encoding: 'utf8' } );
	if ( result.status !== 0 ) {
		throw new Error( 'child ' + approach + '/' + mode + ' failed: ' + result.stderr );
	}
	return JSON.parse( result.stdout.trim().split( '\n' ).pop()! ) as ChildResult;
}

// --- parent: measure, compare, report
// ----------------------------------------------------------------

const mb = ( bytes: number ): string => bytes < 1024 * 1024 ? ( bytes / 1024 ).toFixed( 0 ) + ' KB' : ( bytes / 1024 / 1024 ).toFixed( 1 ) + ' MB';

const NAMES: Record<string, string> = {
	streaming: 'ours: streaming parse-and-filter (`data/tsv.ts`)',
	wholeMonth: 'ours as the gadget runs: whole month once per page, then the country',
	existingTool: 'existing tool (modelled on its code): text → trimmed objects → copies → Sets → filter',
	scanner: 'near-limit scanner: whole text, indexOf, no validation',
};
const ORDER = [ 'streaming', 'wholeMonth', 'existingTool', 'scanner' ];

async function main(): Promise<void> {
	const args = process.argv.slice( 2 );
	if ( args[ 0 ] === '--child' ) {
		FILE = fileFor( Number( args[ 3 ] ) );
		console.log( JSON.stringify( await child( args[ 1 ], args[ 2 ] as ChildResult[ 'mode' ] ) ) );
		return;
	}
	const tables: string[] = [];
	const summary: string[] = [];
	for ( const rows of SIZES ) {
		ensureFile( rows );
		const file = fileFor( rows );
		const size = statSync( file ).size;
		const sha = createHash( 'sha256' ).update( readFileSync( file ) ).digest( 'hex' ).slice( 0, 16 );
		console.log( 'Synthetic month: ' + rows + ' rows, ' + mb( size ) + ', sha256 ' + sha + '…' );
		const r: Record<string, Record<string, ChildResult>> = {};
		for ( const mode of [ 'time', 'memory' ] ) {
			for ( const approach of ORDER ) {
				r[ approach ] = r[ approach ] || {};
				r[ approach ][ mode ] = spawnChild( approach, mode, rows );
				console.log( '  ' + approach + ' ' + mode + ': ' + JSON.stringify( r[ approach ][ mode ] ) );
			}
		}
		const kept = r.streaming.time.kept;
		for ( const approach of ORDER ) {
			if ( r[ approach ].time.kept !== kept || !kept ) {
				throw new Error( 'The approaches disagree on the rows kept at ' + rows + ' rows: ' + approach + ' ' + r[ approach ].time.kept + ' vs ' + kept );
			}
		}
		const ms = ( a: string ): number => r[ a ].time.medianMs!;
		tables.push( '**' + rows.toLocaleString( 'en' ) + ' rows** (' + mb( size ) + ', sha256 `' + sha + '…`, ' + kept + ' rows of `' + FILTER_COUNTRY + '` kept)', '',
			'| approach | median time (min) | rows/s | peak live heap | time ÷ scanner |', '|---|---|---|---|---|',
			...ORDER.map( ( a ) => '| ' + NAMES[ a ] + ' | ' + ms( a ).toFixed( 2 ) + ' ms (' + r[ a ].time.minMs!.toFixed( 2 ) + ') | ' +
				Math.round( rows / ( ms( a ) / 1000 ) ).toLocaleString( 'en' ) + ' | ' + mb( r[ a ].memory.peakLiveBytes! ) + ' | ' + ( ms( a ) / ms( 'scanner' ) ).toFixed( 2 ) + '× |' ), '' );
		summary.push( rows.toLocaleString( 'en' ) + ' rows: existing tool ÷ ours streaming **' + ( ms( 'existingTool' ) / ms( 'streaming' ) ).toFixed( 1 ) + '×**, ÷ ours whole month **' +
			( ms( 'existingTool' ) / ms( 'wholeMonth' ) ).toFixed( 1 ) + '×**; ours streaming ÷ scanner **' + ( ms( 'streaming' ) / ms( 'scanner' ) ).toFixed( 2 ) +
			'×** (goal ≤ 2×); live memory ours streaming ÷ existing tool ' + ( r.streaming.memory.peakLiveBytes! / r.existingTool.memory.peakLiveBytes! * 100 ).toFixed( 1 ) + '%.' );
	}
	const markdown = [
		'Files: synthetic and deterministic (seed ' + SEED + '), in the release\'s exact 11-column format, no header, edits as integers,',
		'`144.0`-style floats or blank. Task: keep the rows of one country (`' + FILTER_COUNTRY + '`). All read the same file through a fetch `Response` whose body is pulled in',
		'64 KiB chunks. The existing tool does this for every month of the release on every visit; the gadget once per month, then from IndexedDB.',
		'',
		...tables,
		...summary.map( ( line ) => '- ' + line ),
		'',
		'Method: every figure comes from a fresh `node --expose-gc --import tsx` process. Time: median of 15 runs after 3',
		'warm-ups. Live memory: after one warm-up run, `gc()` then `heapUsed` at every point where an approach holds its',
		'data (the streaming ones after each 64 KiB chunk, the others after each phase), peak minus the value just before the run.',
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
