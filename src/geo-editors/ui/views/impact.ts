/**
 * Event impact: the campaign months against the same span just before and the same months a year
 * earlier, per level and for the total, each change with its interval and a plain verdict: larger
 * than the privacy noise, or within it (or not known, when a month is not published).
 */
import { msg } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { impact, impactPeriods, impactMonths, type Change, type ImpactRow } from '../../data/impact';
import { barChart } from '../charts';
import { formatHalf, formatValue, type CellValue } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel, periodCell, changeCell, commonNotes } from './labels';
import { spanLabel } from './span';
import type { RangeInput, ViewOutput } from './types';

function verdictText( c: Change ): CellValue {
	return { kind: 'text', text: msg( 'geo-editors-verdict-' + c.verdict ) };
}

/** "41 ± 2.1" (the sentence says higher or lower), or "+1 ± 3.6" for a change within the noise. */
function amount( c: Change ): string {
	const d = c.delta;
	if ( !d ) {
		return '';
	}
	const sign = c.verdict !== 'within' ? '' : d.value > 0 ? '+' : d.value < 0 ? '−' : '';
	return sign + formatValue( Math.abs( d.value ) ) + ' ± ' + formatHalf( d.half );
}

function sentence( c: Change, baseline: string ): string {
	// geo-editors-impact-larger-up, -larger-down, -within, -unknown
	return msg( 'geo-editors-impact-' + c.verdict, baseline, amount( c ) );
}

export function impactView( input: RangeInput ): ViewOutput {
	const { levels, selection } = input;
	const last = input.months[ input.months.length - 1 ];
	const span = input.campaign || { from: last, to: last };
	const campaign = { country: selection.country, wikiDb: selection.wikiDb, from: span.from,
		to: span.to };
	const periods = impactPeriods( campaign );
	const rows = impact( input.index, campaign, levels );
	const total = rows[ rows.length - 1 ];
	const labels = { campaign: spanLabel( periods.campaign ), before: spanLabel( periods.before ),
		year: spanLabel( periods.yearEarlier ) };
	const rowLabel = ( r: ImpactRow ): string => ( r.level ? levelLabel( r.level ) :
		levelsLabel( levels ) );
	return {
		sourceMonths: impactMonths( campaign ),
		lead: msg( 'geo-editors-impact-lead', selectionLabel( selection ), labels.campaign, levelsLabel( levels ) ) + ' ' +
			sentence( total.before, labels.before ) + ' ' + sentence( total.yearEarlier, labels.year ),
		table: {
			caption: msg( 'geo-editors-caption-impact', selectionLabel( selection ), labels.campaign ),
			rowHeader: msg( 'geo-editors-level' ),
			columns: [
				{ id: 'campaign', label: msg( 'geo-editors-impact-campaign', labels.campaign ), numeric: true },
				{ id: 'before', label: msg( 'geo-editors-impact-before', labels.before ), numeric: true },
				{ id: 'change_before', label: msg( 'geo-editors-impact-change' ), numeric: true },
				{ id: 'verdict_before', label: msg( 'geo-editors-impact-verdict' ) },
				{ id: 'year_earlier', label: msg( 'geo-editors-impact-year', labels.year ), numeric: true },
				{ id: 'change_year_earlier', label: msg( 'geo-editors-impact-change' ), numeric: true },
				{ id: 'verdict_year_earlier', label: msg( 'geo-editors-impact-verdict' ) },
			],
			rows: rows.map( ( r ) => ( {
				key: r.level ? LEVEL_IDS[ r.level ] : 'editors_total',
				label: rowLabel( r ),
				cells: [
					periodCell( r.campaign ),
					periodCell( r.before.baseline ), changeCell( r.before.delta, r.campaign, r.before.baseline ),
					verdictText( r.before ),
					periodCell( r.yearEarlier.baseline ),
					changeCell( r.yearEarlier.delta, r.campaign, r.yearEarlier.baseline ),
					verdictText( r.yearEarlier ),
				],
			} ) ),
			notes: commonNotes( [ msg( 'geo-editors-note-periods' ), msg( 'geo-editors-note-impact' ) ] ),
		},
		chart: ( canvas ) => barChart( canvas, rows.map( rowLabel ), [
			{ label: labels.year, color: 2,
				values: rows.map( ( r ) => r.yearEarlier.baseline.average ) },
			{ label: labels.before, color: 1,
				values: rows.map( ( r ) => r.before.baseline.average ) },
			{ label: labels.campaign, color: 0, values: rows.map( ( r ) => r.campaign.average ) },
		], msg( 'geo-editors-axis-editors' ) ) as ThemedChart<ChartType>,
	};
}
