/**
 * Issue 22 item 9: the answer's aggregated fields (`Q1 TAB label TAB coordinate`, entries joined by
 * newlines) are encoded, so no label can forge an entry: hostile labels in Wikidata's RDF model
 * (which a configured endpoint other than Wikidata may hold), through the real engine (Oxigraph)
 * and the project's query and normaliser.
 */
import { describe, it, expect } from 'vitest';
import { createEngine } from '../../../localwiki/wdqs/engine.mjs';
import { datasetTurtle } from '../../../localwiki/wdqs/turtle.mjs';
import { CLASSES } from '../../../localwiki/sample-data/wikidata/items.mjs';
import { engineSet } from '../../../tests/support/engine-answers';

const at = ( lat: number, lon: number ): { point: number[] } => ( { point: [ lat, lon ] } );
const place = ( id: string, label: string, claims: Record<string, unknown[]> = {} ): unknown => ( { id, labels: { en: label }, claims: { P31: [ 'Q6256' ], ...claims } } );

/** A conflict in a country and a region whose labels try to add a country and move the marker. */
function hostileEngine(): ReturnType<typeof createEngine> {
	const items = [
		...CLASSES,
		// A country label ending in TAB, newline, a QID and TAB: a fake second country (Argentina).
		place( 'Q298', 'Chile\t\nQ414\t' ),
		place( 'Q414', 'Argentina' ),
		// A region label holding a WKT point (Paris), with the real region having coordinates too.
		place( 'Q2120', 'Atacama\tPoint(2.35 48.85)\n', { P625: [ at( -27.4, -70.3 ) ] } ),
		// A location without coordinates whose label ends in a coordinate: it must borrow none.
		place( 'Q1056127', 'Salar\t\tPoint(2.35 48.85)' ),
		// A percent sign and escapes in a label stay what they are.
		place( 'Q1478', '100%25 %09 %0A real' ),
		{ id: 'Q131000901', labels: { en: 'Hostile separators' }, claims: {
			P31: [ 'Q131141356' ], P17: [ 'Q298' ], P131: [ 'Q2120', 'Q1478' ], P276: [ 'Q1056127' ],
		} },
	];
	return createEngine( { turtle: [ datasetTurtle( items as never ) ] } );
}

describe( 'aggregated fields on the engine with hostile labels (issue 22 item 9)', () => {
	const set = engineSet( { kind: 'all' }, { engine: hostileEngine() } );
	const c = set.conflicts.filter( ( x ) => x.id === 'Q131000901' )[ 0 ];

	it( 'a label with TAB, newline and a QID adds no country', () => {
		expect( c.countries.map( ( r ) => r.id ) ).toEqual( [ 'Q298' ] );
		expect( c.countries[ 0 ].label ).toBe( 'Chile Q414' );
	} );

	it( 'a label holding Point(...) never moves the marker; the real coordinate is used', () => {
		expect( c.coordinates ).toEqual( { lat: -27.4, lon: -70.3, approximate: true, source: 'P131', from: 'Q2120' } );
		expect( c.regions.map( ( r ) => r.label ).sort() ).toEqual( [ '100%25 %09 %0A real', 'Atacama Point(2.35 48.85)' ] );
		expect( c.locations.map( ( r ) => [ r.id, r.label ] ) ).toEqual( [ [ 'Q1056127', 'Salar Point(2.35 48.85)' ] ] );
	} );
} );
