import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MonthParser, RowParser, MAX_KEPT_ROWS, parseMonthText, TsvFormatError } from './tsv';
import { monthlyLayout } from './tsv-monthly';
import { COLUMNS } from './types';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
const HEADER = COLUMNS.join( '\t' );

function row( db: string, project: string, cc: string, level: string, editors: string, edits: string, month = '2023-08', eps = '1.1' ): string {
	return [ db, project, 'Country ' + cc, cc, level, eps, '0.9', '8', editors, edits, month ].join( '\t' );
}

const ROWS = [
	row( 'eswiki', 'es.wikipedia', 'CL', '1 to 4', '5217', '6889' ),
	row( 'eswiki', 'es.wikipedia', 'CL', '5 to 99', '777', '12153' ),
	row( 'eswiki', 'es.wikipedia', 'AR', '1 to 4', '3000', '4000' ),
	row( 'enwiki', 'en.wikipedia', 'CL', '1 to 4', '700', '' ),
	row( 'wikidatawiki', 'en.wikidata', 'CL', '100 or more', '11', '943.0' ),
];

describe( 'MonthParser', () => {
	it( 'reads the real Chile file: es.wikipedia 2023-08 is 5217 / 777 / 76', () => {
		const text = readFileSync( path.join( SAMPLE_DIR, '2023-08.tsv' ), 'utf8' );
		const { rows, stats } = parseMonthText( text, { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] }, '2023-08' );
		expect( stats.header ).toBe( false );
		expect( stats.malformed ).toBe( 0 );
		expect( stats.rows ).toBe( 23 );
		const byLevel = Object.fromEntries( rows.map( ( r ) => [ r.level, r.editors ] ) );
		expect( byLevel ).toEqual( { '1 to 4': 5217, '5 to 99': 777, '100 or more': 76 } );
		expect( rows[ 0 ] ).toMatchObject( { project: 'es.wikipedia', country: 'Chile', countryCode: 'CL', countEps: 1.1, threshold: 8 } );
	} );

	it( 'detects a header line and skips it', () => {
		const { rows, stats } = parseMonthText( HEADER + '\n' + ROWS.join( '\n' ) + '\n' );
		expect( stats.header ).toBe( true );
		expect( rows ).toHaveLength( 5 );
		expect( stats.rows ).toBe( 5 );
	} );

	it( 'works without a header', () => {
		const { rows, stats } = parseMonthText( ROWS.join( '\n' ) + '\n' );
		expect( stats.header ).toBe( false );
		expect( rows.map( ( r ) => r.editors ) ).toEqual( [ 5217, 777, 3000, 700, 11 ] );
	} );

	it( 'accepts CRLF line ends', () => {
		const { rows, stats } = parseMonthText( HEADER + '\r\n' + ROWS.join( '\r\n' ) + '\r\n' );
		expect( stats.malformed ).toBe( 0 );
		expect( stats.terminated ).toBe( true );
		expect( rows.map( ( r ) => r.month ) ).toEqual( Array( 5 ).fill( '2023-08' ) );
	} );

	it( 'gives the same rows whatever the chunk boundaries (rows split across chunks)', () => {
		const text = HEADER + '\r\n' + ROWS.join( '\r\n' ) + '\r\n';
		const whole = parseMonthText( text ).rows;
		for ( let size = 1; size <= 40; size += 3 ) {
			const parser = new MonthParser();
			for ( let i = 0; i < text.length; i += size ) {
				parser.push( text.slice( i, i + size ) );
			}
			const stats = parser.end();
			expect( stats.malformed ).toBe( 0 );
			expect( parser.rows ).toEqual( whole );
		}
		// Every single split point of one row.
		const line = ROWS[ 0 ] + '\n';
		for ( let cut = 1; cut < line.length; cut++ ) {
			const parser = new MonthParser();
			parser.push( line.slice( 0, cut ) );
			parser.push( line.slice( cut ) );
			parser.end();
			expect( parser.rows ).toHaveLength( 1 );
			expect( parser.rows[ 0 ].editors ).toBe( 5217 );
		}
	} );

	it( 'reads blank edits as null and float edits as numbers', () => {
		const { rows } = parseMonthText( ROWS.join( '\n' ) + '\n' );
		expect( rows[ 3 ].edits ).toBeNull();
		expect( rows[ 4 ].edits ).toBe( 943 );
		const floats = parseMonthText( row( 'eswiki', 'es.wikipedia', 'CL', '5 to 99', '12.0', '144.0' ) + '\n' ).rows[ 0 ];
		expect( floats.editors ).toBe( 12 );
		expect( floats.edits ).toBe( 144 );
	} );

	it( 'keeps only the rows of the filter', () => {
		const text = ROWS.join( '\n' ) + '\n';
		expect( parseMonthText( text, { countries: [ 'AR' ] } ).rows.map( ( r ) => r.editors ) ).toEqual( [ 3000 ] );
		const cl = parseMonthText( text, { countries: [ 'CL' ], wikiDbs: [ 'eswiki', 'wikidatawiki' ] } );
		expect( cl.rows.map( ( r ) => r.editors ) ).toEqual( [ 5217, 777, 11 ] );
		expect( cl.stats.rows ).toBe( 5 );
		expect( cl.stats.kept ).toBe( 3 );
	} );

	it( 'counts and reports malformed lines without failing', () => {
		const lines = [
			ROWS[ 0 ],
			'eswiki\tes.wikipedia\tChile\tCL\t1 to 4', // too few columns
			row( 'eswiki', 'es.wikipedia', 'CL', '1 to 5', '10', '1' ), // unknown level
			row( 'eswiki', 'es.wikipedia', 'CL', '100 or more', 'many', '1' ), // not a number
			row( 'eswiki', 'es.wikipedia', 'Chile', '100 or more', '9', '1' ), // not a country code
			row( 'eswiki', 'es.wikipedia', 'CL', '100 or more', '76', '7560', '2023-09' ), // other month
			ROWS[ 1 ],
		];
		const { rows, stats } = parseMonthText( lines.join( '\n' ) + '\n', {}, '2023-08' );
		expect( rows.map( ( r ) => r.editors ) ).toEqual( [ 5217, 777 ] );
		expect( stats.malformed ).toBe( 5 );
		expect( stats.rows ).toBe( 2 );
		expect( stats.malformedSamples ).toEqual( [
			{ line: 2, reason: 'columns' },
			{ line: 3, reason: 'level' },
			{ line: 4, reason: 'number' },
			{ line: 5, reason: 'country' },
			{ line: 6, reason: 'month' },
		] );
	} );

	it( 'rejects a file whose column count is wrong with a clear error', () => {
		const weekly = 'eswiki\tes.wikipedia\tChile\tCL\t5 to 99\t1.1\t8\t2023-07-03\n';
		expect( () => parseMonthText( weekly ) ).toThrow( TsvFormatError );
		try {
			parseMonthText( weekly );
		} catch ( e ) {
			expect( ( e as TsvFormatError ).reason ).toBe( 'columns' );
			expect( ( e as TsvFormatError ).actual ).toBe( 8 );
			expect( ( e as Error ).message ).toBe( 'Expected 11 tab-separated columns, found 8' );
		}
		expect( () => parseMonthText( '<html><body>Not found</body></html>\n' ) ).toThrow( /found 1/ );
		expect( () => parseMonthText( 'wiki_db\tproject\tcountry\n' ) ).toThrow( /header/ );
	} );

	it( 'rejects an empty file', () => {
		expect( () => parseMonthText( '' ) ).toThrow( /no data rows/ );
		expect( () => parseMonthText( HEADER + '\n' ) ).toThrow( /no data rows/ );
	} );

	it( 'flags a text that does not end with a newline (possibly truncated)', () => {
		const cut = ROWS.join( '\n' ) + '\n' + ROWS[ 0 ].slice( 0, 30 );
		const { rows, stats } = parseMonthText( cut );
		expect( stats.terminated ).toBe( false );
		expect( stats.malformed ).toBe( 1 );
		expect( rows ).toHaveLength( 5 );
		expect( parseMonthText( ROWS[ 0 ] ).stats.terminated ).toBe( false );
	} );
} );

describe( 'files that are not what the release looks like (issue 14)', () => {
	it( 'refuses a line that never ends, without holding it', () => {
		const parser = new MonthParser();
		parser.push( ROWS[ 0 ] + '\n' );
		let error: unknown = null;
		try {
			for ( let i = 0; i < 2000; i++ ) {
				parser.push( 'x'.repeat( 1000 ) );
			}
		} catch ( e ) {
			error = e;
		}
		expect( error ).toBeInstanceOf( TsvFormatError );
		expect( ( error as TsvFormatError ).reason ).toBe( 'line' );
	} );

	it( 'counts a line longer than any of the release as malformed and reads on (hostile rows do not hide real ones)', () => {
		const parser = new MonthParser( { countries: [ 'CL' ] } );
		// Split across chunks, and whole inside one chunk.
		parser.push( ROWS[ 0 ] + '\nxx' + 'y'.repeat( 3000 ) );
		parser.push( 'z'.repeat( 3000 ) + '\n' + 'w'.repeat( 5000 ) + '\n' + ROWS[ 0 ] + '\n' );
		const stats = parser.end();
		expect( stats.malformed ).toBe( 2 );
		expect( stats.malformedSamples.map( ( m ) => m.reason ) ).toEqual( [ 'long', 'long' ] );
		expect( parser.rows ).toHaveLength( 2 );
	} );

	it( 'keeps a whole file of the real release (over 100,000 rows), and says where a file past the cap was cut', () => {
		const line = ROWS[ 0 ] + '\n';
		const whole = new MonthParser();
		for ( let i = 0; i < 250; i++ ) {
			whole.push( line.repeat( 1000 ) );
		}
		expect( whole.end().cut ).toBeUndefined();
		expect( whole.rows ).toHaveLength( 250000 );
		expect( MAX_KEPT_ROWS ).toBeGreaterThanOrEqual( 1000000 );
		// Past the cap: the rows kept stay, the rest is named (from which line, how many), no error.
		const cut = new RowParser( {}, monthlyLayout(), 1000 );
		cut.push( line.repeat( 1500 ) );
		const stats = cut.end();
		expect( cut.rows ).toHaveLength( 1000 );
		expect( stats.cut ).toEqual( { fromLine: 1001, rows: 500 } );
		expect( stats.kept ).toBe( 1000 );
	} );

	it( 'reads impossible numbers as malformed lines', () => {
		const lines = [
			row( 'eswiki', 'es.wikipedia', 'CL', '1 to 4', '1e308', '1' ),
			row( 'eswiki', 'es.wikipedia', 'CL', '1 to 4', '-80', '1' ),
			row( 'eswiki', 'es.wikipedia', 'CL', '1 to 4', '10', '-5' ),
			row( 'eswiki', 'es.wikipedia', 'CL', '1 to 4', '10', '1', '2023-08', '5e-324' ),
			row( 'eswiki', 'es.wikipedia', 'CL', '1 to 4', '10', '1', '2023-08', '1e9' ),
			ROWS[ 0 ],
		];
		const { rows, stats } = parseMonthText( lines.join( '\n' ) + '\n' );
		expect( rows.map( ( r ) => r.editors ) ).toEqual( [ 5217 ] );
		expect( stats.malformed ).toBe( 5 );
	} );
} );
