<?php
/**
 * A stand-in for the Kartographer extension (REL1_43), written for the local wiki from the facts
 * of the real one (docs/kartographer-stand-in.md lists each fact and the file it was read from;
 * none of its code is copied). It renders <mapframe> and <maplink> as Kartographer does and
 * registers its client modules under the real names, so the gadgets meet the same page:
 *
 * - static mapframes (the default, as on Wikipedias: $wgKartographerStaticMapframe) are an
 *   <a class="mw-kartographer-map"> around an <img> of {mapServer}/img/{style},{zoom},{lat},{lon},
 *   {w}x{h}.png; ext.kartographer.staticframe turns them into links to a full-screen map;
 * - interactive mapframes (GEO_MAPFRAMES=interactive, `npm start -- --mapframes interactive`, or the
 *   cookie geoMapframes=interactive) get ext.kartographer.frame, which makes a map of each.
 *
 * The map library is the real one Kartographer ships: mapbox.js 3.3.1 with its Leaflet 1.4.0,
 * from npm (localwiki/kartographer/package.json).
 *
 * Included from GeoSettings.php.
 */

if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}

// --- Configuration, as in Wikimedia production ------------------------------------------------

$wgKartographerMapServer = "$geoFixtureBase/maps.wikimedia.org";
$wgKartographerDfltStyle = 'osm-intl';
$wgKartographerStyles = [ 'osm-intl', 'osm' ];
$wgKartographerSrcsetScales = [ 1.3, 1.5, 2, 2.6, 3 ];
$wgKartographerUsePageLanguage = true;
$wgKartographerFallbackZoom = 13;
$wgKartographerStaticFullWidth = 1024;
// $geoMapframes: 'static' or 'interactive', set by GeoSettings.php
$wgKartographerStaticMapframe = $geoMapframes !== 'interactive';

$wgMessagesDirs['GeoKartographer'] = __DIR__ . '/i18n';
$wgAutoloadClasses['GeoKartographerTags'] = __DIR__ . '/KartographerTags.php';

$wgHooks['ParserFirstCallInit'][] = static function ( Parser $parser ) {
	$parser->setHook( 'mapframe', [ GeoKartographerTags::class, 'mapframe' ] );
	$parser->setHook( 'maplink', [ GeoKartographerTags::class, 'maplink' ] );
};

// --- Client modules, under Kartographer's names -----------------------------------------------

$geoKartoModule = [
	'localBasePath' => __DIR__ . '/modules',
	'remoteBasePath' => '/geo-kartographer/modules',
];
$geoMapboxDist = __DIR__ . '/node_modules/mapbox.js/dist';

$wgResourceModules['ext.kartographer'] = $geoKartoModule + [
	'packageFiles' => [
		'config.js',
		[
			'name' => 'config.json',
			'callback' => static function () {
				global $wgKartographerMapServer, $wgKartographerDfltStyle, $wgKartographerSrcsetScales,
					$wgKartographerUsePageLanguage, $wgKartographerFallbackZoom;
				return [
					'wgKartographerMapServer' => $wgKartographerMapServer,
					'wgKartographerDfltStyle' => $wgKartographerDfltStyle,
					'wgKartographerSrcsetScales' => $wgKartographerSrcsetScales,
					'wgKartographerUsePageLanguage' => $wgKartographerUsePageLanguage,
					'wgKartographerFallbackZoom' => $wgKartographerFallbackZoom,
				];
			},
		],
	],
];
$wgResourceModules['ext.kartographer.style'] = $geoKartoModule + [
	'styles' => [ 'kartographer.css' ],
];
$wgResourceModules['mapbox'] = [
	'localBasePath' => $geoMapboxDist,
	'remoteBasePath' => '/geo-kartographer/mapbox',
	// mapbox.js 3.3.1's browser build, which bundles Leaflet 1.4.0 and sets window.L
	'scripts' => [ 'mapbox.js' ],
	'styles' => [ 'mapbox.css' ],
	'messages' => [ 'kartographer-fullscreen-text' ],
];
$wgResourceModules['ext.kartographer.util'] = $geoKartoModule + [
	'scripts' => [ 'util.js' ],
	'dependencies' => [ 'ext.kartographer' ],
];
$wgResourceModules['ext.kartographer.box'] = $geoKartoModule + [
	'packageFiles' => [ 'box.js' ],
	'dependencies' => [ 'mediawiki.util', 'oojs-ui.styles.icons-media', 'mapbox', 'ext.kartographer',
		'ext.kartographer.style', 'ext.kartographer.util' ],
	'messages' => [ 'kartographer-attribution', 'kartographer-fullscreen-text' ],
];
$wgResourceModules['ext.kartographer.dialog'] = $geoKartoModule + [
	'packageFiles' => [ 'dialog.js' ],
	'dependencies' => [ 'oojs-ui-core', 'oojs-ui-windows', 'mediawiki.router', 'mapbox' ],
	'messages' => [ 'kartographer-fullscreen-close' ],
];
$wgResourceModules['ext.kartographer.linkbox'] = $geoKartoModule + [
	'packageFiles' => [ 'linkbox.js' ],
	'dependencies' => [ 'ext.kartographer.util' ],
];
$wgResourceModules['ext.kartographer.frame'] = $geoKartoModule + [
	'packageFiles' => [ 'frame.js', 'mapdata.js' ],
	'dependencies' => [ 'mediawiki.router', 'ext.kartographer.box', 'ext.kartographer.util' ],
];
$wgResourceModules['ext.kartographer.staticframe'] = $geoKartoModule + [
	'packageFiles' => [ 'staticframe.js', 'mapdata.js' ],
	'dependencies' => [ 'mediawiki.router', 'oojs-ui.styles.icons-media', 'ext.kartographer.linkbox',
		'ext.kartographer.util' ],
	'messages' => [ 'kartographer-attribution-short', 'kartographer-fullscreen-text' ],
];
$wgResourceModules['ext.kartographer.link'] = $geoKartoModule + [
	'packageFiles' => [ 'maplink.js', 'mapdata.js' ],
	'dependencies' => [ 'mediawiki.router', 'ext.kartographer.linkbox' ],
];
