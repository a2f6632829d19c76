/**
 * Country outlines from Wikimedia's geoshapes service (maps.wikimedia.org/geoshape, the service
 * behind Kartographer's `ExternalData` shapes): `?getgeojson=1&ids=Q298,Q414` answers a GeoJSON
 * FeatureCollection whose features have the Wikidata item as `id` (checked in
 * mediawiki-services-geoshapes, src/lib/geoshapes.js; at most 500 ids per request there).
 * Country codes become items through the table in country-items.json. Shapes are cached for 30
 * days.
 */
import { getEndpoints } from '../../core/config';
import { requestJson } from '../../core/http';
import { cacheGet, cacheSet, DAY } from '../../core/cache';
import { formatNumber } from '../../core/messages';
import table from './country-items.json';

export type Ring = [ number, number ][];
/** A country's outline: polygons, each an outer ring and its holes ([lon, lat] pairs). */
export type Outline = Ring[][];

/** Ids per request (well under the service's 500, so URLs stay short). */
export const IDS_PER_REQUEST = 100;

/**
 * Points kept from one answer (IDS_PER_REQUEST countries). A world map at the zoom the dashboard
 * draws needs far fewer (the 1:110m Natural Earth world is ~10,000); past this an answer is
 * simplified before it is kept or cached for 30 days, and refused when even that cannot bring it
 * under (issue 22: a 16.9 MB answer of 1.5 M points was kept whole).
 */
export const MAX_POINTS_PER_ANSWER = 100000;

/** Bytes read of one answer at most (the 1.5 M point answer above was 16.9 MB). */
export const MAX_ANSWER_BYTES = 32 * 1000 * 1000;

/** An answer too detailed to keep even simplified: the map is left out, the table stays. */
export class ShapesTooLargeError extends Error {
	public readonly messageKey = 'geo-editors-map-shapes-too-large';

	/** The points of the answer and the most kept, for the message. */
	public readonly params: string[];

	public constructor( public readonly points: number ) {
		super( 'The map service answered with ' + points + ' points' );
		this.params = [ formatNumber( points ), formatNumber( MAX_POINTS_PER_ANSWER ) ];
		this.name = 'ShapesTooLargeError';
	}
}

const ITEMS = ( table as unknown as { items: Record<string, [ string, string | null ]> } ).items;

/** The Wikidata item of an ISO 3166-1 alpha-2 code, or null. */
export function countryItem( code: string ): string | null {
	return /^[A-Z]{2}$/.test( code ) && Object.prototype.hasOwnProperty.call( ITEMS, code ) ? ITEMS[ code ][ 0 ] : null;
}

/** Every country code of the table (the countries a world map can draw). */
export function mappedCountries(): string[] {
	return Object.keys( ITEMS );
}

function isRing( value: unknown ): value is Ring {
	return Array.isArray( value ) && value.length >= 4 &&
		value.every( ( p ) => Array.isArray( p ) && p.length >= 2 &&
		typeof p[ 0 ] === 'number' && typeof p[ 1 ] === 'number' && isFinite( p[ 0 ] ) && isFinite( p[ 1 ] ) &&
		Math.abs( p[ 0 ] ) <= 180 && Math.abs( p[ 1 ] ) <= 90 );
}

function isPolygon( value: unknown ): value is Ring[] {
	return Array.isArray( value ) && value.length > 0 && value.every( isRing );
}

/** The outline of a GeoJSON geometry, or null when it is not a (multi)polygon of valid points. */
export function outlineOf( geometry: unknown ): Outline | null {
	const g = geometry as { type?: unknown; coordinates?: unknown } | null;
	if ( !g || typeof g !== 'object' ) {
		return null;
	}
	if ( g.type === 'Polygon' && isPolygon( g.coordinates ) ) {
		return [ g.coordinates.map(
			( r ) => r.map( ( p ) => [ p[ 0 ], p[ 1 ] ] as [ number, number ] ) ) ];
	}
	if ( g.type === 'MultiPolygon' && Array.isArray( g.coordinates ) && g.coordinates.length && g.coordinates.every( isPolygon ) ) {
		return ( g.coordinates as Ring[][] ).map( ( poly ) => poly.map(
			( r ) => r.map( ( p ) => [ p[ 0 ], p[ 1 ] ] as [ number, number ] ) ) );
	}
	return null;
}

/**
 * Outlines by country code from one geoshape answer; features that are not asked for or malformed
 * are dropped.
 */
export function parseGeoshapes( json: unknown, asked: Map<string, string> ): Map<string, Outline> {
	const out = new Map<string, Outline>();
	const features = json && typeof json === 'object' ? ( json as { features?: unknown } ).features : null;
	if ( !Array.isArray( features ) ) {
		throw new Error( 'The map service did not answer with shapes' );
	}
	for ( const f of features as { id?: unknown; geometry?: unknown }[] ) {
		const code = f && typeof f.id === 'string' ? asked.get( f.id ) : undefined;
		const outline = code ? outlineOf( f.geometry ) : null;
		if ( code && outline ) {
			out.set( code, outline );
		}
	}
	return withinBudget( out );
}

function countPoints( outlines: Map<string, Outline> ): number {
	let n = 0;
	outlines.forEach( ( outline ) => outline.forEach( ( polygon ) => polygon.forEach( ( ring ) => {
		n += ring.length;
	} ) ) );
	return n;
}

/**
 * Every `step`-th point of a ring, closed again; never fewer than the 4 points a ring needs (a
 * small ring stays whole).
 */
function thin( ring: Ring, step: number ): Ring {
	if ( ring.length <= 4 ) {
		return ring;
	}
	const out: Ring = [];
	for ( let i = 0; i < ring.length - 1; i += step ) {
		out.push( ring[ i ] );
	}
	if ( out.length < 3 ) {
		return [ ring[ 0 ], ring[ Math.floor( ring.length / 3 ) ], ring[ Math.floor( 2 * ring.length / 3 ) ], ring[ 0 ] ];
	}
	out.push( ring[ 0 ] );
	return out;
}

/** The outlines of an answer within MAX_POINTS_PER_ANSWER: as they are, simplified, or refused. */
function withinBudget( outlines: Map<string, Outline> ): Map<string, Outline> {
	const total = countPoints( outlines );
	if ( total <= MAX_POINTS_PER_ANSWER ) {
		return outlines;
	}
	const step = Math.ceil( total / MAX_POINTS_PER_ANSWER ) + 1;
	const thinned = new Map<string, Outline>();
	outlines.forEach( ( outline, code ) => {
		thinned.set( code, outline.map( ( polygon ) => polygon.map( ( ring ) => thin( ring, step ) ) ) );
	} );
	const kept = countPoints( thinned );
	if ( kept > MAX_POINTS_PER_ANSWER ) {
		throw new ShapesTooLargeError( total );
	}
	return thinned;
}

/**
 * Outlines of the given countries (codes without an item, or without a shape there, are absent).
 */
export async function loadCountryOutlines( codes: string[],
	signal?: AbortSignal ): Promise<Map<string, Outline>> {
	const asked = new Map<string, string>();
	for ( const code of codes ) {
		const item = countryItem( code );
		if ( item ) {
			asked.set( item, code );
		}
	}
	const items = Array.from( asked.keys() )
		.sort( ( a, b ) => Number( a.slice( 1 ) ) - Number( b.slice( 1 ) ) );
	const result = new Map<string, Outline>();
	for ( let i = 0; i < items.length; i += IDS_PER_REQUEST ) {
		const chunk = items.slice( i, i + IDS_PER_REQUEST );
		const url = getEndpoints().geoshapes + '?getgeojson=1&ids=' + chunk.join( ',' );
		const key = 'geoeditors:geoshape:' + url;
		let part = await cacheGet<[ string, Outline ][]>( key );
		if ( part ) {
			// Kept before the budget existed: held to it too.
			part = Array.from( withinBudget( new Map( part ) ) );
		} else {
			const chunkAsked = new Map( chunk.map( ( q ) => [ q, asked.get( q ) as string ] ) );
			// Within the point budget before it is kept or cached; an endless body stops here.
			part = Array.from( parseGeoshapes( await requestJson( url,
				{ signal, userAgent: true, timeoutMs: 30000, maxBytes: MAX_ANSWER_BYTES } ), chunkAsked ) );
			await cacheSet( key, part, 30 * DAY );
		}
		part.forEach( ( [ code, outline ] ) => result.set( code, outline ) );
	}
	return result;
}
