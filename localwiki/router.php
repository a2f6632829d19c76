<?php
/**
 * Router for `php -S` serving /usr/share/mediawiki read-only (see localwiki/wiki.mjs).
 *
 * The built-in server runs whatever file the URL names; this router only lets through the
 * MediaWiki entry points and static assets, and tells MediaWiki which LocalSettings.php to use.
 */

// wiki.mjs passes MW_CONFIG_FILE in the environment; repeat it for $_SERVER readers.
$geoConfig = getenv( 'MW_CONFIG_FILE' );
if ( $geoConfig ) {
	putenv( "MW_CONFIG_FILE=$geoConfig" );
	$_SERVER['MW_CONFIG_FILE'] = $geoConfig;
}

$geoPath = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?: '/';

// Browsers ask for it on every page; answer quietly instead of a 404 in the console.
if ( $geoPath === '/favicon.ico' ) {
	http_response_code( 204 );
	return true;
}

// The local wiki's own logo (GeoSettings.php $wgLogos), instead of MediaWiki's placeholder.
if ( $geoPath === '/geo-logo.svg' ) {
	header( 'Content-Type: image/svg+xml' );
	header( 'Cache-Control: max-age=86400' );
	readfile( __DIR__ . '/assets/logo.svg' );
	return true;
}

if ( $geoPath === '/' ) {
	header( 'Location: /index.php' );
	return true;
}

// Entry points, also with path info (/index.php/Main_Page, /rest.php/v1/...).
if ( preg_match( '#^/(index|api|load|rest|thumb|opensearch_desc)\.php(/|$)#', $geoPath ) ) {
	return false;
}

// For checking against real extensions by hand (GEO_EXTRA_SETTINGS in GeoSettings.php): static
// files of extensions loaded from GEO_EXTRA_EXTENSIONS (a folder outside MediaWiki's), served at
// MediaWiki's own /extensions/<Name>/ paths.
$geoExtraExtensions = getenv( 'GEO_EXTRA_EXTENSIONS' );
if ( $geoExtraExtensions && preg_match( '#^/extensions/([\w./-]+\.(png|svg|gif|css|js|json))$#', $geoPath, $m ) &&
	!str_contains( $m[1], '..' ) && is_file( "$geoExtraExtensions/{$m[1]}" )
) {
	$types = [ 'png' => 'image/png', 'svg' => 'image/svg+xml', 'gif' => 'image/gif', 'css' => 'text/css',
		'js' => 'text/javascript', 'json' => 'application/json' ];
	header( 'Content-Type: ' . $types[$m[2]] );
	readfile( "$geoExtraExtensions/{$m[1]}" );
	return true;
}

// Static files shipped with core, skins and extensions (no PHP from these folders).
if ( preg_match( '#^/(resources|skins|extensions)/#', $geoPath ) && !preg_match( '#\.php#i', $geoPath ) ) {
	return false;
}

// The Kartographer stand-in's assets: its module files and mapbox.js's images (CSS url()s).
if ( preg_match( '#^/geo-kartographer/(modules|mapbox)/([\w./-]+\.(png|svg|css|js))$#', $geoPath, $m ) &&
	!str_contains( $m[2], '..' )
) {
	$file = __DIR__ . '/kartographer/' . ( $m[1] === 'mapbox' ? 'node_modules/mapbox.js/dist' : 'modules' ) . '/' . $m[2];
	if ( is_file( $file ) ) {
		$types = [ 'png' => 'image/png', 'svg' => 'image/svg+xml', 'css' => 'text/css', 'js' => 'text/javascript' ];
		header( 'Content-Type: ' . $types[$m[3]] );
		header( 'Cache-Control: max-age=3600' );
		readfile( $file );
		return true;
	}
}

http_response_code( 404 );
header( 'Content-Type: text/plain' );
echo "Not found\n";
return true;
