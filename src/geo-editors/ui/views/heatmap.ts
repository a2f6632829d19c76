/** Year × month grid of the chosen levels' total (a table that is itself the chart). */
import { msg, formatMonthName } from '../../../core/messages';
import { buildSeries, heatmap } from '../../data/aggregate';
import type { CellValue } from '../table-model';
import { levelsLabel, selectionLabel, commonNotes } from './labels';
import type { RangeInput, ViewOutput } from './types';

export function heatmapView( input: RangeInput ): ViewOutput {
	const { months, levels, selection } = input;
	const grid = heatmap( buildSeries( input.index, selection, months, levels ), null );
	let max = 0;
	grid.grid.forEach( ( row ) => row.forEach( ( e ) => {
		max = Math.max( max, e ? e.value : 0 );
	} ) );
	const inRange = ( y: number, m: number ): boolean => months.includes( y + '-' + ( m < 9 ? '0' : '' ) + ( m + 1 ) );
	return {
		table: {
			caption: msg( 'geo-editors-caption-heatmap', selectionLabel( selection ), levelsLabel( levels ) ),
			rowHeader: msg( 'geo-editors-year' ),
			columns: Array.from( { length: 12 }, ( _x, m ) => ( {
				id: 'm' + ( m < 9 ? '0' : '' ) + ( m + 1 ),
				label: formatMonthName( m ),
				numeric: true,
			} ) ),
			rows: grid.years.map( ( y, yi ) => ( {
				key: String( y ),
				label: String( y ),
				cells: grid.grid[ yi ].map( ( e, m ): CellValue => !inRange( y, m ) ? { kind: 'text', text: '' } :
					e ? { kind: 'estimate', estimate: e, shade: max ? e.value / max : 0 } :
						grid.noData[ yi ][ m ] ? { kind: 'no-data' } : { kind: 'np' } ),
			} ) ),
			notes: commonNotes(),
		},
	};
}
