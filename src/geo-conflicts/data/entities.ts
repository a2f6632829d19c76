/**
 * Wikidata Action API reads (mw.ForeignApi, anonymous), for the live article view only: "which
 * item is this page about" (wbgetentities), by its wgWikibaseItemId or, when the wiki has no
 * Wikibase client, by site and title (Special:EntityData cannot look a title up). What a reader
 * opens later (other languages' articles) reads Special:EntityData instead (data/articles.ts). Page lookups are cached, so article views stay cheap. The API
 * client is passed in (data/clients.ts makes the real one).
 */
import { cacheGet, cacheSet, HOUR, DAY } from '../../core/cache';
import { isQid } from './ids';

/** The part of mw.Api we use; tests pass a fake. */
export interface ActionApi {
	get( params: Record<string, string | number | boolean> ): PromiseLike<unknown>;
}

interface ApiEntity {
	id?: string;
	missing?: string;
	labels?: Record<string, { language: string; value: string }>;
	descriptions?: Record<string, { language: string; value: string }>;
	claims?: Record<string, {
		rank?: string; mainsnak?: { snaktype?: string; datavalue?: { value?: unknown } };
	}[]>;
	sitelinks?: Record<string, { site: string; title: string; url?: string }>;
}

export type EntityMap = Record<string, ApiEntity>;

/** Item ids a statement points to (best rank: preferred if any, else normal). */
export function claimItemIds( entity: ApiEntity, property: string ): string[] {
	const claims = ( entity.claims &&
		Object.prototype.hasOwnProperty.call( entity.claims, property ) &&
		Array.isArray( entity.claims[ property ] ) &&
		entity.claims[ property ] ) || [];
	const preferred = claims.filter( ( c ) => c.rank === 'preferred' );
	const best = ( preferred.length ? preferred : claims ).filter( ( c ) => c.rank !== 'deprecated' );
	const ids: string[] = [];
	for ( const claim of best ) {
		const value = claim.mainsnak && claim.mainsnak.snaktype === 'value' && claim.mainsnak.datavalue ?
			claim.mainsnak.datavalue.value as { id?: string } : null;
		if ( value && isQid( value.id ) && !ids.includes( value.id ) ) {
			ids.push( value.id );
		}
	}
	return ids;
}

/** First label in the language order, or null. */
export function entityText( map: ApiEntity[ 'labels' ], languages: string[] ): { value: string; language: string } | null {
	if ( !map ) {
		return null;
	}
	for ( const lang of languages ) {
		if ( Object.prototype.hasOwnProperty.call( map, lang ) && map[ lang ] && typeof map[ lang ].value === 'string' ) {
			return { value: map[ lang ].value, language: map[ lang ].language || lang };
		}
	}
	return null;
}

/** What mountArticle needs to decide: is the page's item a conflict, a place, or neither. */
export interface PageItem {
	id: string;
	label: string;
	classes: string[];
	hasCoordinates: boolean;
	adminUnits: string[];
	countries: string[];
}

function toPageItem( entity: ApiEntity, languages: string[] ): PageItem | null {
	if ( !entity || !isQid( entity.id ) || entity.missing !== undefined ) {
		return null;
	}
	const label = entityText( entity.labels, languages );
	return {
		id: entity.id,
		label: label ? label.value : entity.id,
		classes: claimItemIds( entity, 'P31' ),
		hasCoordinates: !!( entity.claims && entity.claims.P625 && entity.claims.P625.length ),
		adminUnits: claimItemIds( entity, 'P131' ),
		countries: claimItemIds( entity, 'P17' ),
	};
}

/**
 * The item of a page: by id when the wiki knows it (wgWikibaseItemId), else by site and title.
 * One wbgetentities call at most, cached (a day for a hit, an hour for "no item").
 */
export async function findPageItem(
	page: { itemId?: string | null; siteId: string; title: string },
	languages: string[],
	api: ActionApi,
): Promise<PageItem | null> {
	const key = 'geo-conflicts:page:' + ( isQid( page.itemId ) ? page.itemId : page.siteId + ':' + page.title ) + ':' + languages[ 0 ];
	const cached = await cacheGet<{ item: PageItem | null }>( key );
	if ( cached ) {
		return cached.item;
	}
	const params: Record<string, string | number> = {
		action: 'wbgetentities',
		props: 'labels|claims',
		languages: languages.join( '|' ),
		languagefallback: 1,
		format: 'json',
	};
	if ( isQid( page.itemId ) ) {
		params.ids = page.itemId;
	} else {
		params.sites = page.siteId;
		params.titles = page.title;
		params.normalize = 1;
	}
	const response = await api.get( params ) as { entities?: EntityMap };
	if ( !response || typeof response !== 'object' || !response.entities ) {
		// Not an answer we understand: no caching, the next view asks again.
		return null;
	}
	let item: PageItem | null = null;
	for ( const id of Object.keys( response.entities ) ) {
		item = item || toPageItem( response.entities[ id ], languages );
	}
	await cacheSet( key, { item }, item ? DAY : HOUR );
	return item;
}
