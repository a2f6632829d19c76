/**
 * The real Chile weekly rows (../shared/real-data/geoeditors-weekly, 11 columns) as the weekly
 * loader returns files, for tests. Which monthly file each week came from is not known: here each
 * week is in the file of the month it starts in, the June week in July's (as found).
 */
import { realText } from './real-data';
import { parseWeekText } from '../../src/geo-editors/data/tsv-weekly';
import type { WeekMonthData } from '../../src/geo-editors/data/weekly-sources';
import type { WeekRow } from '../../src/geo-editors/data/weekly';

export const FOUR_WIKIS = 'geoeditors-weekly/CL-weekly-2023-06-25_2024-04-21-4wikis.tsv';

/** A file as the loader returns it: `month`, its rows (all kept), the layout. */
export function weekData( month: string, rows: WeekRow[], columns: 8 | 11 = 11 ): WeekMonthData {
	return { month, rows, weeks: Array.from( new Set( rows.map( ( r ) => r.week ) ) ).sort(), malformed: 0,
		fromCache: false, columns };
}

/** The real rows as monthly files (call only when REAL_DATA is set). */
export function realWeekFiles(): WeekMonthData[] {
	const rows = parseWeekText( realText( FOUR_WIKIS ) ).rows;
	const months = new Map<string, WeekRow[]>();
	for ( const r of rows ) {
		const month = r.week < '2023-07-01' ? '2023-07' : r.week.slice( 0, 7 );
		months.set( month, ( months.get( month ) || [] ).concat( [ r ] ) );
	}
	return Array.from( months, ( [ month, list ] ) => weekData( month, list ) );
}

/** A file's rows as an 8-column file has them (no ε fields). */
export function withoutEps( file: WeekMonthData ): WeekMonthData {
	return weekData( file.month, file.rows.map( ( r ) => ( { wikiDb: r.wikiDb, project: r.project, country: r.country,
		countryCode: r.countryCode, level: r.level, editors: r.editors, edits: r.edits, week: r.week } ) ), 8 );
}
