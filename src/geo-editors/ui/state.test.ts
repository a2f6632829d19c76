import { describe, it, expect } from 'vitest';
import { parseState, stateFromElement, stateFromQuery, stateToParams } from './state';
import { urlWithState } from './dashboard';

describe( 'view state', () => {
	it( 'reads a placeholder, with comma lists', () => {
		const el = document.createElement( 'div' );
		el.dataset.country = 'cl, AR';
		el.dataset.project = 'es.wikipedia,eswiki,en.wikidata';
		el.dataset.from = '2023-07';
		el.dataset.to = '2023-12';
		const s = stateFromElement( el, 'ptwiki' );
		expect( s.countries ).toEqual( [ 'CL', 'AR' ] );
		expect( s.projects ).toEqual( [ 'es.wikipedia', 'eswiki', 'en.wikidata' ] );
		expect( s.view ).toBe( 'compare' );
		expect( s.levels ).toEqual( [ '1 to 4', '5 to 99', '100 or more' ] );
	} );

	it( 'defaults: the current wiki, the latest months (null range), one selection → lines', () => {
		const s = parseState( { country: 'CL' }, 'eswiki' );
		expect( s.projects ).toEqual( [ 'eswiki' ] );
		expect( s.from ).toBeNull();
		expect( s.to ).toBeNull();
		expect( s.view ).toBe( 'lines' );
	} );

	it( 'drops anything that is not a valid identifier', () => {
		const s = parseState( { country: 'CL,<script>,Chile,--', project: 'es.wikipedia,"><img src=x>,../../x', from: '2023-13', to: '2023-12', view: 'evil', levels: '5-99,bogus' }, 'eswiki' );
		expect( s.countries ).toEqual( [ 'CL', '--' ] );
		expect( s.projects ).toEqual( [ 'es.wikipedia' ] );
		expect( s.from ).toBeNull();
		expect( s.view ).toBe( 'compare' );
		expect( s.levels ).toEqual( [ '5 to 99' ] );
	} );

	it( 'swaps a reversed range', () => {
		const s = parseState( { from: '2023-12', to: '2023-07' }, 'eswiki' );
		expect( [ s.from, s.to ] ).toEqual( [ '2023-07', '2023-12' ] );
	} );

	it( 'round-trips through URL parameters, keeping other parameters', () => {
		const s = stateFromQuery( '?country=CL,AR&project=es.wikipedia&from=2023-07&to=2023-12&view=top&month=2023-09&levels=100%2B', 'eswiki' );
		expect( s.levels ).toEqual( [ '100 or more' ] );
		expect( s.month ).toBe( '2023-09' );
		const url = urlWithState( 'https://es.wikipedia.org/wiki/Especial:PáginaEnBlanco/GeoEditors?uselang=es&view=lines', s );
		const params = new URL( url ).searchParams;
		expect( params.get( 'uselang' ) ).toBe( 'es' );
		expect( params.get( 'view' ) ).toBe( 'top' );
		expect( stateFromQuery( new URL( url ).search, 'eswiki' ) ).toEqual( s );
		expect( stateToParams( parseState( {}, 'eswiki' ) ) ).not.toHaveProperty( 'levels' );
	} );
} );

describe( 'prototype names as parameters (issue 14)', () => {
	it( 'are not activity levels', () => {
		for ( const name of [ 'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty' ] ) {
			expect( parseState( { country: 'CL', levels: name }, 'eswiki' ).levels ).toEqual( [ '1 to 4', '5 to 99', '100 or more' ] );
			expect( parseState( { country: 'CL', levels: name + ',100+' }, 'eswiki' ).levels ).toEqual( [ '100 or more' ] );
		}
	} );
} );

describe( 'granularity (weekly release)', () => {
	it( 'is read from data-granularity and granularity=, written only when weekly, and round-trips', () => {
		const el = document.createElement( 'div' );
		el.dataset.country = 'CL';
		el.dataset.granularity = 'week';
		expect( stateFromElement( el, 'eswiki' ).granularity ).toBe( 'week' );
		for ( const other of [ 'weekly', 'WEEK', 'day', '', 'constructor' ] ) {
			expect( parseState( { granularity: other }, 'eswiki' ).granularity ).toBe( 'month' );
		}
		const s = stateFromQuery( '?country=CL&project=es.wikipedia&from=2023-07&to=2023-12&granularity=week', 'eswiki' );
		expect( stateToParams( s ).granularity ).toBe( 'week' );
		expect( stateFromQuery( new URL( urlWithState( 'https://x.test/?a=1', s ) ).search, 'eswiki' ) ).toEqual( s );
		expect( stateToParams( parseState( {}, 'eswiki' ) ) ).not.toHaveProperty( 'granularity' );
	} );
} );
