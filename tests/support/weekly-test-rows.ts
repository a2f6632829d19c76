/**
 * Weekly rows of the generated sample files (localwiki/sample-data/geoeditors/generate-weekly.mjs),
 * for tests.
 */
import { weekRows, WEEKLY_MONTHS } from '../../localwiki/sample-data/geoeditors/generate-weekly.mjs';
import { parseWeekText } from '../../src/geo-editors/data/tsv-weekly';
import type { WeekMonthData } from '../../src/geo-editors/data/weekly-sources';

export { WEEKLY_MONTHS };

/** One generated weekly file as the loader returns it (all rows kept). */
export function weekFile( month: string ): WeekMonthData {
	const { rows, stats } = parseWeekText( weekRows( month ), {}, month );
	return { month, rows, weeks: Array.from( new Set( rows.map( ( r ) => r.week ) ) ).sort(),
		malformed: stats.malformed, fromCache: false, columns: stats.columns === 11 ? 11 : 8 };
}
