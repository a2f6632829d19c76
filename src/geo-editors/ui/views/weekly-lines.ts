/**
 * The "Over time" view by week, from the weekly release: a line per level (no band) and a table
 * with a row per week. The weekly files state no privacy budget, so a weekly value is shown as
 * released, without ± — the view says so, and points to the monthly view for intervals. Never a
 * made-up ε.
 */
import { msg, formatMonth } from '../../../core/messages';
import { weekSeries } from '../../data/weekly-series';
import type { TableColumn } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel } from './labels';
import { weekChart, weekRows, weeksLabel } from './weekly-table';
import type { WeekInput, ViewOutput } from './types';

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
			rows: weekRows( points, levels, ( c ) => ( c ? { kind: 'number', value: c.editors } : { kind: 'np' } ),
				( p ) => ( p.total === null ? { kind: 'np' } : { kind: 'number', value: p.total, floor: p.missing.length > 0 } ) ),
			notes,
		},
		// No bands: there is no interval to draw. A week that is not published is a gap.
		chart: weekChart( weeks, points, levels, ( c ) => c.editors, msg( 'geo-editors-axis-editors' ) ),
	};
}
