/**
 * The probe on a wiki with a published snapshot: the key page of the title (built from the engine's
 * answers over the sample RDF by the publish command's own builder), one request, kept a day; a
 * wiki without one (an empty 200, or a 404) is remembered and the probe falls back to its ASK.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { gzipSync } from 'node:zlib';
import { engineSet } from '../../../tests/support/engine-answers';
import { buildSnapshot } from '../data/snapshot-build';
import { snapshotAnswer } from './snapshot';
import { articleKeys } from '../data/snapshot-keys';

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
		expect( await snapshotAnswer( [ 'Pascua Lama' ], clients ) ).toBe( true );
		expect( await snapshotAnswer( [ 'Región de Atacama' ], clients ) ).toBe( true );
		expect( await snapshotAnswer( [ 'Santiago' ], clients ) ).toBe( false );
		expect( urls ).toHaveLength( 3 );
		expect( urls[ 0 ] ).toMatch( /^\/index\.php\?title=MediaWiki:Gadget-geo-conflicts-snapshot\/keys\/\d+\.json&action=raw&ctype=application\/json&maxage=86400&smaxage=3600$/ );
		expect( await snapshotAnswer( articleKeys( { pageName: 'Pascua_Lama' } ), clients ) ).toBe( true );
		expect( urls ).toHaveLength( 3 );
	} );

	it( 'finds the page by its item when it has one, whatever its title; else by title, then by the redirect it came from', async () => {
		const urls: string[] = [];
		const clients = { script: '/index.php', storage: storage(), fetch: ( url: string ) => {
			urls.push( url );
			const title = new URL( url, 'http://wiki.test' ).searchParams.get( 'title' ) || '';
			return Promise.resolve( new Response( pages[ title ] || '', { status: 200 } ) );
		} };
		// Pascua Lama (Q2365301) under another spelling of its title: found by its item, one request.
		expect( await snapshotAnswer( articleKeys( { item: 'Q2365301', pageName: 'Pascua_lama_(mina)' } ), clients ) ).toBe( true );
		expect( urls ).toHaveLength( 1 );
		// An item that is neither: one request, the item's key page says so (no title lookup).
		expect( await snapshotAnswer( articleKeys( { item: 'Q2887', pageName: 'Santiago' } ), clients ) ).toBe( false );
		expect( urls ).toHaveLength( 2 );
		// No item (a wiki without a Wikibase client): the title, then the redirect's title.
		expect( await snapshotAnswer( articleKeys( { pageName: 'Mina Pascua', redirectedFrom: 'Pascua_Lama' } ), clients ) ).toBe( true );
		expect( urls ).toHaveLength( 4 );
		expect( articleKeys( { item: 'bad', pageName: ' Chile ' } ) ).toEqual( [ 'Chile' ] );
		expect( articleKeys( { item: 'Q298', pageName: 'Chile', redirectedFrom: 'Chile' } ) ).toEqual( [ 'Q298', 'Chile' ] );
	} );

	it( 'a snapshot published before key pages held item ids: the title decides', async () => {
		const old: Record<string, string> = {};
		Object.keys( pages ).forEach( ( t ) => {
			const value = JSON.parse( pages[ t ] );
			if ( value && value.byId ) {
				delete value.byId;
				Object.keys( value.keys ).filter( ( k ) => /^Q\d+$/.test( k ) ).forEach( ( k ) => delete value.keys[ k ] );
			}
			old[ t ] = JSON.stringify( value );
		} );
		const clients = { script: '/index.php', storage: storage(), fetch: ( url: string ) => {
			const title = new URL( url, 'http://wiki.test' ).searchParams.get( 'title' ) || '';
			return Promise.resolve( new Response( old[ title ] || '', { status: 200 } ) );
		} };
		expect( await snapshotAnswer( articleKeys( { item: 'Q2365301', pageName: 'Pascua_Lama' } ), clients ) ).toBe( true );
	} );

	it( 'a wiki without a snapshot: null, remembered, so the ASK decides', async () => {
		let asked = 0;
		const clients = { script: '/index.php', storage: storage(), fetch: () => {
			asked++;
			return Promise.resolve( new Response( '', { status: 200 } ) );
		} };
		expect( await snapshotAnswer( articleKeys( { item: 'Q2365301', pageName: 'Pascua Lama' } ), clients ) ).toBeNull();
		expect( await snapshotAnswer( [ 'Chile' ], clients ) ).toBeNull();
		expect( asked ).toBe( 1 );
		const missing = { script: '/index.php', storage: storage(), fetch: () => Promise.resolve( new Response( 'x', { status: 404 } ) ) };
		expect( await snapshotAnswer( [ 'Chile' ], missing ) ).toBeNull();
		expect( await snapshotAnswer( [ 'Chile' ], { script: '', storage: storage(), fetch: missing.fetch } ) ).toBeNull();
	} );

	it( 'a failing wiki is not remembered and rejects (the loader then shows nothing)', async () => {
		const s = storage();
		await expect( snapshotAnswer( [ 'Chile' ], { script: '/index.php', storage: s, fetch: () => Promise.resolve( new Response( '', { status: 503 } ) ) } ) ).rejects.toThrow();
		expect( s.data ).toEqual( {} );
	} );
} );
