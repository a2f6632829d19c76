/**
 * One endpoint at a time, by the rule getEndpoints() applies to all of them: a site's valid
 * override in `geoGadgetsEndpoints` wins over the default. Code that runs on many articles (the
 * conflicts probe) reads only what it needs through here, so it carries no other service's default.
 */

export const DEFAULT_WDQS = 'https://query.wikidata.org/sparql';

const SITE_ID = /^[a-z_]{2,40}$/;

export function isHttpUrl( value: unknown ): value is string {
	if ( typeof value !== 'string' ) {
		return false;
	}
	try {
		const url = new URL( value );
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch ( e ) {
		return false;
	}
}

function override( key: string ): unknown {
	const all = mw.config.get( 'geoGadgetsEndpoints' ) as Partial<Record<string, unknown>> | null;
	return all && typeof all === 'object' ? all[ key ] : undefined;
}

/** An http(s) endpoint: the site's override when it is a valid URL, else `fallback`. */
export function endpointUrl( key: string, fallback: string ): string {
	const value = override( key );
	return isHttpUrl( value ) ? value : fallback;
}

/** This wiki's site id on Wikidata (sitelinks): the override when well-formed, else wgDBname. */
export function wikidataSiteId(): string {
	const value = override( 'wikidataSiteId' );
	return typeof value === 'string' && SITE_ID.test( value ) ? value : String( mw.config.get( 'wgDBname' ) || 'enwiki' );
}

/** This wiki's index.php (wgScript), or '' off a wiki (then there are no wiki pages to read). */
export function wikiIndexScript(): string {
	const script = mw.config.get( 'wgScript' );
	return typeof script === 'string' && /^(\/[\w.~-]+)+\.php$/.test( script ) ? script : '';
}

/**
 * A JSON page of this wiki as its raw text, cacheable by the wiki's CDN (`maxage` for the browser,
 * `smaxage` for the CDN, seconds); `extra` query parameters make a new URL (a new version). With
 * `ctype=application/json` MediaWiki answers a missing page with an empty 200 (checked on 1.43.9),
 * not a 404: a wiki without the pages costs no error in the reader's console.
 */
export function rawPageUrl( title: string, maxage: number, smaxage: number, extra = '' ): string {
	return wikiIndexScript() + '?title=' + encodeURIComponent( title ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' ) +
		'&action=raw&ctype=application/json&maxage=' + maxage + '&smaxage=' + smaxage + extra;
}
