/**
 * Persistent cache in IndexedDB (through idb-keyval: a tiny, well-kept wrapper), with expiry and
 * versioned keys so a new data format never reads an old entry. When IndexedDB is unavailable
 * (private browsing, blocked storage) everything still works, only uncached beyond this page.
 */
import { createStore, get, set, del, type UseStore } from 'idb-keyval';

/** Bump when the shape of any cached value changes. */
const CACHE_VERSION = 1;

interface Entry<T> {
	value: T;
	expires: number;
}

const memory = new Map<string, Entry<unknown>>();
let store: UseStore | null | undefined;

function getStore(): UseStore | null {
	if ( store === undefined ) {
		try {
			store = typeof indexedDB !== 'undefined' ? createStore( 'geo-gadgets', 'cache' ) : null;
		} catch ( e ) {
			store = null;
		}
	}
	return store;
}

function fullKey( key: string ): string {
	return 'v' + CACHE_VERSION + ':' + key;
}

export async function cacheGet<T>( key: string, now = Date.now() ): Promise<T | undefined> {
	const k = fullKey( key );
	let entry = memory.get( k ) as Entry<T> | undefined;
	if ( !entry ) {
		const s = getStore();
		if ( s ) {
			try {
				entry = await get<Entry<T>>( k, s );
			} catch ( e ) {
				entry = undefined;
			}
		}
	}
	if ( !entry ) {
		return undefined;
	}
	if ( entry.expires <= now ) {
		await cacheDelete( key );
		return undefined;
	}
	memory.set( k, entry );
	return entry.value;
}

/** Store a value for ttlMs. Only call this with a complete, validated result: never a broken one. */
export async function cacheSet<T>( key: string, value: T, ttlMs: number, now = Date.now() ): Promise<void> {
	const k = fullKey( key );
	const entry: Entry<T> = { value, expires: now + ttlMs };
	memory.set( k, entry );
	const s = getStore();
	if ( s ) {
		try {
			await set( k, entry, s );
		} catch ( e ) {
			// Quota or blocked storage: the memory copy still serves this page.
		}
	}
}

export async function cacheDelete( key: string ): Promise<void> {
	const k = fullKey( key );
	memory.delete( k );
	const s = getStore();
	if ( s ) {
		try {
			await del( k, s );
		} catch ( e ) {
			// Nothing to do: a stale entry expires by itself.
		}
	}
}

/** For tests: drop the in-memory layer (IndexedDB entries stay). */
export function clearMemoryCache(): void {
	memory.clear();
}

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
