/**
 * From published rows to what the views show. A (wiki, country, level, month) without a row was not
 * published (under the release threshold, or a protected country): it stays "not published",
 * never 0. Editors of different months are different counts of possibly the same people, so they
 * are never added up as "editors": a range gives monthly values, a monthly average, or
 * "editor-months".
 */
import { LEVELS, type ActivityLevel, type GeoRow } from './types';
import { FULL_COVERAGE, type MonthCoverage } from './coverage';
import { cellEstimate, scaleEstimate, sumEstimates, differenceEstimate, type Estimate } from './uncertainty';

/** A (country, wiki) pair a series is drawn for. */
export interface Selection {
	country: string;
	wikiDb: string;
}

export type Cell =
	| { published: true; editors: Estimate; edits: number | null; threshold: number }
	/** `noData`: the release has nothing for this month (coverage.ts), not a withheld cell. */
	| { published: false; noData?: true };

export interface TotalCell {
	/** Sum over the published levels; null when no level was published. */
	editors: Estimate | null;
	/** Levels without a row this month: the total leaves them out (it is then a lower bound). */
	missing: ActivityLevel[];
	/** Sum of published edit counts; null when none was published. */
	edits: number | null;
}

export interface MonthPoint {
	month: string;
	/** The release has no data for this month (no file, or none for the country): not n/p. */
	noData: boolean;
	levels: Record<ActivityLevel, Cell>;
	total: TotalCell;
}

const NOT_PUBLISHED: Cell = { published: false };
const NO_DATA: Cell = { published: false, noData: true };

function key( month: string, country: string, wikiDb: string, level: string ): string {
	return month + '\t' + country + '\t' + wikiDb + '\t' + level;
}

/**
 * Index rows by (month, country, wiki, level). A duplicate row would be a data error: the first
 * wins.
 */
export class RowIndex {
	private readonly map = new Map<string, GeoRow>();

	public readonly coverage: MonthCoverage;

	public constructor( rows: Iterable<GeoRow>, coverage: MonthCoverage = FULL_COVERAGE ) {
		this.coverage = coverage;
		for ( const row of rows ) {
			const k = key( row.month, row.countryCode, row.wikiDb, row.level );
			if ( !this.map.has( k ) ) {
				this.map.set( k, row );
			}
		}
	}

	public get( month: string, selection: Selection, level: ActivityLevel ): GeoRow | undefined {
		return this.map.get( key( month, selection.country, selection.wikiDb, level ) );
	}
}

export function cellOf( row: GeoRow | undefined ): Cell {
	if ( !row ) {
		return NOT_PUBLISHED;
	}
	return { published: true, editors: cellEstimate( row.editors, row.countEps ), edits: row.edits,
		threshold: row.threshold };
}

/** One point per month (in the order given), each level a cell, plus the month's total. */
export function buildSeries( index: RowIndex, selection: Selection, months: string[],
	levels: readonly ActivityLevel[] = LEVELS ): MonthPoint[] {
	return months.map( ( month ) => {
		const noData = index.coverage.noData( month, selection.country );
		const cells = {} as Record<ActivityLevel, Cell>;
		const parts: Estimate[] = [];
		const missing: ActivityLevel[] = [];
		let edits: number | null = null;
		for ( const level of LEVELS ) {
			const cell = noData ? NO_DATA : cellOf( index.get( month, selection, level ) );
			cells[ level ] = cell;
			if ( !levels.includes( level ) ) {
				continue;
			}
			if ( cell.published ) {
				parts.push( cell.editors );
				if ( cell.edits !== null ) {
					edits = ( edits || 0 ) + cell.edits;
				}
			} else {
				missing.push( level );
			}
		}
		return { month, noData, levels: cells, total: { editors: sumEstimates( parts ), missing, edits } };
	} );
}

export interface RangeSummary {
	/** Sum over the published months: "editor-months", not distinct editors. */
	editorMonths: Estimate | null;
	/** Average editors per published month. */
	monthlyAverage: Estimate | null;
	publishedMonths: number;
	/** Months in the range the release has, without a published value. */
	missingMonths: number;
	/** Months in the range the release has no data for (not counted as not published). */
	noDataMonths: number;
}

/** Summary of one level (or the total, with level null) over the points of a range. */
export function summarise( points: MonthPoint[], level: ActivityLevel | null ): RangeSummary {
	const parts: Estimate[] = [];
	let noData = 0;
	for ( const p of points ) {
		if ( p.noData ) {
			noData++;
		} else if ( level === null ) {
			// Only complete totals: a month with a level missing would bias the average down.
			if ( p.total.editors && !p.total.missing.length ) {
				parts.push( p.total.editors );
			}
		} else {
			const cell = p.levels[ level ];
			if ( cell.published ) {
				parts.push( cell.editors );
			}
		}
	}
	const sum = sumEstimates( parts );
	return {
		editorMonths: sum,
		monthlyAverage: sum ? scaleEstimate( sum, parts.length ) : null,
		publishedMonths: parts.length,
		missingMonths: points.length - parts.length - noData,
		noDataMonths: noData,
	};
}

export interface HeatmapGrid {
	years: number[];
	/** grid[yearIndex][monthIndex 0..11]: null where not published or outside the range. */
	grid: ( Estimate | null )[][];
	/** noData[yearIndex][monthIndex]: the month is in the range and the release has no data. */
	noData: boolean[][];
}

/** Year × month grid of one level (or of complete totals when level is null). */
export function heatmap( points: MonthPoint[], level: ActivityLevel | null ): HeatmapGrid {
	const years: number[] = [];
	for ( const p of points ) {
		const y = Number( p.month.slice( 0, 4 ) );
		if ( !years.includes( y ) ) {
			years.push( y );
		}
	}
	years.sort( ( a, b ) => a - b );
	const grid = years.map( () => new Array<Estimate | null>( 12 ).fill( null ) );
	const noData = years.map( () => new Array<boolean>( 12 ).fill( false ) );
	for ( const p of points ) {
		const y = years.indexOf( Number( p.month.slice( 0, 4 ) ) );
		const m = Number( p.month.slice( 5 ) ) - 1;
		grid[ y ][ m ] = valueOf( p, level );
		noData[ y ][ m ] = p.noData;
	}
	return { years, grid, noData };
}

/**
 * The editors estimate of a point for a level, or of the complete total (null if any level
 * missing).
 */
export function valueOf( p: MonthPoint, level: ActivityLevel | null ): Estimate | null {
	if ( level === null ) {
		return p.total.missing.length ? null : p.total.editors;
	}
	const cell = p.levels[ level ];
	return cell.published ? cell.editors : null;
}

export interface CountryTotal {
	country: string;
	countryName: string;
	editors: Estimate;
	/** Levels without a row (the total is a lower bound). */
	missing: ActivityLevel[];
}

/**
 * Countries of one wiki in one month, ranked by editors over the chosen levels (published ones
 * only).
 */
export function topCountries( rows: GeoRow[], wikiDb: string, month: string,
	levels: readonly ActivityLevel[] = LEVELS ): CountryTotal[] {
	const byCountry =
		new Map<string, { name: string; parts: Estimate[]; levels: ActivityLevel[] }>();
	for ( const row of rows ) {
		if ( row.wikiDb !== wikiDb || row.month !== month || !levels.includes( row.level ) ) {
			continue;
		}
		let entry = byCountry.get( row.countryCode );
		if ( !entry ) {
			entry = { name: row.country, parts: [], levels: [] };
			byCountry.set( row.countryCode, entry );
		}
		if ( !entry.levels.includes( row.level ) ) {
			entry.levels.push( row.level );
			entry.parts.push( cellEstimate( row.editors, row.countEps ) );
		}
	}
	const out: CountryTotal[] = [];
	byCountry.forEach( ( entry, country ) => {
		const editors = sumEstimates( entry.parts );
		if ( editors ) {
			out.push( {
				country,
				countryName: entry.name,
				editors,
				missing: levels.filter( ( l ) => !entry.levels.includes( l ) ),
			} );
		}
	} );
	out.sort( ( a, b ) => b.editors.value - a.editors.value || ( a.country < b.country ? -1 : 1 ) );
	return out;
}

export interface ComparedPoint {
	month: string;
	/** One value per selection (null: not published). */
	values: ( Estimate | null )[];
	/** Difference of each selection to the first one (null where either is not published). */
	differences: ( Estimate | null )[];
	/** Per selection: the release has no data for this month (not "not published"). */
	noData: boolean[];
}

/**
 * Several selections over the same months, each the total of `levels` (one level: that level's
 * cell), with differences to the first selection. A month where a level is missing gives null.
 */
export function compare( index: RowIndex, selections: Selection[], months: string[],
	levels: readonly ActivityLevel[] ): ComparedPoint[] {
	const series = selections.map( ( s ) => buildSeries( index, s, months, levels ) );
	return months.map( ( month, i ) => {
		const values = series.map( ( points ) => valueOf( points[ i ], null ) );
		const base = values[ 0 ];
		const differences = values.map(
			( v ) => ( v && base ? differenceEstimate( v, base ) : null ) );
		return { month, values, differences, noData: series.map( ( points ) => points[ i ].noData ) };
	} );
}
