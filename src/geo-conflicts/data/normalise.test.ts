import { describe, it, expect } from 'vitest';
import { normaliseAnswer, parseWktPoint, parseTimeWithPrecision, MalformedAnswerError } from './normalise';
import { DEFAULT_SECTOR_MAP } from './sectors';

import { engineSet } from '../../../tests/support/engine-answers';
import { CONFLICTS } from '../../../localwiki/sample-data/wikidata/items.mjs';
const options = { sectorMap: DEFAULT_SECTOR_MAP, languages: [ 'en' ], siteId: 'eswiki', now: Date.UTC( 2026, 10, 26 ) };
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
		expect( set.conflicts ).toHaveLength( CONFLICTS.length );
		expect( new Set( set.conflicts.map( ( c ) => c.id ) ).size ).toBe( CONFLICTS.length );
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

describe( 'hostile and extreme values (issue 14)', () => {
	const item = ( extra: Record<string, string> ): unknown => {
		const row: Record<string, { type: string; value: string }> = { item: { type: 'uri', value: E + 'Q77' }, label: { type: 'literal', value: 'X' } };
		for ( const k of Object.keys( extra ) ) {
			row[ k ] = { type: 'literal', value: extra[ k ] };
		}
		return { head: { vars: [ 'item', 'label' ].concat( Object.keys( extra ) ) }, results: { bindings: [ row ] } };
	};

	it( 'skips years that cannot be shown, and counts them for the data-quality view', () => {
		const set = normaliseAnswer( item( { starts: '+1234567890123456-01-01T00:00:00Z/9 2001-01-01T00:00:00Z/9', ends: '+300000-05-01T00:00:00Z/10' } ), options );
		const c = set.conflicts[ 0 ];
		expect( c.start ).toEqual( { iso: '2001-01-01', year: 2001, precision: 9 } );
		expect( c.end ).toBeNull();
		expect( c.skippedDates ).toBe( 2 );
		expect( set.rejected.dates ).toBe( 2 );
		expect( parseTimeWithPrecision( '+9999-12-31T00:00:00Z/11' ) ).toMatchObject( { year: 9999 } );
		expect( parseTimeWithPrecision( '-9999-01-01T00:00:00Z/9' ) ).toMatchObject( { year: -9999 } );
		expect( parseTimeWithPrecision( '+10000-01-01T00:00:00Z/9' ) ).toBeNull();
	} );

	it( 'a newline or tab inside a label does not add a country: labels come escaped, entries split exactly (issue 22 item 9)', () => {
		// The query escapes % TAB newline in labels (sparql.ts escapeText); the engine test
		// (separators.engine.test.ts) proves it on Oxigraph.
		const set = normaliseAnswer( item( { countries: 'Q298\tChile%09%0AQ414%09Fake\t\nQ419\tPerú\t' } ), options );
		expect( set.conflicts[ 0 ].countries ).toEqual( [
			{ id: 'Q298', label: 'Chile Q414 Fake', labelMissing: false },
			{ id: 'Q419', label: 'Perú', labelMissing: false },
		] );
		// An unescaped separator (an endpoint that does not run our query as written) makes the
		// entry malformed: dropped whole, never read as two.
		const regions = normaliseAnswer( item( { regions: 'Q2120\tAta\tcama\tPoint(-70 -27.5)\nQ5\tB\t\nQ6\t100%2525\t' } ), options ).conflicts[ 0 ].regions;
		expect( regions.map( ( r ) => r.id + ':' + r.label ) ).toEqual( [ 'Q6:100%25', 'Q5:B' ] );
	} );

	it( 'keeps only this wiki\'s sitelink with a title that can be linked', () => {
		const article = ( url: string ): unknown => normaliseAnswer( item( { article: url } ),
			options ).conflicts[ 0 ].article;
		expect( article( 'https://es.wikipedia.org/wiki/Pascua_Lama' ) ).toEqual( { title: 'Pascua Lama', url: 'https://es.wikipedia.org/wiki/Pascua_Lama' } );
		expect( article( 'https://en.wikipedia.org/wiki/Pascua_Lama' ) ).toBeNull();
		expect( article( 'https://es.wikipedia.org/wiki/..%2F..%2Fw%2Fapi.php%3Faction%3Dquery' ) ).toBeNull();
		expect( article( 'https://es.wikipedia.org/wiki/%2E%2E/w/api.php' ) ).toBeNull();
		expect( article( 'https://es.wikipedia.org/wiki/A%0AB' ) ).toBeNull();
		expect( article( 'https://es.wikipedia.org/wiki/A%7CB' ) ).toBeNull();
		// No site known: no article link at all rather than any wiki's.
		expect( normaliseAnswer( item( { article: 'https://es.wikipedia.org/wiki/X' } ), Object.assign( {}, options, { siteId: undefined } ) ).conflicts[ 0 ].article ).toBeNull();
	} );
} );
