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
import type { GeoRow } from './types';

const PAGE_TTL = 30 * DAY;
const MISSING_TTL = 3 * HOUR;
/** A country-month page is a few KB; far more is not one of ours. */
const MAX_PAGE_BYTES = 2 * 1000 * 1000;

export interface ReducedMonth {
	rows: GeoRow[];
	/** When the release published the month, as the page says (ISO 8601 date or time). */
	dataDate: string | null;
}

/** This wiki's index.php (wgScript), or '' off a wiki: then there are no reduced pages to read. */
export function wikiIndexScript(): string {
	const script = mw.config.get( 'wgScript' );
	return typeof script === 'string' && /^(\/[\w.~-]+)+\.php$/.test( script ) ? script : '';
}

export function reducedPageUrl( country: string, month: string ): string {
	return wikiIndexScript() + '?title=' + encodeURIComponent( reducedTitle( country, month ) ) +
		'&action=raw&maxage=86400&smaxage=2592000';
}

/** One country-month, or null when the wiki has no such page. */
async function readCountryMonth( country: string, month: string,
	signal?: AbortSignal ): Promise<ReducedMonth | null> {
	const url = reducedPageUrl( country, month );
	const key = 'geoeditors:reduced:' + url;
	const kept = await cacheGet<ReducedMonth | 'missing'>( key );
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
	const parsed = parsePage( value, country, month );
	if ( !parsed ) {
		throw new HttpError( 'malformed', url, 200, null, 'not a reduced geoeditors page' );
	}
	const result = { rows: parsed.rows, dataDate: parsed.page.dataDate };
	await cacheSet( key, result, PAGE_TTL );
	return result;
}

/**
 * The rows of these countries in one month from the wiki's pages, or null when any of them is not
 * published there (then the whole release file is read instead: one download serves them all).
 */
export async function readReducedMonth( countries: string[], month: string,
	signal?: AbortSignal ): Promise<ReducedMonth | null> {
	if ( !wikiIndexScript() ) {
		return null;
	}
	const parts =
		await Promise.all( countries.map( ( c ) => readCountryMonth( c, month, signal ) ) );
	if ( parts.includes( null ) ) {
		return null;
	}
	const found = parts as ReducedMonth[];
	const dates = found.map( ( p ) => p.dataDate ).filter( ( d ): d is string => !!d ).sort();
	return { rows: ( [] as GeoRow[] ).concat( ...found.map( ( p ) => p.rows ) ),
		dataDate: dates.length ? dates[ dates.length - 1 ] : null };
}
