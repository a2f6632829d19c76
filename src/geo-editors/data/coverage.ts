/**
 * Which (month, country) the loaded data has nothing about: "no data for this month", never "not
 * published" (issue 23 item 1). Not published is a fact of the release: a month it has, a cell
 * without a row (below the threshold, or a protected country). No data is a month the release has
 * no file for (not yet released, before it starts, not in a sample: HTTP 404), or a month whose data
 * holds no row at all, in any wiki, for a country that is not on the protection list (a sample
 * that leaves the country out; in the real release a country under the threshold everywhere).
 * Pure, no DOM.
 */
import { isProtected } from './protection';

export interface MonthCoverage {
	noData( month: string, country: string ): boolean;
}

/**
 * @param noFile months the release has no file for
 * @param countriesByMonth per month, the view's countries its data has a row for in any wiki;
 *  a month not in the map (or undefined) is not known, and never "no data" for that reason
 */
export function monthCoverage( noFile: Iterable<string>,
	countriesByMonth: ReadonlyMap<string, readonly string[] | undefined> = new Map() ): MonthCoverage {
	const absent = new Set( noFile );
	return {
		noData: ( month, country ) => {
			if ( absent.has( month ) ) {
				return true;
			}
			const present = countriesByMonth.get( month );
			return !!present && !present.includes( country ) && !isProtected( country, month );
		},
	};
}

/** Nothing is known to be missing (a view built from rows alone). */
export const FULL_COVERAGE: MonthCoverage = { noData: () => false };
