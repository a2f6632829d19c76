/**
 * Pre-reduced release data: one month of one country, as a small JSON page on the wiki itself
 * (`MediaWiki:Gadget-geo-editors-data/CL/2023-08.json`), written by `npm run publish-reduced`.
 * One page per country and month: a published month never changes, so each page is written once and
 * cached by the wiki's CDN for long; a new month adds one page and rewrites none; a panel asks only
 * for the months it shows (a year is 12 small requests, 4 at a time, instead of 12 whole release
 * files). Rows keep every field the statistics need (editors, edits, count_eps, sum_eps,
 * threshold), so the numbers, intervals and not-published cells are the same as from the release
 * file.
 */
import { LEVELS, isLevel, isMonth, type GeoRow } from './types';

export const REDUCED_PREFIX = 'MediaWiki:Gadget-geo-editors-data/';
export const REDUCED_FORMAT = 1;
const COUNTRY_RE = /^([A-Z]{2}|--)$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/;
const WIKI_DB_RE = /^[a-z0-9_]{2,60}$/;

export function isCountryCode( value: unknown ): value is string {
	return typeof value === 'string' && COUNTRY_RE.test( value );
}

export function reducedTitle( country: string, month: string ): string {
	if ( !isCountryCode( country ) || !isMonth( month ) ) {
		throw new Error( 'Invalid country or month: ' + country + ' ' + month );
	}
	return REDUCED_PREFIX + country + '/' + month + '.json';
}

/** wiki_db, project, level index, count_eps, sum_eps, threshold, editors, edits (null: blank). */
type CompactRow = [ string, string, number, number, number, number, number, number | null ];

export interface ReducedPage {
	format: number;
	/** Name of the release the rows come from. */
	release: string;
	month: string;
	country: string;
	countryName: string;
	/**
	 * When the release published the month file (its Last-Modified), ISO 8601; null when unknown.
	 */
	dataDate: string | null;
	rows: CompactRow[];
}

export interface ReducedMeta {
	release: string;
	dataDate: string | null;
}

/** The page for one country of a month (rows of other countries or months are left out). */
export function reducePage( rows: GeoRow[], country: string, month: string,
	meta: ReducedMeta ): ReducedPage {
	const mine = rows.filter( ( r ) => r.countryCode === country && r.month === month );
	return {
		format: REDUCED_FORMAT,
		release: meta.release,
		month,
		country,
		countryName: mine.length ? mine[ 0 ].country : '',
		dataDate: meta.dataDate,
		rows: mine.map( ( r ) => [ r.wikiDb, r.project, LEVELS.indexOf( r.level ), r.countEps,
			r.sumEps, r.threshold, r.editors, r.edits ] ),
	};
}

/**
 * The page text. MediaWiki re-indents JSON pages on save (JsonContent's pre-save transform), so
 * what the wiki stores is compared as data, not as text (samePage).
 */
export function serializePage( page: ReducedPage ): string {
	return JSON.stringify( page );
}

/** Whether a stored page text holds exactly this page. */
export function samePage( text: string, page: ReducedPage ): boolean {
	try {
		return JSON.stringify( JSON.parse( text ) ) === JSON.stringify( page );
	} catch ( e ) {
		return false;
	}
}

const finite = ( v: unknown ): v is number => typeof v === 'number' && Number.isFinite( v ) && v >= 0;

/**
 * The rows of a page as read from the wiki (anyone with interface-admin rights can edit it),
 * checked field by field; null when it is not a page of this format for this country and month.
 */
export function parsePage( value: unknown, country: string,
	month: string ): { rows: GeoRow[]; page: ReducedPage } | null {
	const p = value as Partial<ReducedPage> | null;
	if ( !p || typeof p !== 'object' || p.format !== REDUCED_FORMAT || p.month !== month || p.country !== country ||
		typeof p.release !== 'string' || typeof p.countryName !== 'string' || !Array.isArray( p.rows ) ||
		( p.dataDate !== null && !( typeof p.dataDate === 'string' && DATE_RE.test( p.dataDate ) ) ) ) {
		return null;
	}
	const rows: GeoRow[] = [];
	for ( const r of p.rows as unknown[] ) {
		if ( !Array.isArray( r ) || r.length !== 8 || typeof r[ 0 ] !== 'string' || !WIKI_DB_RE.test( r[ 0 ] ) ||
			typeof r[ 1 ] !== 'string' || r[ 1 ].length > 80 || !isLevel( LEVELS[ r[ 2 ] as number ] ) ||
			!finite( r[ 3 ] ) || !finite( r[ 4 ] ) || !finite( r[ 5 ] ) || !finite( r[ 6 ] ) ||
				( r[ 7 ] !== null && !finite( r[ 7 ] ) ) ) {
			return null;
		}
		rows.push( {
			wikiDb: r[ 0 ], project: r[ 1 ], country: p.countryName, countryCode: country,
			level: LEVELS[ r[ 2 ] as number ],
			countEps: r[ 3 ], sumEps: r[ 4 ], threshold: r[ 5 ], editors: r[ 6 ],
			edits: r[ 7 ] as number | null, month,
		} );
	}
	return { rows, page: p as ReducedPage };
}
