/**
 * The conflict's articles beyond this wiki's: its sitelinks to other Wikipedias (wbgetentities,
 * cached for an hour) and the intro of this wiki's article (TextExtracts on the local Action API).
 */
import { cacheGet, cacheSet, HOUR } from '../../core/cache';
import { getEntities, type ActionApi } from './entities';
import { wikimediaHttpsUrl } from './links';

export interface Sitelink {
	site: string;
	title: string;
	url: string;
}

/** A Wikipedia's language code from its site id: `zh_min_nanwiki` → `zh-min-nan`. */
export function sitelinkLanguage( site: string ): string {
	return site.replace( /wiki$/, '' ).replace( /_/g, '-' );
}

/**
 * Sitelinks of an item to Wikipedias other than `siteId` (whose article is linked already), by site
 * id.
 */
export async function otherArticles( id: string, siteId: string, languages: string[],
	api: ActionApi ): Promise<Sitelink[]> {
	const key = 'geo-conflicts:sitelinks:' + id;
	const cached = await cacheGet<Sitelink[]>( key );
	if ( cached ) {
		return cached.filter( ( s ) => s.site !== siteId );
	}
	const entity = ( await getEntities( [ id ], 'sitelinks/urls', languages, api ) )[ id ];
	if ( !entity ) {
		return [];
	}
	const links: Sitelink[] = [];
	const sitelinks = entity.sitelinks || {};
	for ( const site of Object.keys( sitelinks ) ) {
		const s = sitelinks[ site ];
		// Wikipedias only; a URL off the Wikimedia hosts is dropped.
		const url = s ? wikimediaHttpsUrl( s.url ) : null;
		if ( s && url && /^[a-z_]+wiki$/.test( site ) && site !== 'commonswiki' ) {
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
