import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { loadConflicts, hashText } from './wdqs';
import { clearMemoryCache, cacheDelete } from '../../core/cache';
import { resetEndpoints } from '../../core/config';
import { DEFAULT_SECTOR_MAP } from './sectors';
import { MalformedAnswerError } from './normalise';

import { engineAnswer } from '../../../tests/support/engine-answers';
import { CONFLICTS } from '../../../localwiki/sample-data/wikidata/items.mjs';

// A real engine's answer to the dashboard query (what WDQS would send, as text).
const SAMPLE = JSON.stringify( engineAnswer( { kind: 'all' } ).json );
const base = { sectorMap: DEFAULT_SECTOR_MAP, languages: [ 'en' ], cacheMinutes: 10 };

function reply( status: number, body: string, headers: Record<string, string> = {} ): Response {
	return new Response( body, { status, headers } );
}

describe( 'loadConflicts', () => {
	let fetchMock: ReturnType<typeof vi.fn>;
	let n = 0;
	let query: string;
	beforeEach( async () => {
		resetEndpoints();
		clearMemoryCache();
		// A different query per test, so IndexedDB entries of other tests never answer.
		query = '#GeoConflicts view=all\nSELECT ?item WHERE {} # test ' + ( n++ ) + ' ' + Math.random();
		await cacheDelete( 'geo-conflicts:wdqs:' + hashText( query ) );
		fetchMock = vi.fn();
		vi.stubGlobal( 'fetch', fetchMock );
	} );
	afterEach( () => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	} );

	it( 'sends one GET with the user agent, then answers from the cache', async () => {
		fetchMock.mockResolvedValueOnce( reply( 200, SAMPLE ) );
		const first = await loadConflicts( query, base );
		expect( first.conflicts ).toHaveLength( CONFLICTS.length );
		expect( first.fromCache ).toBe( false );
		const [ url, init ] = fetchMock.mock.calls[ 0 ];
		expect( url ).toMatch( /^https:\/\/query\.wikidata\.org\/sparql\?query=%23GeoConflicts/ );
		expect( url ).toContain( '&format=json' );
		expect( init.headers[ 'Api-User-Agent' ] ).toMatch( /^GeoGadgets\// );
		const second = await loadConflicts( query, base );
		expect( second.fromCache ).toBe( true );
		expect( second.conflicts ).toHaveLength( CONFLICTS.length );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'posts long queries', async () => {
		fetchMock.mockResolvedValueOnce( reply( 200, SAMPLE ) );
		const long = query + ' #' + 'x'.repeat( 7000 );
		await loadConflicts( long, base );
		const [ url, init ] = fetchMock.mock.calls[ 0 ];
		expect( url ).toBe( 'https://query.wikidata.org/sparql' );
		expect( init.method ).toBe( 'POST' );
		expect( String( init.body ) ).toContain( 'format=json' );
	} );

	it( 'waits out a 429 with Retry-After, counting down, then loads', async () => {
		vi.useFakeTimers();
		fetchMock.mockResolvedValueOnce( reply( 429, 'slow down', { 'Retry-After': '3' } ) )
			.mockResolvedValueOnce( reply( 200, SAMPLE ) );
		const ticks: number[] = [];
		const promise = loadConflicts( query,
			Object.assign( { onWait: ( s: number ) => ticks.push( s ) }, base ) );
		await vi.runAllTimersAsync();
		const set = await promise;
		expect( ticks ).toEqual( [ 3, 2, 1, 0 ] );
		expect( set.conflicts ).toHaveLength( CONFLICTS.length );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
	} );

	it( 'never caches a malformed answer', async () => {
		fetchMock.mockResolvedValueOnce( reply( 200, '{"head":{}}' ) ).mockResolvedValueOnce( reply( 200, SAMPLE ) );
		await expect( loadConflicts( query, base ) ).rejects.toBeInstanceOf( MalformedAnswerError );
		const set = await loadConflicts( query, base );
		expect( set.fromCache ).toBe( false );
		expect( set.conflicts ).toHaveLength( CONFLICTS.length );
	} );

	it( 'does not cache an empty answer unless asked to', async () => {
		const empty = JSON.stringify( { head: { vars: [ 'item' ] }, results: { bindings: [] } } );
		fetchMock.mockImplementation( () => Promise.resolve( reply( 200, empty ) ) );
		await loadConflicts( query, base );
		await loadConflicts( query, base );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
		await loadConflicts( query, Object.assign( { cacheEmpty: true }, base ) );
		const again = await loadConflicts( query, base );
		expect( again.fromCache ).toBe( true );
		expect( fetchMock ).toHaveBeenCalledTimes( 3 );
	} );
} );
