// @vitest-environment node
// Kartographer's static images, drawn by the fixture server from the same Natural Earth tiles.
import { describe, it, expect } from 'vitest';
import zlib from 'node:zlib';
import { staticMapPng, mercatorPixel } from './static-map.mjs';
import { tilePng } from './tiles.mjs';

function size( png: Buffer ): [ number, number ] {
	return [ png.readUInt32BE( 16 ), png.readUInt32BE( 20 ) ];
}

/** RGB of pixel (x, y) of one of our PNGs (8-bit RGB, filter 0 on every row). */
function pixel( png: Buffer, x: number, y: number ): number[] {
	const [ w ] = size( png );
	const idat = png.indexOf( 'IDAT' );
	const raw = zlib.inflateSync( png.subarray( idat + 4, idat + 4 + png.readUInt32BE( idat - 4 ) ) );
	const at = y * ( w * 3 + 1 ) + 1 + x * 3;
	return [ raw[ at ], raw[ at + 1 ], raw[ at + 2 ] ];
}

const LAND = [ 242, 239, 233 ];
const SEA = [ 170, 211, 223 ];

describe( 'static map images', () => {
	it( 'centres the image on lat/lon at the zoom: Santiago on land, the Pacific to the west', () => {
		const png = staticMapPng( 'maps.wikimedia.org/img/osm-intl,4,-33.45,-70.66,640x480.png' )!;
		expect( size( png ) ).toEqual( [ 640, 480 ] );
		expect( pixel( png, 320, 240 ) ).toEqual( LAND );
		expect( pixel( png, 20, 240 ) ).toEqual( SEA );
	} );

	it( 'is the window of the same tiles the interactive map shows', () => {
		const png = staticMapPng( 'maps.wikimedia.org/img/osm-intl,3,-20,-50,300x200.png' )!;
		const [ cx, cy ] = mercatorPixel( -20, -50, 256 * 8 );
		const tile = tilePng( `maps.wikimedia.org/osm-intl/3/${ Math.floor( cx / 256 ) }/${ Math.floor( cy / 256 ) }.png` )!;
		const x0 = Math.round( cx - 150 );
		const y0 = Math.round( cy - 100 );
		for ( const [ i, j ] of [ [ 10, 10 ], [ 150, 100 ], [ 290, 190 ] ] ) {
			const wx = x0 + i;
			const wy = y0 + j;
			if ( Math.floor( wx / 256 ) === Math.floor( cx / 256 ) && Math.floor( wy / 256 ) === Math.floor( cy / 256 ) ) {
				expect( pixel( png, i, j ) ).toEqual( pixel( tile, wx % 256, wy % 256 ) );
			}
		}
	} );

	it( 'doubles the pixels for @2x, wraps the world east and west', () => {
		expect( size( staticMapPng( 'maps.wikimedia.org/img/osm-intl,2,0,0,100x50@2x.png' )! ) ).toEqual( [ 200, 100 ] );
		// zoom 0 is a 256 px world: a 600 px image shows it more than twice, the same pixel 256 px apart
		const world = staticMapPng( 'maps.wikimedia.org/img/osm-intl,0,0,0,600x100.png' )!;
		expect( pixel( world, 30, 50 ) ).toEqual( pixel( world, 286, 50 ) );
	} );

	it( 'refuses what the real server cannot draw from the URL alone', () => {
		expect( staticMapPng( 'maps.wikimedia.org/img/osm-intl,a,a,a,300x200.png' ) ).toBeNull();
		expect( staticMapPng( 'maps.wikimedia.org/img/osm-intl,19,0,0,300x200.png' ) ).toBeNull();
		expect( staticMapPng( 'maps.wikimedia.org/img/osm-intl,3,91,0,300x200.png' ) ).toBeNull();
	} );
} );
