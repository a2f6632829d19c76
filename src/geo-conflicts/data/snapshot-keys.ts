/**
 * The snapshot's page names and its key pages (snapshot.ts): small enough for the article probe,
 * which reads one key page to tell whether an article is a conflict or a place with conflicts.
 */
import { isQid } from './ids';

export const SNAPSHOT_PREFIX = 'MediaWiki:Gadget-geo-conflicts-snapshot/';
export const SNAPSHOT_FORMAT = 1;
/** Fixed, so the probe finds a title's page without reading the manifest first. */
export const KEY_SHARDS = 32;

export const MANIFEST_TITLE = SNAPSHOT_PREFIX + 'index.json';

export function keysTitle( shard: number ): string {
	return SNAPSHOT_PREFIX + 'keys/' + shard + '.json';
}
export function conflictsTitle( shard: number ): string {
	return SNAPSHOT_PREFIX + 'conflicts/' + shard + '.json';
}
export function placesTitle( shard: number ): string {
	return SNAPSHOT_PREFIX + 'places/' + shard + '.json';
}
/** Every conflict id of a place too big for its place page (the dashboard's country panel). */
export function placeIdsTitle( id: string ): string {
	return SNAPSHOT_PREFIX + 'place-ids/' + id + '.json';
}

/** FNV-1a 32 bit of a text (UTF-16 units), as an unsigned number: the shard of a key. */
export function fnv32( text: string ): number {
	let h = 0x811c9dc5;
	for ( let i = 0; i < text.length; i++ ) {
		// eslint-disable-next-line no-bitwise -- FNV-1a is defined in xor and unsigned 32-bit steps
		h ^= text.charCodeAt( i );
		h = Math.imul( h, 0x01000193 );
	}
	// eslint-disable-next-line no-bitwise -- to unsigned 32 bits
	return h >>> 0;
}

export function shardOf( key: string, shards: number ): number {
	return fnv32( key ) % shards;
}

/**
 * A title as the key pages hold it: spaces, not underscores, as Wikidata's sitelinks and
 * MediaWiki's wgPageName (already normalised: first letter as the wiki's capitalisation makes it)
 * both write it. An item id (Q123) is its own key.
 */
export function titleKey( title: string ): string {
	return title.replace( /_/g, ' ' ).trim();
}

/**
 * A key page: title → [ 'c' | 'p', QID ] ('c' conflict: card; 'p' place: section), and the same
 * under the item's id for every item with an article here (`byId`: 1), so an article is found by
 * its item (wgWikibaseItemId) whatever its title's spelling.
 */
export interface KeysPage {
	format: number;
	keys: Record<string, [ 'c' | 'p', string ]>;
	byId?: number;
}

/**
 * What the probe and the article view look this page up by: its item (Wikibase client's
 * wgWikibaseItemId) when it has one, else its title; then, for a reader sent by a redirect whose
 * title is the sitelink, the redirect's title.
 */
export function articleKeys( config: { item?: unknown; pageName?: unknown; redirectedFrom?: unknown } ): string[] {
	return [ isQid( config.item ) ? config.item : '', config.pageName, config.redirectedFrom ]
		.map( ( t ) => ( typeof t === 'string' ? titleKey( t ) : '' ) ).filter( ( k, i, all ) => k && all.indexOf( k ) === i );
}

/**
 * The entry of the first of `keys` that a key page of this snapshot can answer: reads the key
 * pages one at a time (`read`: the page of a key), stopping at an answer. An item id is the answer
 * when its page holds item ids (`byId`); a page without them (an older snapshot) sends the lookup on
 * to the title. Null when the article is neither.
 */
export function findArticle( keys: string[],
	read: ( key: string ) => Promise<unknown> ): Promise<{ kind: 'conflict' | 'place'; id: string } | null> {
	// A promise chain, not async/await: the probe's bundle (ES2016) stays small.
	const next = ( i: number ): Promise<{ kind: 'conflict' | 'place'; id: string } | null> => ( i >= keys.length ? Promise.resolve( null ) :
		read( keys[ i ] ).then( ( page ) => keyEntry( page, keys[ i ] ) ||
			( isQid( keys[ i ] ) && page && ( page as KeysPage ).byId === 1 ? null : next( i + 1 ) ) ) );
	return next( 0 );
}

/** A title's entry of a key page: what the article is, or null (neither, or not a key page). */
export function keyEntry( value: unknown, title: string ): { kind: 'conflict' | 'place'; id: string } | null {
	const page = value as KeysPage | null;
	if ( !page || typeof page !== 'object' || page.format !== SNAPSHOT_FORMAT || !page.keys ||
		typeof page.keys !== 'object' || !Object.prototype.hasOwnProperty.call( page.keys, titleKey( title ) ) ) {
		return null;
	}
	const entry = page.keys[ titleKey( title ) ];
	return Array.isArray( entry ) && ( entry[ 0 ] === 'c' || entry[ 0 ] === 'p' ) && isQid( entry[ 1 ] ) ?
		{ kind: entry[ 0 ] === 'c' ? 'conflict' : 'place', id: entry[ 1 ] } : null;
}
