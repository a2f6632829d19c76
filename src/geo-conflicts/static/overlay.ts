/**
 * Conflicts over a static mapframe (Kartographer's image of maps.wikimedia.org, as on Wikipedias):
 * focusable markers at their Web Mercator position on the image, no map library. The layer is a
 * sibling of Kartographer's link, laid over it with `pointer-events: none` except on our own
 * controls, so a click anywhere else on the image still opens the full-screen map. It is `.notheme`
 * like the map: the image stays light at night, so markers keep the day palette (≥ 3:1 on it) and
 * the controls the light Codex tokens. Builds DOM only (no request); labels are text, never HTML.
 */
import css from './overlay.css' with { type: 'text' };
import { dataBlock, h, isolateText, link } from '../../core/dom';
import { placeOn, type StaticView } from './geometry';
import type { StaticFrame } from './frames';
import { PALETTES } from '../map/palette';
import type { CellConflict } from '../data/map-cells';

/** A conflict as the snapshot's map cells carry it (one shape for the cells and the overlay). */
export type StaticConflict = CellConflict;

export interface OverlayOptions {
	/** Markers at once (conflict and place articles), else behind the count control. */
	showNow: boolean;
	text( key: string, ...params: string[] ): string;
	number( n: number ): string;
	articleUrl( title: string ): string;
	wikidataUrl( id: string ): string;
}

/** Markers closer than this (CSS px) share one marker that lists them. */
const GROUP_PX = 14;
const INSET = 6;

let styled = false;

const DAY = PALETTES.day as Record<string, string>;

function sectorOf( c: StaticConflict ): string {
	return Object.prototype.hasOwnProperty.call( DAY, c.sector ) ? c.sector : 'other';
}

function summary( c: StaticConflict, o: OverlayOptions ): HTMLElement {
	return h( 'div', { class: 'geo-conflicts-static-summary', dataset: { id: c.id } },
		dataBlock( 'div', c.label, { class: 'geo-conflicts-static-label' } ),
		h( 'div', { text: o.text( 'geo-conflicts-sector-' + sectorOf( c ) ) } ),
		c.approximate ? h( 'div', { text: o.text( 'geo-conflicts-map-popup-approximate' ) } ) : null,
		c.article ? link( o.articleUrl( c.article ), o.text( 'geo-conflicts-static-article' ) ) : null,
		' ',
		/^Q[1-9]\d*$/.test( c.id ) ? link( o.wikidataUrl( c.id ), o.text( 'geo-conflicts-map-popup-wikidata', c.id ) ) : null,
	);
}

/** Greedy grouping of the placed markers (nearest first come). */
function group( placed: { c: StaticConflict; x: number; y: number }[] ): { x: number; y: number; members: StaticConflict[] }[] {
	const groups: { x: number; y: number; members: StaticConflict[] }[] = [];
	for ( const p of placed ) {
		const near = groups.filter( ( g ) => Math.abs( g.x - p.x ) < GROUP_PX && Math.abs( g.y - p.y ) < GROUP_PX )[ 0 ];
		if ( near ) {
			near.members.push( p.c );
		} else {
			groups.push( { x: p.x, y: p.y, members: [ p.c ] } );
		}
	}
	return groups;
}

/**
 * Lay the conflicts in view over one static mapframe (`a.mw-kartographer-map`). Returns the
 * overlay, or null when none of them is in view (then nothing is added at all).
 */
export function overlayStaticFrame( frame: HTMLElement, view: StaticView, conflicts: StaticConflict[],
	o: OverlayOptions ): HTMLElement | null {
	const img = frame.querySelector( 'img' );
	const width = ( img && img.clientWidth ) || frame.clientWidth || view.width;
	const height = ( img && img.clientHeight ) || frame.clientHeight || view.height;
	const seen: Record<string, boolean> = {};
	const placed: { c: StaticConflict; x: number; y: number }[] = [];
	for ( const c of conflicts ) {
		const at = seen[ c.id ] ? null : placeOn( view, c.lat, c.lon, width, height, INSET );
		if ( at ) {
			seen[ c.id ] = true;
			placed.push( { c, x: at.x, y: at.y } );
		}
	}
	if ( !placed.length ) {
		return null;
	}
	if ( !styled ) {
		styled = true;
		mw.util.addCSS( css as unknown as string );
	}
	let popup: HTMLElement | null = null;
	let opener: HTMLElement | null = null;
	const close = (): void => {
		if ( popup ) {
			popup.remove();
			popup = null;
			if ( opener ) {
				opener.focus();
			}
		}
	};
	const layer = h( 'div', { class: 'geo-conflicts-static-markers', attrs: { role: 'group',
		'aria-label': o.text( 'geo-conflicts-static-layer' ), hidden: !o.showNow } } );
	const overlay = h( 'div', { class: 'geo-conflicts-static notheme', attrs: { dir: 'ltr' } }, layer );
	const open = ( marker: HTMLElement, title: string, members: StaticConflict[] ): void => {
		close();
		opener = marker;
		const closeButton = h( 'button', { class: 'geo-conflicts-static-close', text: '×',
			attrs: { type: 'button', 'aria-label': o.text( 'geo-conflicts-static-close' ) }, on: { click: close } } );
		popup = h( 'div', { class: 'geo-conflicts-static-popup', attrs: { role: 'dialog', 'aria-label': title,
			dir: document.documentElement.dir || 'ltr', tabindex: -1 },
		on: { keydown: ( e ) => {
			if ( e.key === 'Escape' ) {
				e.preventDefault();
				close();
			}
		} } }, closeButton, members.map( ( c ) => summary( c, o ) ) );
		overlay.appendChild( popup );
		popup.focus();
	};
	for ( const g of group( placed ) ) {
		const one = g.members.length === 1;
		const label = one ? g.members[ 0 ].label :
			o.text( 'geo-conflicts-static-group', o.number( g.members.length ), g.members.map( ( c ) => isolateText( c.label ) ).join( ', ' ) );
		const first = g.members[ 0 ];
		const marker: HTMLButtonElement = h( 'button', {
			class: [ 'geo-conflicts-static-marker', one && first.approximate && 'geo-conflicts-static-marker--approximate', !one && 'geo-conflicts-static-marker--group' ],
			text: one ? '' : o.number( g.members.length ),
			attrs: { type: 'button', 'aria-label': label, title: label, 'aria-haspopup': 'dialog' },
			style: { left: g.x.toFixed( 1 ) + 'px', top: g.y.toFixed( 1 ) + 'px', '--geo-static-color': one ? DAY[ sectorOf( first ) ] : '#202122' },
			dataset: { ids: g.members.map( ( c ) => c.id ).join( ' ' ) },
			on: { click: ( e ) => {
				e.preventDefault();
				open( marker, label, g.members );
			} },
		} );
		layer.appendChild( marker );
	}
	const toggle: HTMLButtonElement = h( 'button', { class: 'geo-conflicts-static-toggle', attrs: { type: 'button',
		'aria-pressed': String( o.showNow ) }, text: o.text( 'geo-conflicts-static-toggle', o.number( placed.length ) ),
	on: { click: () => {
		const show = layer.hidden;
		layer.hidden = !show;
		toggle.setAttribute( 'aria-pressed', String( show ) );
		if ( !show ) {
			close();
		}
	} } } );
	// Before the markers: the keyboard meets the control first, then the markers it shows.
	overlay.insertBefore( toggle, layer );
	const parent = frame.parentNode as HTMLElement;
	if ( getComputedStyle( parent ).position === 'static' ) {
		parent.style.position = 'relative';
	}
	const fit = (): void => {
		overlay.style.left = frame.offsetLeft + 'px';
		overlay.style.top = frame.offsetTop + 'px';
		overlay.style.width = frame.offsetWidth + 'px';
		overlay.style.height = frame.offsetHeight + 'px';
	};
	parent.insertBefore( overlay, frame.nextSibling );
	fit();
	window.addEventListener( 'resize', fit );
	return overlay;
}

/** Overlay each frame; returns how many got markers (the others get nothing at all). */
export function overlayFrames( frames: StaticFrame[], conflicts: StaticConflict[], options: OverlayOptions ): number {
	let n = 0;
	for ( const f of frames ) {
		f.frame.dataset.geoConflictsStatic = 'done';
		n += overlayStaticFrame( f.frame, f.view, conflicts, options ) ? 1 : 0;
	}
	return n;
}
