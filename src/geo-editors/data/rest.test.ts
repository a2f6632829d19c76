import { describe, it, expect, vi, afterEach } from 'vitest';
import { parseByCountry, loadRestByCountry } from './rest';

describe( 'REST editors/by-country', () => {
	afterEach( () => {
		vi.unstubAllGlobals();
	} );

	it( 'validates and ranks the answer', () => {
		const json = { items: [ { project: 'es.wikipedia', countries: [ { country: 'CL', 'editors-ceil': 120 }, { country: 'ES', 'editors-ceil': 900 }, { country: '<b>', 'editors-ceil': 5 }, { country: 'AR', 'editors-ceil': 'x' } ] } ] };
		expect( parseByCountry( json ) ).toEqual( [ { country: 'ES', editorsCeil: 900 }, { country: 'CL', editorsCeil: 120 } ] );
		expect( parseByCountry( {} ) ).toEqual( [] );
	} );

	it( 'covers Wikipedias only and builds the documented URL', async () => {
		await expect( loadRestByCountry( 'en.wikidata', '5..99-edits', '2023-08' ) ).rejects.toThrow( /Wikipedias/ );
		const fetchMock = vi.fn( async ( _url: string ) => new Response( JSON.stringify( { items: [ { countries: [ { country: 'CL', 'editors-ceil': 120 } ] } ] } ) ) );
		vi.stubGlobal( 'fetch', fetchMock );
		expect( await loadRestByCountry( 'es.wikipedia', '100..-edits', '2023-08' ) ).toEqual( [ { country: 'CL', editorsCeil: 120 } ] );
		expect( fetchMock.mock.calls[ 0 ][ 0 ] ).toBe( 'https://wikimedia.org/api/rest_v1/metrics/editors/by-country/es.wikipedia.org/100..-edits/2023/08' );
	} );
} );
