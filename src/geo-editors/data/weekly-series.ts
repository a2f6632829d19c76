/**
 * From weekly rows to what the weekly views show. As in the monthly release, a (wiki, country,
 * level, week) without a row was not published: it stays "not published", never 0. A row that
 * states its ε (the 11-column files) gets its interval exactly as a monthly cell does
 * (uncertainty.ts); a row of an 8-column file states none, and none is made up. Weeks are taken as
 * published: a week in two files is kept once (from the file of the month it starts in, the earlier
 * one) and named, with how many of its rows the two files disagree on; a week that no file holds
 * between the first and the last week found is "not in the release" (a gap, never 0); impossible
 * noise pairs (more editors than edits) are kept as they are.
 */
import { LEVELS, type ActivityLevel } from './types';
import { cellEstimate, sumEstimates, type Estimate } from './uncertainty';
import type { Selection } from './aggregate';
import type { WeekMonthData } from './weekly-sources';
import { sundaysOf, weekEnd, type WeekRow } from './weekly';

/** A published weekly value: the noisy count as released, with its interval when the row states ε. */
export interface WeeklyValue {
	editors: number;
	edits: number | null;
	/** From the row's own count_eps; absent when its file states none (8 columns). */
	estimate?: Estimate;
}

export interface WeekPoint {
	/** week_start, YYYY-MM-DD (a Sunday). */
	week: string;
	levels: Record<ActivityLevel, WeeklyValue | null>;
	/** Sum over the chosen published levels; null when none was published. */
	total: number | null;
	/** Chosen levels without a row this week (the total is then a lower bound). */
	missing: ActivityLevel[];
	/** Sum of the published edit counts of the chosen levels; null when none. */
	edits: number | null;
	/**
	 * The total with its interval: null when nothing was published or a part states no ε.
	 */
	estimate: Estimate | null;
	/** No file holds this week at all (for any wiki): "not in the release", a gap. */
	absent: boolean;
}

/** A week found in two files: which (the first one's rows are kept) and how many rows differ. */
export interface DoubledWeek {
	week: string;
	files: string[];
	/** Rows (wiki, country, level) whose values differ between the files. */
	disagree: number;
}

export interface MergedWeeks {
	rows: WeekRow[];
	/** Every week found in the loaded files and every absent one, oldest first. */
	weeks: string[];
	/** Rows seen in more than one file (same week, wiki, country, level) and kept once. */
	duplicates: number;
	/** Weeks that the loaded files should hold and none does: not in the release (a gap). */
	absent: string[];
	/** Weeks found in more than one file. */
	doubled: DoubledWeek[];
	/** Weeks found only in files that state no ε (8 columns): their values have no interval. */
	noInterval: string[];
}

function rowKey( r: { week: string; wikiDb: string; countryCode: string; level: string } ): string {
	return r.week + '\t' + r.wikiDb + '\t' + r.countryCode + '\t' + r.level;
}

function sameValues( a: WeekRow, b: WeekRow ): boolean {
	return a.editors === b.editors && a.edits === b.edits && a.countEps === b.countEps &&
		a.sumEps === b.sumEps && a.threshold === b.threshold;
}

/**
 * The weeks the loaded files should hold: the Sundays of each loaded file's month (a file holds the
 * weeks that start in its month, and the next month's file may hold one that ends in it), a week
 * that ends in the next month only when that month's file is loaded too. Weeks of a file that
 * failed are never counted as missing.
 */
function expectedWeeks( months: Set<string> ): string[] {
	const out: string[] = [];
	months.forEach( ( month ) => {
		sundaysOf( month ).forEach( ( w ) => {
			const end = weekEnd( w ).slice( 0, 7 );
			if ( end === month || months.has( end ) ) {
				out.push( w );
			}
		} );
	} );
	return out;
}

/**
 * The rows of several weekly files as one list keyed by week_start, not by file: a week that two
 * files hold (one straddling two months) is kept once, from the earlier file (the month the week
 * starts in), and listed with how many rows the files disagree on.
 */
export function mergeWeekMonths( files: WeekMonthData[] ): MergedWeeks {
	const seen = new Map<string, WeekRow>();
	const found = new Map<string, string[]>();
	const withEps = new Set<string>();
	const rows: WeekRow[] = [];
	const disagree = new Map<string, number>();
	let duplicates = 0;
	for ( const file of files.slice().sort( ( a, b ) => a.month < b.month ? -1 : 1 ) ) {
		file.weeks.forEach( ( w ) => {
			found.set( w, ( found.get( w ) || [] ).concat( [ file.month ] ) );
			if ( file.columns === 11 ) {
				withEps.add( w );
			}
		} );
		for ( const r of file.rows ) {
			const k = rowKey( r );
			const kept = seen.get( k );
			if ( kept ) {
				duplicates++;
				if ( !sameValues( kept, r ) ) {
					disagree.set( r.week, ( disagree.get( r.week ) || 0 ) + 1 );
				}
			} else {
				seen.set( k, r );
				rows.push( r );
			}
		}
	}
	const listed = Array.from( found.keys() ).sort();
	const absent = expectedWeeks( new Set( files.map( ( f ) => f.month ) ) )
		.filter( ( w ) => !found.has( w ) ).sort();
	return {
		rows, weeks: listed.concat( absent ).sort(), duplicates, absent,
		doubled: listed.filter( ( w ) => ( found.get( w ) as string[] ).length > 1 )
			.map( ( week ) => ( { week, files: found.get( week ) as string[], disagree: disagree.get( week ) || 0 } ) ),
		noInterval: listed.filter( ( w ) => !withEps.has( w ) ),
	};
}

/**
 * One point per week (in the order given) for one (country, wiki). A week that no row of any wiki
 * has is `absent` (not in the release).
 */
export function weekSeries( rows: WeekRow[], weeks: string[], selection: Selection,
	levels: readonly ActivityLevel[] = LEVELS ): WeekPoint[] {
	const byKey = new Map<string, WeekRow>();
	const present = new Set<string>();
	for ( const r of rows ) {
		present.add( r.week );
		if ( r.countryCode === selection.country && r.wikiDb === selection.wikiDb &&
			!byKey.has( rowKey( r ) ) ) {
			byKey.set( rowKey( r ), r );
		}
	}
	return weeks.map( ( week ) => {
		const cells = {} as Record<ActivityLevel, WeeklyValue | null>;
		const missing: ActivityLevel[] = [];
		let total: number | null = null;
		let edits: number | null = null;
		const parts: Estimate[] = [];
		let allEps = true;
		for ( const level of LEVELS ) {
			const row = byKey.get( rowKey( { week, wikiDb: selection.wikiDb,
				countryCode: selection.country, level } ) );
			const cell: WeeklyValue | null = row ? { editors: row.editors, edits: row.edits } : null;
			if ( cell && row && row.countEps !== undefined ) {
				cell.estimate = cellEstimate( row.editors, row.countEps );
			}
			cells[ level ] = cell;
			if ( !levels.includes( level ) ) {
				continue;
			}
			if ( cell ) {
				if ( cell.estimate ) {
					parts.push( cell.estimate );
				} else {
					allEps = false;
				}
				total = ( total || 0 ) + cell.editors;
				if ( cell.edits !== null ) {
					edits = ( edits || 0 ) + cell.edits;
				}
			} else {
				missing.push( level );
			}
		}
		return { week, levels: cells, total, missing, edits,
			estimate: allEps ? sumEstimates( parts ) : null, absent: !present.has( week ) };
	} );
}
