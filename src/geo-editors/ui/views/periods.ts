/**
 * Period comparison: each selection with its own period (Dec 2024 vs Dec 2025, this year's
 * campaign month vs last year's), as monthly averages per level and for the total, with the
 * difference of each to the first and the interval of that difference.
 */
import { msg } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { comparePeriods, type PeriodSelection, type MonthSpan } from '../../data/periods';
import { monthRange } from '../../data/types';
import type { LabeledSelection } from '../../data/session';
import { barChart } from '../charts';
import type { TableColumn } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel, periodCell, changeCell, commonNotes } from './labels';
import { spanLabel } from './span';
import type { RangeInput, ViewOutput } from './types';

interface Pair {
	selection: LabeledSelection;
	period: MonthSpan;
	label: string;
}

/** Selection i with period i; one selection in several periods, or several in one, also pair up. */
export function periodPairs( selections: LabeledSelection[], periods: MonthSpan[] ): Pair[] {
	const n = Math.max( selections.length, periods.length );
	const pairs: Pair[] = [];
	for ( let i = 0; i < n; i++ ) {
		const selection = selections[ Math.min( i, selections.length - 1 ) ];
		const period = periods[ Math.min( i, periods.length - 1 ) ];
		pairs.push( { selection, period, label: selectionLabel( selection ) + ', ' + spanLabel( period ) } );
	}
	return pairs;
}

/** Without periods given: the first and the last month of the range. */
export function defaultPeriods( months: string[] ): MonthSpan[] {
	return months.length ? [ { from: months[ 0 ], to: months[ 0 ] },
		{ from: months[ months.length - 1 ], to: months[ months.length - 1 ] } ] : [];
}

export function periodsView( input: RangeInput ): ViewOutput {
	const { levels } = input;
	const periods = input.periods && input.periods.length ? input.periods :
		defaultPeriods( input.months );
	const pairs = periodPairs( input.selections, periods );
	const sourceMonths: string[] = [];
	pairs.forEach( ( p ) => monthRange( p.period.from, p.period.to ).forEach( ( m ) => {
		if ( !sourceMonths.includes( m ) ) {
			sourceMonths.push( m );
		}
	} ) );
	const selections: PeriodSelection[] = pairs.map( ( p ) => ( { country: p.selection.country,
		wikiDb: p.selection.wikiDb, from: p.period.from, to: p.period.to } ) );
	const rows = comparePeriods( input.index, selections, levels );
	const columns: TableColumn[] = pairs.map( ( p, i ) => ( { id: 'period' + ( i + 1 ), label: p.label, numeric: true } ) );
	pairs.slice( 1 ).forEach( ( p, i ) => columns.push( {
		id: 'diff' + ( i + 2 ) + '_vs_1',
		// Period labels are our own month ranges.
		// eslint-disable-next-line no-restricted-syntax
		label: msg( 'geo-editors-difference', p.label, pairs[ 0 ].label ),
		numeric: true,
	} ) );
	const rowLabel = ( level: typeof rows[ 0 ][ 'level' ] ): string => ( level ? levelLabel( level ) : levelsLabel( levels ) );
	return {
		sourceMonths,
		lead: pairs.length < 2 ? msg( 'geo-editors-periods-hint' ) : msg( 'geo-editors-periods-lead' ),
		table: {
			caption: msg( 'geo-editors-caption-periods', pairs.map( ( p ) => p.label ).join( '; ' ) ),
			rowHeader: msg( 'geo-editors-level' ),
			columns,
			rows: rows.map( ( r ) => ( {
				key: r.level ? LEVEL_IDS[ r.level ] : 'editors_total',
				label: rowLabel( r.level ),
				cells: r.values.map( ( v ) => periodCell( v ) )
					.concat( r.differences.slice( 1 ).map( ( d, i ) => changeCell( d, r.values[ 0 ], r.values[ i + 1 ] ) ) ),
			} ) ),
			notes: commonNotes( [ msg( 'geo-editors-note-periods' ), msg( 'geo-editors-note-difference' ) ] ),
		},
		chart: ( canvas ) => barChart( canvas, rows.map( ( r ) => rowLabel( r.level ) ),
			pairs.map( ( p, i ) => ( {
				label: p.label,
				color: i,
				values: rows.map( ( r ) => r.values[ i ].average ),
			} ) ), msg( 'geo-editors-axis-editors' ) ) as ThemedChart<ChartType>,
	};
}
