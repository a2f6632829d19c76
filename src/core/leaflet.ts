/**
 * Where the map's Leaflet comes from. On wikis with Kartographer we use its map (and the Leaflet it
 * exposes as the global `L`) so Leaflet is never loaded twice; elsewhere the Leaflet bundled from
 * npm, evaluated only when the first map is made (dynamic import). Shared by both gadgets: the
 * bundled Leaflet is the hidden gadget geo-conflicts-leaflet, which the Geo Editors core uses too.
 */
import type * as Leaflet from 'leaflet';
import { moduleKnown, useModules } from './modules';

export type LeafletNS = typeof Leaflet;

export const KARTOGRAPHER_MODULE = 'ext.kartographer.box';

/** Whether this wiki registers Kartographer's map module (loaded or not). */
export function hasKartographer(): boolean {
	return mw.loader.getState( KARTOGRAPHER_MODULE ) !== null;
}

/** Kartographer's global Leaflet, when it has been loaded. */
export function globalLeaflet(): LeafletNS | null {
	const candidate = ( window as unknown as { L?: LeafletNS } ).L;
	return candidate && typeof candidate.map === 'function' && typeof candidate.circleMarker === 'function' ? candidate : null;
}

/** Load Kartographer's map module; resolves with its `map()` factory and its Leaflet. */
export async function loadKartographer(): Promise<{ box: KartographerBox; L: LeafletNS }> {
	const req = await mw.loader.using( KARTOGRAPHER_MODULE );
	const box = req( KARTOGRAPHER_MODULE ) as KartographerBox;
	const L = globalLeaflet();
	if ( !box || typeof box.map !== 'function' || !L ) {
		throw new Error( 'ext.kartographer.box did not provide a map factory and Leaflet' );
	}
	return { box, L };
}

/**
 * Hidden gadget that can carry the bundled Leaflet apart from the core (leaflet-module.ts), so
 * the core stays small; when the build ships it, Leaflet is loaded from there.
 */
export const LEAFLET_GADGET_MODULE = 'ext.gadget.geo-conflicts-leaflet';

let bundled: Promise<LeafletNS> | null = null;

function fromLeafletGadget(): Promise<LeafletNS> {
	return useModules( [ LEAFLET_GADGET_MODULE ] ).then( () => {
		const L =
			( mw.libs as Record<string, unknown> ).geoConflictsLeaflet as LeafletNS | undefined;
		if ( !L || typeof L.map !== 'function' ) {
			throw new Error( LEAFLET_GADGET_MODULE + ' did not provide Leaflet' );
		}
		return L;
	} );
}

/** The npm Leaflet, evaluated on first use. */
export function loadBundledLeaflet(): Promise<LeafletNS> {
	if ( !bundled ) {
		bundled = moduleKnown( LEAFLET_GADGET_MODULE ) ?
			fromLeafletGadget() :
			// The ES module build: the package's main (UMD) build would also set window.L.
			import( 'leaflet/dist/leaflet-src.esm.js' ).then( ( mod ) => mod as unknown as LeafletNS );
		bundled.catch( () => {
			bundled = null; // let a retry try again
		} );
	}
	return bundled;
}

/**
 * A map control's corner for the reader: maps stay left-to-right inside (tiles and markers), but a
 * right-to-left reader finds the zoom buttons, legends and attribution mirrored, as on the page
 * around them ('topleft' becomes 'topright' …).
 */
export function readerCorner( position: Leaflet.ControlPosition ): Leaflet.ControlPosition {
	if ( document.documentElement.dir !== 'rtl' ) {
		return position;
	}
	return position.replace( /left|right/, ( side ) => side === 'left' ? 'right' : 'left' ) as Leaflet.ControlPosition;
}

/** The zoom buttons of a bundled map, on the reader's start side (the map is made without them). */
export function addZoomButtons( L: LeafletNS, map: Leaflet.Map ): void {
	L.control.zoom( { position: readerCorner( 'topleft' ) } ).addTo( map );
}
