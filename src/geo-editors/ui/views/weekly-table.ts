/**
 * What the weekly views share: a row per week (its Sunday in the reader's date format) with a cell
 * per level and a total, and a line per level without a band — a weekly value has no interval.
 */
import { formatDate } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import type { WeekPoint, WeeklyValue } from '../../data/weekly-series';
import { LEVELS, type ActivityLevel } from '../../data/types';
import { lineChart } from '../charts';
import type { CellValue, TableRow } from '../table-model';
import { levelLabel } from './labels';

/** "August 6, 2023" in the reader's language (`short`: "Aug 6, 2023", for the time axis). */
export function weekLabel( week: string, style: 'long' | 'short' = 'long' ): string {
	return formatDate( week, 11, style );
}

/** The first and last week of a range ("July 2, 2023 – December 31, 2023"). */
export function weeksLabel( weeks: string[] ): string {
	return weeks.length ? weekLabel( weeks[ 0 ] ) + ' – ' + weekLabel( weeks[ weeks.length - 1 ] ) : '';
}

/** A row per week: `cell` for each level's value (null: no row), `total` for the last column. */
export function weekRows( points: WeekPoint[], levels: readonly ActivityLevel[],
	cell: ( value: WeeklyValue | null ) => CellValue,
	total: ( point: WeekPoint ) => CellValue ): TableRow[] {
	return points.map( ( p ) => ( {
		key: p.week,
		label: weekLabel( p.week ),
		cells: levels.map( ( l ) => cell( p.levels[ l ] ) ).concat( [ total( p ) ] ),
	} ) );
}

/** A line per level of `value` (null: a gap); bands off, so no half-width is drawn or shown. */
export function weekChart( weeks: string[], points: WeekPoint[], levels: readonly ActivityLevel[],
	value: ( v: WeeklyValue ) => number | null,
	axisTitle: string ): ( canvas: HTMLCanvasElement ) => ThemedChart<ChartType> {
	const labels = weeks.map( ( w ) => weekLabel( w, 'short' ) );
	return ( canvas ) => lineChart( canvas, labels, levels.map( ( l ) => ( {
		label: levelLabel( l ),
		color: LEVELS.indexOf( l ),
		values: points.map( ( p ) => {
			const c = p.levels[ l ];
			const n = c ? value( c ) : null;
			return n === null ? null : { value: n, sd: 0, half: 0, cells: 1 };
		} ),
	} ) ), axisTitle, false ) as ThemedChart<ChartType>;
}
