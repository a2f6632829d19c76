// @vitest-environment node
/**
 * Real Wikidata RDF in the local Query Service and the Wikidata API stand-in: the munged RDF of
 * Q513 (Mount Everest) as WDQS loads it, from wikimedia/wikidata-query-rdf (read in place from
 * ../shared/real-data/wikidata, README there). Its language tags include `zh-classical` (a subtag
 * over 8 characters, which strict Turtle refuses), and like any item's own RDF it declares no
 * `wikibase:propertyType`: the stand-in must still answer as Wikidata does, checked against the
 * real Special:EntityData JSON of Q2112 (Bielefeld) in the same folder.
 */
import path from 'node:path';
import oxigraph from 'oxigraph';
import { describe, it, expect } from 'vitest';
import { REAL_DATA, realText } from '../support/real-data';
import { createEngine } from '../../localwiki/wdqs/engine.mjs';
import { wbgetentities } from '../../localwiki/wdqs/entities.mjs';

const Q513 = 'wikidata/Q513-Mount-Everest-munged.ttl';

type Snak = { datatype: string; datavalue: { type: string; value: Record<string, unknown> } };
type Claims = Record<string, { mainsnak: Snak }[]>;

describe.skipIf( !REAL_DATA )( 'real Wikidata RDF (Q513, munged as WDQS loads it)', () => {
	it( 'is refused by strict Turtle parsing (the language tag zh-classical), as found', () => {
		expect( () => new oxigraph.Store().load( realText( Q513 ), { format: 'text/turtle' } ) ).toThrow( /subtag may be eight characters/ );
	} );

	it( 'loads into the local Query Service: both countries, both regions, both classes and the coordinates', () => {
		const engine = createEngine( { files: [ path.join( REAL_DATA as string, Q513 ) ] } );
		const values = ( p: string ): string[] => engine.select( `SELECT ?v WHERE { wd:Q513 wdt:${ p } ?v }` )
			.results.bindings.map( ( b: Record<string, { value: string }> ) => b.v.value.replace( 'http://www.wikidata.org/entity/', '' ) ).sort();
		expect( values( 'P17' ) ).toEqual( [ 'Q148', 'Q837' ] );
		expect( values( 'P131' ) ).toHaveLength( 2 );
		expect( values( 'P31' ) ).toHaveLength( 2 );
		expect( values( 'P625' ) ).toEqual( [ 'Point(86.925277777778 27.988055555556)' ] );
		// The sitelink with the long language tag is there too.
		expect( ( engine.select( 'ASK { ?a schema:about wd:Q513 ; schema:isPartOf <https://zh-classical.wikipedia.org/> }' ) as unknown as { boolean: boolean } ).boolean ).toBe( true );
	} );

	it( 'answers wbgetentities from it as Wikidata would, without property declarations', () => {
		const engine = createEngine( { files: [ path.join( REAL_DATA as string, Q513 ) ] } );
		const answer = wbgetentities( engine.store, new URLSearchParams( { ids: 'Q513', props: 'claims' } ) ) as { entities: Record<string, { claims: Claims }> };
		const claims = answer.entities.Q513.claims;
		// The file is the entity itself (Special:EntityData-shaped, as wikibase-sdk stores it).
		const realClaims = ( JSON.parse( realText( 'wikidata/Q2112-Bielefeld-entity.json' ) ) as { claims: Claims } ).claims;
		const shape = ( s: Snak ): unknown => ( { datatype: s.datatype, type: s.datavalue.type, keys: Object.keys( s.datavalue.value ).sort() } );
		// Entity-valued claims (P17, P31, P131) are wikibase-entityid, as in Wikidata's own JSON.
		for ( const p of [ 'P17', 'P31', 'P131' ] ) {
			expect( claims[ p ].map( ( c ) => shape( c.mainsnak ) ), p ).toEqual( claims[ p ].map( () => shape( realClaims[ p === 'P131' ? 'P17' : p ][ 0 ].mainsnak ) ) );
		}
		expect( claims.P17.map( ( c ) => c.mainsnak.datavalue.value.id ).sort() ).toEqual( [ 'Q148', 'Q837' ] );
		expect( shape( claims.P625[ 0 ].mainsnak ) ).toEqual( shape( realClaims.P625[ 0 ].mainsnak ) );
		expect( claims.P625[ 0 ].mainsnak.datavalue.value ).toMatchObject( { latitude: 27.988055555556, longitude: 86.925277777778 } );
		expect( claims.P18[ 0 ].mainsnak ).toMatchObject( { datatype: 'commonsMedia', datavalue: { type: 'string' } } );
		expect( claims.P373[ 0 ].mainsnak ).toMatchObject( { datatype: 'string', datavalue: { type: 'string' } } );
	} );
} );
