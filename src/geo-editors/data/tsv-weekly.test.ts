/**
 * The 8-column weekly layout of the stream parser, on the generator's 8-column sample file (July
 * 2023; faults by hand). The 11-column layout on the real rows: tsv-weekly-real.test.ts.
 */
import { describe, it, expect } from 'vitest';
import { weekRows } from '../../../localwiki/sample-data/geoeditors/generate-weekly.mjs';
import { monthRows } from '../../../localwiki/sample-data/geoeditors/generate-synthetic.mjs';
import { parseWeekText } from './tsv-weekly';
import { TsvFormatError } from './tsv';
import { WEEKLY_COLUMNS, isWeekStart } from './weekly';

const AUGUST = weekRows( '2023-07' );
const LINES = AUGUST.trim().split( '\n' );
const HEADER = WEEKLY_COLUMNS.join( '\t' );

/** A generated line with one field replaced. */
function withField( line: string, index: number, value: string ): string {
	const fields = line.split( '\t' );
	fields[ index ] = value;
	return fields.join( '\t' );
}

describe( 'weekly layout (tsv-weekly.ts)', () => {
	it( 'reads a whole generated file: 8 columns, Sundays, float edits as numbers', () => {
		const { rows, stats } = parseWeekText( AUGUST, {}, '2023-07' );
		expect( stats ).toMatchObject( { header: false, malformed: 0, terminated: true, columns: 8 } );
		expect( rows ).toHaveLength( LINES.length );
		expect( rows.every( ( r ) => isWeekStart( r.week ) && r.week.startsWith( '2023-07' ) ) ).toBe( true );
		const first = LINES[ 0 ].split( '\t' );
		expect( rows[ 0 ] ).toEqual( {
			wikiDb: first[ 0 ], project: first[ 1 ], country: first[ 2 ], countryCode: first[ 3 ],
			level: first[ 4 ],
			editors: Number( first[ 5 ] ), edits: Number( first[ 6 ] ), week: first[ 7 ],
		} );
		expect( first[ 6 ] ).toMatch( /\.0$/ );
	} );

	it( 'filters by country and wiki like the monthly parser', () => {
		const { rows, stats } = parseWeekText( AUGUST, { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] }, '2023-07' );
		expect( rows.length ).toBe( 15 );
		expect( rows.every( ( r ) => r.countryCode === 'CL' && r.wikiDb === 'eswiki' ) ).toBe( true );
		expect( stats.rows ).toBe( LINES.length );
	} );

	it( 'detects a header line (first field wiki_db) and reads the same rows without it', () => {
		const withHeader = parseWeekText( HEADER + '\r\n' + AUGUST );
		expect( withHeader.stats.header ).toBe( true );
		expect( withHeader.rows ).toEqual( parseWeekText( AUGUST ).rows );
	} );

	it( 'refuses a header of another layout, and a monthly file, as a file error', () => {
		expect( () => parseWeekText( HEADER.replace( 'week_start', 'month' ) + '\n' + AUGUST ) ).toThrow( TsvFormatError );
		try {
			parseWeekText( monthRows( '2023-07' ) );
			expect.unreachable();
		} catch ( e ) {
			// 11 columns is the newer weekly layout, but a month where the week belongs is not a week.
			expect( e ).toMatchObject( { reason: 'header', expected: 11, actual: 11 } );
		}
		expect( () => parseWeekText( '' ) ).toThrow( /no data rows/ );
	} );

	it( 'reads blank edits as none, 0 and "144.0" as numbers', () => {
		const text = [ withField( LINES[ 0 ], 6, '' ), withField( LINES[ 1 ], 6, '0' ), withField( LINES[ 2 ], 6, '144.0' ) ].join( '\n' ) + '\n';
		expect( parseWeekText( text ).rows.map( ( r ) => r.edits ) ).toEqual( [ null, 0, 144 ] );
	} );

	it( 'counts a line with a week_start that is no real Sunday, or not of this file, as malformed', () => {
		const bad = [ '2023-07-03', '2023-02-30', '2023-13-05', '2023-7-2', '02/07/2023', '', '2023-10-01' ];
		const text = bad.map( ( w, i ) => withField( LINES[ i ], 7, w ) ).join( '\n' ) + '\n';
		const { rows, stats } = parseWeekText( text, {}, '2023-07' );
		expect( rows ).toEqual( [] );
		expect( stats.malformed ).toBe( bad.length );
		expect( stats.malformedSamples.every( ( s ) => s.reason === 'week' ) ).toBe( true );
		// A week straddling June and July may be in either file.
		expect( parseWeekText( withField( LINES[ 0 ], 7, '2023-06-25' ) + '\n', {}, '2023-07' ).rows ).toHaveLength( 1 );
		expect( parseWeekText( withField( LINES[ 0 ], 7, '2023-06-18' ) + '\n', {}, '2023-07' ).rows ).toHaveLength( 0 );
	} );

	it( 'checks level, country code and counts exactly', () => {
		const text = [
			withField( LINES[ 0 ], 4, '1-4' ), withField( LINES[ 1 ], 4, '1 To 4' ), withField( LINES[ 2 ], 3, 'Chile' ),
			withField( LINES[ 3 ], 3, 'cl' ), withField( LINES[ 4 ], 5, '-3' ), withField( LINES[ 5 ], 5, '' ),
			withField( LINES[ 6 ], 5, '1e308' ), withField( LINES[ 7 ], 6, 'many' ), LINES[ 8 ] + '\textra',
		].join( '\n' ) + '\n';
		const { rows, stats } = parseWeekText( text );
		expect( rows ).toEqual( [] );
		expect( stats.malformedSamples.map( ( s ) => s.reason ) ).toEqual( [ 'level', 'level', 'country', 'country', 'number' ] );
		expect( stats.malformed ).toBe( 9 );
	} );

	it( 'keeps hostile text as plain strings and marks a cut-off last line', () => {
		const hostile = withField( LINES[ 0 ], 2, '<img src=x onerror=alert(1)>' );
		const { rows, stats } = parseWeekText( hostile + '\n' + LINES[ 1 ].slice( 0, 20 ) );
		expect( rows[ 0 ].country ).toBe( '<img src=x onerror=alert(1)>' );
		expect( stats.terminated ).toBe( false );
	} );
} );
