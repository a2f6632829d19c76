import { describe, it, expect, afterEach } from 'vitest';
import { loaderText } from './activation';

afterEach( () => {
	mw.config.set( 'wgUserLanguage', 'en' );
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
