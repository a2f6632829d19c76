/**
 * The small part of Kartographer (ext.kartographer.box) and of its `wikipage.maps` hook that the
 * Geo Conflicts map uses. Kartographer bundles Leaflet and exposes it as the global `L`; its map
 * class extends L.Map, so a Kartographer map is typed as an L.Map with a few extra methods.
 * Source of truth: Kartographer's modules/box/index.js and modules/box/Map.js.
 * (A script file, not a module: everything here is global.)
 */

type KartographerLeafletMap = import( 'leaflet' ).Map;

/** Options of `require( 'ext.kartographer.box' ).map( options )`. */
interface KartographerMapOptions {
	container: HTMLElement;
	/** [ lat, lon ]. */
	center?: [ number, number ];
	zoom?: number;
	/** Language of the map labels. */
	lang?: string;
	/** Keep the map interactive on small screens (otherwise it can turn static). */
	alwaysInteractive?: boolean;
	allowFullScreen?: boolean;
	style?: string;
	dataGroups?: string[];
	data?: object;
}

/** A Kartographer map: a Leaflet map with Kartographer's additions. */
interface KartographerMap extends KartographerLeafletMap {
	/** Run the callback once Kartographer has loaded its data and set the view (or now). */
	doWhenReady( callback: ( map: KartographerMap ) => void, context?: unknown ): KartographerMap;
	/**
	 * Add GeoJSON as a data layer (an L.mapbox.featureLayer). The form with a group name first is
	 * deprecated (T327151) and only logs a warning.
	 */
	addGeoJSONLayer( geoJson: object, options?: object ): import( 'leaflet' ).Layer | undefined;
	/** The map's data layers (Kartographer's own, from the page's groups). */
	dataLayers?: import( 'leaflet' ).Layer[];
	/** Kartographer's base tile layer. */
	wikimediaLayer?: import( 'leaflet' ).TileLayer;
	lang?: string;
}

/** The module `ext.kartographer.box`. */
interface KartographerBox {
	map( options: KartographerMapOptions ): KartographerMap;
}

declare namespace mw {
	/**
	 * Fired by Kartographer for the maps it renders: an array of maps for the maps in the page,
	 * or a single map for the full-screen dialog (second argument true).
	 */
	function hook( name: 'wikipage.maps' ): Hook<[ maps: KartographerMap | KartographerMap[], isFullScreen?: boolean ]>;
}

/**
 * Leaflet's ES module build. The package's main file is a UMD build that also sets `window.L`,
 * which must not happen next to Kartographer's Leaflet; the ES build exports the same API only.
 */
declare module 'leaflet/dist/leaflet-src.esm.js' {
	export * from 'leaflet';
}
