import { describe, it, expect, vi, beforeEach } from 'vitest';
import { findPageItem, claimItemIds, type ActionApi } from './entities';
import { clearMemoryCache, cacheDelete } from '../../core/cache';

function fakeApi(
	answer: ( p: Record<string, unknown> ) => unknown,
): ActionApi & { calls: Record<string, unknown>[] } {
	const calls: Record<string, unknown>[] = [];
	return {
		calls,
		get( params ) {
			calls.push( params );
			return Promise.resolve( answer( params ) );
		},
	};
}

const item = ( property: string, id: string, rank = 'normal' ): Record<string, unknown> => ( { rank, mainsnak: { snaktype: 'value', property, datavalue: { value: { id } } } } );

describe( 'claimItemIds', () => {
	it( 'keeps the best rank and skips novalue/deprecated', () => {
		const entity = { claims: { P31: [ item( 'P31', 'Q1' ), item( 'P31', 'Q2', 'preferred' ), item( 'P31', 'Q3', 'deprecated' ) ] } };
		expect( claimItemIds( entity, 'P31' ) ).toEqual( [ 'Q2' ] );
		const novalue = { claims: { P17: [ { rank: 'normal', mainsnak: { snaktype: 'novalue' } }, item( 'P17', 'Q298' ) ] } };
		expect( claimItemIds( novalue, 'P17' ) ).toEqual( [ 'Q298' ] );
	} );
} );

describe( 'findPageItem', () => {
	beforeEach( async () => {
		clearMemoryCache();
		await cacheDelete( 'geo-conflicts:page:eswiki:Región de Atacama:en' );
		await cacheDelete( 'geo-conflicts:page:eswiki:Nada:en' );
		await cacheDelete( 'geo-conflicts:page:Q2365301:en' );
	} );

	it( 'looks the item up by site and title once, then from the cache', async () => {
		const api = fakeApi( () => ( { entities: { Q2120: {
			id: 'Q2120', labels: { en: { language: 'en', value: 'Atacama Region' } },
			claims: { P31: [ item( 'P31', 'Q590080' ) ], P17: [ item( 'P17', 'Q298' ) ], P625: [ { rank: 'normal', mainsnak: { snaktype: 'value' } } ] },
		} } } ) );
		const page = { siteId: 'eswiki', title: 'Región de Atacama' };
		const first = await findPageItem( page, [ 'en' ], api );
		expect( first ).toEqual( { id: 'Q2120', label: 'Atacama Region', classes: [ 'Q590080' ], hasCoordinates: true, adminUnits: [], countries: [ 'Q298' ] } );
		expect( api.calls[ 0 ] ).toMatchObject( { action: 'wbgetentities', sites: 'eswiki', titles: 'Región de Atacama', normalize: 1 } );
		clearMemoryCache();
		expect( await findPageItem( page, [ 'en' ], api ) ).toEqual( first );
		expect( api.calls ).toHaveLength( 1 );
	} );

	it( 'uses wgWikibaseItemId when known', async () => {
		const api = fakeApi( () => ( { entities: { Q2365301: { id: 'Q2365301', claims: {} } } } ) );
		const found = await findPageItem( { itemId: 'Q2365301', siteId: 'eswiki', title: 'X' }, [ 'en' ], api );
		expect( api.calls[ 0 ] ).toMatchObject( { ids: 'Q2365301' } );
		expect( api.calls[ 0 ].titles ).toBeUndefined();
		expect( found && found.label ).toBe( 'Q2365301' );
	} );

	it( 'remembers "no item" but not a broken answer', async () => {
		const missing = fakeApi( () => ( { entities: { '-1': { site: 'eswiki', title: 'Nada', missing: '' } } } ) );
		expect( await findPageItem( { siteId: 'eswiki', title: 'Nada' }, [ 'en' ], missing ) ).toBeNull();
		expect( await findPageItem( { siteId: 'eswiki', title: 'Nada' }, [ 'en' ], missing ) ).toBeNull();
		expect( missing.calls ).toHaveLength( 1 );
		const broken = fakeApi( () => 'oops' );
		const spy = vi.fn( broken.get );
		await findPageItem( { itemId: 'Q2365301', siteId: 'eswiki', title: 'X' }, [ 'en' ], { get: spy } );
		await findPageItem( { itemId: 'Q2365301', siteId: 'eswiki', title: 'X' }, [ 'en' ], { get: spy } );
		expect( spy ).toHaveBeenCalledTimes( 2 );
	} );
} );
