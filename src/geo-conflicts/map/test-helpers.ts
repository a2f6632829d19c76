/** Shared set-up of the map tests: messages, a layout for jsdom, a no-op 2D canvas. */
import { vi } from 'vitest';
import { registerMessages } from '../../core/messages';
import en from '../../../i18n/geo-conflicts/en.json';
import type { MapConflict } from './index';

export function registerMapMessages(): void {
	const strings: Record<string, string> = {};
	for ( const key of Object.keys( en ) ) {
		if ( key !== '@metadata' ) {
			strings[ key ] = ( en as Record<string, unknown> )[ key ] as string;
		}
	}
	// Sector names belong to the data side; provide them if it has not written them yet.
	for ( const sector of [ 'mining', 'water', 'other', 'energy' ] ) {
		const key = 'geo-conflicts-sector-' + sector;
		if ( !strings[ key ] ) {
			strings[ key ] = 'Sector ' + sector;
		}
	}
	registerMessages( { en: strings } );
}

/**
 * jsdom has no layout and no canvas: give elements a size so Leaflet can compute views, and a 2D
 * context that accepts every call (what is drawn is checked in Chromium by the e2e test and bench).
 */
export function fakeLayoutAndCanvas(): () => void {
	const restore: ( () => void )[] = [];
	for ( const [ prop, value ] of [ [ 'clientWidth', 800 ], [ 'clientHeight', 400 ] ] as [ string, number ][] ) {
		const original = Object.getOwnPropertyDescriptor( HTMLElement.prototype, prop );
		Object.defineProperty( HTMLElement.prototype, prop,
			{ configurable: true, get: () => value } );
		restore.push( () => {
			if ( original ) {
				Object.defineProperty( HTMLElement.prototype, prop, original );
			}
		} );
	}
	const ctx = new Proxy( {}, {
		get: ( target: Record<string, unknown>, key: string ) => key in target ? target[ key ] :
			() => undefined,
		set: ( target: Record<string, unknown>, key: string, value: unknown ) => {
			target[ key ] = value;
			return true;
		},
	} );
	const spy = vi.spyOn( HTMLCanvasElement.prototype, 'getContext' ).mockImplementation( () => ctx as never );
	restore.push( () => spy.mockRestore() );
	return () => restore.forEach( ( fn ) => fn() );
}

export const HOSTILE_LABEL = '<img src=x onerror=alert(1)>';

export function sampleConflicts(): MapConflict[] {
	return [
		{ id: 'Q1', label: 'Pascua Lama', lat: -29.3, lon: -70.0, approximate: false, sector: 'mining' },
		{ id: 'Q2', label: HOSTILE_LABEL, lat: -33.45, lon: -70.66, approximate: true, sector: 'water' },
		{ id: 'Q3', label: 'Ventanas', lat: -32.74, lon: -71.49, approximate: false, sector: 'energy' },
		// Not drawable: no usable coordinates.
		{ id: 'Q4', label: 'Nowhere', lat: NaN, lon: 10, approximate: false, sector: 'other' },
		{ id: 'Q5', label: 'Off the globe', lat: 95, lon: 10, approximate: false, sector: 'other' },
		// A duplicate row of Q1 (multi-valued properties): one marker per item.
		{ id: 'Q1', label: 'Pascua Lama', lat: -29.3, lon: -70.0, approximate: false, sector: 'mining' },
	];
}

/**
 * A Kartographer map as ext.kartographer.box makes one (modules/box/Map.js, REL1_43): a Leaflet map
 * whose container gets `mw-kartographer-interactive notheme`, a Wikimedia tile layer whose tiles get
 * `mw-invert`, `doWhenReady( callback, context )` calling back with the map, and
 * `addGeoJSONLayer( geoJSON, options )` (the current form; the old `( groupName, geoJSON, options )`
 * is deprecated there) adding a layer to `dataLayers`. Built on the test's Leaflet; the e2e runs the
 * stand-in on the real mapbox.js 3.3.1 + Leaflet 1.4.
 */
export function fakeKartographerMap( L: typeof import( 'leaflet' ), container: HTMLElement,
	options: { center?: [ number, number ]; zoom?: number } = {} ): KartographerMap & { dataLayers: import( 'leaflet' ).Layer[] } {
	container.classList.add( 'mw-kartographer-interactive', 'notheme' );
	const map = L.map( container, { center: options.center || [ 0, 0 ], zoom: options.zoom === undefined ? 1 : options.zoom } );
	const wikimediaLayer = L.tileLayer( 'https://maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png', { maxZoom: 19 } ).addTo( map );
	wikimediaLayer.on( 'tileloadstart', ( e ) => ( e as unknown as { tile: HTMLElement } ).tile.classList.add( 'mw-invert' ) );
	const dataLayers: import( 'leaflet' ).Layer[] = [];
	return Object.assign( map, {
		wikimediaLayer,
		dataLayers,
		doWhenReady( callback: ( m: KartographerMap ) => void, context?: unknown ) {
			callback.call( context || map, map as unknown as KartographerMap );
			return map as unknown as KartographerMap;
		},
		addGeoJSONLayer( geoJSON: object, layerOptions?: object ) {
			const layer = L.geoJSON( geoJSON as never, layerOptions ).addTo( map );
			dataLayers.push( layer );
			return layer;
		},
	} ) as unknown as KartographerMap & { dataLayers: import( 'leaflet' ).Layer[] };
}
