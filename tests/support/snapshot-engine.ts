/**
 * Test helper (never bundled): the conflicts snapshot on the real engine (Oxigraph over
 * Wikidata-shaped RDF). `publish` runs the publish command's own path (collectSnapshot: the
 * gadget's queries through its Query Service client, answered by the engine as WDQS answers HTTP)
 * and keeps the pages as the wiki would serve them; `sameAnswers` checks that every reader view
 * read from those pages shows exactly what the live path (the same engine) shows.
 */
import { expect, vi } from 'vitest';
import { answerHttp, type Engine } from '../../localwiki/wdqs/engine.mjs';
import { engineSet, TEST_NOW } from './engine-answers';
import { DEFAULT_CONFLICT_CLASSES } from '../../src/geo-conflicts/data/config';
import { collectSnapshot } from '../../src/deploy/snapshot-data';
import { snapshotSource, type ConflictSource } from '../../src/geo-conflicts/data/source';
import { forgetSnapshotPages, readManifest } from '../../src/geo-conflicts/data/snapshot-pages';
import { keyEntry, KEY_SHARDS, keysTitle, shardOf, titleKey, SUMMARY_FIELDS, type SnapshotManifest } from '../../src/geo-conflicts/data/snapshot';
import type { QueryView } from '../../src/geo-conflicts/data/sparql';
import type { Conflict } from '../../src/geo-conflicts/data/types';

const WDQS = 'https://query.example.org/sparql';
export const languages = [ 'en', 'mul' ];
export const classes = DEFAULT_CONFLICT_CLASSES.slice();

let engine: Engine;
/** The published pages: title → JSON text as saved. */
export let wiki: Record<string, string> = {};
/** Bytes served per page title (gzip, as the wiki serves JSON pages). */
export let served: Record<string, number> = {};

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

const realFetch = globalThis.fetch;
export function installWiki(): void {
	mw.config.set( 'wgScript', '/index.php' );
	globalThis.fetch = vi.fn( ( url: string | URL | Request, init?: RequestInit ) => serve( String( url ), init ) ) as typeof fetch;
}
export function uninstallWiki(): void {
	globalThis.fetch = realFetch;
}

export async function publish( e: Engine ): Promise<{ source: ConflictSource; manifest: SnapshotManifest }> {
	engine = e;
	forgetSnapshotPages();
	const result = await collectSnapshot( { wdqs: WDQS, classes, languages, siteId: 'eswiki', now: TEST_NOW } );
	if ( !result.ok ) {
		throw new Error( result.reason );
	}
	wiki = {};
	served = {};
	result.pages.forEach( ( p ) => {
		wiki[ p.title ] = p.content;
		served[ p.title ] = p.gzBytes;
	} );
	const manifest = await readManifest();
	expect( manifest ).not.toBeNull();
	return { source: snapshotSource( manifest!, { classes, languages, siteId: 'eswiki', now: () => TEST_NOW } ), manifest: manifest! };
}

export const live = ( view: QueryView ): Conflict[] => engineSet( view, { engine, languages } ).conflicts;

/** What the place section, the panels' lists and the map show of conflicts. */
export const summary = ( list: Conflict[] ): unknown[] => list.map( ( c ) => {
	const out: Record<string, unknown> = { status: c.status };
	SUMMARY_FIELDS.forEach( ( f ) => {
		out[ f ] = ( c as unknown as Record<string, unknown> )[ f ];
	} );
	return out;
} );

/** A place section from the snapshot against the live one: the same conflicts, or the first ones and their total. */
export async function samePlace( source: ConflictSource, id: string, expected: Conflict[] ): Promise<void> {
	const got = await source.load( { kind: 'place', place: id } );
	if ( got.place && got.place.total ) {
		expect( [ id, got.place.total ] ).toEqual( [ id, expected.length ] );
		expect( got.conflicts.length ).toBeLessThan( expected.length );
		expect( [ id, summary( got.conflicts ) ] ).toEqual( [ id, summary( expected.slice( 0, got.conflicts.length ) ) ] );
	} else {
		expect( [ id, summary( got.conflicts ) ] ).toEqual( [ id, summary( expected ) ] );
	}
}

/** The key pages: a title is a conflict exactly when it is one's article here, a place exactly when its section would list conflicts. */
export function sameKeys( all: Conflict[], titles: string[] ): void {
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

export async function sameAnswers( source: ConflictSource, placeIds: string[], titles: string[], everyNth = 1 ): Promise<Conflict[]> {
	const all = live( { kind: 'all' } );
	expect( ( await source.load( { kind: 'all' } ) ).conflicts ).toEqual( all );
	for ( const c of all.filter( ( _c, i ) => i % everyNth === 0 ) ) {
		expect( ( await source.load( { kind: 'item', item: c.id } ) ).conflicts ).toEqual( [ c ] );
	}
	for ( const id of placeIds ) {
		await samePlace( source, id, live( { kind: 'place', place: id } ) );
	}
	const country = placeIds[ 0 ];
	expect( summary( ( await source.load( { kind: 'all', countries: [ country ] } ) ).conflicts ) )
		.toEqual( summary( live( { kind: 'all', countries: [ country ] } ) ) );
	sameKeys( all, titles );
	return all;
}

export { TEST_NOW };
