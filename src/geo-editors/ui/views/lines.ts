/**
 * Editors per level over time (line with interval band); table: a row per month, a column per level
 * plus total.
 */
import { msg, formatMonth } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { buildSeries } from '../../data/aggregate';
import { LEVELS } from '../../data/types';
import { lineChart } from '../charts';
import type { CellValue, TableColumn } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel, rangeLabel, levelCell, totalCell, commonNotes, shortMonths } from './labels';
import type { RangeInput, ViewOutput } from './types';

export function linesView( input: RangeInput ): ViewOutput {
	const { months, levels, selection } = input;
	const points = buildSeries( input.index, selection, months, levels );
	const columns: TableColumn[] =
		levels.map( ( l ) => ( { id: LEVEL_IDS[ l ], label: levelLabel( l ), numeric: true } ) );
	columns.push( { id: 'editors_total', label: levelsLabel( levels ), numeric: true } );
	const anyPartial = points.some( ( p ) => !p.noData && p.total.editors && p.total.missing.length );
	return {
		table: {
			caption: msg( 'geo-editors-caption-lines', selectionLabel( selection ), rangeLabel( months ) ),
			rowHeader: msg( 'geo-editors-month' ),
			columns,
			rows: points.map( ( p ) => ( {
				key: p.month,
				label: formatMonth( p.month ),
				cells: levels.map( ( l ): CellValue => levelCell( p, l ) ).concat( [ totalCell( p ) ] ),
			} ) ),
			notes: commonNotes( anyPartial ? [ msg( 'geo-editors-note-partial' ) ] : [] ),
		},
		chart: ( canvas ) => lineChart( canvas, shortMonths( months ), levels.map( ( l ) => ( {
			label: levelLabel( l ),
			color: LEVELS.indexOf( l ),
			values: points.map( ( p ) => {
				const c = p.levels[ l ];
				return c.published ? c.editors : null;
			} ),
		} ) ), msg( 'geo-editors-axis-editors' ) ) as ThemedChart<ChartType>,
	};
}
