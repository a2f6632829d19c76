import { describe, it, expect, vi, afterEach } from 'vitest';

afterEach( () => {
	vi.unstubAllGlobals();
	vi.resetModules();
} );

/** An IndexedDB whose open() never completes (seen with blocked or broken profiles). */
const hangingIndexedDB = { open: () => ( {} as IDBOpenDBRequest ) };

describe( 'cache with an IndexedDB that never opens (issue 14)', () => {
	it( 'answers within its bound, and later calls do not wait again', async () => {
		vi.stubGlobal( 'indexedDB', hangingIndexedDB );
		const { cacheGet, cacheSet, STORE_TIMEOUT_MS } = await import( './cache' );
		const started = Date.now();
		expect( await cacheGet( 'x' ) ).toBeUndefined();
		expect( Date.now() - started ).toBeLessThan( STORE_TIMEOUT_MS + 1000 );
		await cacheSet( 'x', 1, 60000 );
		const again = Date.now();
		expect( await cacheGet( 'y' ) ).toBeUndefined();
		expect( await cacheGet( 'x' ) ).toBe( 1 );
		expect( Date.now() - again ).toBeLessThan( 100 );
	} );

	it( 'a core starts (messages registered) even when overrides never arrive', async () => {
		vi.stubGlobal( 'indexedDB', hangingIndexedDB );
		const Api = mw.Api;
		( mw as unknown as { Api: unknown } ).Api = class {
			public get(): Promise<unknown> {
				return new Promise<unknown>( () => {
					// never settles
				} );
			}
		};
		try {
			const { startCore, START_TIMEOUT_MS } = await import( './gadget' );
			const started = Date.now();
			await startCore( { en: { 'geo-t-start': 'ok' } }, 'geo-editors' );
			expect( Date.now() - started ).toBeLessThan( START_TIMEOUT_MS + 3000 );
		} finally {
			( mw as unknown as { Api: unknown } ).Api = Api;
		}
	}, 15000 );
} );
