/** Edits per level over time, where the release publishes them. */
import { msg, formatMonth } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { buildSeries } from '../../data/aggregate';
import { LEVELS, type ActivityLevel } from '../../data/types';
import { lineChart } from '../charts';
import type { CellValue, TableColumn } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel, rangeLabel, shortMonths } from './labels';
import type { RangeInput, ViewOutput } from './types';

export function editsView( input: RangeInput ): ViewOutput {
	const { months, levels, selection } = input;
	const points = buildSeries( input.index, selection, months, levels );
	const editsOf = ( p: typeof points[ 0 ], l: ActivityLevel ): CellValue => {
		const c = p.levels[ l ];
		return p.noData ? { kind: 'no-data' } : !c.published ? { kind: 'np' } : c.edits === null ? { kind: 'no-edits' } : { kind: 'number', value: c.edits };
	};
	const columns: TableColumn[] = levels.map( ( l ) => ( { id: LEVEL_IDS[ l ].replace( 'editors', 'edits' ), label: levelLabel( l ), numeric: true } ) );
	columns.push( { id: 'edits_total', label: levelsLabel( levels ), numeric: true } );
	// Months whose published rows carry no edit count at all (older releases): said once, never 0.
	const withoutEdits = points.filter( ( p ) => {
		const published = levels.filter( ( l ) => p.levels[ l ].published );
		return published.length > 0 && published.every( ( l ) => {
			const c = p.levels[ l ];
			return c.published && c.edits === null;
		} );
	} ).map( ( p ) => p.month );
	const lead = msg( 'geo-editors-edits-lead' ) + ( withoutEdits.length ? ' ' + msg( 'geo-editors-edits-missing-months',
		formatMonth( withoutEdits[ 0 ] ), formatMonth( withoutEdits[ withoutEdits.length - 1 ] ), withoutEdits.length ) : '' );
	return {
		lead,
		table: {
			caption: msg( 'geo-editors-caption-edits', selectionLabel( selection ), rangeLabel( months ) ),
			rowHeader: msg( 'geo-editors-month' ),
			columns,
			rows: points.map( ( p ) => ( {
				key: p.month,
				label: formatMonth( p.month ),
				cells: levels.map( ( l ) => editsOf( p, l ) ).concat( [
					p.noData ? { kind: 'no-data' } :
						p.total.edits === null ? { kind: p.total.editors ? 'no-edits' : 'np' } : { kind: 'number', value: p.total.edits },
				] ),
			} ) ),
			notes: [ msg( 'geo-editors-note-np' ), msg( 'geo-editors-note-no-edits' ) ],
		},
		chart: ( canvas ) => lineChart( canvas, shortMonths( months ), levels.map( ( l ) => ( {
			label: levelLabel( l ),
			color: LEVELS.indexOf( l ),
			values: points.map( ( p ) => {
				const c = p.levels[ l ];
				return c.published && c.edits !== null ?
					{ value: c.edits, sd: 0, half: 0, cells: 1 } : null;
			} ),
		} ) ), msg( 'geo-editors-axis-edits' ), false ) as ThemedChart<ChartType>,
	};
}
