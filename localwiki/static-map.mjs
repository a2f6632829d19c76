// Static map images for the Kartographer stand-in: maps.wikimedia.org/img/{style},{zoom},{lat},{lon},
// {w}x{h}[@{n}x].png (the URL Kartographer's MapFrameAttributeGenerator puts in a static
// mapframe's <img>), composed from the Natural Earth tiles of tiles.mjs: the image is the
// w × h window of the Web Mercator world at that zoom centred on lat/lon, as maps.wikimedia.org
// renders it. `@2x` doubles the pixels (tiles one zoom deeper), as the real server does.
import { encodePng } from './png.mjs';
import { tileRgb, TILE_SIZE, SEA_RGB } from './tiles.mjs';

const MAX_SIDE = 2048; // Kartographer caps width at 1024 (full width) and height at 1000
const URL_RE = /^maps\.wikimedia\.org\/img\/([a-z0-9-]+),(\d{1,2}),(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d{1,4})x(\d{1,4})(?:@([12])x)?\.png$/;

/**
 * Web Mercator pixel position of lat/lon in a world of `worldSize` pixels.
 *
 * @param {number} lat
 * @param {number} lon
 * @param {number} worldSize
 * @return {[number, number]}
 */
export function mercatorPixel( lat, lon, worldSize ) {
	const phi = Math.max( -85.0511, Math.min( 85.0511, lat ) ) * Math.PI / 180;
	return [ ( lon + 180 ) / 360 * worldSize,
		( 1 - Math.log( Math.tan( phi ) + 1 / Math.cos( phi ) ) / Math.PI ) / 2 * worldSize ];
}

/**
 * The PNG for a request path `maps.wikimedia.org/img/…`, or null when the path is not a static
 * image we can draw (auto-positioned `a` values, out-of-range numbers).
 *
 * @param {string} rel
 * @return {Buffer | null}
 */
export function staticMapPng( rel ) {
	const m = URL_RE.exec( rel );
	if ( !m ) {
		return null;
	}
	const zoom = +m[ 2 ];
	const lat = +m[ 3 ];
	const lon = +m[ 4 ];
	const scale = m[ 7 ] ? +m[ 7 ] : 1;
	const w = +m[ 5 ] * scale;
	const h = +m[ 6 ] * scale;
	if ( zoom > 18 || Math.abs( lat ) > 90 || Math.abs( lon ) > 180 || !w || !h ||
		w > MAX_SIDE * 2 || h > MAX_SIDE * 2 ) {
		return null;
	}
	const tz = zoom + ( scale === 2 ? 1 : 0 );
	const tiles = 2 ** tz;
	const world = TILE_SIZE * tiles;
	const [ cx, cy ] = mercatorPixel( lat, lon, world );
	const x0 = Math.round( cx - w / 2 );
	const y0 = Math.round( cy - h / 2 );
	const out = Buffer.alloc( w * h * 3 );
	for ( let j = 0; j < h; j++ ) {
		const wy = y0 + j;
		const ty = Math.floor( wy / TILE_SIZE );
		for ( let i = 0; i < w; i++ ) {
			const at = ( j * w + i ) * 3;
			if ( ty < 0 || ty >= tiles ) {
				out[ at ] = SEA_RGB[ 0 ];
				out[ at + 1 ] = SEA_RGB[ 1 ];
				out[ at + 2 ] = SEA_RGB[ 2 ];
				continue;
			}
			const wx = ( ( x0 + i ) % world + world ) % world; // the world repeats east and west
			const tx = Math.floor( wx / TILE_SIZE );
			const tile = tileRgb( tz, tx, ty );
			const from = ( ( wy - ty * TILE_SIZE ) * TILE_SIZE + ( wx - tx * TILE_SIZE ) ) * 3;
			out[ at ] = tile[ from ];
			out[ at + 1 ] = tile[ from + 1 ];
			out[ at + 2 ] = tile[ from + 2 ];
		}
	}
	return encodePng( w, h, 3, out );
}
