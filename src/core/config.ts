/**
 * Endpoints of the external services the gadgets read. Wikimedia defaults; a site (or a test wiki)
 * overrides any of them by setting the JS config variable `geoGadgetsEndpoints`, e.g. in
 * MediaWiki:Common.js: `mw.config.set( 'geoGadgetsEndpoints', { wdqs: 'https://…/sparql' } );`
 * Only the hosts named here are ever contacted (plus the wiki itself).
 */
import { DEFAULT_WDQS, endpointUrl, wikidataSiteId } from './endpoint';

export interface Endpoints {
	/** SPARQL endpoint of the Wikidata Query Service. */
	wdqs: string;
	/** Query Service UI; `<wdqsUi>#<encoded query>` opens a query there. */
	wdqsUi: string;
	/** Wikidata Action API. */
	wikidataApi: string;
	/** Article path of Wikidata, for links to items (`<wikidataWiki>Q42`). */
	wikidataWiki: string;
	/** Article path of Commons, for file pages and Special:FilePath thumbnails. */
	commonsWiki: string;
	/** Folder of the geoeditors DP monthly release (ends with `/`). */
	geoeditors: string;
	/** Folder of the geoeditors weekly release (ends with `/`), one `YYYY-MM.tsv` per month. */
	geoeditorsWeekly: string;
	/** Wikimedia REST metrics base (ends with `/`). */
	restMetrics: string;
	/** Meta-Wiki Action API, for action=sitematrix. */
	metaApi: string;
	/** Tile URL template for the bundled Leaflet map. */
	tiles: string;
	/** Wikimedia's geoshapes service (outlines of Wikidata items as GeoJSON). */
	geoshapes: string;
	/** Site id of this wiki on Wikidata (sitelinks); defaults to wgDBname. */
	wikidataSiteId: string;
}

export const DEFAULT_ENDPOINTS: Readonly<Omit<Endpoints, 'wikidataSiteId'>> = {
	wdqs: DEFAULT_WDQS,
	wdqsUi: 'https://query.wikidata.org/',
	wikidataApi: 'https://www.wikidata.org/w/api.php',
	wikidataWiki: 'https://www.wikidata.org/wiki/',
	commonsWiki: 'https://commons.wikimedia.org/wiki/',
	geoeditors: 'https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/',
	geoeditorsWeekly: 'https://analytics.wikimedia.org/published/datasets/geoeditors_weekly/',
	restMetrics: 'https://wikimedia.org/api/rest_v1/metrics/',
	metaApi: 'https://meta.wikimedia.org/w/api.php',
	tiles: 'https://maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png',
	geoshapes: 'https://maps.wikimedia.org/geoshape',
};

/** Hosts that are Wikimedia's own: links to them are kept, everything else is dropped. */
const WIKIMEDIA_HOST = /(^|\.)(wikipedia|wikimedia|wikidata|wiktionary|wikibooks|wikinews|wikiquote|wikisource|wikiversity|wikivoyage|mediawiki|wikimediafoundation)\.org$/;

let cached: Endpoints | null = null;

/**
 * The endpoints in force on this page: defaults, overridden key by key by `geoGadgetsEndpoints`.
 */
export function getEndpoints(): Endpoints {
	if ( cached ) {
		return cached;
	}
	const result = { wikidataSiteId: wikidataSiteId() } as Endpoints;
	for ( const key of Object.keys( DEFAULT_ENDPOINTS ) as ( keyof typeof DEFAULT_ENDPOINTS )[] ) {
		result[ key ] = endpointUrl( key, DEFAULT_ENDPOINTS[ key ] );
	}
	cached = result;
	return result;
}

/** For tests: forget the endpoints read so far. */
export function resetEndpoints(): void {
	cached = null;
}

/** Hosts (host:port) of every configured endpoint: the only ones a link or request may point to. */
export function configuredHosts(): string[] {
	const endpoints = getEndpoints();
	const hosts: string[] = [];
	for ( const key of Object.keys( endpoints ) as ( keyof Endpoints )[] ) {
		if ( key !== 'wikidataSiteId' ) {
			hosts.push( new URL( endpoints[ key ].replace( /\{[xyz]\}/g, '0' ) ).host );
		}
	}
	return hosts;
}

/**
 * A URL that is safe to put in an href or src: http(s) only, and on a Wikimedia host, the wiki
 * itself or a configured host. Anything else (javascript:, data:, third parties) gives null.
 */
export function safeUrl( value: unknown, base?: string ): string | null {
	// Long enough for a Query Service link carrying a whole SPARQL query in its fragment.
	if ( typeof value !== 'string' || value.length > 16000 ) {
		return null;
	}
	let url: URL;
	try {
		url = new URL( value, base || location.href );
	} catch ( e ) {
		return null;
	}
	if ( url.protocol !== 'https:' && url.protocol !== 'http:' ) {
		return null;
	}
	const own = location.host === url.host;
	const configured = configuredHosts().includes( url.host );
	if ( !own && !configured && !( url.protocol === 'https:' && WIKIMEDIA_HOST.test( url.hostname ) ) ) {
		return null;
	}
	return url.href;
}
