import { describe, it, expect, afterEach } from 'vitest';
import { registerMessages, msg, formatMonth, formatMonthName, formatNumber, formatDate, resetFormats } from './messages';

afterEach( () => {
	mw.config.set( 'wgUserLanguage', 'en' );
	resetFormats();
} );

describe( 'messages', () => {
	it( 'takes each key from the most preferred language that has it', () => {
		mw.config.set( 'wgUserLanguage', 'es' );
		registerMessages( { en: { 'geo-t-a': 'A', 'geo-t-b': 'B' }, es: { 'geo-t-a': 'Á' } } );
		expect( msg( 'geo-t-a' ) ).toBe( 'Á' );
		expect( msg( 'geo-t-b' ) ).toBe( 'B' );
	} );

	it( 'shows a missing key visibly instead of crashing', () => {
		expect( msg( 'geo-no-such-key' ) ).toBe( '⧼geo-no-such-key⧽' );
	} );

	it( 'formats numbers and months in the user language', () => {
		mw.config.set( 'wgUserLanguage', 'es' );
		resetFormats();
		expect( formatNumber( 5217 ) ).toMatch( /^5\.?217$/ );
		expect( formatMonth( '2023-08' ) ).toBe( 'agosto de 2023' );
		mw.config.set( 'wgUserLanguage', 'en' );
		resetFormats();
		expect( formatNumber( 12345.5 ) ).toBe( '12,345.5' );
		expect( formatMonth( '2023-08', 'short' ) ).toBe( 'Aug 2023' );
		expect( formatMonth( 'nonsense' ) ).toBe( 'nonsense' );
	} );

	it( 'writes negatives with the minus sign, never a hyphen', () => {
		for ( const lang of [ 'en', 'es', 'ar', 'de' ] ) {
			mw.config.set( 'wgUserLanguage', lang );
			resetFormats();
			const text = formatNumber( -1234 );
			expect( text ).not.toContain( '-' );
			expect( text ).toContain( '\u2212' );
		}
		mw.config.set( 'wgUserLanguage', 'en' );
		resetFormats();
		expect( formatNumber( -12.5, { maximumFractionDigits: 1 } ) ).toBe( '\u221212.5' );
		expect( formatNumber( 12 ) ).toBe( '12' );
	} );

	it( 'formats Wikidata dates at their precision', () => {
		expect( formatDate( '+2011-05-09T00:00:00Z', 9 ) ).toBe( '2011' );
		expect( formatDate( '2011-05-09T00:00:00Z', 10 ) ).toBe( 'May 2011' );
		expect( formatDate( '2023-08-13', 11, 'short' ) ).toBe( 'Aug 13, 2023' );
		expect( formatDate( '2011-05-09T00:00:00Z', 11 ) ).toBe( 'May 9, 2011' );
	} );
} );

describe( 'formatMonthName', () => {
	it( 'names a month alone in the user language', () => {
		mw.config.set( 'wgUserLanguage', 'es' );
		expect( formatMonthName( 7, 'long' ) ).toBe( 'agosto' );
		mw.config.set( 'wgUserLanguage', 'en' );
		expect( formatMonthName( 0 ) ).toBe( 'Jan' );
	} );
} );

describe( 'formatDate never throws (issue 14)', () => {
	it( 'formats years beyond what Date can hold as a year', () => {
		expect( () => formatDate( '+300000-05-01', 10 ) ).not.toThrow();
		expect( formatDate( '+300000-05-01', 10 ) ).toContain( '300' );
		expect( formatDate( '+300000-05-09', 11 ) ).toContain( '300' );
		expect( formatDate( '-275761-01-01', 11 ) ).toContain( '275' );
		expect( formatDate( '2011-13-45', 11 ) ).not.toBe( '' );
	} );
} );
