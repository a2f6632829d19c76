import { describe, it, expect } from 'vitest';
import { groupTotal, groupRefusal, GroupScopeError } from './groups';
import { findGroup } from './m49';
import { chileIndex } from './testing-rows';
import { Z95, LN20 } from './uncertainty';

const index = chileIndex();
const southAmerica = findGroup( '005' )!.countries;

describe( 'group totals', () => {
	it( 'sums the published cells of one wiki and month with the combined interval, naming the rest', () => {
		const g = groupTotal( index, { countries: southAmerica, wikiDbs: [ 'eswiki' ], months: [ '2023-08' ] } );
		expect( g.total!.value ).toBe( 5217 + 777 + 76 );
		expect( g.total!.half ).toBeCloseTo( Z95 * Math.sqrt( 6 ) / 1.1, 10 );
		expect( g.byLevel[ '5 to 99' ]!.value ).toBe( 777 );
		expect( g.byLevel[ '5 to 99' ]!.half ).toBeCloseTo( LN20 / 1.1, 10 );
		expect( g.publishedCountries ).toEqual( [ 'CL' ] );
		// The sample holds Chile only: every other country's cells are named, not counted as 0.
		expect( g.notPublished ).toHaveLength( ( southAmerica.length - 1 ) * 3 );
		expect( g.notPublished ).toContainEqual( { country: 'AR', level: '1 to 4' } );
		expect( g.notPublished.some( ( c ) => c.country === 'CL' ) ).toBe( false );
	} );

	it( 'names a missing level of a published country (en.wikidata 100+ in 2023-08)', () => {
		const g = groupTotal( index, { countries: [ 'CL', 'CL' ], wikiDbs: [ 'wikidatawiki' ], months: [ '2023-08' ] } );
		expect( g.total!.value ).toBe( 449 + 99 );
		expect( g.notPublished ).toEqual( [ { country: 'CL', level: '100 or more' } ] );
		expect( g.byLevel[ '100 or more' ] ).toBeNull();
	} );

	it( 'keeps to the chosen levels', () => {
		const g = groupTotal( index, { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ], months: [ '2023-08' ], levels: [ '100 or more' ] } );
		expect( g.total!.value ).toBe( 76 );
		expect( g.byLevel[ '1 to 4' ] ).toBeNull();
		expect( g.notPublished ).toEqual( [] );
	} );

	it( 'refuses sums across wikis or months, saying which', () => {
		expect( () => groupTotal( index, { countries: [ 'CL' ], wikiDbs: [ 'eswiki', 'wikidatawiki' ], months: [ '2023-08' ] } ) ).toThrow( GroupScopeError );
		expect( groupRefusal( { countries: [ 'CL' ], wikiDbs: [ 'eswiki', 'wikidatawiki' ], months: [ '2023-08' ] } ) ).toBe( 'several-wikis' );
		expect( groupRefusal( { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ], months: [ '2023-08', '2023-09' ] } ) ).toBe( 'several-months' );
		expect( groupRefusal( { countries: [], wikiDbs: [ 'eswiki' ], months: [ '2023-08' ] } ) ).toBe( 'no-countries' );
		expect( groupRefusal( { countries: [ 'CL' ], wikiDbs: [ 'eswiki', 'eswiki' ], months: [ '2023-08' ] } ) ).toBeNull();
	} );

	it( 'nothing published gives no total, not 0', () => {
		const g = groupTotal( index, { countries: [ 'AR', 'UY' ], wikiDbs: [ 'eswiki' ], months: [ '2023-08' ] } );
		expect( g.total ).toBeNull();
		expect( g.notPublished ).toHaveLength( 6 );
	} );
} );
