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

// Static files shipped with core, skins and extensions (no PHP from these folders).
if ( preg_match( '#^/(resources|skins|extensions)/#', $geoPath ) && !preg_match( '#\.php#i', $geoPath ) ) {
	return false;
}

http_response_code( 404 );
header( 'Content-Type: text/plain' );
echo "Not found\n";
return true;
