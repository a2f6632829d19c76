/**
 * The "Over time" view by week, from the weekly release: a line per level (no band) and a table
 * with a row per week. The weekly files state no privacy budget, so a weekly value is shown as
 * released, without ± — the view says so, and points to the monthly view for intervals. Never a
 * made-up ε.
 */
import { msg, formatDate, formatMonth } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { weekSeries } from '../../data/weekly-series';
import { LEVELS } from '../../data/types';
import { lineChart } from '../charts';
import type { CellValue, TableColumn } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel } from './labels';
import type { WeekInput, ViewOutput } from './types';

/** "August 6, 2023" in the reader's language (`short`: "Aug 6, 2023", for the time axis). */
export function weekLabel( week: string, style: 'long' | 'short' = 'long' ): string {
	return formatDate( week, 11, style );
}

/** The first and last week of a range ("July 2, 2023 – December 31, 2023"). */
export function weeksLabel( weeks: string[] ): string {
	return weeks.length ? weekLabel( weeks[ 0 ] ) + ' – ' + weekLabel( weeks[ weeks.length - 1 ] ) : '';
}

export function weeklyLinesView( input: WeekInput ): ViewOutput {
	const { weeks, levels, selection } = input;
	const points = weekSeries( input.rows, weeks, selection, levels );
	const columns: TableColumn[] =
		levels.map( ( l ) => ( { id: LEVEL_IDS[ l ], label: levelLabel( l ), numeric: true } ) );
	columns.push( { id: 'editors_total', label: levelsLabel( levels ), numeric: true } );
	const anyPartial = points.some( ( p ) => p.total !== null && p.missing.length > 0 );
	const notes = [ msg( 'geo-editors-note-np' ), msg( 'geo-editors-weekly-no-interval' ) ];
	if ( anyPartial ) {
		notes.push( msg( 'geo-editors-weekly-note-partial' ) );
	}
	notes.push( msg( 'geo-editors-weekly-note-source' ) );
	const lead = [ msg( 'geo-editors-weekly-no-interval' ) ];
	if ( input.before.length ) {
		lead.push( msg( 'geo-editors-weekly-before', formatMonth( '2023-07' ), input.before.length ) );
	}
	return {
		lead: lead.join( ' ' ),
		table: {
			caption: msg( 'geo-editors-caption-weekly', selectionLabel( selection ), weeksLabel( weeks ) ),
			rowHeader: msg( 'geo-editors-week' ),
			columns,
			rows: points.map( ( p ) => ( {
				key: p.week,
				label: weekLabel( p.week ),
				cells: levels.map( ( l ): CellValue => {
					const c = p.levels[ l ];
					return c ? { kind: 'number', value: c.editors } : { kind: 'np' };
				} ).concat( [ p.total === null ? { kind: 'np' } : { kind: 'number', value: p.total, floor: p.missing.length > 0 } ] ),
			} ) ),
			notes,
		},
		// No bands: there is no interval to draw. A week that is not published is a gap.
		chart: ( canvas ) => lineChart( canvas, weeks.map( ( w ) => weekLabel( w, 'short' ) ), levels.map( ( l ) => ( {
			label: levelLabel( l ),
			color: LEVELS.indexOf( l ),
			values: points.map( ( p ) => {
				const c = p.levels[ l ];
				// As the Edits view does: with bands off, half is never drawn nor shown in the
				// tooltip.
				return c ? { value: c.editors, sd: 0, half: 0, cells: 1 } : null;
			} ),
		} ) ), msg( 'geo-editors-axis-editors' ), false ) as ThemedChart<ChartType>,
	};
}
