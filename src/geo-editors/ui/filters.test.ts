import { describe, it, expect, beforeAll } from 'vitest';
import { buildFilters, resolveCountry, wikiOptionLabel } from './filters';
import { parseState, type ViewState } from './state';
import { SiteIndex } from '../data/sitematrix';
import { registerMessages } from '../../core/messages';
import en from '../../../i18n/geo-editors/en.json';

const sites = new SiteIndex( [
	{ dbname: 'eswiki', project: 'es.wikipedia', url: 'https://es.wikipedia.org', lang: 'es', family: 'wikipedia', sitename: 'Wikipedia', closed: false },
	{ dbname: 'wikidatawiki', project: 'en.wikidata', url: 'https://www.wikidata.org', lang: '', family: 'wikidata', sitename: 'Wikidata', closed: false },
] );

function type( input: HTMLInputElement, text: string ): void {
	input.value = text;
	input.dispatchEvent( new Event( 'change' ) );
}

describe( 'dashboard filters', () => {
	beforeAll( () => {
		registerMessages( { en: en as unknown as Record<string, string> } );
	} );

	it( 'resolves typed countries by code, name or "name (code)"', () => {
		expect( resolveCountry( 'cl' ) ).toBe( 'CL' );
		expect( resolveCountry( 'Argentina' ) ).toBe( 'AR' );
		expect( resolveCountry( 'Chile (CL)' ) ).toBe( 'CL' );
		expect( resolveCountry( 'Atlantis' ) ).toBeNull();
	} );

	it( 'labels wikis with their language name', () => {
		expect( wikiOptionLabel( sites.sites[ 0 ] ) ).toBe( 'es.wikipedia — Wikipedia (Spanish)' );
		expect( wikiOptionLabel( sites.sites[ 1 ] ) ).toBe( 'en.wikidata — Wikidata' );
	} );

	it( 'adds and removes countries and wikis, and changes levels, as new states', () => {
		const states: ViewState[] = [];
		const form = buildFilters( parseState( { country: 'CL', project: 'es.wikipedia' }, 'eswiki' ), sites, [ '2023-07', '2023-12' ], ( s ) => states.push( s ) );
		const inputs = form.querySelectorAll<HTMLInputElement>( 'input[type=search]' );
		type( inputs[ 0 ], 'Argentina (AR)' );
		expect( states.pop()!.countries ).toEqual( [ 'CL', 'AR' ] );
		type( inputs[ 0 ], 'Nowhere' );
		expect( states ).toHaveLength( 0 );
		expect( form.textContent ).toContain( 'Nothing matches “Nowhere”.' );
		type( inputs[ 1 ], 'en.wikidata — Wikidata' );
		expect( states.pop()!.projects ).toEqual( [ 'es.wikipedia', 'en.wikidata' ] );
		( form.querySelector( '.geo-editors-chip-remove' ) as HTMLButtonElement ).click();
		expect( states.pop()!.countries ).toEqual( [ 'AR' ] );
		const boxes = form.querySelectorAll<HTMLInputElement>( 'input[type=checkbox]' );
		boxes[ 0 ].checked = false;
		boxes[ 0 ].dispatchEvent( new Event( 'change' ) );
		expect( states.pop()!.levels ).toEqual( [ '5 to 99', '100 or more' ] );
		// Months are a list of the published ones, newest first, named in the reader's language
		// (a native month input spoke the browser's).
		const month = form.querySelector<HTMLSelectElement>( '.geo-editors-range select' )!;
		const offered = Array.from( month.options, ( o ) => o.value );
		expect( offered[ offered.length - 1 ] ).toBe( '2023-07' );
		expect( offered[ 0 ] > offered[ offered.length - 1 ] ).toBe( true );
		expect( month.options[ offered.length - 1 ].textContent ).toBe( 'July 2023' );
		expect( form.querySelector( 'input[type=month]' ) ).toBeNull();
		month.value = '2023-09';
		month.dispatchEvent( new Event( 'change' ) );
		expect( states.pop()!.from ).toBe( '2023-09' );
	} );
} );
