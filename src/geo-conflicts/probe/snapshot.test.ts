/**
 * The probe on a wiki with a published snapshot: the key page of the title (built from the engine's
 * answers over the sample RDF by the publish command's own builder), one request, kept a day; a
 * wiki without one (an empty 200, or a 404) is remembered and the probe falls back to its ASK.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { gzipSync } from 'node:zlib';
import { engineSet } from '../data/engine-answers';
import { buildSnapshot } from '../data/snapshot-build';
import { snapshotAnswer } from './snapshot';

const set = engineSet( { kind: 'all' } );
const built = buildSnapshot( { set, places: [ { id: 'Q2120', label: 'Atacama Region', title: 'Región de Atacama', countries: [ 'Q298' ], items: [ 'Q2365301' ] } ],
	classes: [ 'Q5683226' ], languages: [ 'en' ], siteId: 'eswiki', date: '2026-11-26T00:00:00Z', gzipSize: ( t ) => gzipSync( t ).length } );
const pages: Record<string, string> = {};
if ( built.ok ) {
	built.pages.forEach( ( p ) => {
		pages[ p.title ] = p.content;
	} );
}

function storage(): { get( k: string ): string | null; set( k: string, v: string ): boolean; data: Record<string, string> } {
	const data: Record<string, string> = {};
	return { data, get: ( k ) => ( k in data ? data[ k ] : null ), set: ( k, v ) => {
		data[ k ] = v;
		return true;
	} };
}

describe( 'probe from the snapshot', () => {
	beforeAll( () => {
		mw.config.set( 'wgScript', '/index.php' );
	} );
	afterAll( () => {
		mw.config.set( 'wgScript', null );
	} );

	it( 'says yes for a conflict and a place, no for neither, one key page each, kept', async () => {
		const urls: string[] = [];
		const clients = { script: '/index.php', storage: storage(), fetch: ( url: string ) => {
			urls.push( url );
			const title = new URL( url, 'http://wiki.test' ).searchParams.get( 'title' ) || '';
			return Promise.resolve( new Response( pages[ title ] || '', { status: 200 } ) );
		} };
		expect( await snapshotAnswer( 'Pascua Lama', clients ) ).toBe( true );
		expect( await snapshotAnswer( 'Región de Atacama', clients ) ).toBe( true );
		expect( await snapshotAnswer( 'Santiago', clients ) ).toBe( false );
		expect( urls ).toHaveLength( 3 );
		expect( urls[ 0 ] ).toMatch( /^\/index\.php\?title=MediaWiki:Gadget-geo-conflicts-snapshot\/keys\/\d+\.json&action=raw&ctype=application\/json&maxage=86400&smaxage=3600$/ );
		expect( await snapshotAnswer( 'Pascua_Lama', clients ) ).toBe( true );
		expect( urls ).toHaveLength( 3 );
	} );

	it( 'a wiki without a snapshot: null, remembered, so the ASK decides', async () => {
		let asked = 0;
		const clients = { script: '/index.php', storage: storage(), fetch: () => {
			asked++;
			return Promise.resolve( new Response( '', { status: 200 } ) );
		} };
		expect( await snapshotAnswer( 'Pascua Lama', clients ) ).toBeNull();
		expect( await snapshotAnswer( 'Chile', clients ) ).toBeNull();
		expect( asked ).toBe( 1 );
		const missing = { script: '/index.php', storage: storage(), fetch: () => Promise.resolve( new Response( 'x', { status: 404 } ) ) };
		expect( await snapshotAnswer( 'Chile', missing ) ).toBeNull();
		expect( await snapshotAnswer( 'Chile', { script: '', storage: storage(), fetch: missing.fetch } ) ).toBeNull();
	} );

	it( 'a failing wiki is not remembered and rejects (the loader then shows nothing)', async () => {
		const s = storage();
		await expect( snapshotAnswer( 'Chile', { script: '/index.php', storage: s, fetch: () => Promise.resolve( new Response( '', { status: 503 } ) ) } ) ).rejects.toThrow();
		expect( s.data ).toEqual( {} );
	} );
} );
