/**
 * Countries in the reader's language (issue 23 item 6): the sample's conflicts, as the real engine
 * answers them, named by CLDR from the Foundation's QID → ISO table, joined by MediaWiki's list
 * format of the reader's language; both sources (live here, the snapshot in
 * snapshot.engine.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countryName, localCountry, localiseCountries } from './country-names';
import { liveSource } from './source';
import { DEFAULT_SECTOR_MAP } from './sectors';
import { DEFAULT_CONFLICT_CLASSES } from './config';
import { refsText } from '../ui/format';
import { engineSet, sampleEngine } from '../../../tests/support/engine-answers';
import { countryCodeOfItem } from '../../core/country-codes';
import type { Conflict } from './types';

// The label-service chains the gadget sends for these readers (sparql.ts labelLanguages).
const CHAINS: Record<string, string[]> = { en: [ 'en', 'mul' ], es: [ 'es', 'mul', 'en' ], ar: [ 'ar', 'mul', 'en' ] };
// Core's "and" and separators of each language (languages/i18n/{en,es,ar}.json of MediaWiki 1.43).
const LIST_MESSAGES: Record<string, Record<string, string>> = {
	en: { and: ' and', 'comma-separator': ', ', 'word-separator': ' ' },
	es: { and: ' y', 'comma-separator': ', ', 'word-separator': ' ' },
	ar: { and: ' و', 'comma-separator': '، ', 'word-separator': ' ' },
};
const strip = ( s: string ): string => s.replace( /[\u2066-\u2069]/g, '' );
const byId = ( list: Conflict[], id: string ): Conflict => list.filter( ( c ) => c.id === id )[ 0 ];

afterEach( () => {
	mw.messages.set( LIST_MESSAGES.en );
} );

describe( 'country names in the reader\'s language', () => {
	it( 'Chile from its item through the Foundation\'s table and CLDR: en, es, ar', () => {
		expect( countryCodeOfItem( 'Q298' ) ).toBe( 'CL' );
		expect( countryName( 'Q298', CHAINS.en ) ).toBe( 'Chile' );
		expect( countryName( 'Q298', CHAINS.es ) ).toBe( 'Chile' );
		expect( countryName( 'Q298', CHAINS.ar ) ).toBe( 'تشيلي' );
	} );

	it( 'Argentina and Uruguay (the pulp mill conflict) in each language, with its list format', () => {
		const expected: Record<string, string> = {
			en: 'Argentina and Uruguay', es: 'Argentina y Uruguay', ar: 'الأرجنتين و أورغواي',
		};
		for ( const lang of Object.keys( CHAINS ) ) {
			// The engine's answer in the reader's chain: the sample has no Arabic labels, so the
			// label service falls back to English — CLDR names them.
			const conflicts = localiseCountries( engineSet( { kind: 'all' }, { languages: CHAINS[ lang ] } ).conflicts, CHAINS[ lang ] );
			mw.messages.set( LIST_MESSAGES[ lang ] );
			expect( [ lang, strip( refsText( byId( conflicts, 'Q1132390' ).countries ) ) ] ).toEqual( [ lang, expected[ lang ] ] );
		}
	} );

	it( 'Pascua Lama\'s two countries follow the reader\'s alphabet, and no cached answer changes', () => {
		const answer = engineSet( { kind: 'all' }, { languages: CHAINS.ar } ).conflicts;
		const before = JSON.stringify( answer );
		const ar = localiseCountries( answer, CHAINS.ar );
		expect( byId( ar, 'Q2365301' ).countries.map( ( c ) => c.label ) ).toEqual( [ 'الأرجنتين', 'تشيلي' ] );
		expect( JSON.stringify( answer ) ).toBe( before );
	} );

	it( 'keeps the Wikidata label of an item without an ISO code, and of a code CLDR lacks', () => {
		const former = { id: 'Q12560', label: 'Ottoman Empire', labelMissing: false };
		expect( localCountry( former, CHAINS.ar ) ).toBe( former );
		// A language CLDR does not know falls back along the chain, as the label service does.
		expect( countryName( 'Q298', [ 'xx-unknown', 'es' ] ) ).toBe( 'Chile' );
		expect( countryName( 'Q298', [ 'not a tag!', 'ar' ] ) ).toBe( 'تشيلي' );
	} );

	it( 'the live source answers an Arabic reader in Arabic', async () => {
		const languages = CHAINS.ar;
		const source = liveSource( { classes: DEFAULT_CONFLICT_CLASSES.slice(), languages, siteId: 'eswiki',
			live: { sectorMap: DEFAULT_SECTOR_MAP, cacheMinutes: 0, run: ( query ) => Promise.resolve( sampleEngine().select( query ) ) } } );
		const set = await source.load( { kind: 'all' } );
		expect( byId( set.conflicts, 'Q1132390' ).countries.map( ( c ) => c.label ) ).toEqual( [ 'الأرجنتين', 'أورغواي' ] );
		expect( byId( set.conflicts, 'Q5764613' ).countries.map( ( c ) => c.label ) ).toEqual( [ 'تشيلي' ] );
	} );
} );
