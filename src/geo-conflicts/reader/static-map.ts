/**
 * The reader's map for a card or a place section: one static image of the configured map server
 * (Kartographer's `…/img/{style},{zoom},{lat},{lon},{w}x{h}.png`, as a Wikipedia mapframe shows),
 * the conflicts drawn over it by the static overlay (focusable markers, Web Mercator), and a button
 * that opens the interactive map — only then do Leaflet and the core load. No tiles, no map
 * library on a plain read.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { getEndpoints } from '../../core/config';
import { errorBox, errorMessage, spinner } from '../../core/ui';
import { fitView, staticImageUrl } from '../static/geometry';
import { overlayStaticFrame } from '../static/overlay';
import { attributionElement } from '../map/attribution';
import { overlayOptions, toStaticConflicts, type MapMaker } from '../ui/article-views';
import type { Conflict } from '../data/types';

export const STATIC_HEIGHT = 200;
/** One conflict: a regional view, as the mini map shows it. */
const ONE_ZOOM = 8;
const MAX_ZOOM = 9;

/** Replaces the area's content with the interactive map (loads the core). */
export type OpenInteractive = ( area: HTMLElement, conflicts: Conflict[] ) => Promise<void>;

export function staticMapMaker( openInteractive: OpenInteractive ): MapMaker {
	return ( area, conflicts ) => {
		const points = toStaticConflicts( conflicts );
		const width = Math.min( 640, Math.max( 160, Math.round( area.clientWidth || 300 ) ) );
		const view = fitView( points, width, STATIC_HEIGHT, points.length > 1 ? MAX_ZOOM : ONE_ZOOM );
		const tiles = getEndpoints().tiles;
		const src = view && staticImageUrl( tiles, view );
		const status = h( 'div', { class: 'geo-conflicts-open-map-status', attrs: { 'aria-live': 'polite' } } );
		const open: HTMLButtonElement = h( 'button', {
			class: 'cdx-button geo-button geo-conflicts-open-map',
			attrs: { type: 'button' },
			text: msg( 'geo-conflicts-open-map' ),
			on: { click: () => {
				open.disabled = true;
				replaceChildren( status, spinner( msg( 'geo-conflicts-loading' ) ) );
				openInteractive( area, conflicts ).catch( ( e: unknown ) => {
					open.disabled = false;
					replaceChildren( status, errorBox( errorMessage( e ) ) );
				} );
			} },
		} );
		if ( !view || !src ) {
			replaceChildren( area, open, status );
			return;
		}
		const double = staticImageUrl( tiles, view, 2 );
		const frame = h( 'div', { class: 'geo-conflicts-static-frame', dataset: { zoom: String( view.zoom ) } },
			h( 'img', { attrs: { src, srcset: double + ' 2x', width: view.width, height: view.height, alt: '', decoding: 'async' } } ) );
		replaceChildren( area, frame, attributionElement( 'geo-conflicts-static-attribution' ), open, status );
		const overlay = overlayStaticFrame( frame, view, points, overlayOptions( true ) );
		frame.dataset.markerCount = String( overlay ? overlay.querySelectorAll( '.geo-conflicts-static-marker' ).length : 0 );
	};
}
