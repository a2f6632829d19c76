/**
 * The probe's ASK on the real engine (Oxigraph over the sample Turtle in Wikidata's RDF model): it
 * must agree with the place query (data/sparql.ts) on every sample place and say yes for every
 * conflict, by item and by sitelink.
 */
import { describe, it, expect } from 'vitest';
import { engineSet } from '../../../tests/support/engine-answers';
import { DEFAULT_CONFLICT_CLASSES } from '../data/config';
import { createEngine } from '../../../localwiki/wdqs/engine.mjs';
import { datasetTurtle } from '../../../localwiki/wdqs/turtle.mjs';
import { ITEMS, PLACES, CONFLICTS, OTHERS } from '../../../localwiki/sample-data/wikidata/items.mjs';
import { probeQuery, probeAnswer, type ProbePage } from './query';

// The sample plus a commune with no conflict of its own, inside a region that has some
// (Valparaíso): a probe that walked down from the region's conflicts instead of up would say yes
// for it.
const COMMUNE = { id: 'Q1024599', labels: { en: 'Zapallar', es: 'Zapallar' },
	claims: { P31: [ 'Q25412763' ], P17: [ { item: 'Q298' } ], P131: [ { item: 'Q2106' } ] }, sitelinks: { eswiki: 'Zapallar' } };
const engine = createEngine( { turtle: [ datasetTurtle( [ ...ITEMS, COMMUNE ] ) ] } );
const places = [ ...PLACES, COMMUNE ];
const classes = DEFAULT_CONFLICT_CLASSES.slice();
const ask = ( page: ProbePage ): boolean | null => probeAnswer(
	engine.select( probeQuery( page, classes ) ) );

describe( 'article probe on the engine', () => {
	it( 'answers an ASK as the engine writes it', () => {
		const json = engine.select( probeQuery( { item: 'Q2120' }, classes ) ) as unknown;
		expect( json ).toEqual( { head: {}, boolean: true } );
	} );

	it( 'says yes for every conflict, subclasses of the configured classes included', () => {
		for ( const c of CONFLICTS ) {
			expect( [ c.id, ask( { item: c.id } ) ] ).toEqual( [ c.id, true ] );
		}
	} );

	it( 'agrees with the place query on every place: yes exactly where the section would list conflicts', () => {
		const answers = places.map( ( p ) => [ p.id, ask( { item: p.id } ) ] );
		const expected = places.map( ( p ) => [ p.id, engineSet( { kind: 'place', place: p.id }, { engine } ).conflicts.length > 0 ] );
		expect( answers ).toEqual( expected );
		// Both answers occur in the sample, so the test can fail either way.
		expect( answers.some( ( a ) => a[ 1 ] === false ) ).toBe( true );
		expect( answers.some( ( a ) => a[ 1 ] === true ) ).toBe( true );
	} );

	it( 'walks up from the conflict: a conflict in a province counts for its region and country, not the other way', () => {
		expect( ask( { item: 'Q2106' } ) ).toBe( true );
		expect( ask( { item: 'Q298' } ) ).toBe( true );
		expect( ask( { item: COMMUNE.id } ) ).toBe( false );
		expect( ask( { site: 'https://es.wikipedia.org/', title: 'Zapallar', languages: [ 'es' ] } ) ).toBe( false );
	} );

	it( 'says no for an item that is neither (a company)', () => {
		expect( ask( { item: OTHERS[ 0 ].id } ) ).toBe( false );
	} );

	it( 'finds the item by its sitelink when the wiki has no Wikibase client', () => {
		expect( ask( { site: 'https://es.wikipedia.org/', title: 'Región de Atacama', languages: [ 'es' ] } ) ).toBe( true );
		expect( ask( { site: 'https://es.wikipedia.org/', title: 'Pascua Lama', languages: [ 'es' ] } ) ).toBe( true );
		expect( ask( { site: 'https://es.wikipedia.org/', title: 'Chile', languages: [ 'es' ] } ) ).toBe( true );
		expect( ask( { site: 'https://es.wikipedia.org/', title: 'Región de Atacama', languages: [ 'en' ] } ) ).toBe( false );
		expect( ask( { site: 'https://es.wikipedia.org/', title: 'Región de Atacama', languages: [ 'es', 'en' ] } ) ).toBe( true );
		expect( ask( { site: 'https://es.wikipedia.org/', title: 'Santiago', languages: [ 'es' ] } ) ).toBe( false );
	} );

	it( 'keeps hostile titles inside the string literal', () => {
		const page = { site: 'https://es.wikipedia.org/', title: 'x" . } ASK { ?a ?b ?c "\\', languages: [ 'es' ] };
		expect( ask( page ) ).toBe( false );
	} );

	it( 'refuses invalid identifiers before any query is built', () => {
		expect( () => probeQuery( { item: 'Q1 } #' }, classes ) ).toThrow();
		expect( () => probeQuery( { item: 'Q1' }, [ 'P31' ] ) ).toThrow();
		expect( () => probeQuery( { site: 'https://x.org/> <y', title: 'A', languages: [ 'es' ] }, classes ) ).toThrow();
		expect( () => probeQuery( { site: 'https://es.wikipedia.org/', title: 'A', languages: [ 'es"' ] }, classes ) ).toThrow();
		expect( probeAnswer( { head: { vars: [] }, results: { bindings: [] } } ) ).toBeNull();
	} );
} );
