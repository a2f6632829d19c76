// Basemap tiles for the local demo: maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png answered with land,
// sea and country borders drawn from Natural Earth (public domain, via the world-atlas package's
// TopoJSON) in Web Mercator, so the map looks like a map without any network. Pure JS: a scanline
// polygon fill and line drawing at twice the size, averaged down, encoded as PNG with node's zlib.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodePng } from './png.mjs';
import { feature, mesh } from 'topojson-client';

const require = createRequire( import.meta.url );
const SIZE = 256;
const S = 2; // supersampling factor
const SEA = [ 170, 211, 223 ];
const LAND = [ 242, 239, 233 ];
const BORDER = [ 160, 150, 170 ];
const COAST = [ 140, 170, 185 ];

/** Web Mercator at zoom 0: lon/lat → pixels of a 256 px world. */
function project( [ lon, lat ] ) {
	const phi = Math.max( -85.0511, Math.min( 85.0511, lat ) ) * Math.PI / 180;
	return [ ( lon + 180 ) / 360 * SIZE,
		( 1 - Math.log( Math.tan( phi ) + 1 / Math.cos( phi ) ) / Math.PI ) / 2 * SIZE ];
}

function bbox( points ) {
	const b = [ Infinity, Infinity, -Infinity, -Infinity ];
	for ( const [ x, y ] of points ) {
		b[ 0 ] = Math.min( b[ 0 ], x );
		b[ 1 ] = Math.min( b[ 1 ], y );
		b[ 2 ] = Math.max( b[ 2 ], x );
		b[ 3 ] = Math.max( b[ 3 ], y );
	}
	return b;
}

let world = null;

/**
 * A ring cut at the antimeridian (Chukotka, Fiji) jumps across the whole world and back: continue
 * it past the world's edge instead, so it stays closed (an open ring breaks the even-odd fill into
 * stripes of land across the sea), and draw it once more a world to the east or west for the part
 * beyond the edge. A ring that does not close that way (around a pole) is left as it is.
 */
function wrapped( points ) {
	let shift = 0;
	const out = points.map( ( p, i ) => {
		if ( i > 0 ) {
			const step = p[ 0 ] - points[ i - 1 ][ 0 ];
			shift += step > SIZE / 2 ? -SIZE : step < -SIZE / 2 ? SIZE : 0;
		}
		return [ p[ 0 ] + shift, p[ 1 ] ];
	} );
	if ( shift !== 0 ) {
		return [ points ];
	}
	const [ west, , east ] = bbox( out );
	const copies = [ out ];
	if ( east > SIZE ) {
		copies.push( out.map( ( [ x, y ] ) => [ x - SIZE, y ] ) );
	}
	if ( west < 0 ) {
		copies.push( out.map( ( [ x, y ] ) => [ x + SIZE, y ] ) );
	}
	return copies;
}

/**
 * Land rings and border lines, projected once (the 50 m scale: detailed enough to zoom 6 or so).
 */
function loadWorld() {
	if ( !world ) {
		const land = JSON.parse( readFileSync( require.resolve( 'world-atlas/land-50m.json' ), 'utf8' ) );
		const countries = JSON.parse( readFileSync( require.resolve( 'world-atlas/countries-50m.json' ), 'utf8' ) );
		const rings = [];
		for ( const f of feature( land, land.objects.land ).features ) {
			const polys = f.geometry.type === 'Polygon' ? [ f.geometry.coordinates ] : f.geometry.coordinates;
			for ( const poly of polys ) {
				for ( const ring of poly ) {
					for ( const points of wrapped( ring.map( project ) ) ) {
						rings.push( { points, box: bbox( points ) } );
					}
				}
			}
		}
		const lines = mesh( countries, countries.objects.countries,
			( a, b ) => a !== b ).coordinates.map( ( line ) => {
			const points = line.map( project );
			return { points, box: bbox( points ) };
		} );
		world = { rings, lines };
	}
	return world;
}

/** The RGB pixels (SIZE × SIZE × 3 bytes) of one tile. */
function drawTile( z, x, y ) {
	const { rings, lines } = loadWorld();
	const n = SIZE * S;
	const scale = 2 ** z * S;
	const ox = x * n;
	const oy = y * n;
	const inTile = ( b ) => b[ 2 ] * scale >= ox - 1 && b[ 0 ] * scale <= ox + n + 1 &&
		b[ 3 ] * scale >= oy - 1 && b[ 1 ] * scale <= oy + n + 1;
	const px = new Uint8Array( n * n );
	const edges = [];
	const near = rings.filter( ( r ) => inTile( r.box ) );
	for ( const { points } of near ) {
		for ( let i = 0; i < points.length - 1; i++ ) {
			// A ring cut at the antimeridian (Fiji, Chukotka) has an edge across the whole world:
			// skip it.
			if ( Math.abs( points[ i + 1 ][ 0 ] - points[ i ][ 0 ] ) > SIZE / 2 ) {
				continue;
			}
			edges.push( [ points[ i ][ 0 ] * scale - ox, points[ i ][ 1 ] * scale - oy,
				points[ i + 1 ][ 0 ] * scale - ox, points[ i + 1 ][ 1 ] * scale - oy ] );
		}
	}
	// Even-odd scanline fill: rings never overlap, holes (lakes) flip back to water.
	for ( let row = 0; row < n; row++ ) {
		const cy = row + 0.5;
		const xs = [];
		for ( const [ x1, y1, x2, y2 ] of edges ) {
			if ( ( y1 <= cy ) !== ( y2 <= cy ) ) {
				xs.push( x1 + ( cy - y1 ) * ( x2 - x1 ) / ( y2 - y1 ) );
			}
		}
		xs.sort( ( a, b ) => a - b );
		for ( let i = 0; i + 1 < xs.length; i += 2 ) {
			const from = Math.max( 0, Math.ceil( xs[ i ] - 0.5 ) );
			const to = Math.min( n - 1, Math.floor( xs[ i + 1 ] - 0.5 ) );
			// (fill() would read a negative end as counted from the array's end)
			if ( from <= to ) {
				px.fill( 1, row * n + from, row * n + to + 1 );
			}
		}
	}
	const stroke = ( x1, y1, x2, y2, value ) => {
		const steps = Math.ceil( Math.max( Math.abs( x2 - x1 ), Math.abs( y2 - y1 ) ) ) + 1;
		for ( let s = 0; s <= steps; s++ ) {
			const sx = Math.floor( x1 + ( x2 - x1 ) * s / steps );
			const sy = Math.floor( y1 + ( y2 - y1 ) * s / steps );
			if ( sx >= 0 && sy >= 0 && sx < n && sy < n ) {
				px[ sy * n + sx ] = value;
			}
		}
	};
	for ( const [ x1, y1, x2, y2 ] of edges ) {
		stroke( x1, y1, x2, y2, 2 );
	}
	for ( const { points } of lines.filter( ( l ) => inTile( l.box ) ) ) {
		for ( let i = 0; i < points.length - 1; i++ ) {
			if ( Math.abs( points[ i + 1 ][ 0 ] - points[ i ][ 0 ] ) > SIZE / 2 ) {
				continue;
			}
			stroke( points[ i ][ 0 ] * scale - ox, points[ i ][ 1 ] * scale - oy,
				points[ i + 1 ][ 0 ] * scale - ox, points[ i + 1 ][ 1 ] * scale - oy, 3 );
		}
	}
	const colours = [ SEA, LAND, COAST, BORDER ];
	const rgb = Buffer.alloc( SIZE * SIZE * 3 );
	for ( let ty = 0; ty < SIZE; ty++ ) {
		for ( let tx = 0; tx < SIZE; tx++ ) {
			const sum = [ 0, 0, 0 ];
			for ( let dy = 0; dy < S; dy++ ) {
				for ( let dx = 0; dx < S; dx++ ) {
					const c = colours[ px[ ( ty * S + dy ) * n + tx * S + dx ] ];
					sum[ 0 ] += c[ 0 ];
					sum[ 1 ] += c[ 1 ];
					sum[ 2 ] += c[ 2 ];
				}
			}
			const at = ( ty * SIZE + tx ) * 3;
			rgb[ at ] = sum[ 0 ] / ( S * S );
			rgb[ at + 1 ] = sum[ 1 ] / ( S * S );
			rgb[ at + 2 ] = sum[ 2 ] / ( S * S );
		}
	}
	return rgb;
}

const cache = new Map();
const rawCache = new Map();

/**
 * The RGB pixels of tile z/x/y (cached), for the static images (static-map.mjs).
 *
 * @param {number} z
 * @param {number} x
 * @param {number} y
 * @return {Buffer}
 */
export function tileRgb( z, x, y ) {
	const key = z + '/' + x + '/' + y;
	if ( !rawCache.has( key ) ) {
		if ( rawCache.size > 2000 ) {
			rawCache.clear();
		}
		rawCache.set( key, drawTile( z, x, y ) );
	}
	return rawCache.get( key );
}

export const TILE_SIZE = SIZE;
export const SEA_RGB = SEA;

/**
 * The PNG for a request path `maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png` (optionally `@2x`), or
 * null when the path is not a tile of the world (the caller answers as before).
 *
 * @param {string} rel
 * @return {Buffer | null}
 */
export function tilePng( rel ) {
	const m = /^maps\.wikimedia\.org\/osm-intl\/(\d{1,2})\/(\d+)\/(\d+)(?:@2x)?\.png$/.exec( rel );
	if ( !m ) {
		return null;
	}
	const [ z, x, y ] = [ +m[ 1 ], +m[ 2 ], +m[ 3 ] ];
	if ( z > 18 || x >= 2 ** z || y >= 2 ** z ) {
		return null;
	}
	const key = z + '/' + x + '/' + y;
	if ( !cache.has( key ) ) {
		if ( cache.size > 2000 ) {
			cache.clear();
		}
		cache.set( key, encodePng( SIZE, SIZE, 3, tileRgb( z, x, y ) ) );
	}
	return cache.get( key );
}
