/**
 * How a group of conflicts looks and reads: a ring coloured by the share of each sector (a conic
 * gradient in the palette's colours) around the count, a label that says the same in words for
 * screen readers, and the popup that lists the members — each a button, so a keyboard reaches
 * every conflict of a group, and a stack (conflicts at the same point) can be told apart.
 */
import { bdi, h } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { SECTORS } from '../data/sectors';
import type { Group } from './clusters';
import type { MapConflict } from './index';
import { sectorColor, type Theme } from './palette';

/** Members listed in a group's popup; a larger group offers to zoom in for the rest. */
export const POPUP_MEMBERS = 30;

/** Diameter in pixels: grows with the count, within what a thumb can hit and a map can spare. */
export function groupSize( count: number, mini = false ): number {
	return Math.round( Math.min( mini ? 34 : 46,
		( mini ? 22 : 26 ) + 6 * Math.log10( Math.max( 2, count ) ) ) );
}

/** `conic-gradient(...)` with one arc per sector, in the legend's order. */
export function sectorGradient( group: Pick<Group, 'sectors' | 'count'>, theme: Theme ): string {
	const stops: string[] = [];
	let done = 0;
	for ( const key of SECTORS ) {
		const n = group.sectors[ key ] || 0;
		if ( n > 0 ) {
			const from = ( 100 * done / group.count ).toFixed( 2 );
			done += n;
			const to = ( 100 * done / group.count ).toFixed( 2 );
			stops.push( sectorColor( key, theme ) + ' ' + from + '% ' + to + '%' );
		}
	}
	return 'conic-gradient(' + stops.join( ', ' ) + ')';
}

/** "12 conflicts here: Mining 6, Energy 4, Water 2". */
export function groupLabel( group: Pick<Group, 'sectors' | 'count'> ): string {
	const parts = SECTORS.filter( ( key ) => ( group.sectors[ key ] || 0 ) > 0 )
		.map( ( key ) => msg( 'geo-conflicts-cluster-sector', msg( 'geo-conflicts-sector-' + key ), formatNumber( group.sectors[ key ] || 0 ) ) );
	return msg( 'geo-conflicts-cluster-label', formatNumber( group.count ), parts.join( msg( 'comma-separator' ) ), group.count );
}

/**
 * Dress a group's marker element (Leaflet's div icon, empty): the ring is its background, the count
 * one child — two DOM nodes per group, as few as a count in a ring allows.
 */
export function dressGroupIcon( icon: HTMLElement, group: Group, theme: Theme,
	label: string ): void {
	icon.setAttribute( 'role', 'button' );
	icon.setAttribute( 'aria-label', label );
	icon.setAttribute( 'aria-haspopup', 'dialog' );
	icon.dataset.count = String( group.count );
	icon.style.setProperty( 'background', sectorGradient( group, theme ) );
	if ( !icon.firstChild ) {
		icon.appendChild( h( 'span', { class: 'geo-conflicts-cluster-count', text: formatNumber( group.count ), attrs: { 'aria-hidden': 'true' } } ) );
	}
}

export interface GroupPopupOptions {
	/** All at one point: no zooming apart, the list is all there is. */
	stack: boolean;
	/** Members beyond those listed. */
	more: number;
	theme: Theme;
	onPick( id: string ): void;
	onZoom(): void;
}

export function groupPopup( group: Group, members: MapConflict[],
	options: GroupPopupOptions ): HTMLElement {
	return h( 'div', { class: 'geo-conflicts-map-popup geo-conflicts-cluster-popup', attrs: { dir: document.documentElement.dir || 'ltr' }, dataset: { count: String( group.count ) } },
		h( 'div', { class: 'geo-conflicts-map-popup-label', text: msg( options.stack ? 'geo-conflicts-cluster-stack' : 'geo-conflicts-cluster-title', formatNumber( group.count ), group.count ) } ),
		h( 'ul', { class: 'geo-conflicts-cluster-members' }, members.map( ( c ) => h( 'li', null,
			h( 'span', { class: 'geo-conflicts-map-swatch', style: { 'background-color': sectorColor( c.sector, options.theme ) }, attrs: { 'aria-hidden': 'true' } } ),
			h( 'button', {
				class: 'geo-conflicts-cluster-member',
				attrs: { type: 'button' },
				dataset: { id: c.id },
				on: { click: () => options.onPick( c.id ) },
			}, bdi( c.label ) ),
		) ) ),
		options.more > 0 ? h( 'p', { class: 'geo-conflicts-map-popup-sector', text: msg( 'geo-conflicts-cluster-more', formatNumber( options.more ), options.more ) } ) : null,
		options.stack ? null : h( 'button', {
			class: 'cdx-button geo-button geo-conflicts-cluster-zoom',
			attrs: { type: 'button' },
			on: { click: () => options.onZoom() },
		}, msg( 'geo-conflicts-cluster-zoom' ) ),
	);
}
