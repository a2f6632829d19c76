/**
 * What the weekly views share: a row per week (its Sunday in the reader's date format) with a cell
 * per level and a total, a line per level with the band of its interval where the week's rows
 * state ε, a gap (never 0, never joined across) for a week not in the release, and the note naming
 * the weeks without an interval.
 */
import { formatDate, formatNumber, msg } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import type { WeekPoint, WeeklyValue } from '../../data/weekly-series';
import type { Estimate } from '../../data/uncertainty';
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

/**
 * A row per week: `cell` for each level's value (null: no row), `total` for the last column; a week
 * not in the release has the "not in the release" mark in every cell.
 */
export function weekRows( points: WeekPoint[], levels: readonly ActivityLevel[],
	cell: ( value: WeeklyValue | null ) => CellValue,
	total: ( point: WeekPoint ) => CellValue ): TableRow[] {
	return points.map( ( p ) => ( {
		key: p.week,
		label: weekLabel( p.week ),
		cells: p.absent ? levels.map( (): CellValue => ( { kind: 'absent' } ) ).concat( [ { kind: 'absent' } ] ) :
			levels.map( ( l ) => cell( p.levels[ l ] ) ).concat( [ total( p ) ] ),
	} ) );
}

/** Runs of consecutive weeks of `some` (in the order of `weeks`) as "first – last" labels. */
function weekRuns( weeks: string[], some: string[] ): string {
	const wanted = new Set( some );
	const runs: string[][] = [];
	let run: string[] | null = null;
	for ( const w of weeks ) {
		if ( wanted.has( w ) ) {
			if ( !run ) {
				run = [];
				runs.push( run );
			}
			run.push( w );
		} else {
			run = null;
		}
	}
	return runs.map( ( r ) => r.length === 1 ? weekLabel( r[ 0 ] ) : weeksLabel( [ r[ 0 ], r[ r.length - 1 ] ] ) ).join( ', ' );
}

/** The sentence naming the weeks of the view without an interval (8-column files); null: none. */
export function noIntervalNote( weeks: string[], noInterval: string[] ): string | null {
	const shown = noInterval.filter( ( w ) => weeks.includes( w ) );
	return shown.length ? msg( 'geo-editors-weekly-no-interval-weeks', formatNumber( shown.length ), weekRuns( weeks, shown ), shown.length ) : null;
}

/** A weekly value as a cell: with its interval when its row states ε, else the number alone. */
export function weekCell( value: number, estimate: Estimate | null | undefined, floor = false ): CellValue {
	if ( estimate ) {
		return floor ? { kind: 'estimate', estimate, partial: true } : { kind: 'estimate', estimate };
	}
	return floor ? { kind: 'number', value, floor: true } : { kind: 'number', value };
}

/**
 * A line per level of `value` (null: a gap, never joined across); with `band` the week's interval
 * where its row states ε (none drawn where it does not).
 */
export function weekChart( weeks: string[], points: WeekPoint[], levels: readonly ActivityLevel[],
	value: ( v: WeeklyValue ) => number | null,
	axisTitle: string, band = false ): ( canvas: HTMLCanvasElement ) => ThemedChart<ChartType> {
	const labels = weeks.map( ( w ) => weekLabel( w, 'short' ) );
	return ( canvas ) => lineChart( canvas, labels, levels.map( ( l ) => ( {
		label: levelLabel( l ),
		color: LEVELS.indexOf( l ),
		values: points.map( ( p ) => {
			const c = p.levels[ l ];
			const n = c ? value( c ) : null;
			if ( n === null || !c ) {
				return null;
			}
			return band && c.estimate ? c.estimate : { value: n, sd: 0, half: 0, cells: 1 };
		} ),
	} ) ), axisTitle, band ) as ThemedChart<ChartType>;
}
