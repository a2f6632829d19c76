/**
 * The weekly geoeditors release (`geoeditors_weekly/`): weekly from July 2023, one file per month
 * (`YYYY-MM.tsv`) holding the weeks that start in it or up to six days before it, ending in
 * `week_start` (a Sunday). Two layouts were published (docs/geo-editors.md, with sources): the
 * README's 8 columns, without ε, read until mid-April 2024; and since late April 2024 11 columns
 * like the monthly files (count_eps, sum_eps, count_release_thresh before editors), while the README
 * still lists 8. A row of the 11-column layout states its ε, so its value gets an interval as a
 * monthly one does; an 8-column row has none, and none is made up. Pure data, no DOM.
 */
import type { ActivityLevel } from './types';

/** The first month of the weekly release. */
export const WEEKLY_FIRST_MONTH = '2023-07';

/**
 * The README's data features in its order. Only `wiki_db` (the header test) and `week_start` are
 * names the README spells; the parser checks a header by its first and last field and its length.
 */
export const WEEKLY_COLUMNS = [
	'wiki_db', 'project', 'country', 'country_code', 'activity_level', 'editors', 'edits', 'week_start',
] as const;

/** The 11-column layout (files since late April 2024): the monthly columns, `week_start` last. */
export const WEEKLY_COLUMNS_EPS = [
	'wiki_db', 'project', 'country', 'country_code', 'activity_level', 'count_eps', 'sum_eps',
	'count_release_thresh', 'editors', 'edits', 'week_start',
] as const;

/**
 * One published weekly cell: editors (and edits) of one wiki, country, level and week. The three
 * privacy fields are present exactly when the row's file states them (11 columns) and absent for
 * an 8-column file (and for any source that does not state them): never a default.
 */
export interface WeekRow {
	wikiDb: string;
	project: string;
	country: string;
	countryCode: string;
	level: ActivityLevel;
	/** Privacy budget of the editor count (noise scale 1 / countEps); absent: not stated. */
	countEps?: number;
	/** Privacy budget of the edit count; absent: not stated. */
	sumEps?: number;
	/** Release threshold of the row's file; absent: not stated. */
	threshold?: number;
	editors: number;
	/** Null where the file gives no edit count (blank field). */
	edits: number | null;
	/** The Sunday the week starts on, YYYY-MM-DD. */
	week: string;
}

const DAY_MS = 86400000;
const WEEK_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of a YYYY-MM-DD date at 00:00 UTC, or NaN when it is not a real date. */
function dateMs( value: string ): number {
	const m = WEEK_RE.exec( value );
	if ( !m ) {
		return NaN;
	}
	const ms = Date.UTC( +m[ 1 ], +m[ 2 ] - 1, +m[ 3 ] );
	// 2023-02-30 becomes 2023-03-02 in Date.UTC: such a date is not real.
	return new Date( ms ).toISOString().slice( 0, 10 ) === value ? ms : NaN;
}

/** A real calendar date that is a Sunday (the release's weeks start on Sundays). */
export function isWeekStart( value: string ): boolean {
	const ms = dateMs( value );
	return !isNaN( ms ) && new Date( ms ).getUTCDay() === 0;
}

/**
 * Whether a week can be in the file of `month`: it starts in that month, or in the six days before
 * it (a week straddling two months; which file holds it is not documented, so either is accepted).
 */
export function weekInMonthFile( week: string, month: string ): boolean {
	const first = dateMs( month + '-01' );
	const weekMs = dateMs( week );
	return weekMs >= first - 6 * DAY_MS && week.slice( 0, 7 ) <= month;
}

/** The Sundays that start in `month` (YYYY-MM), oldest first. */
export function sundaysOf( month: string ): string[] {
	const out: string[] = [];
	const first = dateMs( month + '-01' );
	if ( isNaN( first ) ) {
		return out;
	}
	const offset = ( 7 - new Date( first ).getUTCDay() ) % 7;
	for (
		let ms = first + offset * DAY_MS;
		new Date( ms ).toISOString().slice( 0, 7 ) === month;
		ms += 7 * DAY_MS
	) {
		out.push( new Date( ms ).toISOString().slice( 0, 10 ) );
	}
	return out;
}

/** The last day of a week starting on `week` (Saturday), YYYY-MM-DD. */
export function weekEnd( week: string ): string {
	return new Date( dateMs( week ) + 6 * DAY_MS ).toISOString().slice( 0, 10 );
}
