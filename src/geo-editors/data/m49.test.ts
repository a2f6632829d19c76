import { describe, it, expect } from 'vitest';
import { SUBREGIONS, REGIONS, findGroup } from './m49';

describe( 'M49 groups', () => {
	it( 'puts every listed country in exactly one sub-region and one continent', () => {
		const seen = new Map<string, string>();
		for ( const g of SUBREGIONS ) {
			for ( const c of g.countries ) {
				expect( c ).toMatch( /^[A-Z]{2}$/ );
				expect( seen.get( c ), c + ' in ' + g.code + ' and ' + seen.get( c ) ).toBeUndefined();
				seen.set( c, g.code );
			}
		}
		// ISO 3166-1 has 249 codes; Antarctica (AQ) has no M49 region; the Foundation's table adds
		// Kosovo (XK) to Southern Europe.
		expect( seen.size ).toBe( 249 );
		const continents = REGIONS.filter( ( g ) => g.kind === 'region' );
		expect( continents.reduce( ( n, g ) => n + g.countries.length, 0 ) ).toBe( 249 );
	} );

	it( 'has the groups organisers ask for', () => {
		expect( findGroup( '005' )!.countries ).toEqual( expect.arrayContaining( [ 'AR', 'BR', 'CL', 'UY', 'VE' ] ) );
		expect( findGroup( '005' )!.countries ).not.toContain( 'MX' );
		expect( findGroup( '419' )!.countries ).toEqual( expect.arrayContaining( [ 'MX', 'CU', 'CL' ] ) );
		expect( findGroup( '202' )!.countries ).not.toContain( 'EG' );
		expect( findGroup( '150' )!.countries ).toContain( 'RU' );
		expect( findGroup( '142' )!.countries ).toContain( 'TR' );
	} );

	it( 'looks up only valid codes', () => {
		expect( findGroup( '999' ) ).toBeNull();
		expect( findGroup( 'constructor' ) ).toBeNull();
		expect( findGroup( '05' ) ).toBeNull();
	} );
} );
