// @vitest-environment node
// The demo basemap: real Natural Earth land (world-atlas) where land is, sea elsewhere.
import { describe, it, expect } from 'vitest';
import zlib from 'node:zlib';
import { tilePng } from './tiles.mjs';
import { thumbnailPlaceholder } from './thumbs.mjs';

/** RGB of pixel (x, y) of one of our PNGs (8-bit RGB, filter 0 on every row). */
function pixel( png: Buffer, x: number, y: number ): number[] {
	const idat = png.indexOf( 'IDAT' );
	const raw = zlib.inflateSync( png.subarray( idat + 4,
		idat + 4 + png.readUInt32BE( idat - 4 ) ) );
	const at = y * ( 256 * 3 + 1 ) + 1 + x * 3;
	return [ raw[ at ], raw[ at + 1 ], raw[ at + 2 ] ];
}

describe( 'demo tiles', () => {
	it( 'draws South America as land and the Atlantic as sea', () => {
		const png = tilePng( 'maps.wikimedia.org/osm-intl/3/2/4.png' )!;
		expect( png.subarray( 1, 4 ).toString() ).toBe( 'PNG' );
		expect( pixel( png, 200, 100 ) ).toEqual( [ 242, 239, 233 ] ); // Brazil's interior
		expect( pixel( png, 20, 200 ) ).toEqual( [ 170, 211, 223 ] ); // the Pacific off Chile
		expect( pixel( tilePng( 'maps.wikimedia.org/osm-intl/3/3/4.png' )!, 200, 200 ) ).toEqual( [ 170, 211, 223 ] ); // mid-Atlantic
	} );

	it( 'keeps the Arctic sea sea where a ring is cut at the antimeridian (no stripes of land)', () => {
		const png = tilePng( 'maps.wikimedia.org/osm-intl/1/1/0.png' )!;
		// 3.5° E at 73° N (between Norway and Svalbard) and at 67° N (the Norwegian Sea)
		expect( pixel( png, 5, 100 ) ).toEqual( [ 170, 211, 223 ] );
		expect( pixel( png, 5, 125 ) ).toEqual( [ 170, 211, 223 ] );
		// Chukotka, both sides of the antimeridian, is still land.
		expect( pixel( png, 250, 140 ) ).toEqual( [ 242, 239, 233 ] );
	} );

	it( 'answers only tile paths of the world', () => {
		expect( tilePng( 'maps.wikimedia.org/osm-intl/2/4/0.png' ) ).toBeNull();
		expect( tilePng( 'maps.wikimedia.org/other.png' ) ).toBeNull();
	} );

	it( 'answers Special:FilePath with a placeholder that says so and names the file, nothing else', () => {
		const svg = thumbnailPlaceholder( 'commons.wikimedia.org/wiki/Special:FilePath/Río_Baker.jpg' )!.toString();
		expect( svg ).toMatch( /^<svg / );
		expect( svg ).toContain( 'Demo placeholder' );
		expect( svg ).toContain( 'not the real picture' );
		expect( svg ).toContain( '>Río Baker.jpg<' );
		expect( thumbnailPlaceholder( 'commons.wikimedia.org/wiki/File:Río_Baker.jpg' ) ).toBeNull();
	} );

	it( 'escapes a hostile file name in the placeholder', () => {
		const svg = thumbnailPlaceholder( 'commons.wikimedia.org/wiki/Special:FilePath/<script>a&b".jpg' )!.toString();
		expect( svg ).not.toContain( '<script' );
		expect( svg ).toContain( '&lt;script&gt;a&amp;b&quot;.jpg' );
	} );
} );
