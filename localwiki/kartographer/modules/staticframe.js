/**
 * ext.kartographer.staticframe of the stand-in (static mapframes, as on Wikipedias; Kartographer's
 * modules/staticframe/staticframe.js): the image stays; each `.mw-kartographer-map` gets a
 * full-screen button (a visual hint, tabIndex -1) and a short attribution, its href becomes
 * `#/map/N` and its title "Show in full screen"; the router opens the full-screen map, which is
 * the only place `wikipage.maps` fires. No map library loads until then.
 */
const kartolink = require( 'ext.kartographer.linkbox' );
const router = require( 'mediawiki.router' );
const getMapData = require( './mapdata.js' );
const maplinks = [];
let routerInited = false;

mw.hook( 'wikipage.content' ).add( ( $content ) => {
	while ( maplinks.length ) {
		maplinks.pop().$container.off( 'click.kartographer' );
	}
	$content.find( '.mw-kartographer-map[data-mw-kartographer], .mw-kartographer-map[data-mw="interface"]' ).each( function ( index ) {
		const container = this;
		const $container = $( container );
		mw.loader.using( 'oojs-ui' ).then( () => {
			// As Kartographer's: a visual hint without its own action or label.
			// eslint-disable-next-line mediawiki/no-unlabeled-buttonwidget
			const button = new OO.ui.ButtonWidget( { tabIndex: -1, icon: 'fullScreen', framed: true } );
			$container.append(
				$( '<div>' ).addClass( 'mw-kartographer-fullScreen' ).append( button.$element ),
				$( '<div>' ).addClass( 'mw-kartographer-attribution' ).html( mw.message( 'kartographer-attribution-short' ).parse() )
			);
		} );
		$container.attr( { title: mw.msg( 'kartographer-fullscreen-text' ), href: '#/map/' + index } );
		const data = getMapData( container );
		maplinks[ index ] = kartolink.link( {
			featureType: 'mapframe',
			container: container,
			center: [ data.latitude, data.longitude ],
			zoom: data.zoom,
			lang: data.lang,
			dataGroups: data.overlays,
			captionText: data.captionText,
			fullScreenRoute: '/map/' + index
		} );
	} );
	if ( routerInited ) {
		return;
	}
	routerInited = true;
	router.addRoute( /map\/([0-9]+)(?:\/([0-9]+))?(?:\/([+-]?\d+\.?\d{0,5})?\/([+-]?\d+\.?\d{0,5})?)?/, ( id, zoom, lat, lon ) => {
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

module.exports = maplinks;
