/**
 * Reads the pre-reduced pages (reduced.ts) from this wiki: `index.php?action=raw` with a long
 * maxage/smaxage, so the wiki's own CDN serves them. No `ctype`: with any ctype but the default
 * (text/x-wiki) MediaWiki answers a missing page with an empty 200, not a 404 (seen on 1.43). A
 * page that does not exist (HTTP 404) means the month is not published there: the caller falls back
 * to the release file, and the answer is remembered for a few hours. A page that is not in the
 * format is an error, never "no editors".
 */
import { requestJson, HttpError } from '../../core/http';
import { cacheGet, cacheSet, HOUR, DAY } from '../../core/cache';
import { parsePage, reducedTitle } from './reduced';
import { parseWikiPage, wikiPageTitle } from './reduced-wiki';
import { parseWeeklyPage, weeklyPageTitle, type WeekRowEps } from './reduced-weekly';
import { INDEX_TITLE, parseIndex, type MonthPlan, type ReducedIndex } from './reduced-index';
import type { GeoRow } from './types';

const PAGE_TTL = 30 * DAY;
const MISSING_TTL = 3 * HOUR;
/** A country-month page is a few KB; far more is not one of ours. */
const MAX_PAGE_BYTES = 2 * 1000 * 1000;

export interface ReducedMonth<R = GeoRow> {
	rows: R[];
	/** When the release published the month, as the page says (ISO 8601 date or time). */
	dataDate: string | null;
}

/** This wiki's index.php (wgScript), or '' off a wiki: then there are no reduced pages to read. */
export function wikiIndexScript(): string {
	const script = mw.config.get( 'wgScript' );
	return typeof script === 'string' && /^(\/[\w.~-]+)+\.php$/.test( script ) ? script : '';
}

export function reducedPageUrl( country: string, month: string ): string {
	return pageUrl( reducedTitle( country, month ) );
}

function pageUrl( title: string ): string {
	return wikiIndexScript() + '?title=' + encodeURIComponent( title ) +
		'&action=raw&maxage=86400&smaxage=2592000';
}

const INDEX_TTL = HOUR;
const indexReads = new Map<string, Promise<ReducedIndex | null>>();

interface IndexAnswer {
	query?: { pages?: { missing?: boolean; revisions?: { slots?: { main?: { content?: string } } }[] }[] };
}

/**
 * The wiki's index of reduced pages (reduced-index.ts), or null when it has none (or one that is
 * not an index). Read through api.php, which answers a missing page with a 200 that says so: a
 * wiki without reduced pages costs one small, cached request an hour and no 404 in the console.
 */
export function loadReducedIndex( _signal?: AbortSignal ): Promise<ReducedIndex | null> {
	const script = wikiIndexScript();
	if ( !script ) {
		return Promise.resolve( null );
	}
	// One read per page view, however many months ask at once.
	let shared = indexReads.get( script );
	if ( !shared ) {
		// Not the caller's signal: the read is shared by every view of the page.
		shared = readIndex( script );
		indexReads.set( script, shared );
		shared.catch( () => indexReads.delete( script ) );
	}
	return shared;
}

/** For tests: a new page view. */
export function forgetReducedIndex(): void {
	indexReads.clear();
}

async function readIndex( script: string ): Promise<ReducedIndex | null> {
	const url = script.replace( /index\.php$/, 'api.php' ) + '?action=query&format=json&formatversion=2' +
		'&prop=revisions&rvprop=content&rvslots=main&maxage=300&smaxage=3600&titles=' +
		encodeURIComponent( INDEX_TITLE );
	const key = 'geoeditors:reduced-index:' + url;
	const kept = await cacheGet<ReducedIndex | 'none'>( key );
	if ( kept ) {
		return kept === 'none' ? null : kept;
	}
	const answer = await requestJson<IndexAnswer>( url, { timeoutMs: 20000, retries: 1, maxBytes: MAX_PAGE_BYTES } );
	const page = answer.query && answer.query.pages && answer.query.pages[ 0 ];
	const content = page && page.revisions && page.revisions[ 0 ] && page.revisions[ 0 ].slots &&
		page.revisions[ 0 ].slots.main && page.revisions[ 0 ].slots.main.content;
	let index: ReducedIndex | null;
	try {
		index = typeof content === 'string' ? parseIndex( JSON.parse( content ) ) : null;
	} catch ( e ) {
		index = null;
	}
	await cacheSet( key, index || 'none', INDEX_TTL );
	return index;
}

/** The rows of one month from the pages a plan names (planMonth), or null to read the release. */
export async function readPlannedMonth( plan: MonthPlan, month: string,
	signal?: AbortSignal ): Promise<ReducedMonth | null> {
	if ( plan.source === 'release' ) {
		return null;
	}
	const parts = await Promise.all( plan.keys.map( ( k ) => ( plan.source === 'wikis' ?
		readPage( wikiPageTitle( k, month ), ( v ) => parseWikiPage( v, k, month ), signal ) :
		readPage( reducedTitle( k, month ), ( v ) => parsePage( v, k, month ), signal ) ) ) );
	return combine( parts );
}

/** A weekly file's rows from the weekly pages a plan names (planWeekMonth), or null: the release. */
export async function readPlannedWeeks( plan: MonthPlan, month: string, signal?: AbortSignal ):
Promise<{ rows: WeekRowEps[]; weeks: string[]; dataDate: string | null } | null> {
	if ( plan.source !== 'countries' ) {
		return null;
	}
	const parts = await Promise.all( plan.keys.map( ( c ) => readPage( weeklyPageTitle( c, month ), ( v ) => {
		const parsed = parseWeeklyPage( v, c, month );
		return parsed && { rows: parsed.rows, page: parsed.page, weeks: parsed.page.weeks };
	}, signal ) ) );
	if ( parts.includes( null ) ) {
		return null;
	}
	const found = parts as ( ReducedMonth<WeekRowEps> & { weeks?: string[] } )[];
	const weeks = new Set<string>();
	found.forEach( ( p ) => ( p.weeks || [] ).forEach( ( w ) => weeks.add( w ) ) );
	return { rows: ( [] as WeekRowEps[] ).concat( ...found.map( ( p ) => p.rows ) ),
		weeks: Array.from( weeks ).sort(), dataDate: found[ 0 ] ? found[ 0 ].dataDate : null };
}

/** One page (cached 30 days), or null when the wiki has no such page (404, remembered 3 hours). */
async function readPage<R>( title: string,
	parse: ( value: unknown ) => { rows: R[]; page: { dataDate: string | null }; weeks?: string[] } | null,
	signal?: AbortSignal ): Promise<ReducedMonth<R> | null> {
	const url = pageUrl( title );
	const key = 'geoeditors:reduced:' + url;
	const kept = await cacheGet<ReducedMonth<R> | 'missing'>( key );
	if ( kept ) {
		return kept === 'missing' ? null : kept;
	}
	let value: unknown;
	try {
		value = await requestJson<unknown>( url,
			{ signal, timeoutMs: 20000, retries: 1, maxBytes: MAX_PAGE_BYTES } );
	} catch ( e ) {
		if ( e instanceof HttpError && e.kind === 'http' && e.status === 404 ) {
			await cacheSet( key, 'missing', MISSING_TTL );
			return null;
		}
		throw e;
	}
	const parsed = parse( value );
	if ( !parsed ) {
		throw new HttpError( 'malformed', url, 200, null, 'not a reduced geoeditors page' );
	}
	const result: ReducedMonth<R> & { weeks?: string[] } =
		{ rows: parsed.rows, dataDate: parsed.page.dataDate };
	if ( parsed.weeks ) {
		result.weeks = parsed.weeks;
	}
	await cacheSet( key, result, PAGE_TTL );
	return result;
}

function combine( parts: ( ReducedMonth | null )[] ): ReducedMonth | null {
	if ( parts.includes( null ) ) {
		return null;
	}
	const found = parts as ReducedMonth[];
	const dates = found.map( ( p ) => p.dataDate ).filter( ( d ): d is string => !!d ).sort();
	return { rows: ( [] as GeoRow[] ).concat( ...found.map( ( p ) => p.rows ) ),
		dataDate: dates.length ? dates[ dates.length - 1 ] : null };
}
