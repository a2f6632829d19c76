import { describe, it, expect } from 'vitest';
import { viewOf, boundsOf, placeOn, mercator } from './geometry';

const VIEW = { lat: -33.05, lon: -71.6, zoom: 8, width: 300, height: 250 };

describe( 'static mapframe geometry', () => {
	it( 'reads a fixed view from Kartographer\'s data attributes, skips maps without one', () => {
		expect( viewOf( { lat: '-33.05', lon: '-71.6', zoom: '8', width: '300', height: '250' } ) ).toEqual( VIEW );
		// fitted to their data: no data-lat/data-lon/data-zoom
		expect( viewOf( { width: '300', height: '250' } ) ).toBeNull();
		expect( viewOf( { lat: '-33', lon: '-71', width: 'full', height: '250', zoom: '8' } ) ).toBeNull();
		expect( viewOf( { lat: '1e3', lon: '0', zoom: '3', width: '10', height: '10' } ) ).toBeNull();
	} );

	it( 'puts the centre in the middle and moves one world pixel per image pixel', () => {
		expect( placeOn( VIEW, -33.05, -71.6, 300, 250 ) ).toEqual( { x: 150, y: 125 } );
		// at zoom 8 the world is 65,536 px wide: 360° / 65,536 px per pixel
		const p = placeOn( VIEW, -33.05, -71.6 + 100 * 360 / 65536, 300, 250 )!;
		expect( p.x ).toBeCloseTo( 250, 6 );
		expect( p.y ).toBeCloseTo( 125, 6 );
		expect( placeOn( VIEW, -33.05, -60, 300, 250 ) ).toBeNull();
	} );

	it( 'follows object-fit: cover when the image is shown narrower than its size', () => {
		// 300 × 250 shown in a 200 × 250 box: not scaled (cover keeps the height), cropped 50 px each side
		const p = placeOn( VIEW, -33.05, -71.6 + 110 * 360 / 65536, 200, 250 );
		expect( p ).toBeNull(); // was at x = 260 of 300: cropped away
		const q = placeOn( VIEW, -33.05, -71.6 + 40 * 360 / 65536, 200, 250 )!;
		expect( q.x ).toBeCloseTo( 140, 6 );
	} );

	it( 'bounds hold the corners, and a map across the antimeridian wraps', () => {
		const b = boundsOf( VIEW );
		expect( b.west ).toBeLessThan( -71.6 );
		expect( b.east ).toBeGreaterThan( -71.6 );
		expect( b.north ).toBeGreaterThan( -33.05 );
		expect( b.south ).toBeLessThan( -33.05 );
		const fiji = { lat: -17.8, lon: 179.9, zoom: 6, width: 300, height: 300 };
		expect( boundsOf( fiji ).east ).toBeGreaterThan( 180 );
		expect( placeOn( fiji, -17.8, -179.9, 300, 300 ) ).not.toBeNull();
		expect( mercator( 0, 0, 256 ) ).toEqual( { x: 128, y: 128 } );
	} );
} );

describe( 'a static image that shows a list of points', () => {
	it( 'centres one point at the zoom asked for, several at the largest whole zoom where all fit', async () => {
		const { fitView } = await import( './geometry' );
		expect( fitView( [], 300, 200 ) ).toBeNull();
		expect( fitView( [ { lat: -29.3167, lon: -70.0167 } ], 300, 200, 8 ) ).toEqual( { lat: -29.3167, lon: -70.0167, zoom: 8, width: 300, height: 200 } );
		const points = [ { lat: -27.4, lon: -70.3 }, { lat: -29.3, lon: -70.0 } ];
		const view = fitView( points, 300, 200, 9 )!;
		points.forEach( ( p ) => expect( placeOn( view, p.lat, p.lon, 300, 200, 24 ) ).not.toBeNull() );
		// One zoom deeper, they no longer fit.
		const deeper = Object.assign( {}, view, { zoom: view.zoom + 1 } );
		expect( points.every( ( p ) => placeOn( deeper, p.lat, p.lon, 300, 200, 24 ) ) ).toBe( false );
	} );

	it( 'Kartographer\'s image URL on the configured tile server, none for another shape', async () => {
		const { staticImageUrl } = await import( './geometry' );
		const view = { lat: -33.05, lon: -71.6, zoom: 8, width: 300, height: 200 };
		expect( staticImageUrl( 'https://maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png', view ) ).toBe( 'https://maps.wikimedia.org/img/osm-intl,8,-33.05,-71.6,300x200.png' );
		expect( staticImageUrl( 'http://127.0.0.1:8441/maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png', view, 2 ) ).toBe( 'http://127.0.0.1:8441/maps.wikimedia.org/img/osm-intl,8,-33.05,-71.6,300x200@2x.png' );
		expect( staticImageUrl( 'https://tiles.example.org/{z}/{x}/{y}.png?key=1', view ) ).toBeNull();
	} );
} );
