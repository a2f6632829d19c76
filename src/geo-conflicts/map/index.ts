/**
 * The Geo Conflicts map: conflicts as coloured dots (dashed rings where the location is only the
 * region's), a legend, popups, selection. Kartographer's map where the wiki has it, else a bundled
 * Leaflet with tiles from the configured tile server.
 */
// As text, added to the page with the first map: not through ResourceLoader, whose CSSJanus would
// mirror Leaflet's physical left/right rules for right-to-left readers, while the map is always
// ltr.
import mapStyles from './map.css' with { type: 'text' };
import type * as Leaflet from 'leaflet';
import type { SectorKey } from '../data/sectors';
import { h } from '../../core/dom';
import { msg, formatNumber, userLanguage } from '../../core/messages';
import { getEndpoints } from '../../core/config';
import { isNightMode, onThemeChange } from '../../core/theme';
import {
	addZoomButtons, hasKartographer, loadKartographer, loadBundledLeaflet, globalLeaflet, type LeafletNS,
} from '../../core/leaflet';
import { addLeafletStyles } from '../../core/leaflet-styles';
import { ConflictLayer } from './layer';
import { createLegend } from './legend';
import { domControl, attributionElement, layerToggle } from './controls';
import type { Theme } from './palette';

export interface MapConflict {
	id: string; /* QID */
	label: string;
	lat: number;
	lon: number;
	approximate: boolean;
	sector: SectorKey;
}

export interface ConflictMap {
	element: HTMLElement;
	setConflicts( list: MapConflict[] ): void;
	focus( id: string ): void;
	destroy(): void;
}

const FOCUS_ZOOM = 8;
const FIT_MAX_ZOOM = 9;
/**
 * An approximate location is its place's or region's point: shown closer than a region's scale it
 * says nothing (an empty box around a dashed ring), so a view of approximate markers only stops at
 * a zoom where the region, coast and borders around it show.
 */
export const APPROXIMATE_FIT_MAX_ZOOM = 6;

function afterNextFrame( fn: () => void ): void {
	if ( typeof requestAnimationFrame === 'function' ) {
		requestAnimationFrame( () => fn() );
	} else {
		setTimeout( fn, 0 );
	}
}

function currentTheme(): Theme {
	return isNightMode() ? 'night' : 'day';
}

interface BaseMap {
	L: LeafletNS;
	map: Leaflet.Map;
	kartographer: boolean;
}

/**
 * Kartographer's map when available (falling back if it fails to load), else the bundled Leaflet.
 */
async function makeBaseMap( element: HTMLElement, mini: boolean ): Promise<BaseMap> {
	if ( hasKartographer() ) {
		try {
			const kartographer = await loadKartographer();
			const kartographerMap = kartographer.box.map( {
				container: element,
				center: [ 0, 0 ],
				zoom: 1,
				lang: userLanguage(),
				alwaysInteractive: true,
				// Its full-screen dialog copies only Kartographer's own data layers, not ours.
				allowFullScreen: false,
			} );
			await new Promise<void>( ( resolve ) => {
				kartographerMap.doWhenReady( () => resolve() );
			} );
			return { L: kartographer.L, map: kartographerMap, kartographer: true };
		} catch ( e ) {
			mw.log.warn( 'Geo Conflicts: Kartographer map unavailable, using the bundled map', e );
		}
	}
	const L = await loadBundledLeaflet();
	element.classList.add( 'geo-conflicts-map--bundled', 'geo-map--bundled' );
	const map = L.map( element, {
		center: [ 0, 0 ],
		zoom: 1,
		minZoom: 1,
		worldCopyJump: true,
		attributionControl: false,
		zoomControl: false,
		scrollWheelZoom: !mini,
		keyboard: true,
	} );
	addZoomButtons( L, map );
	L.tileLayer( getEndpoints().tiles, {
		maxZoom: 18,
		// Night mode: Vector and Minerva (1.43) invert `.skin-invert` (filter: invert hue-rotate);
		// the map container is `.notheme`, a light island for our controls, as Kartographer keeps
		// its own.
		className: 'skin-invert',
	} ).addTo( map );
	domControl( L, attributionElement(), 'bottomright' ).addTo( map );
	return { L, map, kartographer: false };
}

/**
 * Make a map inside `container` (an element of its own is appended). `onSelect` gets the QID of a
 * clicked marker; `mini` is the small map of cards and place sections (legend collapsed, no wheel
 * zoom).
 */
let stylesAdded = false;

function addMapStyles(): void {
	addLeafletStyles();
	if ( !stylesAdded && typeof mapStyles === 'string' ) {
		stylesAdded = true;
		mw.util.addCSS( mapStyles );
	}
}

function overlaps( a: DOMRect, b: DOMRect ): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export async function createConflictMap(
	container: HTMLElement,
	opts: { onSelect?( id: string ): void; mini?: boolean; cluster?: boolean },
): Promise<ConflictMap> {
	addMapStyles();
	const mini = !!opts.mini;
	const element = h( 'div', {
		class: [ 'geo-conflicts-map', 'notheme', mini && 'geo-conflicts-map--mini' ],
		// Leaflet positions tiles and markers for left-to-right only (Kartographer's maps are ltr
		// too); the legend and popups get the reader's direction back below.
		attrs: { role: 'region', dir: 'ltr', 'aria-label': msg( 'geo-conflicts-map-label', formatNumber( 0 ), 0 ) },
		dataset: { markerCount: '0' },
	} );
	container.appendChild( element );
	let base: BaseMap;
	try {
		base = await makeBaseMap( element, mini );
	} catch ( e ) {
		element.remove();
		throw e;
	}
	const { L, map } = base;
	element.dataset.backend = base.kartographer ? 'kartographer' : 'leaflet';
	// The map's own keyboard handling (arrows, +/-) works once the container has focus.
	element.tabIndex = 0;

	const layer = new ConflictLayer( L,
		{ mini, onSelect: opts.onSelect, theme: currentTheme(), cluster: opts.cluster } );
	layer.group.addTo( map );
	layer.attach( map );
	const legend = createLegend( !mini );
	legend.element.setAttribute( 'dir', document.documentElement.dir || 'ltr' );
	// Top-right, across from the zoom buttons: along the bottom the attribution grows with the
	// language (two lines on a mini map, most of the width in Spanish) and ran under the legend.
	domControl( L, legend.element, 'topright' ).addTo( map );
	legend.update( layer.sectors, currentTheme() );
	// A popup the open legend would cover (groups sit anywhere, the legend in a corner) folds the
	// legend away; the reader can open it again.
	map.on( 'popupopen', ( event ) => {
		const popup = ( event as Leaflet.PopupEvent ).popup.getElement();
		if ( legend.element.open && popup &&
			overlaps( popup.getBoundingClientRect(), legend.element.getBoundingClientRect() ) ) {
			legend.element.open = false;
		}
	} );

	const stopTheme = onThemeChange( ( night ) => {
		const theme: Theme = night ? 'night' : 'day';
		layer.setTheme( theme );
		legend.update( layer.sectors, theme );
	} );
	// A map made in a hidden or resized box (collapsed section, dialog) must re-measure itself.
	// eslint-disable-next-line compat/compat -- feature-detected: without it the map keeps its first size
	const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver( () => map.invalidateSize() ) : null;
	if ( resizeObserver ) {
		resizeObserver.observe( element );
	}

	let destroyed = false;
	return {
		element,
		setConflicts( list ) {
			if ( destroyed ) {
				return;
			}
			// Off the map while the markers change, then added once at the final view: each marker
			// is projected and drawn once instead of at the old view and again at the new one.
			map.closePopup();
			map.removeLayer( layer.group );
			const count = layer.setConflicts( list );
			legend.update( layer.sectors, currentTheme() );
			element.dataset.markerCount = String( count );
			element.setAttribute( 'aria-label', msg( 'geo-conflicts-map-label', formatNumber( count ), count ) );
			const bounds = layer.bounds();
			if ( bounds ) {
				map.invalidateSize();
				const approximateOnly = list.length > 0 && list.every( ( c ) => c.approximate );
				map.fitBounds( bounds, { padding: L.point( 24, 24 ), animate: false,
					maxZoom: approximateOnly ? APPROXIMATE_FIT_MAX_ZOOM : FIT_MAX_ZOOM } );
			}
			layer.group.addTo( map );
		},
		focus( id ) {
			const entry = destroyed ? null : layer.get( id );
			if ( !entry ) {
				return;
			}
			map.setView( entry.marker.getLatLng(), Math.max( map.getZoom(), FOCUS_ZOOM ),
				{ animate: false } );
			layer.openPopup( id, map );
		},
		destroy() {
			if ( destroyed ) {
				return;
			}
			destroyed = true;
			stopTheme();
			if ( resizeObserver ) {
				resizeObserver.disconnect();
			}
			element.remove();
			// Leaflet's canvas can leave a redraw scheduled for the next frame (its synchronous
			// redraw after a view reset does not cancel it); tear the map down after that frame,
			// or the redraw would hit the destroyed canvas.
			afterNextFrame( () => map.remove() );
		},
	};
}

function isLeafletMap( value: unknown ): value is Leaflet.Map {
	const candidate = value as Partial<Leaflet.Map> | null;
	return !!candidate && typeof candidate.addLayer === 'function' && typeof candidate.removeLayer === 'function' &&
		typeof candidate.getContainer === 'function';
}

/**
 * Add the conflicts as a layer that readers can switch off to a map Kartographer made (from the
 * `wikipage.maps` hook; the caller passes one map at a time). Returns a handle that takes it away.
 */
export function addConflictOverlay( kartographerMap: unknown,
	conflicts: MapConflict[] ): { remove(): void } {
	const L = globalLeaflet();
	if ( !L || !isLeafletMap( kartographerMap ) ) {
		return { remove() { /* nothing was added */ } };
	}
	const map = kartographerMap;
	const layer = new ConflictLayer( L, { theme: currentTheme() } );
	const count = layer.setConflicts( conflicts );
	const legend = createLegend( false );
	legend.update( layer.sectors, currentTheme() );
	const panel = h( 'div', { class: 'geo-conflicts-map-overlay', dataset: { markerCount: String( count ) } },
		layerToggle( msg( 'geo-conflicts-map-layer-toggle', formatNumber( count ) ), true, ( shown ) => {
			if ( shown ) {
				layer.group.addTo( map );
			} else {
				map.removeLayer( layer.group );
			}
		} ),
		legend.element,
	);
	const control = domControl( L, panel, 'topright' );
	let removed = false;
	const add = (): void => {
		if ( !removed ) {
			layer.group.addTo( map );
			layer.attach( map );
			control.addTo( map );
		}
	};
	const maybeKartographer = map as Partial<KartographerMap>;
	if ( typeof maybeKartographer.doWhenReady === 'function' ) {
		maybeKartographer.doWhenReady( add );
	} else {
		add();
	}
	const stopTheme = onThemeChange( ( night ) => {
		layer.setTheme( night ? 'night' : 'day' );
		legend.update( layer.sectors, night ? 'night' : 'day' );
	} );
	return {
		remove() {
			removed = true;
			stopTheme();
			map.removeLayer( layer.group );
			control.remove();
		},
	};
}
