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

/** A title as the key pages hold it: spaces, not underscores. */
export function titleKey( title: string ): string {
	return title.replace( /_/g, ' ' );
}

/** A key page: title → [ 'c' | 'p', QID ] ('c' conflict: card; 'p' place: section). */
export interface KeysPage {
	format: number;
	keys: Record<string, [ 'c' | 'p', string ]>;
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
