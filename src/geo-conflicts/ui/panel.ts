/**
 * Inline panel for a `.geo-conflicts` placeholder, e.g. `<div class="geo-conflicts"
 * data-country="Q298">`: a mini map and a short list of the conflicts in those countries (or in
 * `data-place`), with links to the full dashboard and to the query. Only the placeholder's own
 * attributes are read, validated.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { errorBox, notice } from '../../core/ui';
import { validQids, isQid } from '../data/ids';
import type { QueryView } from '../data/sparql';
import { createConflictMap } from '../map/index';
import { loadWithFeedback, queryFor, toMapConflicts } from './context';
import { compactList, dashboardUrl } from './compact';
import { queryLink } from './tools';
import { link } from '../../core/dom';

export function renderPanel( el: HTMLElement ): void {
	const countries = validQids( ( el.dataset.country || '' ).split( /[,|\s]+/ ) );
	const place = el.dataset.place;
	const limit = Math.max( 1, Math.min( 100, parseInt( el.dataset.limit || '10', 10 ) || 10 ) );
	let view: QueryView;
	if ( place !== undefined ) {
		if ( !isQid( place ) ) {
			replaceChildren( el, errorBox( msg( 'geo-conflicts-panel-bad-params' ) ) );
			return;
		}
		view = { kind: 'place', place };
	} else {
		if ( el.dataset.country && !countries.length ) {
			replaceChildren( el, errorBox( msg( 'geo-conflicts-panel-bad-params' ) ) );
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
		status, mapArea, body,
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
