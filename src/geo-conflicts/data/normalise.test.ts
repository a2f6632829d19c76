import { describe, it, expect } from 'vitest';
import { normaliseAnswer, parseWktPoint, parseTimeWithPrecision, MalformedAnswerError } from './normalise';
import { DEFAULT_SECTOR_MAP } from './sectors';

import { engineSet } from './engine-answers';
const options = { sectorMap: DEFAULT_SECTOR_MAP, languages: [ 'en' ], now: Date.UTC( 2026, 10, 26 ) };
const E = 'http://www.wikidata.org/entity/';

describe( 'parseWktPoint', () => {
	it( 'reads longitude first', () => {
		expect( parseWktPoint( 'Point(-70.0167 -29.3167)' ) ).toEqual( { lat: -29.3167, lon: -70.0167 } );
		expect( parseWktPoint( '<http://www.wikidata.org/entity/Q2> Point(1.5 2)' ) ).toEqual( { lat: 2, lon: 1.5 } );
	} );
	it( 'rejects other globes, junk and out-of-range values', () => {
		expect( parseWktPoint( '<http://www.wikidata.org/entity/Q405> Point(23.47 0.67)' ) ).toBeNull();
		expect( parseWktPoint( '<http://www.wikidata.org/entity/Q111> Point(1 1)' ) ).toBeNull();
		expect( parseWktPoint( 'Point(10 95)' ) ).toBeNull();
		expect( parseWktPoint( 'Point(200 10)' ) ).toBeNull();
		expect( parseWktPoint( 'POLYGON((0 0,1 1))' ) ).toBeNull();
		expect( parseWktPoint( '' ) ).toBeNull();
	} );
} );

describe( 'parseTimeWithPrecision', () => {
	it( 'keeps the precision and normalises zero months/days', () => {
		expect( parseTimeWithPrecision( '2000-01-01T00:00:00Z/9' ) ).toEqual( { iso: '2000-01-01', year: 2000, precision: 9 } );
		expect( parseTimeWithPrecision( '2016-05-00T00:00:00Z/10' ) ).toEqual( { iso: '2016-05-01', year: 2016, precision: 10 } );
		expect( parseTimeWithPrecision( '-0500-00-00T00:00:00Z/9' ) ).toEqual( { iso: '-0500-01-01', year: -500, precision: 9 } );
		expect( parseTimeWithPrecision( 'yesterday' ) ).toBeNull();
	} );
} );

// The real engine's answers (every field, view by view) are tested in queries.engine.test.ts.
describe( 'normaliseAnswer on an engine answer', () => {
	const set = engineSet();
	it( 'gives one conflict per item', () => {
		expect( set.conflicts ).toHaveLength( 19 );
		expect( new Set( set.conflicts.map( ( c ) => c.id ) ).size ).toBe( 19 );
		expect( set.truncated ).toBe( false );
	} );
} );

describe( 'normaliseAnswer on unaggregated rows', () => {
	// What a plain OPTIONAL query returns: one row per combination of multi-valued facts,
	// unbound variables absent from their row.
	const rows = {
		head: { vars: [ 'item', 'label', 'countries', 'regions', 'coords', 'starts' ] },
		results: {
			bindings: [
				{ item: { type: 'uri', value: E + 'Q7' }, label: { type: 'literal', value: 'Mina X', 'xml:lang': 'es' },
					countries: { type: 'literal', value: 'Q298\tChile\t' }, regions: { type: 'literal', value: 'Q2120\tAtacama\tPoint(-70 -27.5)' } },
				{ item: { type: 'uri', value: E + 'Q7' }, label: { type: 'literal', value: 'Mina X', 'xml:lang': 'es' },
					countries: { type: 'literal', value: 'Q414\tArgentina\t' }, regions: { type: 'literal', value: 'Q2120\tAtacama\tPoint(-70 -27.5)' } },
				{ item: { type: 'uri', value: E + 'Q7' }, countries: { type: 'literal', value: 'Q414\tArgentina\t' },
					coords: { type: 'literal', value: '<http://www.wikidata.org/entity/Q405> Point(1 1)' }, starts: { type: 'literal', value: '2001-03-04T00:00:00Z/11' } },
				{ item: { type: 'uri', value: 'http://example.org/Q8' } },
				{ item: { type: 'literal', value: 'Q9' } },
				{ label: { type: 'literal', value: 'no item' } },
			],
		},
	};
	const set = normaliseAnswer( rows, options );

	it( 'merges the rows of one item without losing values', () => {
		expect( set.conflicts ).toHaveLength( 1 );
		const c = set.conflicts[ 0 ];
		expect( c.countries.map( ( r ) => r.id ) ).toEqual( [ 'Q414', 'Q298' ] ); // by label: Argentina, Chile
		expect( c.regions ).toEqual( [ { id: 'Q2120', label: 'Atacama', labelMissing: false } ] );
		expect( c.start ).toEqual( { iso: '2001-03-04', year: 2001, precision: 11 } );
		expect( c.coordinates ).toMatchObject( { approximate: true, source: 'P131' } );
		expect( c.sector ).toMatchObject( { key: 'mining', basis: 'keyword' } );
	} );

	it( 'counts rows it could not use', () => {
		expect( set.rejected.rows ).toBe( 3 );
		expect( set.rejected.coordinates ).toBe( 1 );
	} );

	it( 'refuses what is not a WDQS answer', () => {
		expect( () => normaliseAnswer( { error: 'x' }, options ) ).toThrow( MalformedAnswerError );
		expect( () => normaliseAnswer( '<html>', options ) ).toThrow( MalformedAnswerError );
		expect( () => normaliseAnswer( { head: { vars: [ 'x' ] }, results: { bindings: [] } }, options ) ).toThrow( /no \?item/ );
	} );
} );
