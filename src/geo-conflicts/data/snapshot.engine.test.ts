/**
 * Same answers both ways, on the real engine (Oxigraph over Wikidata-shaped RDF): the publish
 * command's own path builds the snapshot; the reader's snapshot source reads those pages; every
 * view (dashboard, card, place section, country panel, the probe's key pages) shows exactly the
 * conflicts and fields the live path (the same engine) shows (tests/support/snapshot-engine.ts).
 * On the sample RDF and a small seeded synthetic set here; 10,000 conflicts in
 * snapshot-scale.engine.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createEngine } from '../../../localwiki/wdqs/engine.mjs';
import { datasetTurtle } from '../../../localwiki/wdqs/turtle.mjs';
import { syntheticItems } from '../../../localwiki/sample-data/wikidata/synthetic.mjs';
import { CONFLICTS, PLACES } from '../../../localwiki/sample-data/wikidata/items.mjs';
import { sampleEngine, engineSet } from '../../../tests/support/engine-answers';
import { classes, installWiki, publish, sameAnswers, uninstallWiki, wiki, TEST_NOW } from '../../../tests/support/snapshot-engine';
import { snapshotSource } from './source';
import { readManifest } from './snapshot-pages';
import type { Conflict } from './types';
import { keyEntry, KEY_SHARDS, keysTitle, shardOf } from './snapshot';

beforeAll( installWiki );
afterAll( uninstallWiki );

describe( 'the conflicts snapshot on the engine', () => {
	it( 'shows what the live path shows, on the sample RDF', async () => {
		const { source } = await publish( sampleEngine() );
		const titles = CONFLICTS.concat( PLACES ).map( ( i ) => ( i.sitelinks || {} ).eswiki ).filter( ( t ): t is string => !!t );
		await sameAnswers( source, [ 'Q298' ].concat( PLACES.map( ( p ) => p.id ) ), titles.concat( [ 'Santiago', 'Zapallar' ] ) );
		// A place without conflicts is in no key page, a place with some is.
		expect( keyEntry( JSON.parse( wiki[ keysTitle( shardOf( 'Chile', KEY_SHARDS ) ) ] ), 'Chile' ) ).toEqual( { kind: 'place', id: 'Q298' } );
	} );

	it( 'classifies every conflict\'s sector as the live path does, whatever the reader\'s language (issue 23 item 2)', async () => {
		const engine = sampleEngine();
		const { source } = await publish( engine );
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
		const { source } = await publish( createEngine( { turtle: [ datasetTurtle( items ) ] } ) );
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
