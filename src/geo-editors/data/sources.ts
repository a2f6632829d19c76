/**
 * Where the monthly data comes from: the release folder (configured endpoint), one file per month.
 * Only the months a view needs are fetched, at most 4 at a time, each once per page whatever the
 * filters (month-store.ts), kept whole in IndexedDB (never an incomplete one), so a warm view makes
 * no request and another country or wiki needs none either. The list of published months comes from
 * the folder's directory index.
 */
import { getEndpoints } from '../../core/config';
import { request, boundedText, HttpError } from '../../core/http';
import { cacheGet, cacheSet, HOUR, DAY } from '../../core/cache';
import { MonthParser, RowParser, TsvFormatError, MAX_LINE, type FormatReason, type ParseStats } from './tsv';
import { formatNumber } from '../../core/messages';
import { streamIntoParser, MAX_MONTH_BYTES, BodyTooLargeError } from './stream';
import { isMonth, type GeoRow, type RowFilter } from './types';
import { MonthStore, type MonthStoreOptions, type WholeMonth } from './month-store';
import { forgetReducedIndex, loadReducedIndex, readPlannedMonth } from './reduced-pages';
import { indexMonths, planMonth } from './reduced-index';

export const MAX_CONCURRENT_MONTHS = 4;
/** Published months do not change; a month later the cache still holds the same numbers. */
const MONTH_TTL = 30 * DAY;
const INDEX_TTL = 6 * HOUR;

/**
 * A month file that arrived but cannot be used: empty, not in the release's format, or cut off.
 * Carries its own message (shown by src/core/ui.ts errorMessage).
 */
export class MonthFileError extends Error {
	public readonly messageKey: string;

	public readonly params: ( string | number )[];

	public readonly month: string;

	public constructor( reason: FormatReason | 'truncated' | 'size', month: string, expected = 0, actual = 0 ) {
		super( 'Geoeditors file ' + month + ': ' + reason );
		this.name = 'MonthFileError';
		this.month = month;
		this.messageKey = reason === 'empty' ? 'geo-editors-error-empty' :
			reason === 'truncated' ? 'geo-editors-error-truncated' :
				reason === 'line' ? 'geo-editors-error-line' :
					reason === 'size' ? 'geo-editors-error-size' : 'geo-editors-error-format';
		this.params = reason === 'columns' ? [ expected, actual ] : reason === 'header' ? [ expected, '?' ] :
			reason === 'line' ? [ formatNumber( MAX_LINE ) ] :
				reason === 'size' ? [ formatNumber( MAX_MONTH_BYTES / 1e6 ) ] : [];
	}
}

export interface MonthData {
	month: string;
	rows: GeoRow[];
	stats: ParseStats;
	/**
	 * Whether every line could be read (only such months are cached; a cut-off file is an error).
	 */
	complete: boolean;
	fromCache: boolean;
	/**
	 * Read from the wiki's pre-reduced pages (reduced-pages.ts): the release's date of the data.
	 */
	dataDate?: string | null;
	/**
	 * The filter's countries this month's data has a row for, in any wiki (coverage.ts); undefined
	 * when the data cannot tell (a per-wiki page, or no country filter).
	 */
	countries?: string[];
	/**
	 * Read from the release host although this wiki has reduced pages (none covers this month of
	 * the view): the view says which months.
	 */
	releaseFallback?: boolean;
}

export interface LoadOptions {
	signal?: AbortSignal;
	/** Bytes of this month received so far (total null when the server did not say). */
	onBytes?: ( bytes: number, total: number | null ) => void;
	/** Seconds left while honouring a Retry-After (429/503), then 0. */
	onWait?: ( secondsLeft: number ) => void;
}

/** Same filter, same key, whatever the order of its lists. */
export function filterKey( filter: RowFilter ): string {
	const part = ( list?: string[] ): string => ( list || [] ).slice().sort().join( ',' );
	return 'c=' + part( filter.countries ) + '|w=' + part( filter.wikiDbs );
}

export function monthUrl( month: string ): string {
	if ( !isMonth( month ) ) {
		throw new Error( 'Invalid month: ' + month );
	}
	return getEndpoints().geoeditors + month + '.tsv';
}

/**
 * Months remembered as not published (HTTP 404) for this long before the release is asked again.
 */
const MISSING_TTL = 3 * HOUR;

/**
 * The page's month stores, one per release folder: every panel and filter on the page shares them.
 */
const stores = new Map<string, MonthStore>();

/** For tests: a new page view (what IndexedDB holds stays). */
export function forgetPageMonths(): void {
	stores.clear();
	forgetReducedIndex();
}

export function pageMonthStore(): MonthStore {
	const base = getEndpoints().geoeditors;
	let store = stores.get( base );
	if ( !store ) {
		store = new MonthStore( { download: downloadMonth, cacheGet, cacheSet, keyPrefix: base,
			monthTtlMs: MONTH_TTL, missingTtlMs: MISSING_TTL } );
		stores.set( base, store );
	}
	return store;
}

/** The rows of a whole month that a filter keeps (the filter the stream parser would apply). */
export function filterRows( rows: GeoRow[], filter: RowFilter ): GeoRow[] {
	const countries = filter.countries && filter.countries.length ?
		new Set( filter.countries ) : null;
	const wikis = filter.wikiDbs && filter.wikiDbs.length ? new Set( filter.wikiDbs ) : null;
	if ( !countries && !wikis ) {
		return rows;
	}
	return rows.filter( ( r ) => ( !countries || countries.has( r.countryCode ) ) &&
		( !wikis || wikis.has( r.wikiDb ) ) );
}

/**
 * One month, reduced to the rows the filter keeps: from the wiki's reduced pages when its index
 * lists pages for it (reduced-index.ts planMonth), else from the page's month store (one download
 * of the release file per month).
 */
export async function loadMonth( month: string, filter: RowFilter,
	options: LoadOptions = {} ): Promise<MonthData> {
	if ( !isMonth( month ) ) {
		throw new Error( 'Invalid month: ' + month );
	}
	const index = await loadReducedIndex( options.signal );
	const plan = planMonth( index, month, filter );
	const reduced = await readPlannedMonth( plan, month, options.signal );
	if ( !reduced ) {
		const data = await fromStore( month, filter, options );
		return index ? Object.assign( data, { releaseFallback: true } ) : data;
	}
	const rows = filterRows( reduced.rows, filter );
	const stats: ParseStats = { header: true, rows: reduced.rows.length, kept: rows.length,
		malformed: 0, malformedSamples: [], terminated: true };
	// A country page holds every wiki of its country; a wiki page says nothing about the others.
	return { month, rows, stats, complete: true, fromCache: false, dataDate: reduced.dataDate,
		countries: plan.source === 'countries' ? countriesWithRows( reduced.rows, filter ) : undefined };
}

/** The filter's countries that have a row among `rows` (any wiki); undefined without a filter. */
export function countriesWithRows( rows: readonly GeoRow[], filter: RowFilter ): string[] | undefined {
	const wanted = filter.countries;
	if ( !wanted || !wanted.length ) {
		return undefined;
	}
	const found = new Set<string>();
	for ( const r of rows ) {
		if ( wanted.includes( r.countryCode ) ) {
			found.add( r.countryCode );
		}
	}
	return wanted.filter( ( c ) => found.has( c ) );
}

function fromStore( month: string, filter: RowFilter, options: LoadOptions ): Promise<MonthData> {
	return pageMonthStore().get( month, options ).then( ( whole ) => {
		const rows = filterRows( whole.rows, filter );
		return { month, rows, stats: Object.assign( {}, whole.stats, { kept: rows.length } ),
			complete: whole.complete, fromCache: whole.fromCache,
			countries: whole.complete ? countriesWithRows( whole.rows, filter ) : undefined };
	} );
}

/** A whole month streamed from the release (every row kept). */
function downloadMonth( month: string, options: MonthStoreOptions ): Promise<WholeMonth> {
	return downloadWholeFile( monthUrl( month ), new MonthParser( {}, month ), month, options );
}

/**
 * One file of a release (monthly or weekly) streamed whole into its parser. A file that is not the
 * release's format, too large or cut off in transfer is an error (MonthFileError), never rows: the
 * rows after a cut would look "not published". Not shown, not kept.
 */
export async function downloadWholeFile<R extends object>( url: string, parser: RowParser<R>,
	month: string, options: MonthStoreOptions ): Promise<WholeMonth<R>> {
	const response = await request( url, { timeoutMs: 30000, retries: 1, onWait: options.onWait } );
	let result;
	try {
		result = await streamIntoParser( response, parser, options.onBytes );
	} catch ( e ) {
		if ( e instanceof TsvFormatError ) {
			throw new MonthFileError( e.reason, month, e.expected, e.actual );
		}
		if ( e instanceof BodyTooLargeError ) {
			throw new MonthFileError( 'size', month );
		}
		throw e;
	}
	if ( !result.complete ) {
		throw new MonthFileError( 'truncated', month );
	}
	// A file past the row cap (stats.cut) is shown as far as it was kept, and never cached.
	return { rows: parser.rows, stats: result.stats,
		complete: result.stats.malformed === 0 && !result.stats.cut };
}

export interface MonthsProgress {
	done: number;
	total: number;
	/** The month that just finished, with its data or its error. */
	month: string;
	data?: MonthData;
	error?: Error;
}

export interface MonthsResult {
	data: Map<string, MonthData>;
	errors: Map<string, Error>;
}

/**
 * Several months, at most MAX_CONCURRENT_MONTHS at a time. A failing month does not stop the
 * others: its error is collected and the rest still arrive (and are reported one by one through
 * onMonth).
 */
export async function loadMonths(
	months: string[],
	filter: RowFilter,
	options: { signal?: AbortSignal; onMonth?: ( progress: MonthsProgress ) => void;
		onWait?: ( secondsLeft: number ) => void; concurrency?: number; } = {},
): Promise<MonthsResult> {
	const result: MonthsResult = { data: new Map(), errors: new Map() };
	const queue = months.slice();
	let done = 0;
	const worker = async (): Promise<void> => {
		for ( let month = queue.shift(); month !== undefined; month = queue.shift() ) {
			const progress: MonthsProgress = { done: 0, total: months.length, month };
			try {
				progress.data = await loadMonth( month, filter,
					{ signal: options.signal, onWait: options.onWait } );
				result.data.set( month, progress.data );
			} catch ( e ) {
				progress.error = e instanceof Error ? e : new Error( String( e ) );
				result.errors.set( month, progress.error );
				if ( progress.error instanceof HttpError && progress.error.kind === 'aborted' ) {
					queue.length = 0;
				}
			}
			progress.done = ++done;
			if ( options.onMonth ) {
				options.onMonth( progress );
			}
		}
	};
	const workers: Promise<void>[] = [];
	const n = Math.min( options.concurrency || MAX_CONCURRENT_MONTHS, MAX_CONCURRENT_MONTHS,
		months.length );
	for ( let i = 0; i < n; i++ ) {
		workers.push( worker() );
	}
	await Promise.all( workers );
	return result;
}

/** The month files listed in an Apache directory index, sorted. */
export function parseDirectoryIndex( html: string ): string[] {
	const months = new Set<string>();
	const re = /href="(\d{4}-\d{2})\.tsv"/g;
	for ( let m = re.exec( html ); m; m = re.exec( html ) ) {
		if ( isMonth( m[ 1 ] ) ) {
			months.add( m[ 1 ] );
		}
	}
	return Array.from( months ).sort();
}

/**
 * Every published month, oldest first, from the release folder's index (cached for a few hours).
 */
export async function loadPublishedMonths( signal?: AbortSignal ): Promise<string[]> {
	// Where the wiki has reduced pages, their months are the published ones: a reader's view
	// never asks the release host for its folder.
	const index = await loadReducedIndex( signal );
	const reduced = index ? indexMonths( index ) : [];
	if ( reduced.length ) {
		return reduced;
	}
	const base = getEndpoints().geoeditors;
	const key = 'geoeditors:index:' + base;
	const cached = await cacheGet<string[]>( key );
	if ( cached && cached.length ) {
		return cached;
	}
	const response = await request( base, { signal, timeoutMs: 20000, retries: 1 } );
	// An index page is a few KB: a body that does not end is cut off, never read whole.
	const months = parseDirectoryIndex( await boundedText( response, base, 5 * 1000 * 1000 ) );
	if ( !months.length ) {
		throw new HttpError( 'malformed', base, response.status, null, 'no month files in the index' );
	}
	await cacheSet( key, months, INDEX_TTL );
	return months;
}
