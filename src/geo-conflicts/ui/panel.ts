/**
 * Inline panel for a `.geo-conflicts` placeholder, e.g. `<div class="geo-conflicts"
 * data-country="Q298">`: a mini map and a short list of the conflicts in those countries (or in
 * `data-place`), with links to the full dashboard and to the query. Only the placeholder's own
 * attributes are read, validated.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { errorBox, notice } from '../../core/ui';
import { isQid } from '../data/ids';
import type { QueryView } from '../data/sparql';
import { createConflictMap } from '../map/index';
import { loadWithFeedback, queryFor, toMapConflicts } from './context';
import { compactList, dashboardUrl } from './compact';
import { queryLink } from './tools';
import { link } from '../../core/dom';
import { AttributeReport, readList, readValue, isPreview, timedRead } from '../../core/attributes';
import { attributeNotice } from '../../core/attribute-notice';

/** Countries a panel queries at most: a longer list is cut, and the panel says so. */
export const MAX_PANEL_COUNTRIES = 12;
const MAX_LIMIT = 100;

/**
 * The placeholder's settings, validated: what is dropped or corrected goes into `report`, lists are
 * cut before any per-item work (core/attributes.ts).
 */
export function readPanelSettings( el: HTMLElement, report: AttributeReport ): {
	countries: string[]; countryGiven: boolean; place: string | null; placeGiven: boolean;
	limit: number;
} {
	const countries = readList( el.dataset.country, { attribute: 'data-country',
		max: MAX_PANEL_COUNTRIES, separators: ',| \t\n\r', normalise: ( v ) => v.toUpperCase(),
		valid: isQid, expected: 'geo-gadgets-attr-expect-qid' }, report );
	const rawPlace = readValue( el.dataset.place );
	const place = isQid( rawPlace.toUpperCase() ) ? rawPlace.toUpperCase() : null;
	if ( el.dataset.place !== undefined && !place ) {
		report.invalid( 'data-place', rawPlace, 'geo-gadgets-attr-expect-qid' );
	}
	const rawLimit = readValue( el.dataset.limit );
	let limit = 10;
	if ( rawLimit ) {
		const n = /^\d{1,6}$/.test( rawLimit ) ? parseInt( rawLimit, 10 ) : NaN;
		if ( n >= 1 && n <= MAX_LIMIT ) {
			limit = n;
		} else {
			report.invalid( 'data-limit', rawLimit, 'geo-gadgets-attr-expect-number', String( MAX_LIMIT ) );
		}
	}
	return { countries, countryGiven: !!readValue( el.dataset.country ), place,
		placeGiven: el.dataset.place !== undefined, limit };
}

export function renderPanel( el: HTMLElement ): void {
	const report = new AttributeReport();
	const { countries, countryGiven, place, placeGiven, limit } =
		timedRead( () => readPanelSettings( el, report ) );
	// Everything dropped or corrected is named: in full to the editor in a preview.
	const problems = attributeNotice( report, isPreview() );
	let view: QueryView;
	if ( placeGiven ) {
		if ( !place ) {
			replaceChildren( el, errorBox( msg( 'geo-conflicts-panel-bad-params' ) ), problems );
			return;
		}
		view = { kind: 'place', place };
	} else {
		if ( countryGiven && !countries.length ) {
			replaceChildren( el, errorBox( msg( 'geo-conflicts-panel-bad-params' ) ), problems );
			return;
		}
		view = { kind: 'all', countries };
	}
	const query = queryFor( view );
	const status = h( 'div', { class: 'geo-conflicts-status-area', attrs: { 'aria-live': 'polite' } } );
	const mapArea = h( 'div', { class: 'geo-conflicts-map-area geo-conflicts-map-area--mini' } );
	const body = h( 'div', { class: 'geo-conflicts-panel-body' } );
	replaceChildren( el,
		h( 'h3', { text: msg( 'geo-conflicts-title' ) } ),
		problems, status, mapArea, body,
		h( 'p', { class: 'geo-conflicts-footer' },
			link( dashboardUrl( countries ), msg( 'geo-conflicts-open-dashboard' ) ), ' · ', queryLink( query ) ),
	);
	el.classList.add( 'geo-conflicts-panel' );
	const mapReady = createConflictMap( mapArea, { mini: true } ).catch( () => {
		replaceChildren( mapArea, notice( msg( 'geo-conflicts-map-unavailable' ), 'warning' ) );
		return null;
	} );
	loadWithFeedback( view, {
		status,
		cacheEmpty: view.kind === 'place',
		onLoaded: ( set ) => {
			replaceChildren( body,
				h( 'p', { class: 'geo-conflicts-total', dataset: { total: String( set.conflicts.length ) } },
					msg( 'geo-conflicts-stats-total', formatNumber( set.conflicts.length ), set.conflicts.length ) ),
				// Nothing found is an answer, and says so, rather than a bare "0 conflicts".
				set.conflicts.length ?
					compactList( set.conflicts, limit, dashboardUrl( countries ) ) :
					notice( msg( 'geo-conflicts-panel-none' ) ),
			);
			mapReady.then( ( map ) => {
				if ( map ) {
					map.setConflicts( toMapConflicts( set.conflicts ) );
				}
			} );
		},
	} );
}
