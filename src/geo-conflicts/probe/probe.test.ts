/**
 * The probe's runtime: answers from the real engine over HTTP's shape (localwiki/wdqs answerHttp),
 * kept a day; faults (hand-written, as faults may be) neither cached nor shown.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { sampleEngine } from '../../../tests/support/engine-answers';
import { answerHttp } from '../../../localwiki/wdqs/engine.mjs';
import { DEFAULT_CONFLICT_CLASSES } from '../data/config';
import { probePage, probeKey, PROBE_TTL_SECONDS, type ProbeClients } from './probe';

const ENDPOINT = 'https://query.wikidata.org/sparql';
const classes = DEFAULT_CONFLICT_CLASSES.slice();

function memoryStorage(): ProbeClients[ 'storage' ] & { data: Record<string, [ string, number | undefined ]> } {
	const data: Record<string, [ string, number | undefined ]> = {};
	return {
		data,
		get: ( key ) => ( key in data ? data[ key ][ 0 ] : null ),
		set: ( key, value, expiry ) => {
			data[ key ] = [ value, expiry ];
			return true;
		},
	};
}

let urls: string[];
let storage: ReturnType<typeof memoryStorage>;

function engineFetch( url: string ): Promise<Response> {
	urls.push( url );
	const answer = answerHttp( sampleEngine(), new URL( url ).searchParams );
	return Promise.resolve( new Response( answer.body,
		{ status: answer.status, headers: answer.headers } ) );
}

beforeEach( () => {
	urls = [];
	storage = memoryStorage();
} );

describe( 'probePage', () => {
	it( 'asks the engine once, then answers from storage for a day', async () => {
		const clients = { endpoint: ENDPOINT, fetch: engineFetch, storage };
		expect( await probePage( { item: 'Q2120' }, classes, clients ) ).toBe( true );
		expect( await probePage( { item: 'Q2120' }, classes, clients ) ).toBe( true );
		expect( urls.length ).toBe( 1 );
		expect( urls[ 0 ] ).toMatch( /^https:\/\/query\.wikidata\.org\/sparql\?query=%23GeoConflicts%20view%3Dprobe.*&format=json$/ );
		expect( storage.data[ probeKey( { item: 'Q2120' }, classes, ENDPOINT ) ] ).toEqual( [ '1', PROBE_TTL_SECONDS ] );
	} );

	it( 'remembers a no as well', async () => {
		const clients = { endpoint: ENDPOINT, fetch: engineFetch, storage };
		expect( await probePage( { item: 'Q808785' }, classes, clients ) ).toBe( false );
		expect( await probePage( { item: 'Q808785' }, classes, clients ) ).toBe( false );
		expect( urls.length ).toBe( 1 );
	} );

	it( 'sends no custom header (a simple CORS request, no preflight)', async () => {
		let headers: unknown = 'unset';
		await probePage( { item: 'Q298' }, classes, { endpoint: ENDPOINT, storage, fetch: ( url, init ) => {
			headers = init.headers;
			return engineFetch( url );
		} } );
		expect( headers ).toBeUndefined();
	} );

	it( 'does not cache a 429, a 500 or a malformed answer, and rejects', async () => {
		const faults = [
			new Response( 'Too Many Requests', { status: 429, headers: { 'Retry-After': '30' } } ),
			new Response( 'java.lang.RuntimeException', { status: 500 } ),
			new Response( '{"head":{"vars":[]},"results":{"bindings":[]}}', { status: 200 } ),
			new Response( '{"head":{},"bool', { status: 200 } ),
		];
		for ( const fault of faults ) {
			await expect( probePage( { item: 'Q2120' }, classes, { endpoint: ENDPOINT, storage, fetch: () => Promise.resolve( fault ) } ) ).rejects.toThrow();
		}
		expect( Object.keys( storage.data ) ).toEqual( [] );
		// The next view asks again, and the real answer is kept.
		expect( await probePage( { item: 'Q2120' }, classes, { endpoint: ENDPOINT, fetch: engineFetch, storage } ) ).toBe( true );
	} );

	it( 'sends nothing for an invalid id or class', async () => {
		expect( await probePage( { item: 'Q1 }' }, classes, { endpoint: ENDPOINT, fetch: engineFetch, storage } ) ).toBe( false );
		expect( await probePage( { item: 'Q1' }, [ 'X' ], { endpoint: ENDPOINT, fetch: engineFetch, storage } ) ).toBe( false );
		expect( urls ).toEqual( [] );
	} );

	it( 'keys the answer by the site\'s classes and endpoint', () => {
		expect( probeKey( { item: 'Q1' }, [ 'Q2' ], ENDPOINT ) ).not.toBe( probeKey( { item: 'Q1' }, [ 'Q3' ], ENDPOINT ) );
		expect( probeKey( { item: 'Q1' }, [ 'Q2' ], ENDPOINT ) ).not.toBe( probeKey( { item: 'Q1' }, [ 'Q2' ], 'https://x.org/sparql' ) );
	} );
} );
