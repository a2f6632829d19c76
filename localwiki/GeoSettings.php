<?php
/**
 * Geo gadgets: everything the local test wiki adds on top of the LocalSettings.php that
 * install.php generated. Kept in one file so the PHP side of the local wiki is easy to review.
 *
 * Included from the generated LocalSettings.php (see localwiki/wiki.mjs). The wiki's own URL
 * and the fixture server's URL come from environment variables set by wiki.mjs, so a reused
 * wiki folder (npm start) can run on other ports without reinstalling.
 */

if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}

// --- Where things are --------------------------------------------------------------------

$geoServer = getenv( 'GEO_WIKI_SERVER' );
if ( $geoServer ) {
	$wgServer = $geoServer;
	$wgCanonicalServer = $geoServer;
}
// Base URL of localwiki/fixture-server.mjs, which stands in for the external hosts.
$geoFixtureBase = rtrim( getenv( 'GEO_FIXTURE_BASE' ) ?: 'http://127.0.0.1:8081', '/' );

// --- Wiki identity -----------------------------------------------------------------------

// The geoeditors data keys wikis by dbname, so the local wiki pretends to be eswiki
// (install.php --dbname already sets this; repeated here because the gadgets depend on it).
$wgDBname = 'eswiki';
$wgLanguageCode = 'en';

// --- Skins and extensions -----------------------------------------------------------------

$wgDefaultSkin = 'vector-2022';
// install.php already queues these; queueing twice is harmless (the queue is keyed by path).
wfLoadSkin( 'Vector' );
wfLoadSkin( 'MinervaNeue' );
wfLoadSkin( 'MonoBook' );
wfLoadExtension( 'Gadgets' );
wfLoadExtension( 'TextExtracts' );
wfLoadExtension( 'ParserFunctions' );

// --- JavaScript and CSS on wiki pages -----------------------------------------------------

// MediaWiki 1.39 validates wiki-page JS with an ES5 parser; Wikimedia production accepts
// ES2017, which is what we build. Without this our gadgets would be replaced by an error.
$wgResourceLoaderValidateJS = false;
$wgAllowUserJs = true;
$wgAllowUserCss = true;
$wgAllowSiteCSSOnRestrictedPages = true;

// --- Make every deploy visible on the next page load ---------------------------------------

// No object cache: gadget definitions and module versions are recomputed on every request.
$wgMainCacheType = CACHE_NONE;
$wgMessageCacheType = CACHE_NONE;
$wgParserCacheType = CACHE_NONE;
$wgSessionCacheType = CACHE_DB; // sessions must survive between requests
$wgResourceLoaderMaxage = [
	'versioned' => 60,
	'unversioned' => 5,
];
$wgUseFileCache = false;

// --- Accounts, API and bots -----------------------------------------------------------------

$wgEnableBotPasswords = true;
$wgRateLimits = [];
$wgGroupPermissions['*']['createaccount'] = true;
$wgEnableEmail = false;
$wgEmailAuthentication = false;
// Tests log in with plain HTTP on 127.0.0.1.
$wgCookieSecure = false;
$wgForceHTTPS = false;

// --- Endpoints for the gadgets ---------------------------------------------------------------

/**
 * The JS config var `geoGadgetsEndpoints`: every external host the gadgets talk to,
 * pointing at the fixture server. Production leaves it unset and the gadgets use the
 * Wikimedia defaults.
 */
function geoGadgetsEndpoints( string $f ): array {
	return [
		'wdqs' => "$f/query.wikidata.org/sparql",
		'wdqsUi' => "$f/query.wikidata.org/",
		'wikidataApi' => "$f/www.wikidata.org/w/api.php",
		'wikidataWiki' => "$f/www.wikidata.org/wiki/",
		'commonsWiki' => "$f/commons.wikimedia.org/wiki/",
		'geoeditors' => "$f/analytics.wikimedia.org/published/datasets/geoeditors_monthly/",
		'restMetrics' => "$f/wikimedia.org/api/rest_v1/metrics/",
		'metaApi' => "$f/meta.wikimedia.org/w/api.php",
		'tiles' => "$f/maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png",
		'wikidataSiteId' => 'eswiki',
	];
}

// ResourceLoaderGetConfigVars (1.39 name) puts the value in the startup module, so
// mw.config.get( 'geoGadgetsEndpoints' ) works on every page.
$wgHooks['ResourceLoaderGetConfigVars'][] = static function ( array &$vars ) use ( $geoFixtureBase ) {
	$vars['geoGadgetsEndpoints'] = geoGadgetsEndpoints( $geoFixtureBase );
};

// --- Night mode shim ------------------------------------------------------------------------

// Vector in MediaWiki 1.39 has no night mode. Production Vector (>= 1.43) puts the class
// `skin-theme-clientpref-night` on <html> when the URL has ?vectornightmode=1; we emulate
// exactly that so the gadgets' night-mode CSS can be tested here.
$wgHooks['BeforePageDisplay'][] = static function ( OutputPage $out ) {
	if ( $out->getRequest()->getBool( 'vectornightmode' ) ) {
		$out->addHtmlClasses( 'skin-theme-clientpref-night' );
	}
};

// --- Content-Security-Policy (placeholder) ----------------------------------------------------

/**
 * TODO(CSP): Wikimedia wikis enforce a CSP whose default-src allows only Wikimedia hosts.
 * To emulate it here, send the header from this hook (with the fixture origin added to the
 * allowed sources). Intentionally not implemented yet.
 */
$wgHooks['BeforePageDisplay'][] = static function ( OutputPage $out ) {
	// $out->getRequest()->response()->header( 'Content-Security-Policy: ...' );
};
