// ext.kartographer.util of the stand-in: the map labels' language.
module.exports = {
	getDefaultLanguage: function () {
		return mw.config.get( 'wgKartographerUsePageLanguage' ) ?
			mw.config.get( 'wgPageContentLanguage' ) : 'local';
	}
};
