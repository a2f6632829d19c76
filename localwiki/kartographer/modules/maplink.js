/**
 * ext.kartographer.link of the stand-in: each `<maplink>` opens its full-screen map through the
 * router (`#/maplink/N`), as Kartographer's modules/maplink/maplink.js does.
 */
const kartolink = require( 'ext.kartographer.linkbox' );
const router = require( 'mediawiki.router' );
const getMapData = require( './mapdata.js' );
const maplinks = [];
let routerInited = false;

mw.hook( 'wikipage.content' ).add( ( $content ) => {
	$content.find( '.mw-kartographer-maplink[data-mw-kartographer]' ).each( function ( index ) {
		const data = getMapData( this );
		maplinks[ index ] = kartolink.link( {
			featureType: 'maplink',
			container: this,
			center: [ data.latitude, data.longitude ],
			zoom: data.zoom,
			lang: data.lang,
			dataGroups: data.overlays,
			fullScreenRoute: '/maplink/' + index
		} );
	} );
	if ( routerInited ) {
		return;
	}
	routerInited = true;
	router.addRoute( /maplink\/([0-9]+)(?:\/([0-9]+))?(?:\/([+-]?\d+\.?\d{0,5})?\/([+-]?\d+\.?\d{0,5})?)?/, ( id, zoom, lat, lon ) => {
		const link = maplinks[ id ];
		if ( !link ) {
			router.navigate( '' );
			return;
		}
		link.openFullScreen( zoom !== undefined && lat !== undefined && lon !== undefined ?
			{ center: [ +lat, +lon ], zoom: +zoom } : undefined );
	} );
	router.checkRoute();
} );
