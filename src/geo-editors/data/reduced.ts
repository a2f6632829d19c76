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
import { LEVELS, isMonth, type GeoRow } from './types';
import { rowProblem } from './row-schema';

export const REDUCED_PREFIX = 'MediaWiki:Gadget-geo-editors-data/';
export const REDUCED_FORMAT = 1;
const COUNTRY_RE = /^([A-Z]{2}|--)$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/;

/** A page's date of the data: null, or an ISO 8601 date or UTC time. */
export function isReducedDate( value: unknown ): value is string | null {
	return value === null || ( typeof value === 'string' && DATE_RE.test( value ) );
}

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

/** One compact row as a GeoRow, or the release column it breaks (the one schema, row-schema.ts). */
function readRow( r: unknown, page: ReducedPage, country: string, month: string ): GeoRow | string {
	if ( !Array.isArray( r ) || r.length !== 8 ) {
		return 'row shape';
	}
	const row = {
		wikiDb: r[ 0 ], project: r[ 1 ], country: page.countryName, countryCode: country,
		level: LEVELS[ r[ 2 ] as number ], countEps: r[ 3 ], sumEps: r[ 4 ], threshold: r[ 5 ],
		editors: r[ 6 ], edits: r[ 7 ], month,
	} as GeoRow;
	return rowProblem( row ) || row;
}

/**
 * The rows of a page as read from the wiki (anyone with interface-admin rights can edit it),
 * checked field by field with the release parser's bounds; null when it is not a page of this
 * format for this country and month, or any row breaks the schema.
 */
export function parsePage( value: unknown, country: string,
	month: string ): { rows: GeoRow[]; page: ReducedPage } | null {
	const p = value as Partial<ReducedPage> | null;
	if ( !p || typeof p !== 'object' || p.format !== REDUCED_FORMAT || p.month !== month || p.country !== country ||
		typeof p.release !== 'string' || typeof p.countryName !== 'string' || !Array.isArray( p.rows ) ||
		!isReducedDate( p.dataDate ) ) {
		return null;
	}
	const rows: GeoRow[] = [];
	for ( const r of p.rows as unknown[] ) {
		const row = readRow( r, p as ReducedPage, country, month );
		if ( typeof row === 'string' ) {
			return null;
		}
		rows.push( row );
	}
	return { rows, page: p as ReducedPage };
}

/**
 * What the reader would refuse in a page about to be published, one line per row ("row 3
 * (be-x-old, Chile, 1 to 4): wiki_db"); empty when the whole page reads back. The writer
 * publishes nothing while this is not empty.
 */
export function publishableProblems( page: ReducedPage, country: string, month: string ): string[] {
	const out: string[] = [];
	page.rows.forEach( ( r, i ) => {
		const row = readRow( r, page, country, month );
		if ( typeof row === 'string' ) {
			out.push( 'row ' + ( i + 1 ) + ' (' + [ r[ 0 ], page.countryName, LEVELS[ r[ 2 ] ] ].map( ( v ) => String( v ).slice( 0, 40 ) ).join( ', ' ) +
				'): ' + row + ' out of bounds' );
		}
	} );
	if ( !out.length && !parsePage( JSON.parse( serializePage( page ) ), country, month ) ) {
		out.push( 'the page itself is not in the format' );
	}
	return out;
}
