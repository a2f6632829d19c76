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
// `skin-theme-clientpref-night` on <html> when the URL has ?vectornightmode=1, and switches the
// Codex design tokens (CSS custom properties) and its link colours with it. We emulate exactly
// that so the gadgets' night-mode CSS can be tested here: without the tokens, the gadgets'
// `var( --token, day fallback )` would stay at day colours on a night background. The values are
// Codex's dark mode for the tokens the gadgets use (palette gray50 #f8f9fa … gray1000 #101418).
const GEO_NIGHT_TOKENS = [
	'color-base' => '#eaecf0', 'color-emphasized' => '#f8f9fa', 'color-subtle' => '#a2a9b1',
	'color-disabled' => '#54595d', 'color-inverted' => '#101418', 'color-progressive' => '#6d8af2',
	'color-progressive--hover' => '#afb6e9', 'color-destructive' => '#fd7865', 'color-error' => '#fd7865',
	'color-visited' => '#977dbd',
	'background-color-base' => '#101418', 'background-color-neutral' => '#27292d',
	'background-color-neutral-subtle' => '#202122', 'background-color-interactive' => '#27292d',
	'background-color-interactive-subtle' => '#202122', 'background-color-interactive-subtle--hover' => '#27292d',
	'background-color-disabled-subtle' => '#27292d', 'background-color-progressive' => '#6d8af2',
	'background-color-progressive-subtle' => '#1b223d', 'background-color-error-subtle' => '#3c1e1e',
	'background-color-warning-subtle' => '#3b2d12',
	'border-color-base' => '#72777d', 'border-color-subtle' => '#54595d', 'border-color-interactive' => '#72777d',
	'border-color-progressive' => '#6d8af2', 'border-color-progressive--focus' => '#6d8af2',
	'outline-color-progressive--focus' => '#6d8af2', 'border-color-error' => '#fd7865',
	'border-color-warning' => '#e0a13d',
];

$wgHooks['BeforePageDisplay'][] = static function ( OutputPage $out ) {
	if ( !$out->getRequest()->getBool( 'vectornightmode' ) ) {
		return;
	}
	$out->addHtmlClasses( 'skin-theme-clientpref-night' );
	$tokens = '';
	foreach ( GEO_NIGHT_TOKENS as $name => $value ) {
		$tokens .= " --$name: $value;";
	}
	$out->addInlineStyle( "html.skin-theme-clientpref-night {{$tokens} }\n" .
		'html.skin-theme-clientpref-night a { color: var( --color-progressive ); }' . "\n" .
		'html.skin-theme-clientpref-night a:visited { color: var( --color-visited ); }' );
};

// --- Content-Security-Policy, enforced like production ---------------------------------------

/**
 * Wikimedia wikis enforce a CSP whose default-src allows only Wikimedia hosts (*.wikimedia.org,
 * *.wikidata.org, *.wikipedia.org, …) and whose script-src has neither 'unsafe-eval' nor
 * 'unsafe-inline'. Here the fixture server stands in for all of those hosts, so the allow-list is
 * the wiki itself ('self', added by MediaWiki) and the fixture origin. Violations are not reported
 * anywhere (report-uri false): the e2e tests listen for `securitypolicyviolation` in the page.
 */
$wgCSPHeader = [
	'useNonces' => true,
	'unsafeFallback' => false,
	'default-src' => [ $geoFixtureBase ],
	'includeCORS' => false,
	'report-uri' => false,
];

// MediaWiki 1.39's loader evaluates strings with new Function(); production's has no eval.
$wgAutoloadClasses['GeoStartUpModule'] = __DIR__ . '/GeoStartUpModule.php';
$wgHooks['ResourceLoaderRegisterModules'][] = static function ( $resourceLoader ) {
	$resourceLoader->register( 'startup', [ 'class' => GeoStartUpModule::class ] );
};

// MediaWiki 1.39 always puts 'unsafe-eval' into script-src; production sends none.
$wgHooks['ContentSecurityPolicyDirectives'][] = static function ( array &$directives ) {
	foreach ( $directives as &$directive ) {
		if ( str_starts_with( $directive, 'script-src ' ) ) {
			$directive = preg_replace( "/ 'unsafe-eval'/", '', $directive );
		}
	}
};
