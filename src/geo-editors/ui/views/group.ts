/**
 * Group totals: several countries (an M49 region or any list) on one wiki in one month. Every
 * country of the group is a row — not-published cells stay n/p — and the group total adds the
 * published cells with the combined interval (≥ when cells are left out). There is no total across
 * wikis or months; a disclosure says why.
 */
import { h, isolateText } from '../../../core/dom';
import { disclosure } from '../../../core/ui';
import { msg, formatMonth, formatNumber } from '../../../core/messages';
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import { RowIndex } from '../../data/aggregate';
import { groupTotal } from '../../data/groups';
import { LEVELS } from '../../data/types';
import { LinearCombination } from '../../data/linear';
import { countryName } from '../countries';
import { barChart } from '../charts';
import type { CellValue, TableRow } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, est, commonNotes, projectLabel } from './labels';
import type { MonthInput, ViewOutput } from './types';

export function groupView( input: MonthInput ): ViewOutput {
	const { wiki, month, levels } = input;
	const group = input.group || { label: msg( 'geo-editors-group-custom' ), countries: [], wikis: 1 };
	const index = new RowIndex( input.rows );
	const g = groupTotal( index,
		{ countries: group.countries, wikiDbs: [ wiki.dbname ], months: [ month ], levels } );
	const chosen = LEVELS.filter( ( l ) => levels.includes( l ) );
	const countryRows: ( TableRow & { value: number } )[] = g.countries.map( ( country ) => {
		const sum = new LinearCombination();
		const cells: CellValue[] = chosen.map( ( level ) => {
			const row = index.get( month, { country, wikiDb: wiki.dbname }, level );
			if ( row ) {
				sum.add( row, 1 );
			}
			return est( row ? new LinearCombination().add( row, 1 ).estimate() : null );
		} );
		const missing = g.notPublished.filter( ( c ) => c.country === country )
			.map( ( c ) => c.level );
		const total = sum.estimate();
		cells.push( est( total, missing.length > 0 ) );
		const any = input.rows.find( ( r ) => r.countryCode === country );
		return { key: country, label: countryName( country, any ? any.country : undefined ), cells,
			value: total ? total.value : -1 };
	} );
	countryRows.sort( ( a, b ) => b.value - a.value || ( a.key < b.key ? -1 : 1 ) );
	const totalRow: TableRow = {
		key: 'group_total',
		label: msg( 'geo-editors-group-total', isolateText( group.label ) ),
		cells: chosen.map( ( l ) => est( g.byLevel[ l ],
			g.notPublished.some( ( c ) => c.level === l ) ) )
			.concat( [ est( g.total, g.notPublished.length > 0 ) ] ),
	};
	const notShown = g.countries.length - g.publishedCountries.length;
	const why = disclosure( msg( 'geo-editors-group-why' ), h( 'div', { class: 'geo-editors-why' },
		h( 'p', null, msg( 'geo-editors-group-why-wikis' ) ),
		h( 'p', null, msg( 'geo-editors-group-why-months' ) ),
	) );
	return {
		sourceMonths: [ month ],
		lead: msg( 'geo-editors-group-lead', isolateText( group.label ), projectLabel( wiki ), formatMonth( month ),
			formatNumber( g.publishedCountries.length ), formatNumber( g.countries.length ),
			g.countries.length ) +
			( notShown ? ' ' + msg( 'geo-editors-group-lead-np', formatNumber( notShown ), notShown ) : '' ) +
			( group.wikis > 1 ? ' ' + msg( 'geo-editors-group-per-wiki', projectLabel( wiki ) ) : '' ),
		figure: why,
		chartHeight: Math.max( 9, 4 + 1.75 * g.publishedCountries.length ) + 'em',
		table: {
			caption: msg( 'geo-editors-caption-group', isolateText( group.label ), projectLabel( wiki ), formatMonth( month ) ),
			rowHeader: msg( 'geo-editors-country' ),
			columns: chosen.map( ( l ) => ( { id: LEVEL_IDS[ l ], label: levelLabel( l ),
				numeric: true } ) )
				.concat( [ { id: 'editors_total', label: levelsLabel( levels ), numeric: true } ] ),
			rows: countryRows.map( ( r ) => ( { key: r.key, label: r.label, cells: r.cells } ) )
				.concat( [ totalRow ] ),
			notes: commonNotes( [ msg( 'geo-editors-note-partial' ), msg( 'geo-editors-note-group' ) ] ),
		},
		chart: g.publishedCountries.length ? ( canvas ) => barChart( canvas,
			countryRows.filter( ( r ) => r.value >= 0 ).map( ( r ) => r.label ), [ {
				label: levelsLabel( levels ),
				color: 0,
				values: countryRows.filter( ( r ) => r.value >= 0 ).map( ( r ) => {
					const c = r.cells[ r.cells.length - 1 ];
					return c.kind === 'estimate' ? c.estimate : null;
				} ),
			} ], msg( 'geo-editors-axis-editors' ), true ) as ThemedChart<ChartType> : undefined,
	};
}
