// The Data:….map export held to JsonConfig's rules as read in its source (REL1_43):
// JCDataContent::validateContent (license from $wgJsonConfigAllowedLicenses, description a localised
// string, sources a string), JCMapDataContent::validateContent (optional zoom/latitude/longitude,
// data: GeoJSON whose properties' title and description pass isValidStringOrLocalized, no other
// keys: noExtraValues) and JCUtils::isValidLineString (≤ 400 characters, no \r \n \t, no white
// space at either end). JsonConfig itself cannot run in CI; docs/kartographer-stand-in.md.
import { describe, it, expect } from 'vitest';
import { toMapDataPage, literalWikitext } from './map-page';
import type { Conflict } from './types';

const ALLOWED_LICENSES = [ 'CC0-1.0', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-4.0+', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CC-BY-SA-4.0+', 'ODbL-1.0', 'dl-de-zero-2.0', 'dl-de-by-1.0', 'dl-de-by-2.0', 'GeoNutzV' ];

function isValidLineString( s: unknown, max = 400 ): boolean {
	return typeof s === 'string' && [ ...s ].length <= max && !/^\s|[\r\n\t]|\s$/.test( s );
}

function isLocalized( v: unknown ): boolean {
	return !!v && typeof v === 'object' && !Array.isArray( v ) && Object.keys( v ).length > 0 &&
		Object.keys( v ).every( ( k ) => /^[a-z]+(-[a-z0-9]+)*$/.test( k ) ) &&
		Object.values( v ).every( ( s ) => isValidLineString( s ) );
}

function walk( json: unknown ): boolean {
	if ( Array.isArray( json ) ) {
		return json.every( walk );
	}
	if ( json && typeof json === 'object' ) {
		return Object.entries( json ).every( ( [ k, v ] ) => {
			if ( k === 'properties' && v && typeof v === 'object' ) {
				return [ 'title', 'description' ].every( ( p ) => !( p in v ) ||
					( typeof ( v as Record<string, unknown> )[ p ] === 'object' ? isLocalized( ( v as Record<string, unknown> )[ p ] ) : isValidLineString( ( v as Record<string, unknown> )[ p ] ) ) );
			}
			return walk( v );
		} );
	}
	return true;
}

/** JsonConfig's verdict on a Data:….map page, as its validators decide. */
function jsonConfigMapErrors( text: string ): string[] {
	const page = JSON.parse( text ) as Record<string, unknown>;
	const errors: string[] = [];
	if ( !isValidLineString( page.license ) || !ALLOWED_LICENSES.includes( page.license as string ) ) {
		errors.push( 'license' );
	}
	if ( 'description' in page && !isLocalized( page.description ) ) {
		errors.push( 'description' );
	}
	if ( 'sources' in page && typeof page.sources !== 'string' ) {
		errors.push( 'sources' );
	}
	if ( 'zoom' in page && !Number.isInteger( page.zoom ) ) {
		errors.push( 'zoom' );
	}
	if ( !page.data || typeof page.data !== 'object' || !walk( page.data ) ) {
		errors.push( 'data' );
	}
	for ( const k of Object.keys( page ) ) {
		if ( ![ 'license', 'description', 'sources', 'zoom', 'latitude', 'longitude', 'data' ].includes( k ) ) {
			errors.push( 'extra ' + k );
		}
	}
	return errors;
}

function conflict( id: string, label: string, extra: Partial<Conflict> = {} ): Conflict {
	return Object.assign( {
		id, label, description: '', countries: [], regions: [], coordinates: { lat: -29.3, lon: -70, approximate: false, source: 'P625' },
		sector: { key: 'mining', basis: 'property' }, status: { key: 'ongoing', inferred: false }, start: null, end: null,
		article: null, images: [],
	} as unknown as Conflict, extra );
}

const OPTIONS = { description: '  Environmental conflicts in Wikidata\n(Geo Conflicts) ', lang: 'es',
	sources: 'Wikidata, query of 2026-12-07:\nSELECT …', wikidataWiki: 'https://www.wikidata.org/wiki/',
	colors: { mining: '#7b3000', other: '#675e51' } };

describe( 'Data:….map export', () => {
	it( 'is valid map content for JsonConfig, with labels, links, CC0 and sources', () => {
		const text = toMapDataPage( [
			conflict( 'Q1', 'Pascua Lama', { article: { title: 'Pascua Lama', url: 'https://es.wikipedia.org/wiki/Pascua_Lama' } } ),
			conflict( 'Q2', ' padded\tlabel\n', { coordinates: { lat: 1, lon: 2, approximate: true, source: 'P131' } as Conflict[ 'coordinates' ] } ),
			conflict( 'Q3', 'No coordinates', { coordinates: null } ),
			conflict( 'Q4', 'x'.repeat( 600 ) ),
		], OPTIONS );
		expect( jsonConfigMapErrors( text ) ).toEqual( [] );
		const page = JSON.parse( text );
		expect( page.license ).toBe( 'CC0-1.0' );
		expect( page.sources ).toContain( 'Wikidata' );
		expect( page.description ).toEqual( { es: 'Environmental conflicts in Wikidata (Geo Conflicts)' } );
		const features = page.data.features;
		expect( features.length ).toBe( 3 );
		expect( features[ 0 ].geometry ).toEqual( { type: 'Point', coordinates: [ -70, -29.3 ] } );
		expect( features[ 0 ].properties.title ).toBe( '<nowiki>Pascua Lama</nowiki>' );
		expect( features[ 0 ].properties.description ).toBe( '[[Pascua Lama]] · [https://www.wikidata.org/wiki/Q1 Q1]' );
		expect( features[ 0 ].properties[ 'marker-color' ] ).toMatch( /^#[0-9a-f]{6}$/ );
		expect( features[ 1 ].properties.title ).toBe( '<nowiki>padded label</nowiki>' );
		expect( features[ 1 ].properties[ 'marker-size' ] ).toBe( 'small' );
		expect( features[ 2 ].properties.title.length ).toBeLessThanOrEqual( 400 );
	} );

	it( 'keeps hostile labels literal: no markup, no template, no link reaches the wikitext', () => {
		const hostile = '</nowiki>{{Delete}}[[Category:X]]<script>alert(1)</script>&amp;';
		const title = literalWikitext( hostile );
		expect( title.startsWith( '<nowiki>' ) && title.endsWith( '</nowiki>' ) ).toBe( true );
		const inner = title.slice( '<nowiki>'.length, -'</nowiki>'.length );
		expect( inner ).not.toContain( '<' );
		expect( inner ).toContain( '&lt;/nowiki>' );
		expect( inner ).toContain( '&amp;amp;' );
		expect( jsonConfigMapErrors( toMapDataPage( [ conflict( 'Q9', hostile ) ], OPTIONS ) ) ).toEqual( [] );
	} );

	it( 'the rules themselves: what JsonConfig refuses, this check refuses', () => {
		expect( jsonConfigMapErrors( JSON.stringify( { license: 'CC0-1.0', data: {}, extra: 1 } ) ) ).toEqual( [ 'extra extra' ] );
		expect( jsonConfigMapErrors( JSON.stringify( { license: 'GPL', data: {} } ) ) ).toEqual( [ 'license' ] );
		expect( jsonConfigMapErrors( JSON.stringify( { license: 'CC0-1.0', data: { properties: { title: ' x' } } } ) ) ).toEqual( [ 'data' ] );
		expect( jsonConfigMapErrors( JSON.stringify( { license: 'CC0-1.0', description: { en: 'a\nb' }, data: [] } ) ) ).toEqual( [ 'description' ] );
	} );
} );
