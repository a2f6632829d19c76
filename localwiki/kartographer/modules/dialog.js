/**
 * ext.kartographer.dialog of the stand-in: the full-screen map in an OOUI dialog of size `full`
 * (Kartographer's modules/dialog/dialog.js), whose body is `.mw-kartographer-map-body.notheme`.
 * Once the dialog is open and the map ready it fires `wikipage.maps` with the map alone and `true`
 * (isFullScreen), as the real dialog does; closing it leaves the `#/map/…` route.
 */
const router = require( 'mediawiki.router' );
let windowManager = null;
let dialog = null;

function MapDialog( config ) {
	MapDialog.super.call( this, config );
	this.map = null;
}
OO.inheritClass( MapDialog, OO.ui.Dialog );
MapDialog.static.name = 'mapDialog';
MapDialog.static.size = 'full';

MapDialog.prototype.initialize = function () {
	MapDialog.super.prototype.initialize.apply( this, arguments );
	this.$mapBody = $( '<div>' ).addClass( 'mw-kartographer-map-body notheme' );
	const close = new OO.ui.ButtonWidget( { label: mw.msg( 'kartographer-fullscreen-close' ) } );
	close.on( 'click', () => this.close() );
	this.$foot.append( $( '<div>' ).addClass( 'mw-kartographer-map-foot' ).append( close.$element ) );
	// The window itself gets no class of Kartographer's (only OOUI's): find the map by its body.
	this.$body.addClass( 'mw-kartographer-mapDialog-body' ).append( this.$mapBody );
};

MapDialog.prototype.getBodyHeight = function () {
	return 600;
};

MapDialog.prototype.setMap = function ( map ) {
	if ( this.map === map ) {
		return;
	}
	if ( this.map ) {
		this.map.$container.detach();
	}
	this.map = map;
	this.$mapBody.append( map.$container );
	map.invalidateSize();
};

MapDialog.prototype.getReadyProcess = function ( data ) {
	return MapDialog.super.prototype.getReadyProcess.call( this, data ).next( () => {
		this.setMap( data.map );
		this.map.invalidateSize();
		this.map.doWhenReady( () => {
			mw.hook( 'wikipage.maps' ).fire( this.map, true /* isFullScreen */ );
		} );
	} );
};

MapDialog.prototype.getTeardownProcess = function ( data ) {
	return MapDialog.super.prototype.getTeardownProcess.call( this, data ).next( () => {
		if ( /^\/?map(link)?\//.test( router.getPath() ) ) {
			router.navigate( '' );
		}
	} );
};

function render( map ) {
	if ( !windowManager ) {
		windowManager = new OO.ui.WindowManager();
		dialog = new MapDialog();
		$( document.body ).append( windowManager.$element );
		windowManager.addWindows( [ dialog ] );
	}
	if ( dialog.isOpened() ) {
		dialog.setMap( map );
		mw.hook( 'wikipage.maps' ).fire( map, true /* isFullScreen */ );
		return;
	}
	windowManager.openWindow( dialog, { map: map } );
}

module.exports = {
	render: render,
	renderNewMap: function ( options ) {
		const map = require( 'ext.kartographer.box' ).map( options );
		render( map );
		return $.Deferred().resolve( map ).promise();
	},
	close: function () {
		if ( dialog ) {
			dialog.close();
		}
	}
};
