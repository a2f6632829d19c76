/**
 * The weekly layout of the stream parser (tsv.ts): 8 columns, wiki_db … activity_level as in the
 * monthly files, then editors, edits and week_start. Every field is checked: a week_start that is
 * not a real Sunday (or not one this month's file can hold), an unknown level, a malformed country
 * code, a negative or absurd count make the line malformed; a wrong column count on the first line,
 * or a header that is not this layout's, make the file an error.
 */
import { RowParser, type RowLayout, type ParseStats } from './tsv';
import { toNumber } from './tsv-fields';
import { COUNTRY_CODE, countsInRange, isProjectName, isWikiDb } from './row-schema';
import { LEVELS, type ActivityLevel, type RowFilter } from './types';
import { WEEKLY_COLUMNS, isWeekStart, weekInMonthFile, type WeekRow } from './weekly';

const COLUMNS = WEEKLY_COLUMNS.length;

/**
 * The weekly layout; `month` (YYYY-MM), when given, is the file's month and every week must be one
 * that file can hold (weekly.ts weekInMonthFile).
 */
export function weeklyLayout( month?: string ): RowLayout<WeekRow> {
	return {
		columns: COLUMNS,
		// The README names the columns by meaning; its spelling of the middle ones is not checked.
		isHeader: ( fields ) => fields[ 0 ] === WEEKLY_COLUMNS[ 0 ] &&
			fields[ COLUMNS - 1 ] === WEEKLY_COLUMNS[ COLUMNS - 1 ],
		read: ( text, start, end, t, own ) => {
			const level =
				LEVELS[ LEVELS.indexOf( text.slice( t[ 3 ] + 1, t[ 4 ] ) as ActivityLevel ) ];
			if ( !level ) {
				return 'level';
			}
			const countryCode = text.slice( t[ 2 ] + 1, t[ 3 ] );
			if ( !COUNTRY_CODE.test( countryCode ) ) {
				return 'country';
			}
			const week = text.slice( t[ 6 ] + 1, end );
			if ( !isWeekStart( week ) || ( month && !weekInMonthFile( week, month ) ) ) {
				return 'week';
			}
			const editors = toNumber( text.slice( t[ 4 ] + 1, t[ 5 ] ) );
			const editsText = text.slice( t[ 5 ] + 1, t[ 6 ] );
			const edits = editsText === '' ? null : toNumber( editsText );
			if ( !countsInRange( editors, edits ) ) {
				return 'number';
			}
			const wikiDb = text.slice( start, t[ 0 ] );
			const project = text.slice( t[ 0 ] + 1, t[ 1 ] );
			if ( !isWikiDb( wikiDb ) ) {
				return 'wiki';
			}
			if ( !isProjectName( project ) ) {
				return 'project';
			}
			return {
				wikiDb: own( wikiDb ),
				project: own( project ),
				country: own( text.slice( t[ 1 ] + 1, t[ 2 ] ) ),
				countryCode: own( countryCode ),
				level,
				editors,
				edits,
				week: own( week ),
			};
		},
	};
}

/** One weekly file (the month `month`'s weeks). */
export class WeekParser extends RowParser<WeekRow> {
	public constructor( filter: RowFilter = {}, month?: string ) {
		super( filter, weeklyLayout( month ) );
	}
}

/** Parse a whole weekly text at once (tests, small files). */
export function parseWeekText( text: string, filter: RowFilter = {},
	month?: string ): { rows: WeekRow[]; stats: ParseStats } {
	const parser = new WeekParser( filter, month );
	parser.push( text );
	const stats = parser.end();
	return { rows: parser.rows, stats };
}
