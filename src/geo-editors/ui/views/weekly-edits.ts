/**
 * The "Edits" view by week, from the weekly release: a line per level and a table with a row per
 * week. As everywhere, edits are shown where published: n/p without a row, "no edits" for a row
 * without an edit count, and (as by month) without an interval; a week not in the release is a gap.
 */
import { msg } from '../../../core/messages';
import { weekSeries } from '../../data/weekly-series';
import type { TableColumn } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel } from './labels';
import { weekChart, weekRows, weeksLabel } from './weekly-table';
import type { WeekInput, ViewOutput } from './types';

export function weeklyEditsView( input: WeekInput ): ViewOutput {
	const { weeks, levels, selection } = input;
	const points = weekSeries( input.rows, weeks, selection, levels );
	const columns: TableColumn[] = levels.map( ( l ) => ( { id: LEVEL_IDS[ l ].replace( 'editors', 'edits' ), label: levelLabel( l ), numeric: true } ) );
	columns.push( { id: 'edits_total', label: levelsLabel( levels ), numeric: true } );
	return {
		lead: msg( 'geo-editors-edits-lead' ),
		table: {
			caption: msg( 'geo-editors-caption-weekly-edits', selectionLabel( selection ), weeksLabel( weeks ) ),
			rowHeader: msg( 'geo-editors-week' ),
			columns,
			rows: weekRows( points, levels,
				( c ) => ( !c ? { kind: 'np' } : c.edits === null ? { kind: 'no-edits' } : { kind: 'number', value: c.edits } ),
				( p ) => ( p.edits !== null ? { kind: 'number', value: p.edits } : { kind: p.total === null ? 'np' : 'no-edits' } ) ),
			notes: [ msg( 'geo-editors-note-np' ), msg( 'geo-editors-note-no-edits' ) ].concat(
				input.absent.some( ( w ) => weeks.includes( w ) ) ? [ msg( 'geo-editors-weekly-note-absent' ) ] : [],
				[ msg( 'geo-editors-weekly-note-source' ) ] ),
		},
		chart: weekChart( weeks, points, levels, ( c ) => c.edits, msg( 'geo-editors-axis-edits' ) ),
	};
}
