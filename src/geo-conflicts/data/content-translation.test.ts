/**
 * Content Translation takes language codes, not wiki subdomains (issue 22 item 12): the codes come
 * from the Foundation's wiki table (src/core/wikipedia-languages.json, build/canonical-data.mjs).
 */
import { describe, it, expect } from 'vitest';
import { contentTranslationParams, type ForeignArticle } from './coverage';
import { languageCodeOf } from '../../core/wiki-languages';

const article = ( language: string ): ForeignArticle => ( { language, title: 'Everest', url: 'https://' + language + '.wikipedia.org/wiki/Everest' } );

describe( 'Content Translation parameters', () => {
	it( 'maps Wikipedia subdomains to language codes', () => {
		expect( [ 'no', 'zh-min-nan', 'be-x-old', 'be-tarask', 'zh-yue', 'zh-classical', 'es', 'simple' ].map( languageCodeOf ) )
			.toEqual( [ 'nb', 'nan', 'be-tarask', 'be-tarask', 'yue', 'lzh', 'es', 'simple' ] );
	} );

	it( 'gives from and to as language codes for both sides', () => {
		expect( contentTranslationParams( article( 'zh-min-nan' ), 'no' ) ).toEqual( { page: 'Everest', from: 'nan', to: 'nb' } );
		expect( contentTranslationParams( article( 'zh-yue' ), 'es' ) ).toEqual( { page: 'Everest', from: 'yue', to: 'es' } );
	} );
} );
