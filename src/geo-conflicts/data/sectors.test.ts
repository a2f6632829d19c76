import { describe, it, expect } from 'vitest';
import { classifySector, sectorFromText, sectorFromTexts, SECTORS, SECTOR_KEYWORDS, SECTOR_TEXT_LANGUAGES, DEFAULT_SECTOR_MAP } from './sectors';

describe( 'sectors', () => {
	it( 'has the fixed keys in order', () => {
		expect( SECTORS ).toEqual( [ 'mining', 'fossil-fuels', 'energy', 'water', 'forestry', 'agriculture',
			'fisheries', 'infrastructure', 'waste', 'industry', 'tourism', 'other' ] );
	} );

	it( 'prefers structured statements, in property order', () => {
		const r = classifySector( {
			statements: { P31: [ 'Q5683226' ], P828: [ 'Q15911738' ], P1542: [ 'Q44497' ] },
			texts: [ { field: 'label', lang: 'es', text: 'Conflicto minero' } ],
		}, DEFAULT_SECTOR_MAP );
		expect( r ).toEqual( { key: 'energy', basis: 'structured', property: 'P828', via: 'Q15911738' } );
		const byClass = classifySector( { statements: { P31: [ 'Q820477' ], P710: [ 'Q24489' ] }, texts: [] }, DEFAULT_SECTOR_MAP );
		expect( byClass.key ).toBe( 'mining' );
		expect( byClass.property ).toBe( 'P31' );
	} );

	it( 'uses a site map entry', () => {
		const r = classifySector( { statements: { P710: [ 'Q999' ] }, texts: [ { field: 'label', lang: 'es', text: 'Proyecto X' } ] }, { Q999: 'tourism' } );
		expect( r ).toMatchObject( { key: 'tourism', basis: 'structured', property: 'P710' } );
	} );

	it( 'falls back to keywords, labelled as such, accents and case ignored', () => {
		expect( classifySector( { statements: {}, texts: [ { field: 'description', lang: 'es', text: 'Conflicto por la MINERÍA en Atacama' } ] }, DEFAULT_SECTOR_MAP ) )
			.toEqual( { key: 'mining', basis: 'keyword', keyword: 'mineria', field: 'description', lang: 'es' } );
		expect( sectorFromText( 'Salmonicultura en Chiloé', [ 'es' ] ) ).toEqual( { key: 'fisheries', keyword: 'salmon' } );
		expect( sectorFromText( 'Central hidroeléctrica en el Biobío', [ 'es' ] )?.key ).toBe( 'energy' );
		expect( sectorFromText( 'Barragem de rejeitos em Brumadinho', [ 'pt' ] )?.key ).toBe( 'mining' );
		expect( sectorFromText( '水俣病', [ 'ja' ] ) ).toBeNull();
		expect( sectorFromText( '足尾銅山鉱毒事件', [ 'ja' ] )?.key ).toBe( 'mining' );
	} );

	it( 'matches stems only at the start of a word', () => {
		// "oro" inside "Lorongo" must not make it a mine.
		expect( sectorFromText( 'Lorongo', [ 'es' ] ) ).toBeNull();
	} );

	it( 'decides from the texts in a fixed order of languages, each with its own keywords, never the reader\'s first', () => {
		// English says nothing, Spanish says forest: the same answer for every reader.
		const texts = [ { field: 'label' as const, lang: 'en', text: 'Río Cruces swans' },
			{ field: 'description' as const, lang: 'en', text: 'environmental conflict in Chile' },
			{ field: 'description' as const, lang: 'es', text: 'conflicto por una planta de celulosa' } ];
		expect( classifySector( { statements: {}, texts }, DEFAULT_SECTOR_MAP ) )
			.toEqual( { key: 'forestry', basis: 'keyword', keyword: 'celulosa', field: 'description', lang: 'es' } );
		expect( classifySector( { statements: {}, texts: texts.slice().reverse() }, DEFAULT_SECTOR_MAP ) )
			.toEqual( classifySector( { statements: {}, texts }, DEFAULT_SECTOR_MAP ) );
		// A Spanish keyword in an English text does not count ("mina" is not an English word).
		expect( sectorFromTexts( [ { field: 'label', lang: 'en', text: 'Mina Street' } ] ) ).toBeNull();
	} );

	it( 'reads the texts of exactly the languages it has keywords for, in their order', () => {
		expect( SECTOR_TEXT_LANGUAGES ).toEqual( Object.keys( SECTOR_KEYWORDS ) );
	} );

	it( 'gives "other" with basis none when nothing matches', () => {
		expect( classifySector( { statements: {}, texts: [ { field: 'label', lang: 'en', text: 'Caso Z' } ] }, DEFAULT_SECTOR_MAP ) ).toEqual( { key: 'other', basis: 'none' } );
	} );
} );
