/**
 * Where the weekly data comes from: the weekly release folder (endpoint `geoeditorsWeekly`), one
 * file per month holding that month's weeks. Read through the same month store as the monthly
 * release (month-store.ts: one download per month per page, kept whole in IndexedDB, a 404
 * remembered), with the weekly release in every cache key, and the same stream parser (tsv.ts with
 * the weekly layout of tsv-weekly.ts). Weeks are keyed by their `week_start`, not by file: a week
 * found in two files is kept once (mergeWeekMonths).
 */
import { getEndpoints } from '../../core/config';
import { cacheGet, cacheSet, HOUR, DAY } from '../../core/cache';
import { downloadWholeFile, MAX_CONCURRENT_MONTHS, type LoadOptions } from './sources';
import { MonthStore, type MonthStoreOptions, type WholeMonth } from './month-store';
import { WeekParser } from './tsv-weekly';
import { isMonth, type RowFilter } from './types';
import { WEEKLY_FIRST_MONTH, type WeekRow } from './weekly';

/** The rows of one weekly file that a filter keeps, and every week the whole file has. */
export interface WeekMonthData {
	month: string;
	rows: WeekRow[];
	/** Every week_start in the whole file (any wiki, any country): the weeks a view lists. */
	weeks: string[];
	malformed: number;
	fromCache: boolean;
	/**
	 * The file's layout: 8 columns (no ε: its values have no interval) or 11 (each row's own ε).
	 * Kept with the file in the cache (its parse statistics); a file cached before layouts were
	 * recorded is an 8-column one (its rows carry no ε either way).
	 */
	columns: 8 | 11;
	/** Rows past the parser's cap were not kept: from which line, how many (tsv.ts). */
	cut?: { fromLine: number; rows: number };
}

export function weekFileUrl( month: string ): string {
	if ( !isMonth( month ) ) {
		throw new Error( 'Invalid month: ' + month );
	}
	return getEndpoints().geoeditorsWeekly + month + '.tsv';
}

const stores = new Map<string, MonthStore<WeekRow>>();

/** For tests: a new page view (what IndexedDB holds stays). */
export function forgetPageWeeks(): void {
	stores.clear();
}

function downloadWeekMonth( month: string,
	options: MonthStoreOptions ): Promise<WholeMonth<WeekRow>> {
	return downloadWholeFile( weekFileUrl( month ), new WeekParser( {}, month ), month, options );
}

export function pageWeekStore(): MonthStore<WeekRow> {
	const base = getEndpoints().geoeditorsWeekly;
	let store = stores.get( base );
	if ( !store ) {
		store = new MonthStore<WeekRow>( {
			download: downloadWeekMonth, cacheGet, cacheSet, keyPrefix: base, release: 'weekly',
			monthTtlMs: 30 * DAY, missingTtlMs: 3 * HOUR,
		} );
		stores.set( base, store );
	}
	return store;
}

/** One weekly file, reduced to the rows the filter keeps. Months before the release are refused. */
export async function loadWeekMonth( month: string, filter: RowFilter,
	options: LoadOptions = {} ): Promise<WeekMonthData> {
	if ( !isMonth( month ) || month < WEEKLY_FIRST_MONTH ) {
		throw new Error( 'No weekly file for ' + month );
	}
	const whole = await pageWeekStore().get( month, options );
	const countries = filter.countries && filter.countries.length ?
		new Set( filter.countries ) : null;
	const wikis = filter.wikiDbs && filter.wikiDbs.length ? new Set( filter.wikiDbs ) : null;
	const weeks = new Set<string>();
	const rows: WeekRow[] = [];
	for ( const r of whole.rows ) {
		weeks.add( r.week );
		if ( ( !countries || countries.has( r.countryCode ) ) &&
			( !wikis || wikis.has( r.wikiDb ) ) ) {
			rows.push( r );
		}
	}
	return { month, rows, weeks: Array.from( weeks ).sort(), malformed: whole.stats.malformed,
		fromCache: whole.fromCache, columns: whole.stats.columns === 11 ? 11 : 8,
		cut: whole.stats.cut };
}

/**
 * Several weekly files, at most MAX_CONCURRENT_MONTHS at a time; a failed one does not stop the
 * others.
 */
export async function loadWeekMonths(
	months: string[], filter: RowFilter,
	options: LoadOptions & { onMonth?: ( month: string ) => void } = {}
): Promise<{ data: Map<string, WeekMonthData>; errors: Map<string, Error> }> {
	const data = new Map<string, WeekMonthData>();
	const errors = new Map<string, Error>();
	const queue = months.slice();
	const worker = async (): Promise<void> => {
		for ( let month = queue.shift(); month !== undefined; month = queue.shift() ) {
			try {
				data.set( month, await loadWeekMonth( month, filter,
					{ signal: options.signal, onWait: options.onWait } ) );
			} catch ( e ) {
				errors.set( month, e instanceof Error ? e : new Error( String( e ) ) );
			}
			if ( options.onMonth ) {
				options.onMonth( month );
			}
		}
	};
	const workers: Promise<void>[] = [];
	for ( let i = 0; i < Math.min( MAX_CONCURRENT_MONTHS, months.length ); i++ ) {
		workers.push( worker() );
	}
	await Promise.all( workers );
	return { data, errors };
}
