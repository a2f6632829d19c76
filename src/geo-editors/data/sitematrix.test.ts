import { describe, it, expect, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSitematrix, SiteIndex, guessDbName, loadSites, resetSites } from './sitematrix';
import { clearMemoryCache, cacheDelete } from '../../core/cache';
import { getEndpoints } from '../../core/config';

const FIXTURE = JSON.parse( readFileSync( path.resolve( __dirname, '../../../localwiki/sample-data/meta.wikimedia.org/w/api.php/sitematrix.json' ), 'utf8' ) );

describe( 'sitematrix', () => {
	beforeEach( async () => {
		resetSites();
		clearMemoryCache();
		await cacheDelete( 'geoeditors:sitematrix:' + getEndpoints().metaApi );
	} );

	it( 'maps wiki_db ↔ project ↔ URL, specials as en.<code>', () => {
		const index = new SiteIndex( parseSitematrix( FIXTURE ) );
		expect( index.find( 'eswiki' ) ).toMatchObject( { project: 'es.wikipedia', url: 'https://es.wikipedia.org', lang: 'es', family: 'wikipedia' } );
		expect( index.find( 'es.wikipedia' )!.dbname ).toBe( 'eswiki' );
		expect( index.find( 'es.wikipedia.org' )!.dbname ).toBe( 'eswiki' );
		expect( index.find( 'commonswiki' )!.project ).toBe( 'en.commons' );
		expect( index.find( 'en.wikidata' )!.dbname ).toBe( 'wikidatawiki' );
		expect( index.find( 'afwiktionary' )!.project ).toBe( 'af.wiktionary' );
		expect( index.dbName( 'xx.wikipedia' ) ).toBe( 'xxwiki' );
		expect( index.find( 'nope' ) ).toBeNull();
	} );

	it( 'skips malformed entries and never trusts non-http URLs', () => {
		const sites = parseSitematrix( { sitematrix: { count: 2, 0: { code: 'xx', site: [ { url: 'javascript:alert(1)', dbname: 'xxwiki', code: 'wiki' }, { url: 'https://ok.test', dbname: 'BAD DB', code: 'wiki' } ] }, specials: [ { url: 'https://p.test', dbname: 'privwiki', code: 'priv', private: '' } ] } } );
		expect( sites ).toEqual( [] );
		expect( parseSitematrix( null ) ).toEqual( [] );
		expect( parseSitematrix( { error: { code: 'x' } } ) ).toEqual( [] );
	} );

	it( 'guesses db names when Meta is unavailable', () => {
		expect( guessDbName( 'es.wikipedia' ) ).toBe( 'eswiki' );
		expect( guessDbName( 'pt.wiktionary.org' ) ).toBe( 'ptwiktionary' );
		expect( guessDbName( 'en.commons' ) ).toBe( 'commonswiki' );
		expect( guessDbName( 'zh-min-nan.wikipedia' ) ).toBe( 'zh_min_nanwiki' );
		expect( guessDbName( 'eswiki' ) ).toBe( 'eswiki' );
		expect( guessDbName( '"><script>' ) ).toBeNull();
	} );

	it( 'loads once, caches, and retries after a failure', async () => {
		let calls = 0;
		const failing = async (): Promise<never> => {
			calls++;
			throw new Error( 'down' );
		};
		await expect( loadSites( failing ) ).rejects.toThrow( 'down' );
		const get = async ( params: Record<string, string> ): Promise<any> => {
			calls++;
			expect( params.action ).toBe( 'sitematrix' );
			return FIXTURE;
		};
		expect( ( await loadSites( get ) ).find( 'eswiki' ) ).not.toBeNull();
		resetSites();
		clearMemoryCache();
		await loadSites( get );
		expect( calls ).toBe( 2 );
	} );

	it( 'never caches an empty answer', async () => {
		await expect( loadSites( async () => ( { sitematrix: { count: 0 } } ) ) ).rejects.toThrow();
	} );
} );

describe( 'hostile names and duplicates (issue 14)', () => {
	it( 'a prototype name is not a wiki', () => {
		for ( const name of [ 'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty' ] ) {
			expect( guessDbName( name ) ).toBeNull();
			expect( new SiteIndex( [] ).dbName( name ) ).toBeNull();
		}
	} );
	it( 'a duplicate wiki in the matrix does not relabel the first', () => {
		const matrix = { sitematrix: { count: 3, 0: { code: 'es', site: [
			{ url: 'https://es.wikipedia.org', dbname: 'eswiki', code: 'wiki', sitename: 'Wikipedia' },
			{ url: 'https://evil.example.org', dbname: 'eswiki', code: 'wiki', sitename: 'Evil' },
			{ url: 'https://es.wikipedia.org', dbname: 'evilwiki', code: 'wikibooks', sitename: 'Evil 2' },
		] } } };
		const sites = parseSitematrix( matrix );
		expect( sites.map( ( s ) => s.dbname ) ).toEqual( [ 'eswiki', 'evilwiki' ] );
		const index = new SiteIndex( sites );
		expect( index.find( 'eswiki' )!.sitename ).toBe( 'Wikipedia' );
		expect( index.find( 'es.wikipedia.org' )!.dbname ).toBe( 'eswiki' );
	} );
} );
