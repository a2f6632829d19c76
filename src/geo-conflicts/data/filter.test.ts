import { describe, it, expect } from 'vitest';
import { filterFromParams, filterToParams, applyFilter, computeStats, refOptions, EMPTY_FILTER, type FilterState } from './filter';
import { qualityReport } from './quality';
import { toGeoJson, toCsvRows, CSV_HEADER } from './export';
import { engineSet } from '../../../tests/support/engine-answers';
import { CONFLICTS } from '../../../localwiki/sample-data/wikidata/items.mjs';

const { conflicts } = engineSet();
const state = ( over: Partial<typeof EMPTY_FILTER> ): FilterState => Object.assign( {},
	EMPTY_FILTER, over );

describe( 'filter state in the URL', () => {
	it( 'reads valid values and ignores hostile ones', () => {
		const s = filterFromParams( new URLSearchParams( 'country=Q298,Q414,Q0,DROP&sector=mining&status=nope&from=2000&to=x&region=Q2120}&item=Q5764613' ) );
		expect( s ).toEqual( { countries: [ 'Q298', 'Q414' ], q: '', region: '', sector: 'mining', status: '', from: 2000, to: null, selected: 'Q5764613' } );
	} );
	it( 'round-trips and keeps other parameters', () => {
		const s = state( { countries: [ 'Q298' ], q: 'lama', status: 'ended', from: 1990, to: 2020 } );
		const params = filterToParams( s, new URLSearchParams( 'title=Special:BlankPage/GeoConflicts&uselang=es&sector=water' ) );
		expect( params.get( 'title' ) ).toBe( 'Special:BlankPage/GeoConflicts' );
		expect( params.get( 'sector' ) ).toBeNull();
		expect( filterFromParams( params ) ).toEqual( s );
	} );
} );

describe( 'applyFilter', () => {
	it( 'filters by country (any of several), name, region, sector, status and start years', () => {
		expect( applyFilter( conflicts, EMPTY_FILTER ) ).toHaveLength( CONFLICTS.length );
		expect( applyFilter( conflicts, state( { countries: [ 'Q298' ] } ) ) ).toHaveLength( 14 );
		expect( applyFilter( conflicts, state( { countries: [ 'Q414', 'Q419' ] } ) ).map( ( c ) => c.id ).sort() ).toEqual( [ 'Q1132390', 'Q2365301', 'Q5160174' ] );
		expect( applyFilter( conflicts, state( { q: 'AYSEN' } ) ).map( ( c ) => c.id ) ).toEqual( [ 'Q5764613' ] );
		expect( applyFilter( conflicts, state( { region: 'Q2120' } ) ) ).toHaveLength( 2 );
		expect( applyFilter( conflicts, state( { sector: 'mining' } ) ) ).toHaveLength( 6 );
		expect( applyFilter( conflicts, state( { status: 'ended' } ) ) ).toHaveLength( 5 );
		expect( applyFilter( conflicts, state( { from: 2010, to: 2016 } ) )
			.map( ( c ) => c.start && c.start.year ).sort() )
			.toEqual( [ 2010, 2011, 2013, 2016, 2016, 2016 ] );
	} );
} );

describe( 'computeStats', () => {
	it( 'counts status, sectors and the start-year timeline with gaps filled', () => {
		const s = computeStats( conflicts );
		expect( s.total ).toBe( CONFLICTS.length );
		expect( s.byStatus ).toEqual( { ended: 5, ongoing: 12, unknown: 1 } );
		expect( s.inferredStatus ).toBe( 12 );
		expect( s.bySector.mining ).toBe( 6 );
		// The same in every reader language (issue 23 item 2): Spanish texts count for English
		// readers too (Forestry 2 / Other 1, 3 guessed; before, English readers got 1 / 2, 2).
		expect( s.bySector.forestry ).toBe( 2 );
		expect( s.bySector.other ).toBe( 1 );
		expect( s.guessedSector ).toBe( 3 );
		expect( s.byStartYear[ 0 ] ).toEqual( { year: 1915, count: 1 } );
		expect( s.byStartYear[ s.byStartYear.length - 1 ] ).toEqual( { year: 2016, count: 3 } );
		expect( s.byStartYear ).toHaveLength( 2016 - 1915 + 1 );
		expect( s.withoutStart ).toBe( 1 );
		expect( s.approximate ).toBe( 5 );
		expect( s.withoutCoordinates ).toBe( 1 );
	} );
	it( 'lists countries with counts', () => {
		expect( refOptions( conflicts, 'countries' ) ).toEqual( [
			{ id: 'Q414', label: 'Argentina', count: 2 }, { id: 'Q155', label: 'Brazil', count: 1 },
			{ id: 'Q298', label: 'Chile', count: 14 }, { id: 'Q419', label: 'Peru', count: 1 }, { id: 'Q77', label: 'Uruguay', count: 1 },
		] );
	} );
} );

describe( 'quality and export', () => {
	it( 'finds missing coordinates, countries, start dates and descriptions in the reader language', () => {
		const r = qualityReport( conflicts, 'en' );
		expect( r.coordinates.map( ( c ) => c.id ) ).toContain( 'Q131000002' );
		expect( r.coordinates ).toHaveLength( 6 );
		// No P17: located only through P276 → P131, which a country panel follows but this check
		// does not.
		expect( r.country.map( ( c ) => c.id ) ).toEqual( [ 'Q110971234' ] );
		expect( r.start.map( ( c ) => c.id ) ).toEqual( [ 'Q131000002' ] );
		expect( r.description.map( ( c ) => c.id ).sort() ).toEqual( [ 'Q131000002', 'Q131000003', 'Q5759302' ] );
		expect( qualityReport( conflicts, 'es' ).description ).toHaveLength( CONFLICTS.length );
	} );
	it( 'exports GeoJSON with longitude first and null geometry when unlocated', () => {
		const geo = JSON.parse( toGeoJson( conflicts ) );
		expect( geo.type ).toBe( 'FeatureCollection' );
		const pascua = geo.features.find( ( f: { id: string } ) => f.id === 'Q2365301' );
		expect( pascua.geometry ).toEqual( { type: 'Point', coordinates: [ -70.0167, -29.3167 ] } );
		expect( pascua.properties.countries ).toBe( 'Argentina; Chile' );
		expect( geo.features.find( ( f: { id: string } ) => f.id === 'Q131000002' ).geometry ).toBeNull();
	} );
	it( 'exports CSV rows matching the header', () => {
		const rows = toCsvRows( conflicts );
		expect( rows ).toHaveLength( CONFLICTS.length );
		expect( rows.every( ( r ) => r.length === CSV_HEADER.length ) ).toBe( true );
	} );
} );

describe( 'extreme years (issue 14)', () => {
	it( 'a start year past 2^53 (an old cached answer) neither hangs the timeline nor joins it', () => {
		const huge = Object.assign( {}, conflicts[ 0 ], { start: { iso: '+9007199254740993-01-01', year: 2 ** 53 + 2, precision: 9 } } );
		const stats = computeStats( [ huge, conflicts[ 1 ] ] );
		expect( stats.byStartYear.length ).toBeLessThanOrEqual( 1 );
		expect( stats.withoutStart ).toBe( conflicts[ 1 ].start ? 1 : 2 );
	} );
	it( 'lists conflicts whose dates were skipped in the data-quality report', () => {
		const skipped = Object.assign( {}, conflicts[ 0 ], { skippedDates: 1 } );
		expect( qualityReport( [ skipped, conflicts[ 1 ] ], 'en' ).dates.map( ( c ) => c.id ) ).toEqual( [ skipped.id ] );
	} );
} );
