/**
 * The "Edits" view by week, from the weekly release: a line per level and a table with a row per
 * week. As everywhere, edits are shown where published: n/p without a row, "no edits" for a row
 * without an edit count; and as every weekly value, without an interval (the release states no ε).
 */
import { msg } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { weekSeries } from '../../data/weekly-series';
import { LEVELS } from '../../data/types';
import { lineChart } from '../charts';
import type { CellValue, TableColumn } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel } from './labels';
import { weekLabel, weeksLabel } from './weekly-lines';
import type { WeekInput, ViewOutput } from './types';

export function weeklyEditsView( input: WeekInput ): ViewOutput {
	const { weeks, levels, selection } = input;
	const points = weekSeries( input.rows, weeks, selection, levels );
	const columns: TableColumn[] = levels.map( ( l ) => ( { id: LEVEL_IDS[ l ].replace( 'editors', 'edits' ), label: levelLabel( l ), numeric: true } ) );
	columns.push( { id: 'edits_total', label: levelsLabel( levels ), numeric: true } );
	return {
		lead: msg( 'geo-editors-edits-lead' ) + ' ' + msg( 'geo-editors-weekly-no-interval' ),
		table: {
			caption: msg( 'geo-editors-caption-weekly-edits', selectionLabel( selection ), weeksLabel( weeks ) ),
			rowHeader: msg( 'geo-editors-week' ),
			columns,
			rows: points.map( ( p ) => ( {
				key: p.week,
				label: weekLabel( p.week ),
				cells: levels.map( ( l ): CellValue => {
					const c = p.levels[ l ];
					return !c ? { kind: 'np' } : c.edits === null ? { kind: 'no-edits' } : { kind: 'number', value: c.edits };
				} ).concat( [ p.edits !== null ? { kind: 'number', value: p.edits } : { kind: p.total === null ? 'np' : 'no-edits' } ] ),
			} ) ),
			notes: [ msg( 'geo-editors-note-np' ), msg( 'geo-editors-note-no-edits' ), msg( 'geo-editors-weekly-no-interval' ),
				msg( 'geo-editors-weekly-note-source' ) ],
		},
		chart: ( canvas ) => lineChart( canvas, weeks.map( ( w ) => weekLabel( w, 'short' ) ), levels.map( ( l ) => ( {
			label: levelLabel( l ),
			color: LEVELS.indexOf( l ),
			values: points.map( ( p ) => {
				const c = p.levels[ l ];
				// With bands off, half is never drawn nor shown (as in the monthly Edits view).
				return c && c.edits !== null ? { value: c.edits, sd: 0, half: 0, cells: 1 } : null;
			} ),
		} ) ), msg( 'geo-editors-axis-edits' ), false ) as ThemedChart<ChartType>,
	};
}
