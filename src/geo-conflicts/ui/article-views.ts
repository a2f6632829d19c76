/**
 * The card (conflict article) and the place section (place article) as DOM: shared by the core
 * (ui/article.ts: live or snapshot, with the Leaflet mini map) and the light reader module
 * (reader/: snapshot only, a static map image that opens the interactive map on request). The map
 * is whatever `makeMap` draws into its area. No request here.
 */
import { h, isolateText, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { adoptInterfaceLanguage } from '../../core/gadget';
import type { Conflict } from '../data/types';
import type { StaticConflict, OverlayOptions } from '../static/overlay';
import { getEndpoints } from '../../core/config';
import { factList } from './facts';
import { aboutList } from './about';
import { descriptionElement, labelElement, conflictLinks, thumbnail, queryLink } from './format';
import { compactList, dashboardUrl } from './compact';

/** Draws the conflicts' map into `area` (which it may remove when it cannot). */
export type MapMaker = ( area: HTMLElement, conflicts: Conflict[] ) => void;

const statusArea = (): HTMLElement => h( 'div', { class: 'geo-conflicts-status-area', attrs: { 'aria-live': 'polite' } } );

/** The card's frame, first in the article: the status area (spinner, date) and an empty body. */
export function cardShell( target: HTMLElement, id: string ): { card: HTMLElement; status: HTMLElement; body: HTMLElement } {
	const status = statusArea();
	const body = h( 'div', { class: 'geo-conflicts-card-body' } );
	const card = h( 'aside', {
		class: 'geo-panel geo-conflicts-card',
		dataset: { id },
		attrs: { 'aria-label': msg( 'geo-conflicts-card-title' ) },
	}, h( 'div', { class: 'geo-conflicts-card-kicker', text: msg( 'geo-conflicts-card-title' ) } ), status, body );
	adoptInterfaceLanguage( card );
	target.insertBefore( card, target.firstChild );
	return { card, status, body };
}

export function renderCard( body: HTMLElement, c: Conflict, query: string, makeMap: MapMaker ): void {
	const mapArea = h( 'div', { class: 'geo-conflicts-map-area geo-conflicts-map-area--mini' } );
	replaceChildren( body,
		h( 'h3', { class: 'geo-conflicts-card-label' }, labelElement( c ) ),
		descriptionElement( c, false ),
		c.images.length ? thumbnail( c.images[ 0 ], 240, c.label ) : null,
		c.coordinates ? mapArea : null,
		factList( c ),
		aboutList( c ),
		// The reader is on the article already: no link to it.
		conflictLinks( c, false ),
		h( 'p', { class: 'geo-conflicts-footer' }, queryLink( query ) ),
	);
	if ( c.coordinates ) {
		makeMap( mapArea, [ c ] );
	}
}

export interface PlaceShell {
	section: HTMLDetailsElement;
	summary: HTMLElement;
	status: HTMLElement;
	body: HTMLElement;
	/** Stop showing the section at once for what the status area says. */
	settle(): void;
}

/**
 * The place section's frame, last in the article: hidden while empty, shown (open) at once only
 * while the status area has something to say (an error, a warning), not for the spinner.
 */
export function placeShell( target: HTMLElement, id: string, label: string ): PlaceShell {
	const status = statusArea();
	const summary = h( 'summary', { class: 'geo-conflicts-place-summary' }, msg( 'geo-conflicts-place-title', isolateText( label ) ) );
	const body = h( 'div', { class: 'geo-conflicts-place-body' } );
	const section = h( 'details', { class: 'geo-panel geo-conflicts-place', dataset: { id } }, summary, status, body );
	section.hidden = true;
	adoptInterfaceLanguage( section );
	target.appendChild( section );
	const observer = new MutationObserver( () => {
		if ( status.firstChild && section.hidden && !status.querySelector( '.geo-spinner' ) ) {
			section.hidden = false;
			section.open = true;
		}
	} );
	observer.observe( status, { childList: true } );
	return { section, summary, status, body, settle: () => observer.disconnect() };
}

export interface PlaceInfo {
	label: string;
	countries: string[];
	/** A big place of the snapshot (a country): only its first conflicts came, and how many in all. */
	total?: number;
}

export function renderPlace( shell: PlaceShell, place: PlaceInfo, conflicts: Conflict[], query: string,
	makeMap: MapMaker ): void {
	const { section, summary, body, status } = shell;
	const count = Math.max( conflicts.length, place.total || 0 );
	replaceChildren( summary, msg( 'geo-conflicts-place-title', isolateText( place.label ) ), ' ',
		h( 'span', { class: 'geo-conflicts-muted geo-conflicts-place-count', dataset: { total: String( count ) } },
			msg( 'geo-conflicts-place-count', formatNumber( count ), count ) ) );
	const partial = count > conflicts.length ? h( 'p', { class: 'geo-conflicts-muted geo-conflicts-place-partial' },
		msg( 'geo-conflicts-place-partial', formatNumber( conflicts.length ), formatNumber( count ), count ) ) : null;
	const mapArea = h( 'div', { class: 'geo-conflicts-map-area geo-conflicts-map-area--mini' } );
	replaceChildren( body,
		status,
		partial,
		mapArea,
		compactList( conflicts, 20, dashboardUrl( place.countries ) ),
		h( 'p', { class: 'geo-conflicts-footer' }, queryLink( query ) ),
	);
	section.hidden = false;
	// A map in a closed <details> has no size: make it the first time the section opens.
	let mapStarted = false;
	const startMap = (): void => {
		if ( mapStarted || !section.open ) {
			return;
		}
		mapStarted = true;
		makeMap( mapArea, conflicts );
	};
	section.addEventListener( 'toggle', startMap );
	startMap();
}

/** Conflicts with coordinates, as the static maps draw them. */
export function toStaticConflicts( conflicts: Conflict[] ): StaticConflict[] {
	const out: StaticConflict[] = [];
	for ( const c of conflicts ) {
		if ( c.coordinates ) {
			out.push( { id: c.id, label: c.label, lat: c.coordinates.lat, lon: c.coordinates.lon,
				approximate: c.coordinates.approximate, sector: c.sector.key,
				article: c.article ? c.article.title : undefined } );
		}
	}
	return out;
}

/** The static overlay's texts and links from the registered messages (core and reader). */
export function overlayOptions( showNow: boolean ): OverlayOptions {
	return {
		showNow,
		text: ( key, ...params ) => msg( key, ...params ),
		number: ( n ) => formatNumber( n ),
		articleUrl: ( title ) => mw.util.getUrl( title ),
		wikidataUrl: ( id ) => getEndpoints().wikidataWiki + id,
	};
}
