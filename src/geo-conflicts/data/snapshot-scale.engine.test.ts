/**
 * Issue 19 item 8 at scale: a seeded, Wikidata-shaped synthetic set of 10,000 conflicts
 * (localwiki/sample-data/wikidata/synthetic.mjs: 5 countries, so each country is a place of about
 * 2,000 conflicts) on the real engine (Oxigraph). The publish command's own path builds the
 * snapshot; every reader view read from it equals the live path's on the same engine: the
 * dashboard (every conflict, every field), the card (a sample of conflicts), the place section (a
 * sample of places, the largest included: a country whose page holds only its first conflicts and
 * their total), the country panel, the key pages and the map cells. And what one article's reader
 * downloads from the snapshot stays within 20 KB gzipped. About 1–2 minutes of CPU (docs/bench.md).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createEngine } from '../../../localwiki/wdqs/engine.mjs';
import { datasetTurtle } from '../../../localwiki/wdqs/turtle.mjs';
import { syntheticItems } from '../../../localwiki/sample-data/wikidata/synthetic.mjs';
import {
	installWiki, live, publish, sameKeys, samePlace, served, summary, uninstallWiki, wiki,
} from '../../../tests/support/snapshot-engine';
import { MANIFEST_TITLE, type SnapshotManifest } from './snapshot';
import { cellKey, conflictsIn, mapCellTitle, CELL_DEG } from './map-cells';
import type { ConflictSource } from './source';
import type { Conflict } from './types';

const COUNT = 10000;
const READER_BUDGET = 20000;

let source: ConflictSource;
let manifest: SnapshotManifest;
let all: Conflict[];
const fixture = syntheticItems( { count: COUNT, countries: 5 } );
const timings: Record<string, number> = {};
const isCountry = ( p: { claims?: Record<string, unknown[]> } ): boolean => ( ( p.claims || {} ).P31 || [] )[ 0 ] === 'Q6256';

function timed<T>( name: string, run: () => T ): T {
	const t = Date.now();
	const out = run();
	timings[ name ] = Date.now() - t;
	return out;
}

beforeAll( async () => {
	installWiki();
	const engine = timed( 'load', () => createEngine( { turtle: [ datasetTurtle( fixture.items ) ] } ) );
	const t = Date.now();
	( { source, manifest } = await publish( engine ) );
	timings.publish = Date.now() - t;
	all = timed( 'live all', () => live( { kind: 'all' } ) );
}, 600000 );

afterAll( () => {
	uninstallWiki();
	// eslint-disable-next-line no-console -- the figures docs/bench.md quotes
	console.log( 'snapshot at 10,000 conflicts, ms: ' + JSON.stringify( timings ) );
} );

describe( 'the conflicts snapshot at 10,000 conflicts, on the engine', () => {
	it( 'holds every conflict with every field the dashboard and the card show', async () => {
		expect( all.length ).toBe( COUNT );
		expect( manifest.conflicts ).toBe( COUNT );
		expect( ( await source.load( { kind: 'all' } ) ).conflicts ).toEqual( all );
		// The card: one conflict page per article; every 200th conflict asked live by its id.
		for ( const c of all.filter( ( _c, i ) => i % 200 === 0 ) ) {
			expect( ( await source.load( { kind: 'item', item: c.id } ) ).conflicts ).toEqual( [ c ] );
		}
	}, 300000 );

	it( 'shows the place section and the country panel as the live path does, the largest place included', async () => {
		const counts: Record<string, number> = {};
		const countries = fixture.places.filter( isCountry );
		const live0 = timed( 'live country', () => live( { kind: 'place', place: countries[ 0 ].id } ) );
		counts[ countries[ 0 ].id ] = live0.length;
		expect( live0.length ).toBeGreaterThan( 1500 );
		expect( manifest.bigPlaces ).toContain( countries[ 0 ].id );
		await samePlace( source, countries[ 0 ].id, live0 );
		// Regions (a few hundred conflicts: maybe only their first ones, and their total) and
		// communes (a few dozen: every one).
		const sample = fixture.places.filter( ( p ) => !isCountry( p ) ).filter( ( _p, i ) => i % 97 === 0 ).slice( 0, 6 );
		expect( sample.filter( ( p ) => p.id.startsWith( 'Q8' ) ).length ).toBeGreaterThan( 0 );
		for ( const p of sample ) {
			const expected = live( { kind: 'place', place: p.id } );
			await samePlace( source, p.id, expected );
			if ( p.id.startsWith( 'Q7' ) ) {
				expect( ( await source.load( { kind: 'place', place: p.id } ) ).place?.total ).toBeUndefined();
			}
		}
		// The dashboard's country panel: every conflict of the country, from its place-ids page.
		expect( summary( ( await source.load( { kind: 'all', countries: [ countries[ 1 ].id ] } ) ).conflicts ) )
			.toEqual( summary( timed( 'live country panel', () => live( { kind: 'all', countries: [ countries[ 1 ].id ] } ) ) ) );
	}, 300000 );

	it( 'answers the probe and the static maps from the key pages and the map cells as the live path would', async () => {
		const titles = fixture.items.map( ( i ) => ( i.sitelinks || {} ).eswiki ).filter( ( t ): t is string => !!t )
			.filter( ( _t, i ) => i % 10 === 0 );
		sameKeys( all, titles.slice( 0, 300 ) );
		const cells = ( manifest.mapCells || [] ).slice();
		expect( cells.length ).toBeGreaterThan( 50 );
		const biggest = cells.slice().sort( ( a, b ) => wiki[ mapCellTitle( b ) ].length - wiki[ mapCellTitle( a ) ].length )[ 0 ];
		for ( const key of [ biggest, cells[ 0 ], cells[ cells.length - 1 ] ] ) {
			const [ row, col ] = key.split( '-' ).map( Number );
			const south = row * CELL_DEG - 90 + 0.5;
			const west = col * CELL_DEG - 180 + 0.5;
			const got = await conflictsIn( [ { south, west, north: south + CELL_DEG - 1, east: west + CELL_DEG - 1 } ],
				cells, manifest.generation, ( k ) => Promise.resolve( JSON.parse( wiki[ mapCellTitle( k ) ] ) ) );
			const expected = all.filter( ( c ) => c.coordinates && cellKey( c.coordinates.lat, c.coordinates.lon ) === key );
			expect( ( got || [] ).map( ( c ) => c.id ).sort() ).toEqual( expected.map( ( c ) => c.id ).sort() );
			const byId: Record<string, Conflict> = {};
			expected.forEach( ( c ) => {
				byId[ c.id ] = c;
			} );
			for ( const c of got || [] ) {
				const e = byId[ c.id ];
				expect( [ c.id, c.label, c.lat, c.lon, c.sector, c.approximate, c.article ] ).toEqual(
					[ e.id, e.label, +e.coordinates!.lat.toFixed( 5 ), +e.coordinates!.lon.toFixed( 5 ), e.sector.key,
						e.coordinates!.approximate, e.article ? e.article.title : undefined ] );
			}
		}
	}, 300000 );

	it( 'keeps what one article\'s reader downloads within 20 KB gzipped', () => {
		const max = ( part: string ): number => Math.max( ...Object.keys( served ).filter( ( t ) => t.includes( part ) ).map( ( t ) => served[ t ] ) );
		const keys = max( '/keys/' );
		const card = keys + served[ MANIFEST_TITLE ] + max( '/conflicts/' );
		const section = keys + served[ MANIFEST_TITLE ] + max( '/places/' );
		const staticMap = keys + served[ MANIFEST_TITLE ] + max( '/map/' );
		// eslint-disable-next-line no-console -- the figures docs/bench.md quotes
		console.log( 'largest download of one article, bytes gz: ' + JSON.stringify( { probe: keys, card, section, staticMap } ) );
		expect( Math.max( card, section ) ).toBeLessThanOrEqual( READER_BUDGET );
	} );
} );
