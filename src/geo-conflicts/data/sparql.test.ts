import { describe, it, expect } from 'vitest';
import { buildQuery, labelLanguages, siteUrl } from './sparql';

const classes = [ 'Q5683226', 'Q131141356' ];

describe( 'buildQuery', () => {
	it( 'matches the configured classes with P31/P279* and aggregates one row per item', () => {
		const q = buildQuery( { kind: 'all' }, { classes, languages: [ 'es' ], siteId: 'eswiki' } );
		expect( q ).toContain( 'VALUES ?class { wd:Q5683226 wd:Q131141356 }' );
		expect( q ).toContain( '?item wdt:P31/wdt:P279* ?class' );
		expect( q ).toContain( 'GROUP BY ?item' );
		expect( q ).toContain( 'GROUP_CONCAT(DISTINCT CONCAT(STRAFTER(STR(?country)' );
		expect( q ).not.toContain( '?filterCountry' );
		// Approximate coordinates come in the same query.
		expect( q ).toContain( '?item wdt:P131 ?region . OPTIONAL { ?region wdt:P625 ?regionCoord . }' );
		expect( q ).toContain( '?item wdt:P276 ?location . OPTIONAL { ?location wdt:P625 ?locationCoord . }' );
		expect( q ).toContain( 'wikibase:timePrecision ?startPrecision' );
	} );

	it( 'adds the reader language chain, mul and en to the label service', () => {
		const q = buildQuery( { kind: 'all' }, { classes, languages: [ 'pt-br', 'pt', 'en' ] } );
		expect( q ).toContain( 'wikibase:language "pt-br,pt,en,mul"' );
		expect( labelLanguages( [ 'ja' ] ) ).toEqual( [ 'ja', 'mul', 'en' ] );
		expect( labelLanguages( [ 'es"; DROP', 'es' ] ) ).toEqual( [ 'es', 'mul', 'en' ] );
	} );

	it( 'filters by countries', () => {
		const q = buildQuery( { kind: 'all', countries: [ 'Q298', 'Q414' ] }, { classes, languages: [ 'en' ] } );
		expect( q ).toContain( 'VALUES ?filterCountry { wd:Q298 wd:Q414 }' );
		expect( q.split( '\n' )[ 0 ] ).toBe( '#GeoConflicts view=all country' );
	} );

	it( 'builds the place and item views', () => {
		const place = buildQuery( { kind: 'place', place: 'Q2887' }, { classes, languages: [ 'en' ] } );
		expect( place ).toContain( '?item wdt:P131+ wd:Q2887' );
		expect( place ).toContain( '?item wdt:P276/wdt:P131* wd:Q2887' );
		expect( place ).toContain( '?item wdt:P31/wdt:P279* ?class' );
		const item = buildQuery( { kind: 'item', item: 'Q5985476' }, { classes, languages: [ 'en' ] } );
		expect( item ).toContain( 'VALUES ?item { wd:Q5985476 }' );
		expect( item ).toMatch( /FILTER EXISTS \{\s+VALUES \?class \{ wd:Q5683226 wd:Q131141356 \}\s+\?item wdt:P31\/wdt:P279\* \?class \.\s+\}/ );
	} );

	it( 'asks for the sitelink of the current wiki only', () => {
		expect( buildQuery( { kind: 'all' }, { classes, languages: [ 'en' ], siteId: 'eswiki' } ) )
			.toContain( 'schema:isPartOf <https://es.wikipedia.org/>' );
		expect( buildQuery( { kind: 'all' }, { classes, languages: [ 'en' ], siteId: 'nonsense' } ) ).not.toContain( 'isPartOf' );
		expect( siteUrl( 'be_x_oldwiki' ) ).toBe( 'https://be-x-old.wikipedia.org/' );
		expect( siteUrl( 'frwikivoyage' ) ).toBe( 'https://fr.wikivoyage.org/' );
		expect( siteUrl( 'metawiki' ) ).toBeNull();
	} );

	it( 'refuses anything that is not a QID, before building text', () => {
		const bad = [ 'Q0', 'P31', 'Q1 } . ?x ?y ?z', 'q42', 'Q42>', '' ];
		for ( const id of bad ) {
			expect( () => buildQuery( { kind: 'all', countries: [ id ] }, { classes, languages: [ 'en' ] } ) ).toThrow( /Not a Wikidata item id/ );
			expect( () => buildQuery( { kind: 'place', place: id }, { classes, languages: [ 'en' ] } ) ).toThrow();
			expect( () => buildQuery( { kind: 'item', item: id }, { classes, languages: [ 'en' ] } ) ).toThrow();
			expect( () => buildQuery( { kind: 'all' }, { classes: [ id ], languages: [ 'en' ] } ) ).toThrow();
		}
		expect( () => buildQuery( { kind: 'all' }, { classes: [], languages: [ 'en' ] } ) ).toThrow( /No conflict classes/ );
	} );
} );
