/** Countries of one wiki in one month, ranked (published countries only). */
import { msg, formatMonth } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { topCountries } from '../../data/aggregate';
import { countryName } from '../countries';
import { barChart } from '../charts';
import { levelLabel, levelsLabel, commonNotes, rankedColumns, projectLabel } from './labels';
import type { MonthInput, ViewOutput } from './types';

export const TOP_LIMIT = 20;

export function topView( input: MonthInput ): ViewOutput {
	const { wiki, month, levels } = input;
	const top = topCountries( input.rows, wiki.dbname, month, levels );
	const shown = top.slice( 0, TOP_LIMIT );
	return {
		lead: msg( 'geo-editors-top-lead', formatMonth( month ), top.length ),
		chartHeight: Math.max( 9, 4 + 1.75 * shown.length ) + 'em',
		table: {
			caption: msg( 'geo-editors-caption-top', projectLabel( wiki ), formatMonth( month ), levelsLabel( levels ) ),
			rowHeader: msg( 'geo-editors-country' ),
			columns: rankedColumns( levels ),
			rows: shown.map( ( t, i ) => ( {
				key: t.country,
				label: countryName( t.country, t.countryName ),
				cells: [
					{ kind: 'number', value: i + 1 },
					{ kind: 'estimate', estimate: t.editors, partial: t.missing.length > 0 },
					{ kind: 'text', text: t.missing.map( levelLabel ).join( ', ' ) },
				],
			} ) ),
			notes: commonNotes( [ msg( 'geo-editors-note-top' ) ] ),
		},
		chart: shown.length ? ( canvas ) => barChart( canvas,
			shown.map( ( t ) => countryName( t.country, t.countryName ) ), [ {
				label: levelsLabel( levels ),
				color: 0,
				values: shown.map( ( t ) => t.editors ),
			} ], msg( 'geo-editors-axis-editors' ), true ) as ThemedChart<ChartType> : undefined,
	};
}
