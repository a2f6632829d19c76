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

/**
 * Longest wait for one IndexedDB operation. An open() that never completes (a blocked or broken
 * profile) would otherwise hold every view on "Loading…" for ever: past this bound the store is
 * treated as unavailable for the rest of the page, and the memory layer serves alone.
 */
export const STORE_TIMEOUT_MS = 2000;

const TIMED_OUT = {};

function bounded<T>( operation: Promise<T> ): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>( ( _resolve, reject ) => {
		timer = setTimeout( () => reject( TIMED_OUT ), STORE_TIMEOUT_MS );
	} );
	return Promise.race( [ operation, timeout ] ).then( ( value ) => {
		clearTimeout( timer );
		return value;
	}, ( e ) => {
		clearTimeout( timer );
		if ( e === TIMED_OUT ) {
			store = null;
		}
		throw e;
	} );
}

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
				entry = await bounded( get<Entry<T>>( k, s ) );
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

/**
 * Store a value for ttlMs. Only call this with a complete, validated result: never a broken one.
 */
export async function cacheSet<T>( key: string, value: T, ttlMs: number,
	now = Date.now() ): Promise<void> {
	const k = fullKey( key );
	const entry: Entry<T> = { value, expires: now + ttlMs };
	memory.set( k, entry );
	const s = getStore();
	if ( s ) {
		try {
			await bounded( set( k, entry, s ) );
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
			await bounded( del( k, s ) );
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
