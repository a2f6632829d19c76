import { describe, it, expect, afterEach } from 'vitest';
import { endpointUrl, wikidataSiteId, DEFAULT_WDQS } from './endpoint';
import { getEndpoints, resetEndpoints } from './config';

describe( 'one endpoint on its own', () => {
	afterEach( () => {
		mw.config.set( 'geoGadgetsEndpoints', null );
		resetEndpoints();
	} );

	it( 'is the default without an override, and the wiki dbname for the site id', () => {
		mw.config.set( 'geoGadgetsEndpoints', null );
		expect( endpointUrl( 'wdqs', DEFAULT_WDQS ) ).toBe( 'https://query.wikidata.org/sparql' );
		expect( wikidataSiteId() ).toBe( 'eswiki' );
	} );

	it( 'takes a valid override and ignores junk, as getEndpoints() does for every key', () => {
		const overrides = { wdqs: 'http://127.0.0.1:9/sparql', tiles: 'javascript:alert(1)', wikidataSiteId: 'eswikivoyage' };
		mw.config.set( 'geoGadgetsEndpoints', overrides );
		resetEndpoints();
		expect( endpointUrl( 'wdqs', DEFAULT_WDQS ) ).toBe( 'http://127.0.0.1:9/sparql' );
		expect( endpointUrl( 'tiles', 'https://t/{z}' ) ).toBe( 'https://t/{z}' );
		expect( wikidataSiteId() ).toBe( 'eswikivoyage' );
		expect( getEndpoints().wdqs ).toBe( endpointUrl( 'wdqs', DEFAULT_WDQS ) );
		expect( getEndpoints().wikidataSiteId ).toBe( wikidataSiteId() );
	} );

	it( 'refuses a site id that could break out of a name (spaces, quotes, capitals)', () => {
		for ( const bad of [ 'x y', 'es"wiki', 'ESWIKI', 'e', 42 ] ) {
			mw.config.set( 'geoGadgetsEndpoints', { wikidataSiteId: bad } );
			expect( wikidataSiteId() ).toBe( 'eswiki' );
		}
	} );
} );
