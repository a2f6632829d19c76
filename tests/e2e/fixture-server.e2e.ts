// The fixture server on its own (no wiki needed): routing, directory index, tiles, CORS, faults.

import { datasetTurtle } from '../../localwiki/wdqs/turtle.mjs';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, DEFAULT_ROOT, type FixtureServer } from '../../localwiki/fixture-server.mjs';

describe( 'fixture server', () => {
	let srv: FixtureServer;
	let overlay: string;
	const monthly = '/analytics.wikimedia.org/published/datasets/geoeditors_monthly/';

	beforeAll( async () => {
		// An overlay root (as --data DIR) with a dynamic endpoint, one month that shadows the
		// sample data, and its own Wikidata dataset (DIR/wikidata/*.ttl) instead of the sample RDF.
		overlay = mkdtempSync( path.join( os.tmpdir(), 'geo-fixture-' ) );
		mkdirSync( path.join( overlay, 'wikidata' ) );
		writeFileSync( path.join( overlay, 'wikidata', 'mine.ttl' ), datasetTurtle( [
			{ id: 'Q7', labels: { es: 'Mina X' }, claims: { P31: [ 'Q131141356' ], P17: [ 'Q298' ] }, sitelinks: { eswiki: 'Mina X' } },
		] ) );
		const sparql = path.join( overlay, 'routes.example.org/api' );
		mkdirSync( sparql, { recursive: true } );
		writeFileSync( path.join( sparql, '_routes.json' ), JSON.stringify( [
			{ params: { format: 'json' }, contains: [ 'wd:Q298' ], file: 'chile.json' },
			{ contains: [ 'wd:Q414' ], file: 'chile.json', status: 500 },
		] ) );
		writeFileSync( path.join( sparql, 'chile.json' ), '{"head":{"vars":[]},"results":{"bindings":[]}}' );
		mkdirSync( path.join( overlay, monthly ), { recursive: true } );
		writeFileSync( path.join( overlay, monthly, '2024-01.tsv' ), 'eswiki\tes.wikipedia\n' );
		srv = await startFixtureServer( { port: 0, roots: [ overlay, DEFAULT_ROOT ] } );
	} );
	afterAll( async () => {
		await srv?.close();
		rmSync( overlay, { recursive: true, force: true } );
	} );

	it( 'serves files with their type and CORS', async () => {
		const res = await fetch( `${ srv.url }${ monthly }2023-08.tsv` );
		expect( res.status ).toBe( 200 );
		expect( res.headers.get( 'content-type' ) ).toMatch( /^text\/tab-separated-values/ );
		expect( res.headers.get( 'access-control-allow-origin' ) ).toBe( '*' );
		expect( ( await res.text() ).split( '\n' )[ 0 ].split( '\t' ) ).toHaveLength( 11 );
	} );

	it( 'lists a folder like Apache, across roots', async () => {
		const html = await ( await fetch( `${ srv.url }${ monthly }` ) ).text();
		expect( html ).toContain( '<a href="2023-07.tsv">2023-07.tsv</a>' );
		expect( html ).toContain( '<a href="2024-01.tsv">2024-01.tsv</a>' );
	} );

	it( 'picks dynamic answers by params and contained strings, GET or POST form', async () => {
		const q = encodeURIComponent( 'SELECT ?c WHERE { ?c wdt:P17 wd:Q298 }' );
		const api = `${ srv.url }/routes.example.org/api`;
		const get = await fetch( `${ api }?format=json&query=${ q }` );
		expect( get.status ).toBe( 200 );
		const post = await fetch( api, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: `format=json&query=${ q }`,
		} );
		expect( post.status ).toBe( 200 );
		expect( ( await fetch( `${ api }?query=wd:Q414` ) ).status ).toBe( 500 );
		expect( ( await fetch( `${ api }?query=wd:Q1` ) ).status ).toBe( 404 );
		const matrix = await ( await fetch( `${ srv.url }/meta.wikimedia.org/w/api.php?action=sitematrix&format=json` ) ).json();
		expect( matrix.sitematrix.specials.some( ( s: { dbname: string } ) => s.dbname === 'commonswiki' ) ).toBe( true );
	} );

	it( 'runs SPARQL on the engine over DIR/wikidata/*.ttl, GET or POST, errors as WDQS', async () => {
		const q = 'SELECT ?c ?cLabel WHERE { ?c wdt:P17 wd:Q298 . SERVICE wikibase:label { bd:serviceParam wikibase:language "es" } }';
		const get = await fetch( `${ srv.url }/query.wikidata.org/sparql?format=json&query=${ encodeURIComponent( q ) }` );
		expect( get.status ).toBe( 200 );
		expect( get.headers.get( 'content-type' ) ).toMatch( /^application\/sparql-results\+json/ );
		const rows = ( await get.json() ).results.bindings;
		expect( rows.map( ( r: Record<string, { value: string }> ) => r.cLabel.value ) ).toEqual( [ 'Mina X' ] );
		const post = await fetch( `${ srv.url }/query.wikidata.org/sparql`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams( { format: 'json', query: q } ).toString(),
		} );
		expect( ( await post.json() ).results.bindings ).toHaveLength( 1 );
		const bad = await fetch( `${ srv.url }/query.wikidata.org/sparql?format=json&query=${ encodeURIComponent( 'SELECT ?x WHERE {' ) }` );
		expect( bad.status ).toBe( 400 );
		expect( await bad.text() ).toContain( 'MalformedQueryException' );
		const entities = await ( await fetch( `${ srv.url }/www.wikidata.org/w/api.php?action=wbgetentities&sites=eswiki&titles=Mina%20X&props=labels&format=json` ) ).json();
		expect( entities.entities.Q7.labels.es ).toEqual( { language: 'es', value: 'Mina X' } );
	} );

	it( 'answers preflights and draws grey tiles', async () => {
		const pre = await fetch( `${ srv.url }/query.wikidata.org/sparql`, { method: 'OPTIONS' } );
		expect( pre.status ).toBe( 204 );
		expect( pre.headers.get( 'access-control-allow-headers' ) ).toContain( 'Api-User-Agent' );
		const tile = await fetch( `${ srv.url }/maps.wikimedia.org/osm-intl/5/10/12.png` );
		expect( tile.headers.get( 'content-type' ) ).toBe( 'image/png' );
		expect( Buffer.from( await tile.arrayBuffer() ).subarray( 1, 4 ).toString() ).toBe( 'PNG' );
	} );

	it( 'injects faults and logs requests', async () => {
		await fetch( `${ srv.url }/__log`, { method: 'DELETE' } );
		await fetch( `${ srv.url }/__faults`, { method: 'POST', body: JSON.stringify( [
			{ match: '2023-09.tsv', status: 429, headers: { 'Retry-After': '2' }, times: 1 },
			{ match: '2023-10.tsv', truncateBytes: 10 },
		] ) } );
		const limited = await fetch( `${ srv.url }${ monthly }2023-09.tsv` );
		expect( limited.status ).toBe( 429 );
		expect( limited.headers.get( 'retry-after' ) ).toBe( '2' );
		expect( ( await fetch( `${ srv.url }${ monthly }2023-09.tsv` ) ).status ).toBe( 200 );
		expect( await ( await fetch( `${ srv.url }${ monthly }2023-10.tsv` ) ).text() ).toHaveLength( 10 );
		await fetch( `${ srv.url }/__faults`, { method: 'POST', body: JSON.stringify( { match: '2023-11.tsv', reset: true } ) } );
		await expect( fetch( `${ srv.url }${ monthly }2023-11.tsv` ) ).rejects.toThrow();
		await fetch( `${ srv.url }/__faults`, { method: 'DELETE' } );
		expect( ( await fetch( `${ srv.url }${ monthly }2023-10.tsv` ) ).headers.get( 'content-length' ) ).not.toBeNull();

		const log = await ( await fetch( `${ srv.url }/__log` ) ).json() as { host: string; path: string }[];
		expect( log.length ).toBeGreaterThanOrEqual( 5 );
		expect( log.every( ( e ) => e.host === 'analytics.wikimedia.org' ) ).toBe( true );
	} );

	it( 'exposes Retry-After like each real host: the Action API yes, analytics and WDQS no (issue 14)', async () => {
		await fetch( `${ srv.url }/__faults`, { method: 'POST', body: JSON.stringify( [
			{ match: '2023-09.tsv', status: 429, headers: { 'Retry-After': '2' } },
			{ match: 'sitematrix', status: 429, headers: { 'Retry-After': '2' } },
			{ match: '2023-10.tsv', status: 429, headers: { 'Retry-After': '2' }, exposeRetryAfter: true },
		] ) } );
		const expose = async ( p: string ): Promise<string | null> => ( await fetch( srv.url + p ) ).headers.get( 'access-control-expose-headers' );
		expect( await expose( `${ monthly }2023-09.tsv` ) ).toBeNull();
		expect( await expose( '/query.wikidata.org/sparql?query=x&format=json' ) ).toBeNull();
		expect( await expose( '/meta.wikimedia.org/w/api.php?action=sitematrix&format=json&origin=*' ) ).toMatch( /(^|, )Retry-After(,|$)/ );
		expect( await expose( `${ monthly }2023-10.tsv` ) ).toBe( 'Retry-After' );
		await fetch( `${ srv.url }/__faults`, { method: 'DELETE' } );
	} );

	it( 'never serves outside its roots', async () => {
		expect( ( await fetch( `${ srv.url }/%2e%2e/%2e%2e/etc/passwd` ) ).status ).toBe( 404 );
	} );
} );
