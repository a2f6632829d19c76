/** The guessed-sector note names the word, the text and its language (issue 23 item 2). */
import { describe, it, expect } from 'vitest';
import { registerMessages } from '../../core/messages';
import { sectorGuessText } from './format';
import en from '../../../i18n/geo-conflicts/en.json';

describe( 'sectorGuessText', () => {
	it( 'says which word of which text in which language decided the sector', () => {
		registerMessages( { en: en as unknown as Record<string, string> } );
		expect( sectorGuessText( { key: 'mining', basis: 'keyword', keyword: 'mina', field: 'description', lang: 'es' } ) )
			.toBe( '(guessed from the word “mina” in the description in Spanish)' );
		expect( sectorGuessText( { key: 'forestry', basis: 'keyword', keyword: 'forest', field: 'label', lang: 'en' } ) )
			.toBe( '(guessed from the word “forest” in the name in English)' );
		// A stored guess of an older snapshot (no field or language): the word alone.
		expect( sectorGuessText( { key: 'mining', basis: 'keyword', keyword: 'mina' } ) ).toBe( '(guessed from the word “mina”)' );
	} );
} );
