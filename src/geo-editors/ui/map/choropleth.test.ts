import { describe, it, expect, vi, afterEach } from 'vitest';
import * as L from 'leaflet';
import { mountChoropleth } from './choropleth';
import { fakeKartographerMap, fakeLayoutAndCanvas } from '../../../geo-conflicts/map/test-helpers';
import type { LeafletNS } from '../../../core/leaflet';

afterEach( () => {
	vi.restoreAllMocks();
} );

describe( 'the world map on Kartographer\'s map', () => {
	it( 'shows one shaded world: quarter zoom steps as the bundled map, no tile copies east and west', async () => {
		const restore = fakeLayoutAndCanvas();
		const element = document.createElement( 'div' );
		document.body.appendChild( element );
		let made: ReturnType<typeof fakeKartographerMap> | null = null;
		const box = { map: vi.fn( ( options: KartographerMapOptions & { zoomSnap?: number } ) => {
			made = fakeKartographerMap( L as unknown as LeafletNS, options.container, { center: options.center, zoom: options.zoom } );
			made.options.zoomSnap = options.zoomSnap;
			return made;
		} ) };
		vi.spyOn( mw.loader, 'getState' ).mockReturnValue( 'registered' );
		vi.spyOn( mw.loader, 'using' ).mockImplementation( ( () => Promise.resolve( ( name: string ) => name === 'ext.kartographer.box' ? box : null ) ) as never );
		( window as unknown as { L: unknown } ).L = L;
		const areas = [ { code: 'CL', shade: 'np', label: 'Chile: not published', focusable: true } ];
		const outlines = new Map( [ [ 'CL', [ [ [ [ -70, -20 ], [ -68, -20 ], [ -68, -50 ], [ -75, -50 ], [ -70, -20 ] ] ] ] ] ] as [ string, [ number, number ][][][] ][] );
		const mounted = await mountChoropleth( element, areas, outlines );
		expect( mounted.backend ).toBe( 'kartographer' );
		expect( box.map.mock.calls[ 0 ][ 0 ] ).toMatchObject( { zoomSnap: 0.25, allowFullScreen: false } );
		const map = made!;
		expect( map.wikimediaLayer!.options.noWrap ).toBe( true );
		expect( map.options.maxBounds ).toBeTruthy();
		// n/p hatching as on the bundled map
		expect( element.querySelector( 'pattern#geo-editors-map-np-hatch' ) ).not.toBeNull();
		expect( element.querySelector( '[data-country=CL]' )!.getAttribute( 'class' ) ).toContain( 'geo-editors-map-np' );
		mounted.destroy();
		restore();
	} );
} );
