/**
 * Any number of (country, wiki) selections side by side, with differences to the first and
 * intervals.
 */
import { msg, formatMonth } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { buildSeries, summarise, compare, type Selection } from '../../data/aggregate';
import { differenceEstimate } from '../../data/uncertainty';
import { lineChart } from '../charts';
import type { CellValue, TableColumn } from '../table-model';
import { levelsLabel, selectionLabel, rangeLabel, est, commonNotes, shortMonths } from './labels';
import type { RangeInput, ViewOutput } from './types';

export function compareView( input: RangeInput ): ViewOutput {
	const { months, levels, selections, index } = input;
	const compared = compare( index, selections as Selection[], months, levels );
	const averages = selections.map(
		( s ) => summarise( buildSeries( index, s, months, levels ), null ).monthlyAverage );
	const columns: TableColumn[] = selections.map( ( s, i ) => ( { id: 'sel' + ( i + 1 ) + '_' + s.country + '_' + s.wiki.dbname, label: selectionLabel( s ), numeric: true } ) );
	selections.slice( 1 ).forEach( ( s, i ) => columns.push( {
		id: 'diff' + ( i + 2 ) + '_vs_1',
		label: msg( 'geo-editors-difference', selectionLabel( s ), selectionLabel( selections[ 0 ] ) ),
		numeric: true,
	} ) );
	const rows = compared.map( ( p ) => ( {
		key: p.month,
		label: formatMonth( p.month ),
		cells: p.values.map( ( v, i ): CellValue => p.noData[ i ] ? { kind: 'no-data' } : est( v ) )
			.concat( p.differences.slice( 1 ).map( ( d, i ): CellValue => p.noData[ 0 ] || p.noData[ i + 1 ] ? { kind: 'no-data' } : est( d ) ) ),
	} ) );
	rows.push( {
		key: 'monthly_average',
		label: msg( 'geo-editors-monthly-average' ),
		cells: averages.map( ( a ) => est( a ) )
			.concat( averages.slice( 1 ).map( ( a ) => est( a && averages[ 0 ] ?
				differenceEstimate( a, averages[ 0 ] ) : null ) ) ),
	} );
	return {
		lead: selections.length < 2 ? msg( 'geo-editors-compare-hint' ) : undefined,
		table: {
			caption: msg( 'geo-editors-caption-compare', levelsLabel( levels ), rangeLabel( months ) ),
			rowHeader: msg( 'geo-editors-month' ),
			columns,
			rows,
			notes: commonNotes( [ msg( 'geo-editors-note-difference' ) ] ),
		},
		chart: ( canvas ) => lineChart( canvas, shortMonths( months ),
			selections.map( ( s, i ) => ( {
				label: selectionLabel( s ),
				color: i,
				values: compared.map( ( p ) => p.values[ i ] ),
			} ) ), levelsLabel( levels ) ) as ThemedChart<ChartType>,
	};
}
