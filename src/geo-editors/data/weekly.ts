/**
 * The weekly geoeditors release (`geoeditors_weekly/`), as the Foundation's README describes it
 * (https://analytics.wikimedia.org/published/datasets/geoeditors_weekly/00_README.html): weekly from
 * July 2023, one file per month (`YYYY-MM.tsv`) holding that month's weeks, 8 columns ending in
 * `week_start` (a Sunday). Unlike the monthly release it carries no ε (count_eps, sum_eps) and no
 * release threshold, so a weekly value has no interval we could state. Pure data, no DOM.
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

/** One published weekly cell: editors (and edits) of one wiki, country, level and week. */
export interface WeekRow {
	wikiDb: string;
	project: string;
	country: string;
	countryCode: string;
	level: ActivityLevel;
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
