/**
 * ext.kartographer.linkbox of the stand-in: a link (a static mapframe, a maplink) that opens a
 * full-screen map (Kartographer's modules/linkbox/Link.js): with a route, the container's href
 * becomes `#` + route and the router opens the map; the map itself is made on first opening.
 */
function Link( options ) {
	this.container = options.container;
	this.$container = $( this.container ).addClass( 'mw-kartographer-link' );
	this.center = options.center || 'auto';
	this.zoom = options.zoom || 'auto';
	this.lang = options.lang || require( 'ext.kartographer.util' ).getDefaultLanguage();
	this.useRouter = !!options.fullScreenRoute;
	this.fullScreenRoute = options.fullScreenRoute || null;
	this.captionText = options.captionText || '';
	this.dataGroups = options.dataGroups;
	this.data = options.data;
	this.featureType = options.featureType;
	this.fullScreenMap = null;
	if ( this.useRouter && this.container.tagName === 'A' ) {
		this.container.href = '#' + this.fullScreenRoute;
	} else {
		this.$container.on( 'click.kartographer', () => this.openFullScreen() );
	}
}

Link.prototype.openFullScreen = function ( position ) {
	position = position || {};
	position.center = position.center || this.center;
	position.zoom = typeof position.zoom === 'number' ? position.zoom : this.zoom;
	const map = this.fullScreenMap;
	if ( map && map._container._leaflet_id ) {
		map.setView( position.center, position.zoom );
		mw.loader.using( 'ext.kartographer.dialog' ).then( () => require( 'ext.kartographer.dialog' ).render( map ) );
		return;
	}
	const el = document.createElement( 'div' );
	el.className = 'mw-kartographer-mapDialog-map';
	mw.loader.using( [ 'ext.kartographer.dialog', 'ext.kartographer.box' ] ).then( () => {
		require( 'ext.kartographer.dialog' ).renderNewMap( {
			container: el,
			featureType: this.featureType,
			fullscreen: true,
			link: true,
			parentLink: this,
			center: position.center,
			zoom: position.zoom,
			lang: this.lang,
			captionText: this.captionText,
			dataGroups: this.dataGroups,
			data: this.data,
			fullScreenRoute: this.fullScreenRoute
		} ).then( ( m ) => {
			this.fullScreenMap = m;
		} );
	} );
};

module.exports = {
	Link: Link,
	link: function ( options ) {
		return new Link( options );
	}
};
