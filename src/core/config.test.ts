import { describe, it, expect, beforeEach } from 'vitest';
import { getEndpoints, resetEndpoints, safeUrl, configuredHosts, DEFAULT_ENDPOINTS } from './config';

describe( 'getEndpoints', () => {
	beforeEach( () => {
		mw.config.set( 'geoGadgetsEndpoints', null );
		resetEndpoints();
	} );

	it( 'defaults to Wikimedia and the wiki dbname', () => {
		const e = getEndpoints();
		expect( e.wdqs ).toBe( DEFAULT_ENDPOINTS.wdqs );
		expect( e.wikidataSiteId ).toBe( 'eswiki' );
	} );

	it( 'takes valid overrides key by key and ignores junk', () => {
		mw.config.set( 'geoGadgetsEndpoints', { wdqs: 'http://127.0.0.1:9/q/sparql', tiles: 'javascript:alert(1)', wikidataSiteId: 'x y', bogus: 'https://a.b' } );
		resetEndpoints();
		const e = getEndpoints();
		expect( e.wdqs ).toBe( 'http://127.0.0.1:9/q/sparql' );
		expect( e.tiles ).toBe( DEFAULT_ENDPOINTS.tiles );
		expect( e.wikidataSiteId ).toBe( 'eswiki' );
		expect( configuredHosts() ).toContain( '127.0.0.1:9' );
		expect( safeUrl( 'http://127.0.0.1:9/other' ) ).toBe( 'http://127.0.0.1:9/other' );
	} );
} );

describe( 'safeUrl', () => {
	beforeEach( () => resetEndpoints() );
	it( 'keeps https Wikimedia links and the wiki itself', () => {
		expect( safeUrl( 'https://upload.wikimedia.org/a.jpg' ) ).toBe( 'https://upload.wikimedia.org/a.jpg' );
		expect( safeUrl( '/wiki/Chile' ) ).toBe( location.origin + '/wiki/Chile' );
	} );
	it( 'drops scripts, data, other hosts, lookalikes and plain http to Wikimedia', () => {
		for ( const bad of [ 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'https://evil.example',
			'https://wikipedia.org.evil.example/', 'http://es.wikipedia.org/', 'vbscript:x', 'https://evilwikipedia.org/' ] ) {
			expect( safeUrl( bad ) ).toBeNull();
		}
	} );
} );
