/**
 * Reduced weekly pages: one country's rows of one weekly file (the weeks the release's
 * `geoeditors_weekly/YYYY-MM.tsv` holds), `MediaWiki:Gadget-geo-editors-data/weekly/CL/2023-08.json`,
 * for the weekly form of "Over time". Rows keep the privacy fields where the file states them (the
 * 11-column files since late April 2024) and leave them out where it does not (8 columns): never a
 * default. The page also lists every week the whole file holds, so a week missing from the release
 * stays told apart from one not published for this country. Same schema and bounds as every other
 * row (row-schema.ts). Pure, no DOM.
 */
import { LEVELS, isMonth } from './types';
import { COUNTRY_CODE, MAX_EDITS, inRange, isCountEpsilon, isProjectName, isSumEpsilon, isWikiDb } from './row-schema';
import { REDUCED_FORMAT, REDUCED_PREFIX, isCountryCode, isReducedDate, type ReducedMeta } from './reduced';
import { isWeekStart, weekInMonthFile, type WeekRow } from './weekly';

/** A weekly row with the privacy fields of an 11-column file (absent for 8 columns). */
export type WeekRowEps = WeekRow & { countEps?: number; sumEps?: number; threshold?: number };

/** wiki_db, project, level index, editors, edits, week_start[, count_eps, sum_eps, threshold]. */
type WeeklyRow = ( string | number | null )[];

export interface ReducedWeeklyPage {
	format: number;
	kind: 'weekly';
	release: string;
	month: string;
	country: string;
	countryName: string;
	dataDate: string | null;
	/** Every week_start of the whole file (any country), oldest first. */
	weeks: string[];
	rows: WeeklyRow[];
}

export function weeklyPageTitle( country: string, month: string ): string {
	if ( !isCountryCode( country ) || !isMonth( month ) ) {
		throw new Error( 'Invalid country or month: ' + country + ' ' + month );
	}
	return REDUCED_PREFIX + 'weekly/' + country + '/' + month + '.json';
}

/** The weekly page of one country for one weekly file (`rows`: the whole file's rows). */
export function reduceWeeklyPage( rows: WeekRowEps[], country: string, month: string,
	meta: ReducedMeta ): ReducedWeeklyPage {
	const mine = rows.filter( ( r ) => r.countryCode === country );
	return {
		format: REDUCED_FORMAT, kind: 'weekly', release: meta.release, month, country,
		countryName: mine.length ? mine[ 0 ].country : '', dataDate: meta.dataDate,
		weeks: Array.from( new Set( rows.map( ( r ) => r.week ) ) ).sort(),
		rows: mine.map( ( r ) => {
			const row: WeeklyRow = [ r.wikiDb, r.project, LEVELS.indexOf( r.level ), r.editors, r.edits, r.week ];
			return r.countEps === undefined ? row :
				row.concat( [ r.countEps, r.sumEps as number, r.threshold as number ] );
		} ),
	};
}

/** The first field of a weekly row the schema refuses (its release column name), or null. */
export function weekRowProblem( r: WeekRowEps, month: string ): string | null {
	return !isWikiDb( r.wikiDb ) ? 'wiki_db' :
		!isProjectName( r.project ) ? 'project' :
			!COUNTRY_CODE.test( r.countryCode ) ? 'country_code' :
				!r.level ? 'activity_level' :
					!inRange( r.editors ) ? 'editors' :
						!( r.edits === null || inRange( r.edits, MAX_EDITS ) ) ? 'edits' :
							!( typeof r.week === 'string' && isWeekStart( r.week ) && weekInMonthFile( r.week, month ) ) ? 'week_start' :
								r.countEps !== undefined && !isCountEpsilon( r.countEps ) ? 'count_eps' :
									r.countEps !== undefined && !isSumEpsilon( r.sumEps ) ? 'sum_eps' :
										r.countEps !== undefined && !inRange( r.threshold ) ? 'count_release_thresh' : null;
}

function readWeeklyRow( r: unknown, page: ReducedWeeklyPage, month: string ): WeekRowEps | string {
	if ( !Array.isArray( r ) || ( r.length !== 6 && r.length !== 9 ) ) {
		return 'row shape';
	}
	const row: WeekRowEps = {
		wikiDb: r[ 0 ], project: r[ 1 ], country: page.countryName, countryCode: page.country,
		level: LEVELS[ r[ 2 ] as number ], editors: r[ 3 ], edits: r[ 4 ], week: r[ 5 ],
	};
	if ( r.length === 9 ) {
		row.countEps = r[ 6 ];
		row.sumEps = r[ 7 ];
		row.threshold = r[ 8 ];
	}
	return weekRowProblem( row, month ) || row;
}

/** The rows of a weekly page as read from the wiki, checked; null when it is not one. */
export function parseWeeklyPage( value: unknown, country: string,
	month: string ): { rows: WeekRowEps[]; page: ReducedWeeklyPage } | null {
	const p = value as Partial<ReducedWeeklyPage> | null;
	if ( !p || typeof p !== 'object' || p.format !== REDUCED_FORMAT || p.kind !== 'weekly' ||
		p.month !== month || p.country !== country || typeof p.release !== 'string' ||
		typeof p.countryName !== 'string' || !Array.isArray( p.rows ) || !Array.isArray( p.weeks ) ||
		p.weeks.length > 12 || !p.weeks.every( ( w ) => typeof w === 'string' && isWeekStart( w ) && weekInMonthFile( w, month ) ) ||
		!isReducedDate( p.dataDate ) ) {
		return null;
	}
	const rows: WeekRowEps[] = [];
	for ( const r of p.rows as unknown[] ) {
		const row = readWeeklyRow( r, p as ReducedWeeklyPage, month );
		if ( typeof row === 'string' ) {
			return null;
		}
		rows.push( row );
	}
	return { rows, page: p as ReducedWeeklyPage };
}

/** What the reader would refuse in a weekly page about to be published, one line per row. */
export function weeklyPageProblems( page: ReducedWeeklyPage ): string[] {
	const out: string[] = [];
	page.rows.forEach( ( r, i ) => {
		const row = readWeeklyRow( r, page, page.month );
		if ( typeof row === 'string' ) {
			out.push( 'row ' + ( i + 1 ) + ' (' + [ r[ 0 ], page.country, r[ 5 ] ]
				.map( ( v ) => String( v ).slice( 0, 40 ) ).join( ', ' ) + '): ' + row + ' out of bounds' );
		}
	} );
	if ( !out.length && !parseWeeklyPage( JSON.parse( JSON.stringify( page ) ), page.country, page.month ) ) {
		out.push( 'the page itself is not in the format' );
	}
	return out;
}
