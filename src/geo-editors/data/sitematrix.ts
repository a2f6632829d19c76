/**
 * The list of Wikimedia wikis from Meta's `action=sitematrix` (cached): maps `wiki_db` (dbname) ↔
 * the release's `project` code (`es.wikipedia`, `en.commons`) ↔ the wiki's URL and a readable name.
 * When Meta cannot be reached, `guessDbName` still maps the common project codes, so a panel works.
 */
import { getEndpoints } from '../../core/config';
import { foreignGet, HttpError } from '../../core/http';
import { cacheGet, cacheSet, DAY } from '../../core/cache';

export interface WikiSite {
	dbname: string;
	/** Project code as the release writes it, e.g. `es.wikipedia`, `en.commons`. */
	project: string;
	/** Origin of the wiki, e.g. `https://es.wikipedia.org`. */
	url: string;
	/** Language code (for language wikis) or '' (for special wikis). */
	lang: string;
	/** `wikipedia`, `wiktionary`, … or the special wiki's code (`commons`, `wikidata`, `meta`). */
	family: string;
	/** Site name as Meta gives it, e.g. `Wikipedia`, `Wikimedia Commons`. */
	sitename: string;
	closed: boolean;
}

type Json = Record<string, unknown>;

const DBNAME = /^[a-z0-9_]{2,50}$/;
const CODE = /^[a-z0-9-]{1,30}$/;

function str( value: unknown ): string {
	return typeof value === 'string' ? value : '';
}

/**
 * Turn Meta's sitematrix answer into a list of wikis; anything not shaped as expected is skipped.
 */
export function parseSitematrix( json: unknown ): WikiSite[] {
	const matrix = json && typeof json === 'object' ? ( json as Json ).sitematrix : null;
	if ( !matrix || typeof matrix !== 'object' ) {
		return [];
	}
	const out: WikiSite[] = [];
	const add = ( site: Json, lang: string, family: string, project: string ): void => {
		const dbname = str( site.dbname );
		const url = str( site.url );
		if ( !DBNAME.test( dbname ) || !/^https?:\/\//.test( url ) || site.private !== undefined ||
			out.some( ( s ) => s.dbname === dbname ) ) {
			// A second entry for a dbname is not a second wiki: the first one stands.
			return;
		}
		out.push( { dbname, project, url, lang, family, sitename: str( site.sitename ),
			closed: site.closed !== undefined } );
	};
	for ( const k of Object.keys( matrix ) ) {
		const entry = ( matrix as Json )[ k ];
		if ( k === 'count' || !entry || typeof entry !== 'object' ) {
			continue;
		}
		if ( k === 'specials' && Array.isArray( entry ) ) {
			for ( const site of entry as Json[] ) {
				const code = str( site.code );
				if ( CODE.test( code ) ) {
					// The release writes special wikis as English ones: commonswiki → en.commons.
					add( site, '', code, 'en.' + code );
				}
			}
			continue;
		}
		const lang = str( ( entry as Json ).code );
		const sites = ( entry as Json ).site;
		if ( !CODE.test( lang ) || !Array.isArray( sites ) ) {
			continue;
		}
		for ( const site of sites as Json[] ) {
			const code = str( site.code );
			if ( CODE.test( code ) ) {
				const family = code === 'wiki' ? 'wikipedia' : code;
				add( site, lang, family, lang + '.' + family );
			}
		}
	}
	return out;
}

/** Lookup of wikis by dbname, project code or host. */
export class SiteIndex {
	public readonly sites: WikiSite[];

	private readonly byKey = new Map<string, WikiSite>();

	public constructor( sites: WikiSite[] ) {
		this.sites = sites;
		for ( const site of sites ) {
			// First come, first kept: a later duplicate (same project or host) never relabels a
			// wiki.
			for ( const key of [ site.dbname, site.project, site.url.replace( /^https?:\/\//, '' ) ] ) {
				if ( !this.byKey.has( key ) ) {
					this.byKey.set( key, site );
				}
			}
		}
	}

	/** A wiki from `eswiki`, `es.wikipedia` or `es.wikipedia.org`; null when unknown. */
	public find( value: string ): WikiSite | null {
		return this.byKey.get( value.trim().toLowerCase() ) || null;
	}

	/**
	 * The dbname for a dbname or project code, from the matrix or, failing that, from the usual
	 * pattern.
	 */
	public dbName( value: string ): string | null {
		const site = this.find( value );
		return site ? site.dbname : guessDbName( value );
	}
}

/** A Map, not an object: `project=constructor` must not find Object's constructor. */
const SPECIAL_DB = new Map<string, string>( [
	[ 'en.commons', 'commonswiki' ],
	[ 'en.wikidata', 'wikidatawiki' ],
	[ 'en.meta', 'metawiki' ],
	[ 'en.species', 'specieswiki' ],
	[ 'en.mediawiki', 'mediawikiwiki' ],
	[ 'en.incubator', 'incubatorwiki' ],
] );

/**
 * `es.wikipedia` → `eswiki`, `pt.wiktionary` → `ptwiktionary`, `eswiki` → `eswiki`; null when not a
 * wiki code.
 */
export function guessDbName( value: string ): string | null {
	const v = value.trim().toLowerCase().replace( /\.org$/, '' );
	const special = SPECIAL_DB.get( v );
	if ( special ) {
		return special;
	}
	const m = /^([a-z][a-z0-9-]{0,20})\.(wikipedia|wiktionary|wikibooks|wikinews|wikiquote|wikisource|wikiversity|wikivoyage)$/.exec( v );
	if ( m ) {
		return m[ 1 ].replace( /-/g, '_' ) + ( m[ 2 ] === 'wikipedia' ? 'wiki' : m[ 2 ] );
	}
	return DBNAME.test( v ) && /wiki|wiktionary|wikibooks|wikinews|wikiquote|wikisource|wikiversity|wikivoyage$/.test( v ) ? v : null;
}

export type ApiGet = ( params: Record<string, string> ) => Promise<unknown>;

function defaultGet(): ApiGet {
	return ( params ) => foreignGet( getEndpoints().metaApi, params );
}

let loaded: Promise<SiteIndex> | null = null;

/**
 * The wiki list, from the cache or from Meta (once per page). Rejects when Meta fails; retry by
 * calling again.
 */
export function loadSites( get?: ApiGet ): Promise<SiteIndex> {
	if ( !loaded ) {
		loaded = fetchSites( get || defaultGet() );
		loaded.catch( () => {
			loaded = null;
		} );
	}
	return loaded;
}

/** For tests. */
export function resetSites(): void {
	loaded = null;
}

async function fetchSites( get: ApiGet ): Promise<SiteIndex> {
	const key = 'geoeditors:sitematrix:' + getEndpoints().metaApi;
	const cached = await cacheGet<WikiSite[]>( key );
	if ( cached && cached.length ) {
		return new SiteIndex( cached );
	}
	const json = await get( {
		action: 'sitematrix',
		smtype: 'language|special',
		smlangprop: 'code|site',
		smsiteprop: 'url|dbname|code|sitename',
		format: 'json',
	} );
	const sites = parseSitematrix( json );
	if ( !sites.length ) {
		throw new HttpError( 'malformed', getEndpoints().metaApi, 200, null, 'empty or malformed site matrix' );
	}
	await cacheSet( key, sites, 7 * DAY );
	return new SiteIndex( sites );
}
