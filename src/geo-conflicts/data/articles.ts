/**
 * The conflict's articles beyond this wiki's: its sitelinks to other Wikipedias (Special:EntityData,
 * which Wikimedia's CDN caches; then an hour here) and the intro of this wiki's article
 * (TextExtracts on the local Action API).
 */
import { cacheGet, cacheSet, HOUR } from '../../core/cache';
import { HttpError } from '../../core/http';
import type { ActionApi } from './entities';
import { assertQid, isQid } from './ids';
import { siteUrl } from './sparql';

export interface Sitelink {
	site: string;
	title: string;
	url: string;
}

/** A Wikipedia's language code from its site id: `zh_min_nanwiki` → `zh-min-nan`. */
export function sitelinkLanguage( site: string ): string {
	return site.replace( /wiki$/, '' ).replace( /_/g, '-' );
}

/** An article's URL on a Wikipedia, from its site id and title (EntityData gives no URLs). */
function articleUrl( site: string, title: string ): string | null {
	const base = siteUrl( site );
	return base && /\.wikipedia\.org\/$/.test( base ) && title ?
		base + 'wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' ) : null;
}

/**
 * Sitelinks of an item to Wikipedias other than `siteId` (whose article is linked already), by site
 * id. `entityData` reads Special:EntityData/<id>.json (data/clients.ts): `{ entities: { id: … } }`,
 * under the target's id when the item was merged into another.
 */
export async function otherArticles( id: string, siteId: string,
	entityData: ( id: string ) => Promise<unknown> ): Promise<Sitelink[]> {
	const key = 'geo-conflicts:sitelinks:' + assertQid( id );
	const cached = await cacheGet<Sitelink[]>( key );
	if ( cached ) {
		return cached.filter( ( s ) => s.site !== siteId );
	}
	const answer = await entityData( id ) as { entities?: Record<string, { sitelinks?: Record<string, { title?: unknown }> }> } | null;
	const entities = answer && typeof answer === 'object' ? answer.entities : null;
	const ids = entities && typeof entities === 'object' && !Array.isArray( entities ) ? Object.keys( entities ).filter( isQid ) : null;
	if ( !entities || !ids || ids.length > 1 ) {
		// Never cache a broken answer as "no other articles".
		throw new HttpError( 'malformed', 'Special:EntityData/' + id + '.json', 200, null, 'not one entity' );
	}
	if ( !ids.length ) {
		// Nothing to list (not cached: the next opening asks again).
		return [];
	}
	const links: Sitelink[] = [];
	const sitelinks = entities[ ids[ 0 ] ].sitelinks || {};
	for ( const site of Object.keys( sitelinks ) ) {
		const s = sitelinks[ site ];
		// Wikipedias only, their URLs built here from the site id (never from the answer).
		const url = s && typeof s.title === 'string' && /^[a-z_]+wiki$/.test( site ) ? articleUrl( site, s.title ) : null;
		if ( s && url ) {
			links.push( { site, title: String( s.title ), url } );
		}
	}
	links.sort( ( a, b ) => a.site < b.site ? -1 : 1 );
	await cacheSet( key, links, HOUR );
	return links.filter( ( s ) => s.site !== siteId );
}

/** The first sentences of an article on this wiki, or null when it has none to give. */
export async function articleSummary( title: string, api: ActionApi ): Promise<string | null> {
	const response = await api.get( {
		action: 'query',
		prop: 'extracts',
		exintro: 1,
		explaintext: 1,
		exsentences: 3,
		titles: title,
		formatversion: 2,
	} ) as { query?: { pages?: { extract?: string; missing?: boolean }[] } };
	const page = response && response.query && response.query.pages && response.query.pages[ 0 ];
	return page && typeof page.extract === 'string' && page.extract.trim() ? page.extract.trim() : null;
}
