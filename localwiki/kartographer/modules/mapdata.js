/** What Kartographer's frame and staticframe modules read from a mapframe's data attributes. */
module.exports = function getMapData( element ) {
	const $el = $( element );
	const $caption = $el.parent().find( '.thumbcaption' );
	return {
		latitude: +$el.data( 'lat' ),
		longitude: +$el.data( 'lon' ),
		zoom: +$el.data( 'zoom' ),
		lang: $el.data( 'lang' ) || require( 'ext.kartographer.util' ).getDefaultLanguage(),
		style: $el.data( 'style' ),
		overlays: $el.data( 'overlays' ) || [],
		captionText: $caption[ 0 ] ? $caption[ 0 ].innerText : ''
	};
};
