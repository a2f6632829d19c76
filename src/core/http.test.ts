import { describe, it, expect, vi, afterEach } from 'vitest';
import { request, requestJson, boundedText, parseRetryAfter, HttpError, USER_AGENT } from './http';

afterEach( () => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
} );

function respond( status: number, body = '', headers: Record<string, string> = {} ): Response {
	return new Response( status === 204 ? null : body, { status, headers } );
}

describe( 'parseRetryAfter', () => {
	it( 'reads seconds and HTTP dates', () => {
		expect( parseRetryAfter( '5' ) ).toBe( 5 );
		expect( parseRetryAfter( null ) ).toBeNull();
		expect( parseRetryAfter( 'soon' ) ).toBeNull();
		const now = Date.parse( 'Wed, 21 Oct 2015 07:28:00 GMT' );
		expect( parseRetryAfter( 'Wed, 21 Oct 2015 07:28:30 GMT', now ) ).toBe( 30 );
	} );
} );

describe( 'request', () => {
	it( 'waits out a 429 Retry-After with a countdown, then succeeds', async () => {
		vi.useFakeTimers();
		const fetchMock = vi.fn()
			.mockResolvedValueOnce( respond( 429, '', { 'Retry-After': '2' } ) )
			.mockResolvedValueOnce( respond( 200, '{"ok":true}' ) );
		vi.stubGlobal( 'fetch', fetchMock );
		const ticks: number[] = [];
		const promise = requestJson<{ ok: boolean }>( 'https://query.wikidata.org/sparql', { onWait: ( s ) => ticks.push( s ), userAgent: true } );
		await vi.advanceTimersByTimeAsync( 2500 );
		await expect( promise ).resolves.toEqual( { ok: true } );
		expect( ticks ).toEqual( [ 2, 1, 0 ] );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
		expect( fetchMock.mock.calls[ 0 ][ 1 ].headers[ 'Api-User-Agent' ] ).toBe( USER_AGENT );
	} );

	it( 'gives up when Retry-After is longer than we accept', async () => {
		vi.stubGlobal( 'fetch', vi.fn().mockResolvedValue( respond( 429, '', { 'Retry-After': '3600' } ) ) );
		const error = await request( 'https://x.wikimedia.org/', { maxRetryAfterSeconds: 60 } ).catch( ( e ) => e );
		expect( error ).toBeInstanceOf( HttpError );
		expect( error.kind ).toBe( 'rate-limited' );
		expect( error.retryAfter ).toBe( 3600 );
	} );

	it( 'retries 5xx with backoff and reports the last error', async () => {
		vi.useFakeTimers();
		const fetchMock = vi.fn().mockResolvedValue( respond( 503 ) );
		vi.stubGlobal( 'fetch', fetchMock );
		const promise = request( 'https://x.wikimedia.org/', { retries: 2 } ).catch( ( e ) => e );
		await vi.advanceTimersByTimeAsync( 10000 );
		const error = await promise;
		expect( error.kind ).toBe( 'server' );
		expect( error.status ).toBe( 503 );
		expect( fetchMock ).toHaveBeenCalledTimes( 3 );
	} );

	it( 'does not retry a 404', async () => {
		const fetchMock = vi.fn().mockResolvedValue( respond( 404 ) );
		vi.stubGlobal( 'fetch', fetchMock );
		const error = await request( 'https://x.wikimedia.org/' ).catch( ( e ) => e );
		expect( error.kind ).toBe( 'http' );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'times out a request that never answers', async () => {
		vi.useFakeTimers();
		vi.stubGlobal( 'fetch', vi.fn( ( _url: string, init: RequestInit ) => new Promise( ( _resolve, reject ) => {
			init.signal?.addEventListener( 'abort', () => reject( new DOMException( 'aborted', 'AbortError' ) ) );
		} ) ) );
		const promise = request( 'https://x.wikimedia.org/', { timeoutMs: 1000, retries: 0 } ).catch( ( e ) => e );
		await vi.advanceTimersByTimeAsync( 1500 );
		expect( ( await promise ).kind ).toBe( 'timeout' );
	} );

	it( 'reports invalid JSON as malformed', async () => {
		vi.stubGlobal( 'fetch', vi.fn().mockResolvedValue( respond( 200, '{"results": [' ) ) );
		const error = await requestJson( 'https://x.wikimedia.org/' ).catch( ( e: HttpError ) => e ) as HttpError;
		expect( error.kind ).toBe( 'malformed' );
	} );

	it( 'runs requests of one queue one at a time', async () => {
		let active = 0;
		let maxActive = 0;
		vi.stubGlobal( 'fetch', vi.fn( async () => {
			active++;
			maxActive = Math.max( maxActive, active );
			await new Promise( ( r ) => {
				setTimeout( r, 5 );
			} );
			active--;
			return respond( 200, '1' );
		} ) );
		await Promise.all( [ 1, 2, 3 ].map( () => request( 'https://query.wikidata.org/sparql', { queue: 'wdqs' } ) ) );
		expect( maxActive ).toBe( 1 );
	} );
} );

describe( 'bodies past their bound (issue 14)', () => {
	it( 'an endless JSON body ends as too large, not as "could not be reached"', async () => {
		const chunk = new TextEncoder().encode( '[' + '1,'.repeat( 5000 ) );
		const body = new ReadableStream<Uint8Array>( { pull( c ) {
			c.enqueue( chunk );
		} } );
		vi.stubGlobal( 'fetch', vi.fn().mockResolvedValue( new Response( body, { status: 200 } ) ) );
		const error = await requestJson( 'https://query.wikidata.org/sparql', { maxBytes: 1e6 } ).catch( ( e: HttpError ) => e ) as HttpError;
		expect( error ).toBeInstanceOf( HttpError );
		expect( error.kind ).toBe( 'too-large' );
	} );
} );

describe( 'bodies that stall (issue 22 item 7)', () => {
	it( 'a body that stops sending ends as a timeout after the idle bound, its stream cancelled', async () => {
		let cancelled = false;
		const body = new ReadableStream<Uint8Array>( {
			start( c ) {
				c.enqueue( new TextEncoder().encode( '{"partial":' ) );
			},
			cancel() {
				cancelled = true;
			},
		} );
		vi.stubGlobal( 'fetch', vi.fn().mockResolvedValue( new Response( body, { status: 200 } ) ) );
		const started = Date.now();
		const error = await requestJson( 'https://data.test/x.json', { bodyIdleMs: 200 } ).catch( ( e: HttpError ) => e ) as HttpError;
		expect( error ).toBeInstanceOf( HttpError );
		expect( error.kind ).toBe( 'timeout' );
		expect( error.message ).toMatch( /no data for 0\.2 s/ );
		expect( Date.now() - started ).toBeLessThan( 2000 );
		expect( cancelled ).toBe( true );
	} );

	it( 'readBounded stops a body that trickles past its overall deadline', async () => {
		const body = new ReadableStream<Uint8Array>( { async pull( c ) {
			await new Promise( ( r ) => {
				setTimeout( r, 20 );
			} );
			c.enqueue( new TextEncoder().encode( 'x' ) );
		} } );
		const response = new Response( body, { status: 200 } );
		const started = Date.now();
		const error = await boundedText( response, 'https://data.test/y', 1e6, { idleMs: 1000, deadlineMs: 300 } ).catch( ( e: HttpError ) => e ) as HttpError;
		expect( error.kind ).toBe( 'timeout' );
		expect( Date.now() - started ).toBeLessThan( 2000 );
	} );
} );
