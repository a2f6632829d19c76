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
import table from './country-items.json';

export type Ring = [ number, number ][];
/** A country's outline: polygons, each an outer ring and its holes ([lon, lat] pairs). */
export type Outline = Ring[][];

/** Ids per request (well under the service's 500, so URLs stay short). */
export const IDS_PER_REQUEST = 100;

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
		const code = typeof f.id === 'string' ? asked.get( f.id ) : undefined;
		const outline = code ? outlineOf( f.geometry ) : null;
		if ( code && outline ) {
			out.set( code, outline );
		}
	}
	return out;
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
		if ( !part ) {
			const chunkAsked = new Map( chunk.map( ( q ) => [ q, asked.get( q ) as string ] ) );
			part = Array.from( parseGeoshapes( await requestJson( url,
				{ signal, userAgent: true, timeoutMs: 30000 } ), chunkAsked ) );
			await cacheSet( key, part, 30 * DAY );
		}
		part.forEach( ( [ code, outline ] ) => result.set( code, outline ) );
	}
	return result;
}
