import { describe, it, expect } from 'vitest';
import { buildQuery, labelLanguages, queryLimit, siteUrl } from './sparql';
import { REAL_DATA, realTsv } from '../../../tests/support/real-data';

const classes = [ 'Q5683226', 'Q131141356' ];

describe.skipIf( !REAL_DATA )( 'siteUrl against the Foundation\'s wiki table (canonical-data wikis.tsv)', () => {
	it( 'gives every project wiki\'s real host, and never a wrong host for any other wiki', () => {
		const [ head, ...rows ] = realTsv( 'canonical-data/wikis-2024-08-02.tsv' );
		const col = ( name: string ): number => head.indexOf( name );
		const families = [ 'wikipedia', 'wikivoyage', 'wikisource', 'wikiquote', 'wikinews', 'wikibooks', 'wikiversity', 'wiktionary' ];
		const wrong: string[] = [];
		let checked = 0;
		for ( const r of rows ) {
			const [ code, domain, group ] = [ r[ col( 'database_code' ) ], r[ col( 'domain_name' ) ], r[ col( 'database_group' ) ] ];
			const real = 'https://' + domain + '/';
			const project = families.includes( group ) || code === 'commonswiki';
			checked += project ? 1 : 0;
			// Others (tenwiki, wg_enwiki) may get their host or none, never another's.
			if ( project ? siteUrl( code ) !== real : ![ null, real ].includes( siteUrl( code ) ) ) {
				wrong.push( code + ' → ' + siteUrl( code ) + ', the table: ' + real );
			}
		}
		expect( wrong ).toEqual( [] );
		// Closed wikis included: the table's ~900 project wikis.
		expect( checked ).toBeGreaterThan( 800 );
	} );
} );

describe( 'buildQuery', () => {
	it( 'matches the configured classes with P31/P279* and aggregates one row per item, guarding every aggregate', () => {
		const q = buildQuery( { kind: 'all' }, { classes, languages: [ 'es' ], siteId: 'eswiki' } );
		expect( q ).toContain( 'VALUES ?matchClass { wd:Q5683226 wd:Q131141356 }' );
		expect( q ).toContain( '?item wdt:P31/wdt:P279* ?matchClass' );
		expect( q ).toContain( 'GROUP BY ?item' );
		// No aggregate over an expression that an unbound variable can make an error.
		expect( q ).toContain( 'GROUP_CONCAT(DISTINCT COALESCE(CONCAT(STRAFTER(STR(?country)' );
		expect( q.match( /GROUP_CONCAT\(DISTINCT (?!COALESCE)/g ) ).toBeNull();
		expect( q ).not.toContain( '?matchPlace' );
		expect( q ).toContain( '?item wdt:P131 ?region . OPTIONAL { ?region wdt:P625 ?regionCoord . }' );
		expect( q ).toContain( '?item wdt:P276 ?location . OPTIONAL { ?location wdt:P625 ?locationCoord . }' );
		expect( q ).toContain( 'wikibase:timePrecision ?startPrecision' );
		// One more than the limit, so a cut answer can be told from a complete one.
		expect( q ).toContain( 'LIMIT 20001' );
		expect( queryLimit( q ) ).toBe( 20000 );
		expect( queryLimit( buildQuery( { kind: 'all' }, { classes, languages: [ 'es' ], limit: 3 } ) ) ).toBe( 3 );
	} );

	it( 'adds the reader language chain, mul and en to the label service', () => {
		const q = buildQuery( { kind: 'all' }, { classes, languages: [ 'pt-br', 'pt', 'en' ] } );
		expect( q ).toContain( 'wikibase:language "pt-br,pt,en,mul"' );
		expect( labelLanguages( [ 'ja' ] ) ).toEqual( [ 'ja', 'mul', 'en' ] );
		expect( labelLanguages( [ 'es"; DROP', 'es' ] ) ).toEqual( [ 'es', 'mul', 'en' ] );
	} );

	it( 'walks up from the conflicts to the place, the same way for a country panel and a place', () => {
		const q = buildQuery( { kind: 'all', countries: [ 'Q298', 'Q414' ] }, { classes, languages: [ 'en' ] } );
		expect( q ).toContain( '?item (wdt:P17|wdt:P131|wdt:P276)/wdt:P131* ?matchPlace .' );
		expect( q ).toContain( 'FILTER(STR(?matchPlace) IN ("http://www.wikidata.org/entity/Q298", "http://www.wikidata.org/entity/Q414"))' );
		expect( q.split( '\n' )[ 0 ] ).toBe( '#GeoConflicts view=all country limit=20000' );
		const place = buildQuery( { kind: 'place', place: 'Q2887' }, { classes, languages: [ 'en' ] } );
		expect( place ).toContain( '?item (wdt:P17|wdt:P131|wdt:P276)/wdt:P131* ?matchPlace .' );
		expect( place ).toContain( 'FILTER(STR(?matchPlace) IN ("http://www.wikidata.org/entity/Q2887"))' );
		// Never the old shape that walks DOWN the place's whole administrative tree.
		expect( place ).not.toContain( 'wdt:P131+ wd:' );
		const item = buildQuery( { kind: 'item', item: 'Q5985476' }, { classes, languages: [ 'en' ] } );
		expect( item ).toContain( 'VALUES ?item { wd:Q5985476 }' );
		// The class check uses its own variable, so it cannot filter away the ?class rows.
		expect( item ).not.toContain( 'FILTER EXISTS' );
	} );

	it( 'asks for the sitelink of the current wiki only', () => {
		expect( buildQuery( { kind: 'all' }, { classes, languages: [ 'en' ], siteId: 'eswiki' } ) )
			.toContain( 'FILTER(?site = <https://es.wikipedia.org/>)' );
		expect( buildQuery( { kind: 'all' }, { classes, languages: [ 'en' ], siteId: 'nonsense' } ) ).not.toContain( 'isPartOf' );
		expect( siteUrl( 'be_x_oldwiki' ) ).toBe( 'https://be-tarask.wikipedia.org/' );
		expect( siteUrl( 'simplewiki' ) ).toBe( 'https://simple.wikipedia.org/' );
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
