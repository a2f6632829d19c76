/**
 * Per level over the range: monthly average and editor-months (never "editors" summed over months).
 */
import { msg } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { buildSeries, summarise } from '../../data/aggregate';
import type { ActivityLevel } from '../../data/types';
import { barChart } from '../charts';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel, rangeLabel, est, commonNotes } from './labels';
import type { RangeInput, ViewOutput } from './types';

export function totalsView( input: RangeInput ): ViewOutput {
	const { months, levels, selection } = input;
	const points = buildSeries( input.index, selection, months, levels );
	const entries: { key: string; label: string; level: ActivityLevel | null }[] =
		levels.map( ( l ) => ( { key: LEVEL_IDS[ l ], label: levelLabel( l ),
			level: l as ActivityLevel | null } ) );
	entries.push( { key: 'editors_total', label: levelsLabel( levels ), level: null } );
	const summaries = entries.map( ( e ) => summarise( points, e.level ) );
	return {
		lead: msg( 'geo-editors-totals-lead' ),
		table: {
			caption: msg( 'geo-editors-caption-totals', selectionLabel( selection ), rangeLabel( months ) ),
			rowHeader: msg( 'geo-editors-level' ),
			columns: [
				{ id: 'monthly_average', label: msg( 'geo-editors-monthly-average' ), numeric: true },
				{ id: 'editor_months', label: msg( 'geo-editors-editor-months' ), numeric: true },
				{ id: 'months_published', label: msg( 'geo-editors-months-published' ), numeric: true },
				{ id: 'months_not_published', label: msg( 'geo-editors-months-not-published' ), numeric: true },
				{ id: 'months_no_data', label: msg( 'geo-editors-months-no-data' ), numeric: true },
			],
			rows: entries.map( ( e, i ) => ( {
				key: e.key,
				label: e.label,
				cells: [
					est( summaries[ i ].monthlyAverage ),
					est( summaries[ i ].editorMonths ),
					{ kind: 'number', value: summaries[ i ].publishedMonths },
					{ kind: 'number', value: summaries[ i ].missingMonths },
					{ kind: 'number', value: summaries[ i ].noDataMonths },
				],
			} ) ),
			notes: commonNotes( [ msg( 'geo-editors-note-editor-months' ) ] ),
		},
		chart: ( canvas ) => barChart( canvas, entries.map( ( e ) => e.label ), [ {
			label: msg( 'geo-editors-monthly-average' ),
			color: 0,
			values: summaries.map( ( s ) => s.monthlyAverage ),
		} ], msg( 'geo-editors-axis-average' ) ) as ThemedChart<ChartType>,
	};
}
