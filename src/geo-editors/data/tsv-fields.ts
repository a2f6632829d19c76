/**
 * Checks of single fields for the layouts of the stream parser (tsv-monthly.ts, tsv-weekly.ts).
 * The bounds themselves are the one row schema's (row-schema.ts), re-exported here. Pure, no DOM.
 */
export { COUNTRY_CODE, MIN_EPSILON, MAX_EPSILON, inRange, countsInRange } from './row-schema';

/** A finite number from a field ("144.0" → 144); NaN for blank or anything else. */
export function toNumber( field: string ): number {
	if ( field === '' ) {
		return NaN;
	}
	const n = Number( field );
	return isFinite( n ) ? n : NaN;
}
