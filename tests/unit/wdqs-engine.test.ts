// @vitest-environment node
/**
 * The local query service itself: WDQS prefixes, the label service emulation (as WDQS's
 * LabelService.java behaves) and WDQS-shaped HTTP answers and errors.
 */
import { describe, it, expect } from 'vitest';
import { createEngine, answerHttp } from '../../localwiki/wdqs/engine.mjs';
import { datasetTurtle } from '../../localwiki/wdqs/turtle.mjs';

const engine = createEngine( { turtle: [ datasetTurtle( [
	{ id: 'Q1', labels: { en: 'one', es: 'uno', mul: 'ONE' }, descriptions: { en: 'first' }, claims: { P31: [ 'Q5' ] } },
	{ id: 'Q2', labels: { mul: 'two' }, claims: { P31: [ 'Q5' ], P17: [ 'Q1' ] } },
	{ id: 'Q3', claims: { P31: [ 'Q5' ] } },
] ) ] } );
const rows = ( q: string ): Record<string, string>[] => engine.select( q ).results.bindings.map( ( r ) => Object.fromEntries( Object.entries( r ).map( ( [ k, v ] ) => [ k, v.value + ( v[ 'xml:lang' ] ? '@' + v[ 'xml:lang' ] : '' ) ] ) ) );

describe( 'local WDQS engine', () => {
	it( 'accepts WDQS prefixes without PREFIX lines', () => {
		expect( rows( 'SELECT ?x WHERE { ?x wdt:P31 wd:Q5 ; rdfs:label ?l . FILTER(LANG(?l) = "es") }' ) ).toEqual( [ { x: 'http://www.wikidata.org/entity/Q1' } ] );
	} );

	it( 'resolves the automatic form in language order, mul included, with the QID when no label exists', () => {
		const r = rows( 'SELECT ?x ?xLabel ?xDescription WHERE { ?x wdt:P31 wd:Q5 . SERVICE wikibase:label { bd:serviceParam wikibase:language "es,mul,en" . } } ORDER BY ?x' );
		expect( r ).toEqual( [
			{ x: 'http://www.wikidata.org/entity/Q1', xLabel: 'uno@es', xDescription: 'first@en' },
			{ x: 'http://www.wikidata.org/entity/Q2', xLabel: 'two@mul' },
			{ x: 'http://www.wikidata.org/entity/Q3', xLabel: 'Q3' },
		] );
		expect( rows( 'SELECT ?xLabel WHERE { VALUES ?x { wd:Q1 } SERVICE wikibase:label { bd:serviceParam wikibase:language "mul" . bd:serviceParam wikibase:language "en" } }' ) ).toEqual( [ { xLabel: 'ONE@mul' } ] );
	} );

	it( 'resolves the explicit form and leaves the target unbound when the subject is unbound', () => {
		const r = rows( 'SELECT ?x ?c ?name ?cname WHERE { ?x wdt:P31 wd:Q5 . OPTIONAL { ?x wdt:P17 ?c } SERVICE wikibase:label { bd:serviceParam wikibase:language "en" . ?x rdfs:label ?name . ?c rdfs:label ?cname } } ORDER BY ?x' );
		expect( r ).toEqual( [
			{ x: 'http://www.wikidata.org/entity/Q1', name: 'one@en' },
			{ x: 'http://www.wikidata.org/entity/Q2', c: 'http://www.wikidata.org/entity/Q1', name: 'Q2', cname: 'one@en' },
			{ x: 'http://www.wikidata.org/entity/Q3', name: 'Q3' },
		] );
	} );

	it( 'answers HTTP like WDQS: JSON results, 400 with the Java exception for a malformed query', () => {
		const ok = answerHttp( engine, new URLSearchParams( { query: 'ASK { wd:Q1 wdt:P31 wd:Q5 }', format: 'json' } ) );
		expect( ok.status ).toBe( 200 );
		expect( ok.headers[ 'Content-Type' ] ).toMatch( /^application\/sparql-results\+json/ );
		expect( JSON.parse( ok.body ).boolean ).toBe( true );
		const bad = answerHttp( engine, new URLSearchParams( { query: 'SELECT ?x WHERE { ?x wdt:P31 }', format: 'json' } ) );
		expect( bad.status ).toBe( 400 );
		expect( bad.headers[ 'Content-Type' ] ).toMatch( /^text\/plain/ );
		expect( bad.body ).toMatch( /^SPARQL-QUERY: queryStr=SELECT \?x WHERE \{ \?x wdt:P31 \}\njava\.util\.concurrent\.ExecutionException: org\.openrdf\.query\.MalformedQueryException: error at 1:/ );
		expect( answerHttp( engine, new URLSearchParams( { query: 'SELECT ?xLabel WHERE { SERVICE wikibase:label { } }' } ) ).status ).toBe( 400 );
		expect( answerHttp( engine, new URLSearchParams( { query: 'ASK {}' } ) ).headers[ 'Content-Type' ] ).toMatch( /xml/ );
	} );
} );
