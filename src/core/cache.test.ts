import { describe, it, expect } from 'vitest';
import { cacheGet, cacheSet, cacheDelete, clearMemoryCache } from './cache';

describe( 'cache', () => {
	it( 'stores in IndexedDB and reads back after the memory layer is gone', async () => {
		await cacheSet( 'k1', { a: [ 1, 2 ] }, 60000 );
		clearMemoryCache();
		expect( await cacheGet( 'k1' ) ).toEqual( { a: [ 1, 2 ] } );
	} );

	it( 'expires entries', async () => {
		const now = Date.now();
		await cacheSet( 'k2', 'v', 1000, now );
		expect( await cacheGet( 'k2', now + 500 ) ).toBe( 'v' );
		expect( await cacheGet( 'k2', now + 1500 ) ).toBeUndefined();
		clearMemoryCache();
		expect( await cacheGet( 'k2', now + 500 ) ).toBeUndefined();
	} );

	it( 'deletes', async () => {
		await cacheSet( 'k3', 1, 60000 );
		await cacheDelete( 'k3' );
		expect( await cacheGet( 'k3' ) ).toBeUndefined();
	} );
} );
