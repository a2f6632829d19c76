import { describe, it, expect, beforeEach } from 'vitest';
import { otherArticles, articleSummary, sitelinkLanguage } from './articles';
import type { ActionApi } from './entities';
import { sampleEngine } from '../../../tests/support/engine-answers';
import { wbgetentities } from '../../../localwiki/wdqs/entities.mjs';
import { clearMemoryCache, cacheDelete } from '../../core/cache';

/** wbgetentities as the local Wikidata stand-in answers it, from the same RDF as the engine. */
function engineApi(): ActionApi & { calls: number } {
	const api = {
		calls: 0,
		get( params: Record<string, string | number | boolean> ) {
			api.calls++;
			const search = new URLSearchParams();
			Object.keys( params ).forEach( ( k ) => search.set( k, String( params[ k ] ) ) );
			return Promise.resolve( wbgetentities( sampleEngine().store, search ) );
		},
	};
	return api;
}

describe( 'otherArticles on the engine', () => {
	beforeEach( async () => {
		clearMemoryCache();
		await cacheDelete( 'geo-conflicts:sitelinks:Q2365301' );
	} );

	it( 'lists the other Wikipedias, never this wiki, and asks once', async () => {
		const api = engineApi();
		const links = await otherArticles( 'Q2365301', 'eswiki', [ 'en' ], api );
		expect( links.map( ( s ) => s.site ) ).toEqual( [ 'enwiki', 'frwiki' ] );
		expect( links[ 0 ].url ).toBe( 'https://en.wikipedia.org/wiki/Pascua_Lama' );
		// Another wiki reading the same cache entry gets its own "others".
		expect( ( await otherArticles( 'Q2365301', 'enwiki', [ 'en' ], api ) ).map( ( s ) => s.site ) ).toEqual( [ 'eswiki', 'frwiki' ] );
		expect( api.calls ).toBe( 1 );
	} );

	it( 'turns site ids into language codes', () => {
		expect( sitelinkLanguage( 'zh_min_nanwiki' ) ).toBe( 'zh-min-nan' );
	} );
} );

describe( 'articleSummary', () => {
	it( 'reads a TextExtracts answer and says null for none', async () => {
		const api = ( pages: unknown ): ActionApi => ( {
			get: () => Promise.resolve( { query: { pages } } ),
		} );
		expect( await articleSummary( 'X', api( [ { extract: ' Un conflicto. ' } ] ) ) ).toBe( 'Un conflicto.' );
		expect( await articleSummary( 'X', api( [ { missing: true } ] ) ) ).toBeNull();
		expect( await articleSummary( 'X', { get: () => Promise.resolve( null ) } ) ).toBeNull();
	} );
} );
