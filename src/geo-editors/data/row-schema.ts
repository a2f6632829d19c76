/**
 * The one schema of a geoeditors row, shared by everything that reads or writes one: the release's
 * stream parser (tsv-monthly.ts, tsv-weekly.ts), the reader of the wiki's reduced pages
 * (reduced.ts parsePage) and their writer (`npm run publish-reduced`, which refuses to publish a
 * row this schema refuses). One set of bounds, so a page the writer saves is always one the reader
 * accepts, and a value the release parser refuses (ε = 5e-324 would show "± ∞") is refused on the
 * wiki too. Pure, no DOM.
 */
import { isLevel, isMonth, type GeoRow } from './types';

export const COUNTRY_CODE = /^(?:[A-Z]{2}|--)$/;
/** A database name as the Foundation's wiki table spells them (`eswiki`, `be_x_oldwiki`). */
export const WIKI_DB = /^[a-z0-9_]{2,60}$/;
/** A project name (`es.wikipedia`, `zh-min-nan.wikipedia`), shown as text: its length bounded. */
export const MAX_PROJECT_LENGTH = 80;
/** Plausible bounds of the numbers (noise can push a count a little, never this far). */
export const MAX_COUNT = 1e8;
export const MAX_EDITS = 1e12;
export const MIN_EPSILON = 1e-3;
export const MAX_EPSILON = 1e3;

/** A count the release could hold (not negative, not absurd); false for NaN or a non-number. */
export function inRange( n: unknown, max = MAX_COUNT ): boolean {
	return typeof n === 'number' && n >= 0 && n <= max;
}

/** An editor count and an edit count (null: blank) the release could hold. */
export function countsInRange( editors: unknown, edits: unknown ): boolean {
	return inRange( editors, MAX_COUNT ) && ( edits === null || inRange( edits, MAX_EDITS ) );
}

export function isWikiDb( value: unknown ): value is string {
	return typeof value === 'string' && WIKI_DB.test( value );
}

export function isProjectName( value: unknown ): value is string {
	return typeof value === 'string' && value.length > 0 && value.length <= MAX_PROJECT_LENGTH;
}

/** ε of the editor count: a privacy budget the release could state (5e-324 would give ± ∞). */
export function isCountEpsilon( value: unknown ): boolean {
	return typeof value === 'number' && value >= MIN_EPSILON && value <= MAX_EPSILON;
}

/** ε of the edit sum: 0 allowed (no edit counts published), bounded above like count_eps. */
export function isSumEpsilon( value: unknown ): boolean {
	return typeof value === 'number' && value >= 0 && value <= MAX_EPSILON;
}

/** The first field of a monthly row this schema refuses (its release column name), or null. */
export function rowProblem( r: GeoRow ): string | null {
	return !isWikiDb( r.wikiDb ) ? 'wiki_db' :
		!isProjectName( r.project ) ? 'project' :
			!( typeof r.countryCode === 'string' && COUNTRY_CODE.test( r.countryCode ) ) ? 'country_code' :
				!isLevel( r.level ) ? 'activity_level' :
					!isCountEpsilon( r.countEps ) ? 'count_eps' :
						!isSumEpsilon( r.sumEps ) ? 'sum_eps' :
							!inRange( r.threshold ) ? 'count_release_thresh' :
								!inRange( r.editors ) ? 'editors' :
									!( r.edits === null || inRange( r.edits, MAX_EDITS ) ) ? 'edits' :
										!isMonth( r.month ) ? 'month' : null;
}
