/** Shapes of the geoeditors DP monthly release, as the gadget uses them. */

/** Activity levels of the release, in display order. */
export const LEVELS = [ '1 to 4', '5 to 99', '100 or more' ] as const;
export type ActivityLevel = typeof LEVELS[ number ];

/** The 11 columns of a monthly file, in the release's order. */
export const COLUMNS = [
	'wiki_db', 'project', 'country', 'country_code', 'activity_level', 'count_eps', 'sum_eps',
	'count_release_thresh', 'editors', 'edits', 'month',
] as const;

/** One published cell: editors (and edits) of one wiki, country, level and month. */
export interface GeoRow {
	wikiDb: string;
	project: string;
	country: string;
	countryCode: string;
	level: ActivityLevel;
	/** Privacy budget of the editor count: noise scale is 1 / countEps. */
	countEps: number;
	sumEps: number;
	/** Cells whose noisy count fell below this were not published. */
	threshold: number;
	editors: number;
	/** Null where the release has no edit count (blank field; older months; risky countries). */
	edits: number | null;
	/** YYYY-MM */
	month: string;
}

/** Which rows of a month a view keeps. An empty or missing list means "all". */
export interface RowFilter {
	/** ISO alpha-2 codes (`--` for unknown). */
	countries?: string[];
	/** wiki_db values, e.g. `eswiki`. */
	wikiDbs?: string[];
}

export function isLevel( value: string ): value is ActivityLevel {
	return ( LEVELS as readonly string[] ).includes( value );
}

export const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth( value: unknown ): value is string {
	return typeof value === 'string' && MONTH_RE.test( value );
}

/** Every month from `from` to `to` inclusive (YYYY-MM); empty when from > to. */
export function monthRange( from: string, to: string ): string[] {
	const out: string[] = [];
	if ( !isMonth( from ) || !isMonth( to ) ) {
		return out;
	}
	let y = Number( from.slice( 0, 4 ) );
	let m = Number( from.slice( 5 ) );
	const endY = Number( to.slice( 0, 4 ) );
	const endM = Number( to.slice( 5 ) );
	while ( y < endY || ( y === endY && m <= endM ) ) {
		out.push( y + '-' + ( m < 10 ? '0' : '' ) + m );
		if ( ++m > 12 ) {
			m = 1;
			y++;
		}
		if ( out.length > 1200 ) {
			break;
		}
	}
	return out;
}

/** The month `n` months after `month` (negative n: before). */
export function addMonths( month: string, n: number ): string {
	const index = Number( month.slice( 0, 4 ) ) * 12 + Number( month.slice( 5 ) ) - 1 + n;
	const y = Math.floor( index / 12 );
	const m = index % 12 + 1;
	return y + '-' + ( m < 10 ? '0' : '' ) + m;
}
