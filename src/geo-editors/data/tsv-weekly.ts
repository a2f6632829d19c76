/**
 * The weekly layouts of the stream parser (tsv.ts), told apart by the file's first line (header or
 * data): 8 columns (wiki_db … activity_level, editors, edits, week_start; the weekly README's, files
 * until mid-April 2024) or 11 (count_eps, sum_eps, count_release_thresh before editors, like the
 * monthly files; since late April 2024). Every field is checked: a week_start that is not a real
 * Sunday (or not one this month's file can hold), an unknown level, a malformed country code, an ε
 * out of bounds, a negative or absurd count make the line malformed; a column count of neither
 * layout on the first line, a header that is not the layout's, or a monthly file (a month where the
 * week belongs) make the file an error.
 */
import { RowParser, type RowLayout, type ParseStats } from './tsv';
import { COUNTRY_CODE, MIN_EPSILON, MAX_EPSILON, countsInRange, inRange, toNumber } from './tsv-fields';
import { LEVELS, type ActivityLevel, type RowFilter } from './types';
import { WEEKLY_COLUMNS, WEEKLY_COLUMNS_EPS, isWeekStart, weekInMonthFile, type WeekRow } from './weekly';

/**
 * One weekly layout: `eps` the 11 columns, else the 8; `month` (YYYY-MM), when given, is the file's
 * month and every week must be one that file can hold (weekly.ts weekInMonthFile).
 */
export function weeklyLayout( month?: string, eps = false ): RowLayout<WeekRow> {
	const names: readonly string[] = eps ? WEEKLY_COLUMNS_EPS : WEEKLY_COLUMNS;
	const columns = names.length;
	// Index of the tab before editors: the eps fields sit between activity_level and editors.
	const e = eps ? 7 : 4;
	return {
		columns,
		// The README names the columns by meaning; its spelling of the middle ones is not checked.
		isHeader: ( fields ) => fields[ 0 ] === names[ 0 ] && fields[ columns - 1 ] === names[ columns - 1 ],
		// A monthly file has as many columns, with a month (YYYY-MM) where the week belongs.
		foreign: ( last ) => /^\d{4}-\d{2}$/.test( last ),
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
			const week = text.slice( t[ e + 2 ] + 1, end );
			if ( !isWeekStart( week ) || ( month && !weekInMonthFile( week, month ) ) ) {
				return 'week';
			}
			const editors = toNumber( text.slice( t[ e ] + 1, t[ e + 1 ] ) );
			const editsText = text.slice( t[ e + 1 ] + 1, t[ e + 2 ] );
			const edits = editsText === '' ? null : toNumber( editsText );
			if ( !countsInRange( editors, edits ) ) {
				return 'number';
			}
			const row: WeekRow = {
				wikiDb: own( text.slice( start, t[ 0 ] ) ),
				project: own( text.slice( t[ 0 ] + 1, t[ 1 ] ) ),
				country: own( text.slice( t[ 1 ] + 1, t[ 2 ] ) ),
				countryCode: own( countryCode ),
				level,
				editors,
				edits,
				week: own( week ),
			};
			if ( eps ) {
				const countEps = toNumber( text.slice( t[ 4 ] + 1, t[ 5 ] ) );
				const sumEps = toNumber( text.slice( t[ 5 ] + 1, t[ 6 ] ) );
				const threshold = toNumber( text.slice( t[ 6 ] + 1, t[ 7 ] ) );
				// The monthly parser's bounds (5e-324 as ε would show "± ∞").
				if ( !( countEps >= MIN_EPSILON && countEps <= MAX_EPSILON ) ||
					!( sumEps >= 0 && sumEps <= MAX_EPSILON ) || !inRange( threshold ) ) {
					return 'number';
				}
				row.countEps = countEps;
				row.sumEps = sumEps;
				row.threshold = threshold;
			}
			return row;
		},
	};
}

/** One weekly file (the month `month`'s weeks), in either layout (its first line tells which). */
export class WeekParser extends RowParser<WeekRow> {
	public constructor( filter: RowFilter = {}, month?: string, maxRows?: number ) {
		super( filter, [ weeklyLayout( month ), weeklyLayout( month, true ) ], maxRows );
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
