/**
 * ext.kartographer.box of the stand-in: `map( options )` makes a Kartographer map, an L.Map of the
 * real mapbox.js 3.3.1 / Leaflet 1.4.0 (module `mapbox`, global `L`) with what Kartographer's
 * modules/box/Map.js adds that pages and gadgets meet: the container's classes, the Wikimedia tile
 * layer whose tiles get `mw-invert`, `doWhenReady` / `kartographerisready`, `addGeoJSONLayer(
 * geoJSON, options )`, `dataLayers`, the full-screen map. Written from those facts, not copied.
 */
const util = require( 'ext.kartographer.util' );

function scaleSuffix() {
	const brackets = ( mw.config.get( 'wgKartographerSrcsetScales' ) || [] ).slice();
	const ratio = window.devicePixelRatio || 1;
	brackets.unshift( 1 );
	for ( let i = 0; i < brackets.length; i++ ) {
		if ( brackets[ i ] >= ratio || ratio - brackets[ i ] < 0.1 ) {
			return brackets[ i ] === 1 ? '' : '@' + brackets[ i ] + 'x';
		}
	}
	return '@' + brackets[ brackets.length - 1 ] + 'x';
}
const urlFormat = '/{z}/{x}/{y}' + scaleSuffix() + '.png';
const world = L.latLngBounds( [ -90, -180 ], [ 90, 180 ] );

L.Popup.mergeOptions( { minWidth: 160, maxWidth: 300, autoPanPadding: [ 12, 12 ] } );

/* eslint-disable no-underscore-dangle, camelcase -- Kartographer's own property names */
/**
 * The "Show in full screen" control of embedded maps (Kartographer's
 * modules/box/openfullscreen_control.js): `div.leaflet-bar.leaflet-control-static` top right around
 * `a.oo-ui-icon-fullScreen` whose `href` is the map's route (the router opens it), else a click
 * opens the full-screen map.
 */
const OpenFullScreenControl = L.Control.extend( {
	options: { position: 'topright' },
	onAdd: function () {
		const container = L.DomUtil.create( 'div', 'leaflet-bar leaflet-control-static' );
		this.link = L.DomUtil.create( 'a', 'oo-ui-icon-fullScreen', container );
		this.link.title = mw.msg( 'kartographer-fullscreen-text' );
		if ( this._map.useRouter ) {
			this.link.href = '#' + this._map.fullScreenRoute;
		} else {
			L.DomEvent.addListener( this.link, 'click', ( e ) => {
				L.DomEvent.stop( e );
				this._map.openFullScreen();
			} );
		}
		L.DomEvent.disableClickPropagation( container );
		return container;
	}
} );

const KartographerMap = L.Map.extend( {
	initialize: function ( options ) {
		const mapServer = mw.config.get( 'wgKartographerMapServer' );
		const style = options.style || mw.config.get( 'wgKartographerDfltStyle' );
		if ( !mapServer ) {
			throw new Error( 'wgKartographerMapServer must be configured.' );
		}
		if ( options.center === 'auto' ) {
			options.center = undefined;
		}
		if ( options.zoom === 'auto' ) {
			options.zoom = undefined;
		}
		$( options.container ).addClass( 'mw-kartographer-interactive notheme' );
		L.Map.prototype.initialize.call( this, options.container,
			L.extend( {}, L.Map.prototype.options, options, { center: undefined, zoom: undefined } ) );
		this.$container = $( this._container );
		this.on( 'kartographerisready', function () {
			this._kartographer_ready = true;
		}, this );
		this.parentMap = options.parentMap || null;
		this.parentLink = options.parentLink || null;
		this.featureType = options.featureType;
		this.fullScreenMap = null;
		this.useRouter = !!options.fullScreenRoute;
		this.fullScreenRoute = options.fullScreenRoute || null;
		this.captionText = options.captionText || '';
		this.lang = options.lang || util.getDefaultLanguage();
		this.dataLayers = [];
		this.layerUrl = mapServer + ( style ? '/' + style : '' ) + urlFormat;
		this.wikimediaLayer = L.tileLayer( this.getLayerUrl(), {
			maxZoom: 19,
			attribution: mw.message( 'kartographer-attribution' ).parse()
		} ).addTo( this );
		this.wikimediaLayer.on( 'tileloadstart', ( e ) => {
			e.tile.classList.add( 'mw-invert' );
		} );
		this.attributionControl.setPrefix( '' );
		L.control.scale( { position: 'bottomright' } ).addTo( this );
		if ( options.allowFullScreen ) {
			this.on( 'dblclick', () => this.openFullScreen() );
			this.openFullScreenControl = new OpenFullScreenControl( { position: 'topright' } ).addTo( this );
		}
		// A map made in a detached container (the full-screen map, before its dialog opens) takes
		// the window's size, so its first view is set for the size it will have (Map.js
		// `_fixMapSize`; the real one also measures the visible parent of embedded maps).
		if ( this.options.fullscreen && ( !this._container.clientWidth || !this._container.clientHeight ) ) {
			this._size = new L.Point( window.innerWidth, window.innerHeight );
			this._sizeChanged = false;
		}
		if ( !this.options.fullscreen ) {
			this.doubleClickZoom.disable();
		}
		// No panning or zooming until the view is set (Kartographer T257872).
		this.dragging.disable();
		this.touchZoom.disable();

		const ready = () => {
			this.initView( options.center, options.zoom );
			if ( !options.alwaysStatic ) {
				this.dragging.enable();
				this.touchZoom.enable();
			}
			this.fire( 'kartographerisready' );
		};
		if ( this.parentMap ) {
			this.parentMap.dataLayers.forEach( ( layer ) => {
				this.addGeoJSONLayer( layer.getGeoJSON(), layer.options );
			} );
			ready();
			return;
		}
		this.addDataGroups( options.dataGroups ).then( () => {
			if ( typeof options.data === 'object' && options.data ) {
				this.addGeoJSONLayer( options.data, {} );
			}
			ready();
		} );
	},

	/** Runs the callback once the data is in and the view set, or now. */
	doWhenReady: function ( callback, context ) {
		if ( this._kartographer_ready ) {
			callback.call( context || this, this );
		} else {
			this.on( 'kartographerisready', callback, context );
		}
		return this;
	},

	/**
	 * The page's inline groups (wgKartographerLiveData). The real extension also fetches saved
	 * groups and ExternalData through its API; the stand-in has only what the page carries.
	 */
	addDataGroups: function ( groups ) {
		const live = mw.config.get( 'wgKartographerLiveData' ) || {};
		( groups || [] ).forEach( ( id ) => {
			if ( live[ id ] ) {
				this.addGeoJSONLayer( live[ id ], { name: id } );
			}
		} );
		return $.Deferred().resolve().promise();
	},

	addGeoJSONLayer: function ( geoJSON, options ) {
		if ( typeof geoJSON === 'string' ) {
			mw.log.warn( 'Please update deprecated call to addGeoJSONLayer, see T327151' );
			geoJSON = options;
			options = arguments[ 2 ];
		}
		try {
			const layer = L.mapbox.featureLayer( geoJSON, Object.assign( {
				pointToLayer: ( feature, latlng ) => L.circleMarker( latlng, {
					radius: 7, color: '#36c', fillColor: '#36c', fillOpacity: 0.8
				} )
			}, options ) ).addTo( this );
			this.dataLayers.push( layer );
			layer.isDataGroup = true;
			return layer;
		} catch ( e ) {
			mw.log.warn( e );
		}
	},

	initView: function ( center, zoom, setView ) {
		// An array becomes a LatLng (or nothing when not numbers); anything else, such as the
		// LatLng of getInitialMapPosition() the full-screen route passes, is kept (Map.js initView).
		if ( Array.isArray( center ) ) {
			center = !isNaN( center[ 0 ] ) && !isNaN( center[ 1 ] ) ? L.latLng( center ) : undefined;
		}
		zoom = isNaN( zoom ) ? undefined : zoom;
		this._initialPosition = { center: center, zoom: zoom };
		if ( setView !== false ) {
			this.setView( center, zoom, null, true );
		}
		return this;
	},

	setView: function ( center, zoom, options, save ) {
		if ( center && zoom !== undefined ) {
			L.Map.prototype.setView.call( this, center, zoom, options );
		} else if ( center ) {
			L.Map.prototype.setView.call( this, center, mw.config.get( 'wgKartographerFallbackZoom' ) || 13, options );
		} else {
			// Fitted to the data layers, else the whole world.
			const bounds = L.latLngBounds( [] );
			this.dataLayers.forEach( ( layer ) => bounds.extend( layer.getBounds() ) );
			if ( bounds.isValid() && world.contains( bounds ) ) {
				this.fitBounds( bounds.pad( 0.1 ), { maxZoom: zoom === undefined ? 13 : zoom } );
			} else {
				L.Map.prototype.setView.call( this, [ 30, 0 ], zoom === undefined ? 1 : zoom, options );
			}
			if ( save ) {
				this._initialPosition = { center: this.getCenter(), zoom: this.getZoom() };
			}
		}
		return this;
	},

	getLayerUrl: function () {
		return this.layerUrl + '?' + $.param( { lang: this.lang } );
	},

	getInitialMapPosition: function () {
		return this._initialPosition;
	},

	getMapPosition: function () {
		return { center: this.getCenter().wrap(), zoom: this.getZoom() };
	},

	/** The full-screen map: a new map in the dialog, with this map's data layers. */
	openFullScreen: function ( position ) {
		this.doWhenReady( () => {
			let map = this.options.link ? this : this.fullScreenMap;
			position = position || this.getMapPosition();
			if ( !map ) {
				map = this.fullScreenMap = new KartographerMap( {
					container: L.DomUtil.create( 'div', 'mw-kartographer-mapDialog-map' ),
					center: position.center,
					zoom: position.zoom,
					lang: this.lang,
					featureType: this.featureType,
					fullscreen: true,
					captionText: this.captionText,
					fullScreenRoute: this.fullScreenRoute,
					parentMap: this
				} );
			} else {
				map.setView( position.center, position.zoom );
			}
			mw.loader.using( 'ext.kartographer.dialog' ).then( () => {
				map.doWhenReady( () => require( 'ext.kartographer.dialog' ).render( map ) );
			} );
		} );
	},

	closeFullScreen: function () {
		require( 'ext.kartographer.dialog' ).close();
		return this;
	},

	invalidateSizeAndSetInitialView: function () {
		this.invalidateSize();
		const position = this._initialPosition || {};
		this.setView( position.center, position.zoom );
	}
} );

module.exports = {
	Map: KartographerMap,
	map: function ( options ) {
		return new KartographerMap( options );
	}
};
L.kartographer = module.exports;
