import { describe, it, expect, afterEach } from 'vitest';
import { dashboardName, loaderText } from './activation';

afterEach( () => {
	mw.config.set( { wgUserLanguage: 'en', wgCanonicalSpecialPageName: false, wgTitle: 'Chile' } );
	delete ( mw.messages as unknown as { values: Record<string, string> } ).values[ 'geo-t' ];
} );

describe( 'loaderText', () => {
	// The user script's loader builds such a bundle from the set's language pages, where a
	// language may have none (undefined).
	const bundle = { en: { 'geo-t': 'English' }, pt: { 'geo-t': 'Português' }, es: undefined } as unknown as
		Record<string, Record<string, string>>;

	it( 'takes the reader\'s language, then its base, then English', () => {
		mw.config.set( 'wgUserLanguage', 'pt-br' );
		expect( loaderText( bundle, 'geo-t' ) ).toBe( 'Português' );
		mw.config.set( 'wgUserLanguage', 'es' );
		expect( loaderText( bundle, 'geo-t' ) ).toBe( 'English' );
		expect( loaderText( bundle, 'geo-none' ) ).toBe( 'geo-none' );
	} );
} );

describe( 'loaderText on a wiki that overrides the message', () => {
	it( 'takes MediaWiki:<key> as mw.messages has it, as plain text', () => {
		mw.messages.set( 'geo-t', 'Nuestro texto' );
		expect( loaderText( { en: { 'geo-t': 'English' } }, 'geo-t' ) ).toBe( 'Nuestro texto' );
	} );
} );

describe( 'dashboardName', () => {
	it( 'is the subpage of Special:BlankPage under any local name, else null', () => {
		mw.config.set( { wgCanonicalSpecialPageName: 'Blankpage', wgTitle: 'PáginaEnBlanco/GeoConflicts' } );
		expect( dashboardName() ).toBe( 'GeoConflicts' );
		mw.config.set( { wgTitle: 'PáginaEnBlanco' } );
		expect( dashboardName() ).toBeNull();
		mw.config.set( { wgCanonicalSpecialPageName: 'Version', wgTitle: 'Version/GeoConflicts' } );
		expect( dashboardName() ).toBeNull();
		mw.config.set( { wgCanonicalSpecialPageName: false, wgTitle: 'GeoConflicts/GeoConflicts' } );
		expect( dashboardName() ).toBeNull();
	} );
} );
