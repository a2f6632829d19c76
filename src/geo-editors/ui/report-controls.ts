/**
 * The forms of the report views, above the view: a period (from, to) for each selection of the
 * period comparison, the campaign months of the event impact, the group of the group totals. Each
 * change goes back to the explorer as new report parameters (it loads months it does not have).
 */
import { h } from '../../core/dom';
import { msg } from '../../core/messages';
import type { LabeledSelection } from '../data/session';
import type { MonthSpan } from '../data/periods';
import { REGIONS, SUBREGIONS } from '../data/m49';
import { selectionLabel } from './views/labels';
import { periodPairs, defaultPeriods } from './views/periods';
import { groupName, groupCode } from './group-choice';
import type { ReportParams } from './report-state';
import { monthSelect } from './month-select';

export interface ReportControlsInput {
	view: string;
	report: ReportParams;
	selections: LabeledSelection[];
	/** Loaded months, oldest first (defaults of periods and campaign). */
	months: string[];
	countries: readonly string[];
	onChange( change: Partial<ReportParams> ): void;
}

function spanMonth( label: string, value: string, change: ( month: string ) => void ): HTMLElement {
	return monthSelect( { value, onChange: change, style: 'short', attrs: { 'aria-label': label } } );
}

/** "Label: From [month] To [month]" as a fieldset (one group for screen readers). */
function spanFieldset( legend: string, span: MonthSpan, change: ( span: MonthSpan ) => void,
	key: string ): HTMLElement {
	const from = msg( 'geo-editors-period-from' );
	const to = msg( 'geo-editors-period-to' );
	return h( 'fieldset', { class: 'geo-editors-span', dataset: { span: key } },
		h( 'legend', null, legend ),
		h( 'label', null, from + ' ', spanMonth( legend + ' — ' + from, span.from, ( m ) => change( { from: m, to: m > span.to ? m : span.to } ) ) ),
		' ',
		h( 'label', null, to + ' ', spanMonth( legend + ' — ' + to, span.to, ( m ) => change( { from: m < span.from ? m : span.from, to: m } ) ) ),
	);
}

export function renderReportControls( controls: HTMLElement, input: ReportControlsInput ): void {
	const { report } = input;
	if ( input.view === 'periods' ) {
		const periods = report.periods.length ? report.periods : defaultPeriods( input.months );
		const pairs = periodPairs( input.selections,
			periods.length > 1 || input.selections.length > 1 ?
				periods : periods.concat( periods ) );
		const names = pairs.map( ( pair ) => selectionLabel( pair.selection ) );
		pairs.forEach( ( pair, i ) => {
			// Each group has its own name: one selection's two periods are "Period 1 of …", "Period 2 of …".
			const repeated = names.filter( ( n ) => n === names[ i ] ).length > 1;
			const legend = repeated ? msg( 'geo-editors-period-numbered', i + 1, names[ i ] ) :
				msg( 'geo-editors-period', names[ i ] );
			controls.appendChild( spanFieldset( legend, pair.period, ( span ) => {
				const next = pairs.map( ( p ) => p.period );
				next[ i ] = span;
				input.onChange( { periods: next } );
			}, String( i + 1 ) ) );
		} );
	} else if ( input.view === 'impact' ) {
		const last = input.months[ input.months.length - 1 ];
		const campaign = report.campaign || { from: last, to: last };
		controls.appendChild( spanFieldset( msg( 'geo-editors-campaign' ), campaign, ( span ) => input.onChange( { campaign: span } ), 'campaign' ) );
	} else if ( input.view === 'group' ) {
		const current = groupCode( report.group, input.countries );
		const option = ( value: string, label: string ): HTMLOptionElement => h( 'option', { attrs: { value, selected: value === current } }, label );
		const select = h( 'select', {
			class: 'cdx-select',
			attrs: { 'aria-label': msg( 'geo-editors-group' ) },
			on: { change: () => input.onChange( { group: select.value } ) },
		},
		option( 'custom', msg( 'geo-editors-group-custom' ) ),
		h( 'optgroup', { attrs: { label: msg( 'geo-editors-group-continents' ) } }, REGIONS.map( ( g ) => option( g.code, groupName( g ) ) ) ),
		h( 'optgroup', { attrs: { label: msg( 'geo-editors-group-regions' ) } }, SUBREGIONS.map( ( g ) => option( g.code, groupName( g ) ) ) ) );
		controls.appendChild( h( 'label', null, msg( 'geo-editors-group' ) + ' ', select ) );
	}
}
