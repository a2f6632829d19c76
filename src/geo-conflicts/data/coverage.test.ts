import { describe, it, expect } from 'vitest';
import { sitelinksQuery, parseSitelinks, coverageReport, siteLanguage, type MissingArticle, type MissingText } from './coverage';
import { engineSet, hostileEngine, sampleEngine } from '../../../tests/support/engine-answers';
import { HOSTILE_ID } from '../../../tests/support/hostile-items';
import { DEFAULT_CONFLICT_CLASSES } from './config';
import { CONFLICTS } from '../../../localwiki/sample-data/wikidata/items.mjs';

const sitelinks =
	parseSitelinks( sampleEngine().select( sitelinksQuery( DEFAULT_CONFLICT_CLASSES.slice() ) ) );

describe( 'sitelinks query on the engine', () => {
	it( 'gives every conflict its Wikipedia articles, none for those without', () => {
		expect( Object.keys( sitelinks ).sort() ).toEqual( CONFLICTS.map( ( c ) => c.id ).sort() );
		expect( sitelinks.Q1130993 ).toEqual( [
			{ language: 'en', title: 'Belo Monte Dam', url: 'https://en.wikipedia.org/wiki/Belo_Monte_Dam' },
			{ language: 'pt', title: 'Usina Hidrelétrica de Belo Monte', url: 'https://pt.wikipedia.org/wiki/Usina_Hidrel%C3%A9trica_de_Belo_Monte' },
		] );
		expect( sitelinks.Q24034893 ).toEqual( [] );
	} );

	it( 'takes this wiki\'s language from its site id', () => {
		expect( siteLanguage( 'eswiki', 'en' ) ).toBe( 'es' );
		expect( siteLanguage( 'zh_min_nanwiki', 'en' ) ).toBe( 'zh-min-nan' );
		expect( siteLanguage( 'eswikivoyage', 'es' ) ).toBe( 'es' );
	} );

	it( 'drops hostile titles and off-Wikipedia URLs', () => {
		// The tests' hostile conflict (not in the demo sample): its enwiki title is
		// '"><svg onload=alert(4)>' and its eswiki one "javascript:alert(1)".
		expect( sitelinks[ HOSTILE_ID ] ).toBeUndefined();
		const hostile = parseSitelinks( hostileEngine().select( sitelinksQuery( DEFAULT_CONFLICT_CLASSES.slice() ) ) )[ HOSTILE_ID ];
		expect( hostile.length ).toBeGreaterThan( 0 );
		for ( const a of hostile ) {
			expect( a.url ).toMatch( /^https:\/\/[a-z-]+\.wikipedia\.org\/wiki\// );
		}
	} );
} );

describe( 'coverage worklist', () => {
	const es = engineSet( { kind: 'all' }, { languages: [ 'es' ] } );
	const report = coverageReport( es.conflicts, sitelinks, 'es', [ 'es', 'mul', 'en' ], 'es' );
	const entry = ( id: string ): MissingArticle => report.noArticle
		.filter( ( e ) => e.conflict.id === id )[ 0 ];

	it( 'lists the conflicts without an article here, with the Wikipedias to translate from', () => {
		// Belo Monte: English and Portuguese articles; a Spanish reader translates from English
		// (after es and mul).
		expect( entry( 'Q1130993' ).articles.map( ( a ) => a.language ) ).toEqual( [ 'en', 'pt' ] );
		expect( entry( 'Q1130993' ).source!.title ).toBe( 'Belo Monte Dam' );
		// Nowhere yet: listed, nothing to translate from.
		expect( entry( 'Q24034893' ).source ).toBeNull();
		// Has its eswiki article: not listed.
		expect( entry( 'Q2365301' ) ).toBeUndefined();
		expect( report.noArticle.length ).toBe( es.conflicts.filter( ( c ) => !c.article ).length );
	} );

	it( 'lists missing labels and descriptions in the reader\'s language, fallbacks included', () => {
		const text = ( id: string ): MissingText => report.noText
			.filter( ( e ) => e.conflict.id === id )[ 0 ];
		// No label anywhere, and none in Spanish (its mul label).
		expect( text( 'Q131000002' ) ).toMatchObject( { label: true, description: true } );
		expect( text( 'Q131000003' ) ).toMatchObject( { label: true, description: false } );
		// Spanish label, English description only.
		expect( text( 'Q28668915' ) ).toMatchObject( { label: false, description: true } );
		expect( text( 'Q2365301' ) ).toBeUndefined();
	} );
} );
