/**
 * Checks of single fields shared by the layouts of the stream parser (tsv-monthly.ts,
 * tsv-weekly.ts): the country code's shape and plausible bounds of counts. Pure, no DOM.
 */
export const COUNTRY_CODE = /^(?:[A-Z]{2}|--)$/;
/** Plausible bounds of the numbers (noise can push a count a little, never this far). */
const MAX_COUNT = 1e8;
const MAX_EDITS = 1e12;
export const MIN_EPSILON = 1e-3;
export const MAX_EPSILON = 1e3;

/** A count the release could hold (not negative, not absurd); false for NaN. */
export function inRange( n: number, max = MAX_COUNT ): boolean {
	return n >= 0 && n <= max;
}

/** An editor count and an edit count (null: blank) the release could hold. */
export function countsInRange( editors: number, edits: number | null ): boolean {
	return inRange( editors, MAX_COUNT ) && ( edits === null || inRange( edits, MAX_EDITS ) );
}

/** A finite number from a field ("144.0" → 144); NaN for blank or anything else. */
export function toNumber( field: string ): number {
	if ( field === '' ) {
		return NaN;
	}
	const n = Number( field );
	return isFinite( n ) ? n : NaN;
}
