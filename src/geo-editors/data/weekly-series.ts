/**
 * From weekly rows to what the weekly views show. As in the monthly release, a (wiki, country,
 * level, week) without a row was not published: it stays "not published", never 0. A weekly value
 * is a point value only: the weekly files do not state their privacy budget (no count_eps), so no
 * interval can be computed, and none is ever made up (WeeklyValue has no half-width at all).
 */
import { LEVELS, type ActivityLevel } from './types';
import type { Selection } from './aggregate';
import type { WeekMonthData } from './weekly-sources';
import type { WeekRow } from './weekly';

/** A published weekly value: the noisy count as released, without an interval. */
export interface WeeklyValue {
	editors: number;
	edits: number | null;
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
}

export interface MergedWeeks {
	rows: WeekRow[];
	/** Every week found in the loaded files, oldest first. */
	weeks: string[];
	/** Rows seen in more than one file (same week, wiki, country, level) and kept once. */
	duplicates: number;
}

function rowKey( r: { week: string; wikiDb: string; countryCode: string; level: string } ): string {
	return r.week + '\t' + r.wikiDb + '\t' + r.countryCode + '\t' + r.level;
}

/**
 * The rows of several weekly files as one list keyed by week_start, not by file: a week that two
 * files hold (one straddling two months) is kept once, from the earlier file.
 */
export function mergeWeekMonths( files: WeekMonthData[] ): MergedWeeks {
	const seen = new Set<string>();
	const weeks = new Set<string>();
	const rows: WeekRow[] = [];
	let duplicates = 0;
	for ( const file of files.slice().sort( ( a, b ) => a.month < b.month ? -1 : 1 ) ) {
		file.weeks.forEach( ( w ) => weeks.add( w ) );
		for ( const r of file.rows ) {
			const k = rowKey( r );
			if ( seen.has( k ) ) {
				duplicates++;
			} else {
				seen.add( k );
				rows.push( r );
			}
		}
	}
	return { rows, weeks: Array.from( weeks ).sort(), duplicates };
}

/** One point per week (in the order given) for one (country, wiki). */
export function weekSeries( rows: WeekRow[], weeks: string[], selection: Selection,
	levels: readonly ActivityLevel[] = LEVELS ): WeekPoint[] {
	const byKey = new Map<string, WeekRow>();
	for ( const r of rows ) {
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
		for ( const level of LEVELS ) {
			const row = byKey.get( rowKey( { week, wikiDb: selection.wikiDb,
				countryCode: selection.country, level } ) );
			cells[ level ] = row ? { editors: row.editors, edits: row.edits } : null;
			if ( !levels.includes( level ) ) {
				continue;
			}
			if ( row ) {
				total = ( total || 0 ) + row.editors;
				if ( row.edits !== null ) {
					edits = ( edits || 0 ) + row.edits;
				}
			} else {
				missing.push( level );
			}
		}
		return { week, levels: cells, total, missing, edits };
	} );
}
