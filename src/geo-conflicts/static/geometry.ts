/**
 * Where a point falls on a static mapframe: Kartographer's image is the w × h window of the Web
 * Mercator world (256 × 2^zoom pixels) centred on data-lat/data-lon, as maps.wikimedia.org draws it.
 * The <img> may be shown smaller (`max-width: 100%` with `object-fit: cover` centred, Kartographer's
 * styles/kartographer.less): the image is scaled to cover the box and cropped around its centre.
 * Pure: no DOM.
 */

export interface StaticView {
	lat: number;
	lon: number;
	zoom: number;
	/** The image's own size (data-width × data-height). */
	width: number;
	height: number;
}

export interface Bounds {
	south: number;
	west: number;
	north: number;
	east: number;
}

const TILE = 256;
const MAX_LAT = 85.0511287798;

function worldSize( zoom: number ): number {
	return TILE * Math.pow( 2, zoom );
}

/** Web Mercator pixel of lat/lon in a world of `size` pixels. */
export function mercator( lat: number, lon: number, size: number ): { x: number; y: number } {
	const phi = Math.max( -MAX_LAT, Math.min( MAX_LAT, lat ) ) * Math.PI / 180;
	return {
		x: ( lon + 180 ) / 360 * size,
		y: ( 1 - Math.log( Math.tan( phi ) + 1 / Math.cos( phi ) ) / Math.PI ) / 2 * size,
	};
}

function unmercator( x: number, y: number, size: number ): { lat: number; lon: number } {
	const n = Math.PI - 2 * Math.PI * y / size;
	return { lat: 180 / Math.PI * Math.atan( Math.sinh( n ) ), lon: x / size * 360 - 180 };
}

/**
 * A mapframe's view from its data attributes, or null when it has no fixed centre and zoom (maps
 * fitted to their data: skipped, the image's position is known only to the map server).
 */
export function viewOf( data: Record<string, string | undefined> ): StaticView | null {
	const num = ( v: string | undefined ): number => ( v !== undefined && /^-?\d+(\.\d+)?$/.test( v.trim() ) ? Number( v ) : NaN );
	const view = { lat: num( data.lat ), lon: num( data.lon ), zoom: num( data.zoom ),
		width: num( data.width ), height: num( data.height ) };
	if ( !( Math.abs( view.lat ) <= 90 && Math.abs( view.lon ) <= 180 && view.zoom >= 0 && view.zoom <= 19 &&
		view.width > 0 && view.height > 0 && view.zoom === Math.floor( view.zoom ) ) ) {
		return null;
	}
	return view;
}

/** The geographic bounds of the image (longitudes may pass ±180: the world repeats). */
export function boundsOf( view: StaticView ): Bounds {
	const size = worldSize( view.zoom );
	const c = mercator( view.lat, view.lon, size );
	const nw = unmercator( c.x - view.width / 2, Math.max( 0, c.y - view.height / 2 ), size );
	const se = unmercator( c.x + view.width / 2, Math.min( size, c.y + view.height / 2 ), size );
	return { south: se.lat, west: nw.lon, north: nw.lat, east: se.lon };
}

/**
 * The position of lat/lon on the shown image, in CSS pixels from its top-left corner, for an
 * image box of boxWidth × boxHeight; null when the point is outside the visible part (with a
 * margin of `inset` pixels kept free at the edges).
 */
export function placeOn( view: StaticView, lat: number, lon: number, boxWidth: number, boxHeight: number,
	inset = 0 ): { x: number; y: number } | null {
	const size = worldSize( view.zoom );
	const c = mercator( view.lat, view.lon, size );
	const p = mercator( lat, lon, size );
	let dx = p.x - c.x;
	// The nearest copy of the world (a map across the antimeridian).
	dx -= Math.round( dx / size ) * size;
	const dy = p.y - c.y;
	// object-fit: cover, centred: the image is scaled to cover the box.
	const scale = Math.max( boxWidth / view.width, boxHeight / view.height );
	const x = boxWidth / 2 + dx * scale;
	const y = boxHeight / 2 + dy * scale;
	if ( x < inset || y < inset || x > boxWidth - inset || y > boxHeight - inset ) {
		return null;
	}
	return { x, y };
}

/**
 * The view of a `width` × `height` static image that shows every point with `margin` pixels free
 * at the edges: centred on their Web Mercator bounding box, at the largest whole zoom (at most
 * `maxZoom`) where they fit. Points across the antimeridian are not joined (the box spans the
 * world instead: zoom 0 at worst). Null without points.
 */
export function fitView( points: { lat: number; lon: number }[], width: number, height: number,
	maxZoom = 9, margin = 24 ): StaticView | null {
	if ( !points.length ) {
		return null;
	}
	const ps = points.map( ( p ) => mercator( p.lat, p.lon, TILE ) );
	const xs = ps.map( ( p ) => p.x );
	const ys = ps.map( ( p ) => p.y );
	const box = { west: Math.min( ...xs ), east: Math.max( ...xs ), north: Math.min( ...ys ), south: Math.max( ...ys ) };
	let zoom = Math.max( 0, Math.floor( maxZoom ) );
	const fits = ( z: number ): boolean => ( box.east - box.west ) * Math.pow( 2, z ) <= Math.max( 1, width - 2 * margin ) &&
		( box.south - box.north ) * Math.pow( 2, z ) <= Math.max( 1, height - 2 * margin );
	while ( zoom > 0 && !fits( zoom ) ) {
		zoom--;
	}
	const c = unmercator( ( box.west + box.east ) / 2, ( box.north + box.south ) / 2, TILE );
	// Rounded: the image's URL is a cache key (5 decimals ≈ 1 m).
	const round = ( v: number ): number => Math.round( v * 1e5 ) / 1e5;
	return { lat: round( c.lat ), lon: round( c.lon ), zoom, width, height };
}

/**
 * Kartographer's static image of a view, `…/img/{style},{zoom},{lat},{lon},{w}x{h}[@2x].png`, on
 * the map server of the configured tile template (`…/{style}/{z}/{x}/{y}.png`, as
 * maps.wikimedia.org serves both); null for a tile server of another shape.
 */
export function staticImageUrl( tiles: string, view: StaticView, scale = 1 ): string | null {
	const m = /^(https?:\/\/.+\/)([a-z0-9-]+)\/\{z\}\/\{x\}\/\{y\}\.png$/.exec( tiles );
	if ( !m ) {
		return null;
	}
	return m[ 1 ] + 'img/' + m[ 2 ] + ',' + view.zoom + ',' + view.lat + ',' + view.lon + ',' +
		view.width + 'x' + view.height + ( scale > 1 ? '@' + scale + 'x' : '' ) + '.png';
}
