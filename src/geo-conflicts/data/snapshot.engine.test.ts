/**
 * Same answers both ways, on the real engine (Oxigraph over Wikidata-shaped RDF): the publish
 * command's own path (collectSnapshot: the gadget's queries through its Query Service client,
 * here answered by the engine over HTTP's shape) builds the snapshot; the reader's snapshot source
 * reads those pages; every view (dashboard, card, place section, country panel, the probe's key
 * pages) shows exactly the conflicts and fields the live path (the same engine) shows. On the sample
 * RDF and a seeded synthetic set in Wikidata's model (localwiki/sample-data/wikidata/synthetic.mjs;
 * 10,000 conflicts take Oxigraph minutes, so the test runs 150 and bench/snapshot-scale.ts the 10,000).
 */
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { answerHttp, createEngine, type Engine } from '../../../localwiki/wdqs/engine.mjs';
import { datasetTurtle } from '../../../localwiki/wdqs/turtle.mjs';
import { syntheticItems } from '../../../localwiki/sample-data/wikidata/synthetic.mjs';
import { CONFLICTS, PLACES } from '../../../localwiki/sample-data/wikidata/items.mjs';
import { sampleEngine, engineSet, TEST_NOW } from '../../../tests/support/engine-answers';
import { DEFAULT_CONFLICT_CLASSES } from './config';
import { collectSnapshot } from '../../deploy/snapshot-data';
import { snapshotSource, type ConflictSource } from './source';
import { forgetSnapshotPages, readManifest } from './snapshot-pages';
import { keyEntry, KEY_SHARDS, keysTitle, shardOf, titleKey, SUMMARY_FIELDS } from './snapshot';
import type { QueryView } from './sparql';
import type { Conflict } from './types';

const WDQS = 'https://query.example.org/sparql';
const languages = [ 'en', 'mul' ];
const classes = DEFAULT_CONFLICT_CLASSES.slice();

let engine: Engine;
let wiki: Record<string, string> = {};
const realFetch = globalThis.fetch;

/** The engine behind the Query Service URL, the published pages behind the wiki's index.php. */
function serve( url: string, init?: RequestInit ): Promise<Response> {
	if ( url.startsWith( WDQS ) ) {
		const params = init && init.body instanceof URLSearchParams ? init.body : new URL( url ).searchParams;
		const answer = answerHttp( engine, params );
		return Promise.resolve( new Response( answer.body, { status: answer.status, headers: answer.headers } ) );
	}
	const title = new URL( url, 'http://wiki.test' ).searchParams.get( 'title' ) || '';
	return Promise.resolve( title in wiki ? new Response( JSON.stringify( JSON.parse( wiki[ title ] ), null, '\t' ), { status: 200 } ) :
		new Response( '', { status: 200 } ) );
}

async function publish( e: Engine ): Promise<ConflictSource> {
	engine = e;
	forgetSnapshotPages();
	const result = await collectSnapshot( { wdqs: WDQS, classes, languages, siteId: 'eswiki', now: TEST_NOW } );
	if ( !result.ok ) {
		throw new Error( result.reason );
	}
	wiki = {};
	result.pages.forEach( ( p ) => {
		wiki[ p.title ] = p.content;
	} );
	const manifest = await readManifest();
	expect( manifest ).not.toBeNull();
	return snapshotSource( manifest!, { classes, languages, siteId: 'eswiki', now: () => TEST_NOW } );
}

const live = ( view: QueryView ): Conflict[] => engineSet( view, { engine, languages } ).conflicts;
const summary = ( list: Conflict[] ): unknown[] => list.map( ( c ) => {
	const out: Record<string, unknown> = { status: c.status };
	SUMMARY_FIELDS.forEach( ( f ) => {
		out[ f ] = ( c as unknown as Record<string, unknown> )[ f ];
	} );
	return out;
} );

async function sameAnswers( source: ConflictSource, placeIds: string[], titles: string[], everyNth = 1 ): Promise<void> {
	const all = live( { kind: 'all' } );
	expect( ( await source.load( { kind: 'all' } ) ).conflicts ).toEqual( all );
	for ( const c of all.filter( ( _c, i ) => i % everyNth === 0 ) ) {
		expect( ( await source.load( { kind: 'item', item: c.id } ) ).conflicts ).toEqual( [ c ] );
	}
	for ( const id of placeIds ) {
		const expected = live( { kind: 'place', place: id } );
		const got = await source.load( { kind: 'place', place: id } );
		expect( [ id, summary( got.conflicts ) ] ).toEqual( [ id, summary( expected ) ] );
	}
	const country = placeIds[ 0 ];
	expect( summary( ( await source.load( { kind: 'all', countries: [ country ] } ) ).conflicts ) )
		.toEqual( summary( live( { kind: 'all', countries: [ country ] } ) ) );
	// The key pages: a title is a conflict exactly when it is one's article here, a place exactly
	// when its place section would list conflicts.
	for ( const title of titles ) {
		const entry = keyEntry( JSON.parse( wiki[ keysTitle( shardOf( titleKey( title ), KEY_SHARDS ) ) ] ), title );
		const conflict = all.filter( ( c ) => c.article && c.article.title === title )[ 0 ];
		if ( conflict ) {
			expect( [ title, entry ] ).toEqual( [ title, { kind: 'conflict', id: conflict.id } ] );
		} else if ( entry ) {
			expect( entry.kind ).toBe( 'place' );
			expect( live( { kind: 'place', place: entry.id } ).length ).toBeGreaterThan( 0 );
		}
	}
}

beforeAll( () => {
	mw.config.set( 'wgScript', '/index.php' );
	globalThis.fetch = vi.fn( ( url: string | URL | Request, init?: RequestInit ) => serve( String( url ), init ) ) as typeof fetch;
} );

afterAll( () => {
	globalThis.fetch = realFetch;
} );

describe( 'the conflicts snapshot on the engine', () => {
	it( 'shows what the live path shows, on the sample RDF', async () => {
		const source = await publish( sampleEngine() );
		const titles = CONFLICTS.concat( PLACES ).map( ( i ) => ( i.sitelinks || {} ).eswiki ).filter( ( t ): t is string => !!t );
		await sameAnswers( source, [ 'Q298' ].concat( PLACES.map( ( p ) => p.id ) ), titles.concat( [ 'Santiago', 'Zapallar' ] ) );
		// A place without conflicts is in no key page, a place with some is.
		expect( keyEntry( JSON.parse( wiki[ keysTitle( shardOf( 'Chile', KEY_SHARDS ) ) ] ), 'Chile' ) ).toEqual( { kind: 'place', id: 'Q298' } );
	} );

	it( 'classifies every conflict\'s sector as the live path does, whatever the reader\'s language (issue 23 item 2)', async () => {
		const source = await publish( sampleEngine() );
		const snapshot = ( await source.load( { kind: 'all' } ) ).conflicts;
		const sectors = ( list: Conflict[] ): Record<string, unknown> => {
			const out: Record<string, unknown> = {};
			list.forEach( ( c ) => {
				out[ c.id ] = c.sector;
			} );
			return out;
		};
		expect( snapshot.some( ( c ) => c.sector.basis === 'keyword' ) ).toBe( true );
		for ( const lang of [ 'en', 'es', 'ar' ] ) {
			const readers = engineSet( { kind: 'all' }, { engine, languages: [ lang, 'mul' ] } ).conflicts;
			expect( [ lang, sectors( readers ) ] ).toEqual( [ lang, sectors( snapshot ) ] );
		}
	} );

	it( 'shows what the live path shows, on a synthetic Wikidata-shaped set', async () => {
		const { items, places } = syntheticItems( { count: 150, countries: 3 } );
		const source = await publish( createEngine( { turtle: [ datasetTurtle( items ) ] } ) );
		const placeIds = places.filter( ( _p, i ) => i % 37 === 0 ).map( ( p ) => p.id );
		const titles = items.map( ( i ) => ( i.sitelinks || {} ).eswiki ).filter( ( t ): t is string => !!t ).slice( 0, 200 );
		await sameAnswers( source, placeIds, titles, 15 );
	}, 120000 );

	it( 'names the countries in the reader\'s language: a snapshot published in English, read by an Arabic reader (issue 23 item 6)', async () => {
		await publish( sampleEngine() );
		const manifest = await readManifest();
		const arabic = snapshotSource( manifest!, { classes, languages: [ 'ar', 'mul', 'en' ], siteId: 'eswiki', now: () => TEST_NOW } );
		const all = ( await arabic.load( { kind: 'all' } ) ).conflicts;
		const countries = ( id: string ): string[] => all.filter( ( c ) => c.id === id )[ 0 ].countries.map( ( r ) => r.label );
		expect( countries( 'Q1132390' ) ).toEqual( [ 'الأرجنتين', 'أورغواي' ] );
		expect( countries( 'Q2365301' ) ).toEqual( [ 'الأرجنتين', 'تشيلي' ] );
		// A country's place section title too.
		expect( ( await arabic.load( { kind: 'place', place: 'Q298' } ) ).place!.label ).toBe( 'تشيلي' );
		expect( ( await arabic.load( { kind: 'item', item: 'Q1132390' } ) ).conflicts[ 0 ].countries.map( ( r ) => r.label ) ).toEqual( [ 'الأرجنتين', 'أورغواي' ] );
	} );
} );
