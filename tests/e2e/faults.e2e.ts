// Faults matrix: every data source of both gadgets × every way a real service fails, one test per
// row. The fixture server injects the fault (POST /__faults); each row checks what the reader gets:
// - "error":   a translated message (a message of i18n/, not a key, not a raw exception) with a
//              Retry button; data already shown stays; once the fault is gone Retry loads the
//              right numbers, and a reload (same browser profile, so same IndexedDB cache) too —
//              the broken answer was not cached;
// - "auto":    429: the view waits (Retry-After when the host exposes it, else backoff) and
//              loads by itself, no click;
// - "warning": malformed lines are counted and reported, the good rows are shown;
// - "empty":   a visible message instead of a blank view, and the empty answer is not cached.
// Timeouts: the gadgets wait 20–70 s per attempt; the browser's clock is fast-forwarded instead.
//
// Sources that share a view run in one lane, one row after another; lanes run side by side.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it, vi } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { clearFaults, setFaults, sparqlMatches, type Fault } from './fixture-control';
import { CONFLICTS_DASHBOARD, EDITORS_DASHBOARD, ROOTS, ensureArticles, pageUrl } from './views';
import { weekRows } from '../../localwiki/sample-data/geoeditors/generate-weekly.mjs';

const ctx = inject( 'e2e' );
const REPO = path.resolve( import.meta.dirname, '../..' );
const SAMPLE = path.join( REPO, 'localwiki/sample-data' );
const MONTH_FILE = readFileSync( path.join( SAMPLE, 'analytics.wikimedia.org/published/datasets/geoeditors_monthly/2023-08.tsv' ), 'utf8' );
// The weekly file of 2023-08 as the fixture server serves it (the seeded generator's rows).
const WEEK_FILE = weekRows( '2023-08' );

// --- what a good view shows ---------------------------------------------------------------------

/** A number as any locale may print it: 5217, 5,217, 5.217, 5 217. */
const num = ( n: string ): RegExp => new RegExp( `(^|[^\\d])${ n.slice( 0, -3 ) }[,.\\s\\u00a0\\u202f]?${ n.slice( -3 ) }([^\\d]|$)` );

interface View {
	title: string;
	/** The right data is on screen. */
	good: RegExp[];
	/** Data that comes from elsewhere and must stay on screen while this source fails. */
	stays?: RegExp[];
	/** An element the right data puts on screen (e.g. a link built from the answer). */
	goodSelector?: string;
	query?: string;
}

const EDITORS_PANEL: View = {
	title: 'Project:Geo Editores',
	// es.wikipedia / CL / 2023-08: 5217 · 777 · 76 editors.
	good: [ num( '5217' ), /(^|[^\d])777([^\d]|$)/ ],
	// 2023-07's 4514 comes from another file.
	stays: [ num( '4514' ) ],
};
// The dashboard by week, Aug–Oct 2023: es.wikipedia / CL "1 to 4" in the weeks of 2023-08-06 and
// 2023-08-27 (the 2023-08 file), and of 2023-10-01 (another file, which must stay).
const WEEKS = ( month: string, week: string ): RegExp => {
	const line = weekRows( month ).split( '\n' ).map( ( l: string ) => l.split( '\t' ) )
		.find( ( f: string[] ) => f[ 0 ] === 'eswiki' && f[ 3 ] === 'CL' && f[ 4 ] === '1 to 4' && f[ f.length - 1 ] === week );
	// 8 or 11 columns: editors, edits and week_start are the last three.
	return num( line![ line!.length - 3 ] );
};
const EDITORS_BY_WEEK: View = {
	title: EDITORS_DASHBOARD, query: '&country=CL&project=es.wikipedia&from=2023-08&to=2023-10&view=lines&granularity=week',
	good: [ WEEKS( '2023-08', '2023-08-06' ), WEEKS( '2023-08', '2023-08-27' ) ],
	stays: [ WEEKS( '2023-10', '2023-10-01' ) ],
};
const EDITORS_PANEL_NAMES: View = { title: 'Project:Geo Editores', good: [ num( '5217' ) ] };
// The Chile panel of the demo page: one WDQS query for the conflicts of Q298.
const CONFLICTS_PANEL: View = { title: 'Project:Geo Conflictos', good: [ /Pascua Lama/, /HidroAysén/ ] };
// The details of Pascua Lama: its facts come from WDQS, its articles in other languages from
// Wikidata's Special:EntityData (sitelinks).
const PASCUA_LAMA_DETAILS: View = {
	title: CONFLICTS_DASHBOARD, query: '&item=Q2365301', good: [ /gold mining project/ ],
	goodSelector: 'a[href="https://en.wikipedia.org/wiki/Pascua_Lama"]', stays: [ /gold mining project/ ],
};
const HIDROAYSEN_DETAILS: View = {
	title: CONFLICTS_DASHBOARD, query: '&item=Q5764613', good: [ /hydroelectric project of five dams/ ],
	goodSelector: 'a[href="https://en.wikipedia.org/wiki/HidroAys%C3%A9n"]', stays: [ /hydroelectric project of five dams/ ],
};

// --- sources and faults -------------------------------------------------------------------------

interface Source {
	name: string;
	lane: string;
	view: View;
	/** The fault's `match` strings (several when a request can be written in several ways). */
	matches: string[];
	json: boolean;
	/** Where a cut leaves a broken answer. */
	cutAt: number;
	malformed: { body: string; expect: Expectation };
	empty: string;
	/** Only these faults (by name), when the source's rows are split over two lanes. */
	only?: RegExp;
}

type Expectation = 'error' | 'auto' | 'warning' | 'empty';

const tsvCut = MONTH_FILE.indexOf( '\t5217\t' ) + 3; // "…\t52": a naive parser would read 52 editors
const SOURCES: Source[] = [
	{
		name: 'geoeditors month TSV', lane: 'editors', view: EDITORS_PANEL,
		matches: [ 'geoeditors_monthly/2023-08.tsv' ], json: false, cutAt: tsvCut,
		malformed: {
			expect: 'warning',
			body: MONTH_FILE.replace( /\n/, '\nthis line is not a row\neswiki\tes.wikipedia\tChile\tCL\n' +
				'eswiki\tes.wikipedia\tChile\tCL\t1 to 4\t1.1\t0.9\t8\tmany\t\t2023-08\n' ),
		},
		empty: '',
	},
	{
		// In the editors lane although it has its own view: a fifth lane side by side made rows
		// time out on this 2-core machine.
		name: 'geoeditors weekly TSV', lane: 'editors', view: EDITORS_BY_WEEK,
		matches: [ 'geoeditors_weekly/2023-08.tsv' ], json: false, cutAt: WEEK_FILE.indexOf( '\t2023-08-27' ) + 6,
		malformed: {
			expect: 'warning',
			body: WEEK_FILE + 'this line is not a row\neswiki\tes.wikipedia\tChile\tCL\t1 to 4\tmany\t\t2023-08-13\n',
		},
		empty: '',
	},
	{
		name: 'sitematrix', lane: 'editors', view: EDITORS_PANEL_NAMES,
		matches: [ 'action=sitematrix' ], json: true, cutAt: 150,
		malformed: { expect: 'error', body: JSON.stringify( { sitematrix: 'not a matrix' } ) },
		empty: JSON.stringify( { sitematrix: { count: 0 } } ),
	},
	{
		// Only the Chile query: the Wikidata API rows (other lane) use the dashboard's query
		// meanwhile.
		name: 'WDQS', lane: 'wdqs', view: CONFLICTS_PANEL,
		matches: sparqlMatches( '#GeoConflicts view=all country' ), json: true, cutAt: 600,
		malformed: { expect: 'error', body: JSON.stringify( { head: { vars: [ 'item' ] }, results: { bindings: 'none' } } ) },
		empty: JSON.stringify( { head: { vars: [ 'item', 'label' ] }, results: { bindings: [] } } ),
	},
	// Two items' details in two lanes, each lane faulting only its item's request.
	...[ [ PASCUA_LAMA_DETAILS, 'Q2365301', /^(429|HTTP|timeout|connection)/ ], [ HIDROAYSEN_DETAILS, 'Q5764613', /^(answer|malformed|not|empty)/ ] ].map( ( [ view, id, only ] ) => ( {
		name: 'Wikidata EntityData', lane: `wikidata-${ id }`, view: view as View, only: only as RegExp,
		matches: [ `Special:EntityData/${ id }.json` ], json: true, cutAt: 120,
		malformed: { expect: 'error' as Expectation, body: JSON.stringify( { entities: 'none' } ) },
		empty: JSON.stringify( { entities: {} } ),
	} ) ),
];

interface Row {
	source: Source;
	fault: string;
	faults: Omit<Fault, 'match'>[];
	expect: Expectation;
	clock?: boolean;
	lang?: string;
}

function rows(): Row[] {
	const out: Row[] = [];
	for ( const s of SOURCES ) {
		const type = s.json ? 'application/json; charset=utf-8' : 'text/tab-separated-values; charset=utf-8';
		const ok = ( body: string ): { status: number; body: string; headers: Record<string, string> } => ( { status: 200, body, headers: { 'Content-Type': type } } );
		out.push(
			// Retry-After reaches the page only when the answer exposes it
			// (Access-Control-Expose-Headers): the Action API does, analytics.wikimedia.org and
			// WDQS do not (localwiki/fixture-server.mjs). Exposed, a short wait is waited out and a
			// long one ends at once with "try again after …"; not exposed, the same long wait is
			// invisible and plain backoff loads the view.
			{ source: s, fault: '429 + Retry-After 2 s, exposed', expect: 'auto', faults: [ { status: 429, headers: { 'Retry-After': '2' }, body: 'Too Many Requests', times: 1, exposeRetryAfter: true } ] },
			{ source: s, fault: '429 + Retry-After 99999 s, exposed', expect: 'error', faults: [ { status: 429, headers: { 'Retry-After': '99999' }, body: 'Too Many Requests', times: 1, exposeRetryAfter: true } ] },
			{ source: s, fault: '429 + Retry-After 99999 s, not exposed', expect: 'auto', faults: [ { status: 429, headers: { 'Retry-After': '99999' }, body: 'Too Many Requests', times: 1, exposeRetryAfter: false } ] },
			{ source: s, fault: 'HTTP 500', expect: 'error', faults: [ { status: 500, body: 'Internal Server Error' } ], lang: s.lane === 'editors' && !s.json ? 'es' : undefined },
			{ source: s, fault: 'HTTP 503', expect: 'error', faults: [ { status: 503, body: 'Service Unavailable' } ] },
			{ source: s, fault: 'timeout', expect: 'error', faults: [ { hang: true } ], clock: true },
			{ source: s, fault: 'connection reset', expect: 'error', faults: [ { reset: true } ] },
			// no-store: the fixture ends a cut answer cleanly (no Content-Length), which the
			// browser's HTTP cache would keep; a real cut connection is a network error that it
			// does not keep.
			{ source: s, fault: s.json ? 'answer cut off (invalid JSON)' : 'TSV cut mid-line', expect: 'error', faults: [ { truncateBytes: s.cutAt, headers: { 'Cache-Control': 'no-store' } } ] },
			{ source: s, fault: 'malformed content', expect: s.malformed.expect, faults: [ ok( s.malformed.body ) ] },
			{ source: s, fault: s.json ? 'not JSON at all' : 'not a TSV (HTML error page)', expect: 'error',
				faults: [ { status: 200, body: '<html><body><h1>Bad Gateway</h1></body></html>', headers: { 'Content-Type': s.json ? 'application/json' : 'text/tab-separated-values' } } ] },
			{ source: s, fault: 'empty result', expect: 'empty', faults: [ ok( s.empty ) ] },
		);
	}
	return out.filter( ( r ) => !r.source.only || r.source.only.test( r.fault ) );
}

// --- messages -----------------------------------------------------------------------------------

/**
 * Every message of the core and both gadgets in `lang`, as patterns that match its rendered text.
 */
function messagePatterns( lang: string ): RegExp[] {
	const out: RegExp[] = [];
	for ( const dir of [ 'core', 'geo-editors', 'geo-conflicts' ] ) {
		let bundle: Record<string, unknown>;
		try {
			bundle = JSON.parse( readFileSync( path.join( REPO, 'i18n', dir, `${ lang }.json` ), 'utf8' ) ) as Record<string, unknown>;
		} catch {
			continue;
		}
		for ( const [ key, text ] of Object.entries( bundle ) ) {
			if ( key === '@metadata' || typeof text !== 'string' ) {
				continue;
			}
			// Literal parts must match; $1 and {{PLURAL:…}} can render as anything. Short messages
			// ("Retry", "Loading…") would match almost any text, so only sentences count.
			const literal = text.split( /\$\d+|\{\{[^}]*\}\}/ );
			if ( literal.join( '' ).trim().length < 12 ) {
				continue;
			}
			out.push( new RegExp( literal.map( ( p ) => p.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' ) ).join( '[\\s\\S]*?' ) ) );
		}
	}
	return out;
}

// --- the browser side ---------------------------------------------------------------------------

function viewText( page: Page ): Promise<string> {
	return page.evaluate( ( roots ) => Array.from( document.querySelectorAll( roots ) ).map( ( r ) => ( r as HTMLElement ).innerText ).join( '\n' ), ROOTS );
}

async function waitFor( page: Page, what: () => Promise<boolean>, ms: number,
	clock = false ): Promise<boolean> {
	const deadline = Date.now() + ms;
	while ( Date.now() < deadline ) {
		let done: boolean;
		try {
			done = await what();
		} catch ( e ) {
			if ( e instanceof Error && e.message === 'settled without a message' ) {
				return false;
			}
			done = false;
		}
		if ( done ) {
			return true;
		}
		if ( clock ) {
			// Past the next per-attempt timeout or backoff of any source (≤ 70 s).
			await page.clock.fastForward( 20_000 ).catch( () => undefined );
		}
		await page.waitForTimeout( 400 );
	}
	return false;
}

const isGood = async ( page: Page, view: View ): Promise<boolean> => {
	const text = await viewText( page );
	return view.good.every( ( re ) => re.test( text ) ) &&
		( !view.goodSelector || await page.locator( `:is(${ ROOTS }) ${ view.goodSelector }` ).count() > 0 );
};

/** The error box (role=alert) inside a gadget view, with its text and Retry button. */
const ALERT = `:is(${ ROOTS }) [role="alert"]`;
// An empty live region (the dashboard's filter pickers keep one for their own problems) says
// nothing.
const MESSAGE = `:is(${ ROOTS }) :is([role="alert"], [role="status"]:not(.geo-spinner):not(:empty), .geo-message)`;

function lock(): <T>( fn: () => Promise<T> ) => Promise<T> {
	let tail: Promise<unknown> = Promise.resolve();
	return ( fn ) => {
		const run = tail.then( fn, fn );
		tail = run.catch( () => undefined );
		return run;
	};
}

// Every row starts at once and waits for its lane (vitest's default of 5 concurrent tests would
// fill up with rows waiting for the same lane).
vi.setConfig( { maxConcurrency: 64 } );

describe.skipIf( Boolean( ctx.skip ) )( 'faults matrix', () => {
	let browser: Browser;
	const lanes = new Map<string, ReturnType<typeof lock>>();

	beforeAll( async () => {
		browser = await launchBrowser();
		await ensureArticles( ctx );
		await clearFaults( ctx );
	} );
	afterAll( async () => {
		await clearFaults( ctx );
		await browser?.close();
	} );

	async function runRow( row: Row ): Promise<string[]> {
		const { source } = row;
		const { view } = source;
		const problems: string[] = [];
		const context: BrowserContext = await browser.newContext();
		const query = ( view.query ?? '' ) + ( row.lang ? `&uselang=${ row.lang }` : '' );
		try {
			if ( row.clock ) {
				await context.clock.install();
			}
			await setFaults( ctx, source.matches.flatMap(
				( match ) => row.faults.map( ( f ) => ( { ...f, match } ) ) ) );
			const { page, pageErrors } = await openPage( context,
				pageUrl( ctx, view.title, query ) );
			if ( !await page.waitForSelector( ROOTS, { timeout: 8_000 } )
				.then( () => true, () => false ) ) {
				return [ 'no gadget view appeared (nothing tells the reader that loading failed)' ];
			}

			if ( row.expect === 'auto' ) {
				if ( !await waitFor( page, () => isGood( page, view ), 12_000 ) ) {
					problems.push( `did not load by itself after Retry-After; shows: ${ ( await viewText( page ) ).slice( 0, 200 ) }` );
				}
			} else if ( row.expect === 'warning' ) {
				if ( !await waitFor( page, () => isGood( page, view ), 15_000 ) ) {
					problems.push( 'the good rows are not shown' );
				}
				if ( !await page.locator( MESSAGE ).count() ) {
					problems.push( 'malformed lines are not reported' );
				}
			} else {
				const sel = row.expect === 'error' ? ALERT : MESSAGE;
				// Give up early when the view has shown its data (or the data that must stay) for
				// longer than any source's retries take (WDQS: 2 retries, ≤ 3.75 s of backoff)
				// without a message.
				let goodSince = 0;
				const appeared = await waitFor( page, async () => {
					if ( await page.locator( sel ).count() > 0 ) {
						return true;
					}
					const text = await viewText( page );
					const settled = await isGood( page, view ) ||
						( !!view.stays && view.stays.every( ( re ) => re.test( text ) ) );
					goodSince = settled ? goodSince || Date.now() : 0;
					if ( goodSince && Date.now() - goodSince > 6_000 ) {
						throw new Error( 'settled without a message' );
					}
					return false;
				}, row.clock ? 40_000 : 12_000, row.clock );
				if ( !appeared ) {
					problems.push( `no ${ row.expect === 'error' ? 'error message (role=alert)' : 'message' } appeared; shows: ${ ( await viewText( page ) ).slice( 0, 200 ).replace( /\n/g, ' | ' ) }` );
				} else {
					// The message itself, without the labels of its buttons.
					const text = ( await page.locator( sel ).first().evaluate( ( el ) => {
						const copy = el.cloneNode( true ) as HTMLElement;
						copy.querySelectorAll( 'button' ).forEach( ( b ) => b.remove() );
						return copy.textContent ?? '';
					} ) ).trim();
					const patterns = messagePatterns( row.lang ?? 'en' );
					if ( text.includes( '⧼' ) || !patterns.some( ( re ) => re.test( text ) ) ) {
						problems.push( `message is not a ${ row.lang ?? 'en' } message of i18n/: "${ text.slice( 0, 160 ) }"` );
					}
				}
				if ( view.stays ) {
					// The other sources may still be loading when the error arrives: give them
					// time.
					const staysShown = async (): Promise<boolean> => {
						const now = await viewText( page );
						return view.stays!.every( ( re ) => re.test( now ) );
					};
					await waitFor( page, staysShown, 8_000 );
					const text = await viewText( page );
					const lost = view.stays.filter( ( re ) => !re.test( text ) );
					if ( lost.length ) {
						problems.push( `data of other sources is not shown next to the error: ${ lost.join( ', ' ) }` );
					}
				}
			}

			// The fault is over: Retry (when offered) or a reload must give the right data.
			await clearFaults( ctx, source.matches );
			if ( row.expect === 'error' || row.expect === 'empty' ) {
				const retry = page.locator( `${ ALERT } button, :is(${ ROOTS }) .geo-message button` ).first();
				if ( await retry.count() ) {
					if ( row.lang === 'es' ) {
						const es = JSON.parse( readFileSync( path.join( REPO, 'i18n/core/es.json' ), 'utf8' ) )[ 'geo-gadgets-retry' ] as string;
						const label = ( await retry.innerText() ).trim();
						if ( label !== es ) {
							problems.push( `Retry button says "${ label }", not es.json's "${ es }"` );
						}
					}
					await retry.click();
					if ( !await waitFor( page, () => isGood( page, view ), 12_000, row.clock ) ) {
						problems.push( `Retry after the fault was cleared does not load the data; shows: ${ ( await viewText( page ) ).slice( 0, 200 ).replace( /\n/g, ' | ' ) }` );
					}
				} else if ( row.expect === 'error' ) {
					problems.push( 'no Retry button' );
				}
			}
			await page.reload( { waitUntil: 'load' } );
			if ( !await waitFor( page, () => isGood( page, view ), 12_000, row.clock ) ) {
				problems.push( `after the fault, a reload does not show the right data (broken answer cached?); shows: ${ ( await viewText( page ) ).slice( 0, 200 ).replace( /\n/g, ' | ' ) }` );
			}
			problems.push( ...pageErrors.map( ( e ) => `page error: ${ e }` ) );
		} finally {
			await clearFaults( ctx, source.matches );
			await context.close();
		}
		return problems;
	}

	// Interleaved by source, so the rows running at the same time (vitest runs a few concurrent
	// tests at once) belong to different lanes.
	const all = rows();
	const perSource = SOURCES.map( ( s ) => all.filter( ( r ) => r.source === s ) );
	const interleaved = perSource[ 0 ].flatMap( ( _, i ) => perSource.map( ( list ) => list[ i ] ) )
		.filter( Boolean );
	for ( const row of interleaved ) {
		it.concurrent( `${ row.source.name } × ${ row.fault }${ row.lang ? ` (uselang=${ row.lang })` : '' } → ${ row.expect }`, async ( { expect } ) => {
			const lane = lanes.get( row.source.lane ) ?? lock();
			lanes.set( row.source.lane, lane );
			const problems = await lane( () => runRow( row ) );
			expect( problems ).toEqual( [] );
		}, 900_000 );
	}
} );
