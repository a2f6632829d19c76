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
// Our own icon (served by router.php), not MediaWiki's "Set $wgLogos" placeholder; Vector 2022
// shows the site name beside it.
$wgLogos = [ '1x' => '/geo-logo.svg', 'icon' => '/geo-logo.svg' ];

// --- Skins and extensions -----------------------------------------------------------------

$wgDefaultSkin = 'vector-2022';
// install.php already queues these; queueing twice is harmless (the queue is keyed by path).
wfLoadSkin( 'Vector' );
wfLoadSkin( 'MinervaNeue' );
wfLoadSkin( 'MonoBook' );
wfLoadExtension( 'Gadgets' );
// Where gadgets are defined: MediaWiki:Gadgets-definition ('definition', the default and what
// Wikimedia production uses) or MediaWiki:Gadgets/<id>.json pages ('json', 'json+definition';
// MediaWiki 1.42+). GEO_GADGETS_REPO lets the deploy's tests run on each (tests/e2e/deploy.e2e.ts).
$wgGadgetsRepo = getenv( 'GEO_GADGETS_REPO' ) ?: 'definition';
wfLoadExtension( 'TextExtracts' );
wfLoadExtension( 'ParserFunctions' );

// --- Maps: the Kartographer stand-in ------------------------------------------------------

// GEO_MAPFRAMES (npm start's --mapframes): `static` (as on Wikipedias: production sets
// $wgKartographerStaticMapframe), `interactive` (as on Wikivoyage, Commons, Meta…) or `none`
// (a wiki without Kartographer: the gadgets use their bundled Leaflet). The cookie geoMapframes
// overrides it per browser, so one e2e wiki serves all three (parser output is not cached).
$geoMapframes = $_COOKIE['geoMapframes'] ?? ( getenv( 'GEO_MAPFRAMES' ) ?: 'none' );
if ( getenv( 'GEO_KARTOGRAPHER_STANDIN' ) === '0' ) {
	// For checking against the real extensions by hand (docs/kartographer-stand-in.md): no
	// stand-in; the GEO_EXTRA_SETTINGS fragment loads the real Kartographer by $geoMapframes.
} elseif ( $geoMapframes === 'static' || $geoMapframes === 'interactive' ) {
	require_once __DIR__ . '/kartographer/Kartographer.php';
} else {
	// Without Kartographer the demo pages' <mapframe> and <maplink> show nothing (a real wiki
	// without the extension would show the tag as text).
	$wgHooks['ParserFirstCallInit'][] = static function ( Parser $parser ) {
		$parser->setHook( 'mapframe', static fn () => '' );
		$parser->setHook( 'maplink', static fn () => '' );
	};
}

// --- JavaScript and CSS on wiki pages -----------------------------------------------------

// As in production: ResourceLoader validates wiki-page JavaScript (gadgets, user scripts) and
// replaces code that does not parse with an error. MediaWiki 1.43 parses ES2016, production
// ES2017; the build targets the older grammar (build/es-check.mjs), so this judges our build.
$wgResourceLoaderValidateJS = true;
$wgAllowUserJs = true;
$wgAllowUserCss = true;
$wgAllowSiteCSSOnRestrictedPages = true;

// --- Errors are never silent --------------------------------------------------------------

// A 500 from load.php or index.php shows its exception, and every exception and PHP error is
// also written to exception.log beside LocalSettings.php, which `npm start` prints as it grows.
$wgShowExceptionDetails = true;
$geoLogDir = dirname( getenv( 'MW_CONFIG_FILE' ) ?: __DIR__ );
$wgDebugLogGroups['exception'] = "$geoLogDir/exception.log";
$wgDebugLogGroups['error'] = "$geoLogDir/exception.log";
$wgDebugLogGroups['fatal'] = "$geoLogDir/exception.log";

// --- Make every deploy visible on the next page load ---------------------------------------

// An object cache in the SQLite database, as production has one (memcached there): with JS
// validation on, ResourceLoader caches each script's parse result by its md5, and without a cache
// Peast re-parses chart.js (200 KB) on every load.php request (1.5 s each, measured; 0.2 s
// cached). Gadget definitions and module versions are purged on every page save, so a deploy
// still shows on the next page load. Messages and parser output are not cached.
$wgMainCacheType = CACHE_DB;
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
		'geoeditorsWeekly' => "$f/analytics.wikimedia.org/published/datasets/geoeditors_weekly/",
		'restMetrics' => "$f/wikimedia.org/api/rest_v1/metrics/",
		'metaApi' => "$f/meta.wikimedia.org/w/api.php",
		'tiles' => "$f/maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png",
		'geoshapes' => "$f/maps.wikimedia.org/geoshape",
		'wikidataSiteId' => 'eswiki',
	];
}

// ResourceLoaderGetConfigVars puts the value in the startup module, so
// mw.config.get( 'geoGadgetsEndpoints' ) works on every page.
$wgHooks['ResourceLoaderGetConfigVars'][] = static function ( array &$vars ) use ( $geoFixtureBase ) {
	$vars['geoGadgetsEndpoints'] = geoGadgetsEndpoints( $geoFixtureBase );
};

// --- Night mode --------------------------------------------------------------------------

// Vector 2022 (1.43) has night mode built in: the Appearance menu's switch and ?vectornightmode=1
// put skin-theme-clientpref-night on <html> and switch the Codex design tokens. Production offers
// it to everyone; Vector's default hides it from logged-out readers.
$wgVectorNightMode = [ 'logged_out' => true, 'logged_in' => true, 'beta' => false ];

// --- Content-Security-Policy, enforced like production ---------------------------------------

/**
 * Wikimedia wikis enforce a CSP whose default-src allows only Wikimedia hosts (*.wikimedia.org,
 * *.wikidata.org, *.wikipedia.org, …) and whose script-src has neither 'unsafe-eval' nor
 * 'unsafe-inline'. Here the fixture server stands in for all of those hosts, so the allow-list is
 * the wiki itself ('self', added by MediaWiki) and the fixture origin. Violations are not reported
 * anywhere (report-uri false): the e2e tests listen for `securitypolicyviolation` in the page.
 */
$wgCSPHeader = [
	// MediaWiki 1.41+ has no nonces: core's inline scripts (RLQ, page config) rely on
	// 'unsafe-inline', as on Wikimedia wikis.
	'unsafeFallback' => true,
	'default-src' => [ $geoFixtureBase ],
	'includeCORS' => false,
	'report-uri' => false,
];

// Core always adds 'unsafe-eval' to script-src; production's enforced policy has none, and our
// code must not need it. Dropping it here makes any eval/new Function of ours a visible violation.
$wgHooks['ContentSecurityPolicyScriptSource'][] = static function ( array &$scriptSrc ) {
	$scriptSrc = array_values( array_diff( $scriptSrc, [ "'unsafe-eval'" ] ) );
};

// Without 'unsafe-eval' two pieces of MediaWiki 1.43's own client code cannot run:
// - the startup module's ES6 feature test and skip functions use `new Function` (patched out by
//   GeoStartUpModule, see there);
// - the module store (localStorage) re-runs cached modules with indirect eval: under this policy
//   each stored module throws, the loader clears the store and fetches them again, and modules
//   that half-ran report "already implemented". Switched off, every module comes from load.php as
//   a script, which the policy allows ('self').
$wgResourceLoaderStorageEnabled = false;
$wgAutoloadClasses['GeoStartUpModule'] = __DIR__ . '/GeoStartUpModule.php';
$wgHooks['ResourceLoaderRegisterModules'][] = static function ( $resourceLoader ) {
	$resourceLoader->register( 'startup', [ 'class' => GeoStartUpModule::class ] );
};

// --- For checking against real extensions by hand ----------------------------------------------

// GEO_EXTRA_SETTINGS=/path/to/fragment.php is included last (e.g. wfLoadExtension of the real
// Kartographer and JsonConfig from a folder outside the repo, with GEO_KARTOGRAPHER_STANDIN=0).
// Not an installer: nothing in the repo sets it, and the fragment is not in the repo
// (docs/kartographer-stand-in.md quotes the one used).
$geoExtraSettings = getenv( 'GEO_EXTRA_SETTINGS' );
if ( $geoExtraSettings ) {
	require $geoExtraSettings;
}
