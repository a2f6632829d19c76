/**
 * World map of one wiki in one month: every country shaded by its editors (the chosen levels'
 * total) on a 1–3–10 scale, "not published" and "protected" in their own, clearly different
 * styles (never the lowest class), and the ranked table of the same numbers beside it.
 */
import { h } from '../../../core/dom';
import { msg, formatMonth, formatNumber } from '../../../core/messages';
import { notice } from '../../../core/ui';
import { topCountries } from '../../data/aggregate';
import { MAX_POINTS_PER_ANSWER, mappedCountries } from '../../data/geoshapes';
import { absenceOf, olderList, withheldIn } from '../../data/protection';
import { countryName } from '../countries';
import { formatValue, formatHalf, type TableRow } from '../table-model';
import { breaksFor, classOf } from '../map/scale';
import { mountChoropleth, type MapArea } from '../map/choropleth';
import { levelLabel, levelsLabel, commonNotes, rankedColumns, projectLabel } from './labels';
import type { MonthInput, ViewOutput } from './types';

function legend( breaks: number[] ): HTMLElement {
	const item = ( shade: string, text: string ): HTMLElement => h( 'li', null,
		h( 'span', { class: [ 'geo-editors-map-swatch', 'geo-editors-map-' + shade ], attrs: { 'aria-hidden': 'true' } } ), text );
	return h( 'div', { class: 'geo-editors-map-legend' },
		h( 'p', { class: 'geo-editors-map-legend-title', text: msg( 'geo-editors-map-legend' ) } ),
		h( 'ul', null,
			breaks.map( ( b, i ) => item( 'c' + i, i + 1 < breaks.length ?
				msg( 'geo-editors-map-range', formatNumber( b ), formatNumber( breaks[ i + 1 ] - 1 ) ) :
				msg( 'geo-editors-map-range-top', formatNumber( b ) ) ) ),
			item( 'np', msg( 'geo-editors-map-np' ) ),
			item( 'protected', msg( 'geo-editors-map-protected' ) ),
		) );
}

export function mapView( input: MonthInput ): ViewOutput {
	const { wiki, month, levels } = input;
	const ranked = topCountries( input.rows, wiki.dbname, month, levels );
	const breaks = breaksFor( ranked.length ? ranked[ 0 ].editors.value : 0 );
	const byCode = new Map( ranked.map( ( t ) => [ t.country, t ] ) );
	const areas: MapArea[] = mappedCountries().map( ( code ) => {
		const t = byCode.get( code );
		const name = countryName( code, t ? t.countryName : undefined );
		if ( t ) {
			return { code, shade: 'c' + classOf( t.editors.value, breaks ), focusable: true,
				label: msg( 'geo-editors-map-tip-value', name, ( t.missing.length ? '≥ ' : '' ) + formatValue( t.editors.value ), formatHalf( t.editors.half ) ) };
		}
		const absence = absenceOf( code, month );
		return absence !== 'not-published' ?
			{ code, shade: 'protected', focusable: true, label: msg( absence === 'protected' ? 'geo-editors-map-tip-protected' : 'geo-editors-map-tip-never-published', name ) } :
			{ code, shade: 'np', focusable: false, label: msg( olderList( month ) ? 'geo-editors-map-tip-np-old' : 'geo-editors-map-tip-np', name ) };
	} );
	const rows: TableRow[] = ranked.map( ( t, i ) => ( {
		key: t.country,
		label: countryName( t.country, t.countryName ),
		cells: [
			{ kind: 'number', value: i + 1 },
			{ kind: 'estimate', estimate: t.editors, partial: t.missing.length > 0 },
			{ kind: 'text', text: t.missing.map( levelLabel ).join( ', ' ) },
		],
	} ) );
	// Protected countries are named at the end: absent from the release for a reason, not for few
	// editors.
	// Messages: geo-editors-protected, geo-editors-never-published. (A withheld country that has rows
	// after all — only in made-up data — is shown by its rows.)
	withheldIn( month ).filter( ( code ) => !byCode.has( code ) ).forEach( ( code ) => rows.push( {
		key: code,
		label: countryName( code ),
		cells: [ { kind: 'text', text: '' }, { kind: 'text', text: msg( absenceOf( code, month ) === 'protected' ? 'geo-editors-protected' : 'geo-editors-never-published' ) }, { kind: 'text', text: '' } ],
	} ) );
	const slot = h( 'div', { class: 'geo-editors-map notheme', attrs: { role: 'region', dir: 'ltr', 'aria-label': msg( 'geo-editors-map-label', projectLabel( wiki ), formatMonth( month ) ) } } );
	const outlines = input.outlines;
	const figure = h( 'div', { class: 'geo-editors-map-figure' },
		outlines ? slot : notice( input.outlinesRefused ?
			msg( 'geo-editors-map-shapes-too-large', formatNumber( input.outlinesRefused ), formatNumber( MAX_POINTS_PER_ANSWER ) ) :
			msg( 'geo-editors-map-shapes-error' ), 'warning' ),
		legend( breaks ),
		h( 'p', { class: 'geo-editors-map-source', text: msg( 'geo-editors-map-source' ) } ) );
	return {
		lead: msg( 'geo-editors-map-lead', projectLabel( wiki ), formatMonth( month ) ),
		figure,
		onShown: outlines ? () => {
			let destroy: ( () => void ) | null = null;
			let gone = false;
			mountChoropleth( slot, areas, outlines ).then( ( mounted ) => {
				slot.dataset.backend = mounted.backend;
				if ( gone ) {
					mounted.destroy();
				} else {
					destroy = mounted.destroy;
				}
			}, () => {
				slot.replaceWith( notice( msg( 'geo-editors-map-unavailable' ), 'warning' ) );
			} );
			return () => {
				gone = true;
				if ( destroy ) {
					destroy();
				}
			};
		} : undefined,
		table: {
			caption: msg( 'geo-editors-caption-map', projectLabel( wiki ), formatMonth( month ), levelsLabel( levels ) ),
			rowHeader: msg( 'geo-editors-country' ),
			columns: rankedColumns( levels ),
			rows,
			notes: commonNotes( [ msg( 'geo-editors-note-protected' ) ].concat( olderList( month ) ? [ msg( 'geo-editors-note-older-list' ) ] : [] ) ),
		},
	};
}
