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
import { loadReducedIndex, readPlannedWeeks } from './reduced-pages';
import { planWeekMonth } from './reduced-index';

/** The rows of one weekly file that a filter keeps, and every week the whole file has. */
export interface WeekMonthData {
	month: string;
	rows: WeekRow[];
	/** Every week_start in the whole file (any wiki, any country): the weeks a view lists. */
	weeks: string[];
	malformed: number;
	fromCache: boolean;
	/** Read from the release host although this wiki has reduced pages (none covers it). */
	releaseFallback?: boolean;
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
	// The wiki's weekly pages where its index lists them (no request for any other page).
	const index = await loadReducedIndex( options.signal );
	const reduced = await readPlannedWeeks( planWeekMonth( index, month, filter ), month,
		options.signal );
	if ( reduced ) {
		const only = filter.wikiDbs && filter.wikiDbs.length ? new Set( filter.wikiDbs ) : null;
		return { month, rows: reduced.rows.filter( ( r ) => !only || only.has( r.wikiDb ) ),
			weeks: reduced.weeks, malformed: 0, fromCache: false };
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
	const data: WeekMonthData = { month, rows, weeks: Array.from( weeks ).sort(),
		malformed: whole.stats.malformed, fromCache: whole.fromCache };
	if ( index ) {
		data.releaseFallback = true;
	}
	return data;
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
