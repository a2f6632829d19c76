/**
 * ext.kartographer.frame of the stand-in (interactive mapframes, Kartographer's
 * modules/mapframe/mapframe.js): on `wikipage.content`, on the next animation frame, every
 * `.mw-kartographer-map[data-mw-kartographer]` becomes a map (its href and <img> removed), then
 * `wikipage.maps` fires once with the array of maps and `false`; `#/map/N` opens map N full screen.
 */
const kartobox = require( 'ext.kartographer.box' );
const router = require( 'mediawiki.router' );
const getMapData = require( './mapdata.js' );
const maps = [];
let routerInited = false;

function initMapBox( data, $container ) {
	const index = maps.length;
	const map = kartobox.map( {
		featureType: 'mapframe',
		container: $container.get( 0 ),
		center: [ data.latitude, data.longitude ],
		zoom: data.zoom,
		lang: data.lang,
		style: data.style,
		fullScreenRoute: '/map/' + index,
		allowFullScreen: true,
		dataGroups: data.overlays,
		captionText: data.captionText,
		alwaysStatic: mw.config.get( 'wgKartographerStaticMapframePreview' )
	} );
	$container.removeAttr( 'href' );
	$container.find( 'img' ).remove();
	maps[ index ] = map;
	return map;
}

mw.hook( 'wikipage.content' ).add( ( $content ) => {
	while ( maps.length ) {
		maps.pop().remove();
	}
	requestAnimationFrame( () => {
		$content.find( '.mw-kartographer-map[data-mw-kartographer]' ).each( ( i, el ) => {
			initMapBox( getMapData( el ), $( el ) );
		} );
		mw.hook( 'wikipage.maps' ).fire( maps, false /* isFullScreen */ );
		if ( routerInited ) {
			return;
		}
		routerInited = true;
		router.addRoute( /map\/([0-9]+)(?:\/([0-9]+))?(?:\/([+-]?\d+\.?\d{0,5})?\/([+-]?\d+\.?\d{0,5})?)?/, ( id, zoom, lat, lon ) => {
			const map = maps[ id ];
			if ( !map ) {
				router.navigate( '' );
				return;
			}
			map.openFullScreen( zoom !== undefined && lat !== undefined && lon !== undefined ?
				{ center: [ +lat, +lon ], zoom: +zoom } : map.getInitialMapPosition() );
		} );
		router.checkRoute();
	} );
} );

module.exports = { maps: maps };
