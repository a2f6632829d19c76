/**
 * The snapshot's pages as untrusted input, its budgets, and what changed between two answers. The
 * conflicts are the engine's answers over the sample RDF (engine-answers.ts); the hostile values
 * are hand-written, as faults may be.
 */
import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { engineSet, TEST_NOW } from './engine-answers';
import { buildSnapshot } from './snapshot-build';
import { keyEntry, packConflict, unpackConflict, parseManifest } from './snapshot';
import { conflictChanges } from './changes';

const set = engineSet( { kind: 'all' } );
const gz = ( text: string ): number => gzipSync( text ).length;
const input = { set, places: [], classes: [ 'Q5683226' ], languages: [ 'en', 'mul' ], siteId: 'eswiki', date: '2026-11-26T00:00:00Z', gzipSize: gz };

describe( 'snapshot pages', () => {
	it( 'pack and unpack give the conflict back, status recomputed for the day it is read', () => {
		for ( const c of set.conflicts ) {
			expect( unpackConflict( JSON.parse( JSON.stringify( packConflict( c ) ) ), TEST_NOW ) ).toEqual( c );
		}
	} );

	it( 'checks every stored value as the live normaliser would', () => {
		const c = packConflict( set.conflicts[ 0 ] );
		expect( unpackConflict( Object.assign( {}, c, { id: 'Q1 }' } ) ) ).toBeNull();
		const bad = unpackConflict( Object.assign( {}, c, {
			article: { title: 'X', url: 'javascript:alert(1)' },
			coordinates: { lat: 91, lon: 0, source: 'P625' },
			images: [ 'a|b.jpg', 'ok.jpg' ],
			countries: [ [ 'Q1', 'One' ], [ 'nope', 'x' ] ],
			sector: { key: 'evil', basis: 'structured' },
		} ) )!;
		expect( bad.article ).toBeNull();
		expect( bad.coordinates ).toBeNull();
		expect( bad.images ).toEqual( [ 'ok.jpg' ] );
		expect( bad.countries ).toEqual( [ { id: 'Q1', label: 'One', labelMissing: false } ] );
		expect( bad.sector ).toEqual( { key: 'other', basis: 'none' } );
		expect( keyEntry( { format: 1, keys: { A: [ 'c', 'Q1 }' ] } }, 'A' ) ).toBeNull();
		expect( keyEntry( { format: 1, keys: { A: [ 'p', 'Q2' ] } }, 'A' ) ).toEqual( { kind: 'place', id: 'Q2' } );
		expect( parseManifest( { format: 2 } ) ).toBeNull();
	} );

	it( 'refuses a snapshot over its budgets, saying which', () => {
		const tiny = buildSnapshot( Object.assign( {}, input, { budgets: { keys: 4000, conflicts: 50, places: 4000 } } ) );
		expect( tiny ).toMatchObject( { ok: false } );
		expect( ( tiny as { reason: string } ).reason ).toMatch( /one conflict alone is over the conflict page budget of 50 bytes/ );
		const keys = buildSnapshot( Object.assign( {}, input, { budgets: { keys: 10, conflicts: 40000, places: 40000 } } ) );
		expect( ( keys as { reason: string } ).reason ).toMatch( /key page would be \d+ bytes gzipped, over its budget of 10/ );
		const cut = buildSnapshot( Object.assign( {}, input, { set: Object.assign( {}, set, { truncated: true } ) } ) );
		expect( ( cut as { reason: string } ).reason ).toMatch( /cut at its limit/ );
	} );

	it( 'shards the conflicts until every page fits, the manifest last', () => {
		const result = buildSnapshot( Object.assign( {}, input, { budgets: { keys: 4000, conflicts: 2500, places: 4000 } } ) );
		if ( !result.ok ) {
			throw new Error( result.reason );
		}
		expect( result.manifest.conflictShards ).toBeGreaterThan( 1 );
		expect( result.pages.filter( ( p ) => p.title.includes( '/conflicts/' ) ).every( ( p ) => p.gzBytes <= 2500 ) ).toBe( true );
		expect( result.pages[ result.pages.length - 1 ].title ).toMatch( /index\.json$/ );
	} );

	it( 'says what the live answer added, removed and changed', () => {
		const [ a, b, c ] = set.conflicts;
		const changed = Object.assign( {}, c, { label: c.label + ' (renamed)' } );
		expect( conflictChanges( [ a, b, c ], [ a, changed, set.conflicts[ 3 ] ] ) ).toEqual( { added: [ set.conflicts[ 3 ].id ], removed: [ b.id ], changed: [ c.id ] } );
	} );
} );
