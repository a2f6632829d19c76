/**
 * The shaded world map: country outlines as a Leaflet GeoJSON layer on Kartographer's map where the
 * wiki has it, else on the bundled Leaflet (no tiles: the shading is the map). Each country with a
 * value or a reason to be absent gets a tooltip on hover and on keyboard focus (its path is
 * focusable and labelled); the ranked table next to it carries the same numbers for everyone else.
 */
import type * as Leaflet from 'leaflet';
import { dataBlock } from '../../../core/dom';
import { userLanguage } from '../../../core/messages';
import {
	addZoomButtons, hasKartographer, loadKartographer, loadBundledLeaflet, type LeafletNS,
} from '../../../core/leaflet';
import { addLeafletStyles } from '../../../core/leaflet-styles';
import type { Outline } from '../../data/geoshapes';

export interface MapArea {
	code: string;
	/** 'c0' … 'c5' (a class of the scale), 'np' or 'protected'. */
	shade: string;
	/** What hover and focus say (country, value ± interval or why there is none). */
	label: string;
	/** Whether keyboard users reach it (countries with a value or a known reason). */
	focusable: boolean;
}

/**
 * A ring that crosses the antimeridian (Russia, Fiji) jumps by ~360° between two points: continue
 * it past ±180 instead, or Leaflet draws a line across the whole world.
 */
export function unwrapRing( ring: [ number, number ][] ): [ number, number ][] {
	let shift = 0;
	return ring.map( ( p, i ) => {
		if ( i > 0 ) {
			const step = p[ 0 ] + shift - ( ring[ i - 1 ][ 0 ] + shift );
			if ( step > 180 ) {
				shift -= 360;
			} else if ( step < -180 ) {
				shift += 360;
			}
		}
		return [ p[ 0 ] + shift, p[ 1 ] ];
	} );
}

const SVG = 'http://www.w3.org/2000/svg';
export const NP_PATTERN = 'geo-editors-map-np-hatch';

/** The hatching of "not published" areas (a pattern in the map's own SVG; colours from CSS). */
function addHatching( svg: SVGSVGElement | null ): void {
	if ( !svg || svg.querySelector( '#' + NP_PATTERN ) ) {
		return;
	}
	const defs = document.createElementNS( SVG, 'defs' );
	const pattern = document.createElementNS( SVG, 'pattern' );
	const attrs: Record<string, string> = { id: NP_PATTERN, width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' };
	Object.keys( attrs ).forEach( ( k ) => pattern.setAttribute( k, attrs[ k ] ) );
	const back = document.createElementNS( SVG, 'rect' );
	back.setAttribute( 'width', '6' );
	back.setAttribute( 'height', '6' );
	back.setAttribute( 'class', 'geo-editors-map-hatch-back' );
	const line = document.createElementNS( SVG, 'rect' );
	line.setAttribute( 'width', '1.5' );
	line.setAttribute( 'height', '6' );
	line.setAttribute( 'class', 'geo-editors-map-hatch-line' );
	pattern.appendChild( back );
	pattern.appendChild( line );
	defs.appendChild( pattern );
	svg.insertBefore( defs, svg.firstChild );
}

/**
 * One world, as the bundled map (which has no tiles) shows it: Kartographer's tiles repeat east and
 * west, where the areas are not drawn, so its base layer stops at the antimeridian and the view
 * stays on the one shaded world.
 */
function oneWorld( L: LeafletNS, map: KartographerMap ): void {
	const tiles = map.wikimediaLayer;
	if ( tiles ) {
		tiles.options.noWrap = true;
		tiles.options.bounds = L.latLngBounds( [ -85.06, -180 ], [ 85.06, 180 ] );
		tiles.redraw();
	}
	map.setMaxBounds( L.latLngBounds( [ -85, -200 ], [ 85, 200 ] ) );
	map.options.worldCopyJump = false;
}

export interface MountedMap {
	backend: 'kartographer' | 'leaflet';
	destroy(): void;
}

async function baseMap( element: HTMLElement ): Promise<{ L: LeafletNS; map: Leaflet.Map; backend: MountedMap[ 'backend' ] }> {
	if ( hasKartographer() ) {
		try {
			const k = await loadKartographer();
			// Kartographer's map is a Leaflet map: these options pass through its map() (Map.js
			// extends L.Map's). Quarter zoom steps, as the bundled map, so the world fits the box
			// instead of snapping to a whole zoom that leaves it small.
			const kMap = k.box.map( Object.assign( { container: element, center: [ 20, 0 ] as [ number, number ], zoom: 1,
				lang: userLanguage(), alwaysInteractive: true, allowFullScreen: false }, { zoomSnap: 0.25, zoomDelta: 0.5 } ) );
			await new Promise<void>( ( resolve ) => {
				kMap.doWhenReady( () => resolve() );
			} );
			oneWorld( k.L, kMap );
			return { L: k.L, map: kMap, backend: 'kartographer' };
		} catch ( e ) {
			mw.log.warn( 'Geo Editors: Kartographer map unavailable, using the bundled map', e );
		}
	}
	const L = await loadBundledLeaflet();
	element.classList.add( 'geo-map--bundled' );
	const map = L.map( element, { center: [ 20, 0 ], zoom: 1, minZoom: 0, maxZoom: 6,
		zoomSnap: 0.25, attributionControl: false, zoomControl: false, scrollWheelZoom: false,
		keyboard: true } );
	addZoomButtons( L, map );
	return { L, map, backend: 'leaflet' };
}

/** Draw `areas` (by country code) with their outlines into `element`, which must be in the page. */
export async function mountChoropleth( element: HTMLElement, areas: MapArea[],
	outlines: Map<string, Outline> ): Promise<MountedMap> {
	addLeafletStyles();
	const { L, map, backend } = await baseMap( element );
	const byCode = new Map( areas.map( ( a ) => [ a.code, a ] ) );
	const features = Array.from( outlines ).filter( ( [ code ] ) => byCode.has( code ) )
		.map( ( [ code, outline ] ) => ( {
			type: 'Feature' as const,
			properties: { code },
			geometry: { type: 'MultiPolygon' as const, coordinates: outline.map( ( poly ) => poly.map( unwrapRing ) ) },
		} ) );
	const layer = L.geoJSON( { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, {
		style: ( f ) => ( {
			className: 'geo-editors-map-area geo-editors-map-' + byCode.get( ( f as GeoJSON.Feature ).properties!.code )!.shade,
			weight: 0.6,
			opacity: 1,
			fillOpacity: 1,
		} ),
		onEachFeature: ( f, area ) => {
			const info = byCode.get( ( f.properties as { code: string } ).code )!;
			// Our own element: no HTML string reaches Leaflet.
			( area as Leaflet.Path ).bindTooltip( dataBlock( 'span', info.label, { class: 'geo-editors-map-tip' } ), { sticky: true, direction: 'top' } );
		},
	} ).addTo( map );
	addHatching( element.querySelector( 'svg' ) );
	layer.eachLayer( ( area ) => {
		const path = area as Leaflet.Polygon;
		const el = path.getElement && path.getElement() as SVGElement | undefined;
		const info = byCode.get( ( path.feature as GeoJSON.Feature ).properties!.code )!;
		if ( !el ) {
			return;
		}
		el.setAttribute( 'data-country', info.code );
		el.setAttribute( 'aria-label', info.label );
		el.setAttribute( 'role', 'img' );
		if ( info.focusable ) {
			el.setAttribute( 'tabindex', '0' );
			el.addEventListener( 'focus', () => path.openTooltip( path.getBounds().getCenter() ) );
			el.addEventListener( 'blur', () => path.closeTooltip() );
		}
	} );
	// Up to 84° N: the whole of Greenland (78° cut its north off).
	map.fitBounds( [ [ -56, -170 ], [ 84, 180 ] ], { animate: false } );
	// eslint-disable-next-line compat/compat -- feature-detected: without it the map keeps its first size
	const resize = typeof ResizeObserver === 'function' ? new ResizeObserver( () => map.invalidateSize() ) : null;
	if ( resize ) {
		resize.observe( element );
	}
	return {
		backend,
		destroy() {
			if ( resize ) {
				resize.disconnect();
			}
			map.remove();
		},
	};
}
