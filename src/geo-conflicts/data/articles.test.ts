import { describe, it, expect, beforeEach } from 'vitest';
import { otherArticles, articleSummary, sitelinkLanguage } from './articles';
import type { ActionApi } from './entities';
import { sampleEngine } from '../../../tests/support/engine-answers';
import { entityData } from '../../../localwiki/wdqs/entities.mjs';
import { clearMemoryCache, cacheDelete } from '../../core/cache';
import { REAL_DATA, realText } from '../../../tests/support/real-data';

/** Special:EntityData as the local Wikidata stand-in answers it, from the same RDF as the engine. */
function engineEntityData(): ( ( id: string ) => Promise<unknown> ) & { calls: string[] } {
	const calls: string[] = [];
	const read = ( id: string ): Promise<unknown> => {
		calls.push( id );
		const answer = entityData( sampleEngine().store, id );
		return answer.body ? Promise.resolve( answer.body ) : Promise.reject( new Error( 'HTTP ' + answer.status ) );
	};
	return Object.assign( read, { calls } );
}

describe( 'otherArticles on the engine', () => {
	beforeEach( async () => {
		clearMemoryCache();
		await cacheDelete( 'geo-conflicts:sitelinks:Q2365301' );
	} );

	it( 'lists the other Wikipedias from Special:EntityData, never this wiki, and asks once', async () => {
		const read = engineEntityData();
		const links = await otherArticles( 'Q2365301', 'eswiki', read );
		expect( links.map( ( s ) => s.site ) ).toEqual( [ 'enwiki', 'frwiki' ] );
		expect( links[ 0 ].url ).toBe( 'https://en.wikipedia.org/wiki/Pascua_Lama' );
		// Another wiki reading the same cache entry gets its own "others".
		expect( ( await otherArticles( 'Q2365301', 'enwiki', read ) ).map( ( s ) => s.site ) ).toEqual( [ 'eswiki', 'frwiki' ] );
		expect( read.calls ).toEqual( [ 'Q2365301' ] );
	} );

	it( 'reads Wikidata\'s real EntityData answer, and refuses a bad id or a broken answer before caching it', async () => {
		if ( REAL_DATA ) {
			// The real file is the entity itself (id, labels, claims, sitelinks { site, title,
			// badges }: no URLs); EntityData wraps it as { entities: { Q2112: … } }.
			const real = JSON.parse( realText( 'wikidata/Q2112-Bielefeld-entity.json' ) );
			await cacheDelete( 'geo-conflicts:sitelinks:Q2112' );
			const links = await otherArticles( 'Q2112', 'eswiki', () => Promise.resolve( { entities: { Q2112: real } } ) );
			expect( links.find( ( l ) => l.site === 'dewiki' ) ).toEqual( { site: 'dewiki', title: 'Bielefeld', url: 'https://de.wikipedia.org/wiki/Bielefeld' } );
			expect( links.every( ( l ) => /^https:\/\/[a-z-]+\.wikipedia\.org\/wiki\//.test( l.url ) ) ).toBe( true );
		}
		await expect( otherArticles( 'Q1; DROP', 'eswiki', () => Promise.resolve( {} ) ) ).rejects.toThrow();
		await expect( otherArticles( 'Q7', 'eswiki', () => Promise.resolve( { entities: [] } ) ) ).rejects.toThrow();
		expect( await otherArticles( 'Q7', 'eswiki', () => Promise.resolve( { entities: {} } ) ) ).toEqual( [] );
		// Issue 14: a __proto__ key neither poisons anything nor counts as an entity.
		await cacheDelete( 'geo-conflicts:sitelinks:Q1' );
		const hostile = JSON.parse( '{"entities":{"__proto__":{"sitelinks":{"enwiki":{"site":"enwiki","title":"x"}}},"Q1":{"id":"Q1","sitelinks":{"enwiki":{"site":"enwiki","title":"A/B: c"},"evil":{"title":"x"}}}}}' );
		expect( await otherArticles( 'Q1', 'eswiki', () => Promise.resolve( hostile ) ) )
			.toEqual( [ { site: 'enwiki', title: 'A/B: c', url: 'https://en.wikipedia.org/wiki/A/B:_c' } ] );
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
