import { describe, it, expect } from 'vitest';
import { urlWithState } from './dashboard';
import { stateFromQuery } from './state';

describe( 'the dashboard address', () => {
	const base = 'https://es.wikipedia.org/wiki/Especial:PáginaEnBlanco/GeoEditors';

	it( 'keeps a view\'s own parameter while that view is shown', () => {
		const href = base + '?uselang=es&country=CL&from=2024-01&to=2024-12&view=impact&campaign=2024-03..2024-04';
		const state = stateFromQuery( new URL( href ).search, 'es.wikipedia' );
		const url = new URL( urlWithState( href, state ) );
		expect( url.searchParams.get( 'campaign' ) ).toBe( '2024-03..2024-04' );
		expect( url.searchParams.get( 'uselang' ) ).toBe( 'es' );
	} );

	it( 'drops the impact, periods and group parameters once another view is shown', () => {
		const href = base + '?country=CL&from=2024-01&to=2024-12&view=impact&campaign=2024-03..2024-04&periods=x&group=419';
		const state = Object.assign( stateFromQuery( new URL( href ).search, 'es.wikipedia' ), { view: 'lines' as const } );
		const url = new URL( urlWithState( href, state ) );
		expect( url.searchParams.get( 'view' ) ).toBe( 'lines' );
		for ( const key of [ 'campaign', 'periods', 'group' ] ) {
			expect( url.searchParams.has( key ) ).toBe( false );
		}
	} );
} );
