/**
 * The weekly layouts on rows laid out exactly as the real files (../shared/real-data/geoeditors-weekly:
 * Chile rows of geoeditors_weekly/*.tsv as public notebooks printed them in 2024; README there).
 * Files read on 2024-04-17 had 8 columns, from 2024-04-24 on 11 (with count_eps, sum_eps,
 * count_release_thresh); the weekly README still lists 8.
 */
import { describe, it, expect } from 'vitest';
import { REAL_DATA, realText, realTsv } from '../../../tests/support/real-data';
import { parseWeekText } from './tsv-weekly';
import { TsvFormatError } from './tsv';
import { WEEKLY_COLUMNS, WEEKLY_COLUMNS_EPS } from './weekly';

const FOUR_WIKIS = 'geoeditors-weekly/CL-weekly-2023-06-25_2024-04-21-4wikis.tsv';
const VERBATIM = 'geoeditors-weekly/CL-weekly-verbatim-notebook-rows.tsv';

/** The verbatim rows of one notebook run, laid out as that day's file (8 columns: no eps fields). */
function verbatimFile( commit: string ): { lines: string[]; fields: string[][] } {
	const [ head, ...rows ] = realTsv( VERBATIM );
	const from = head.indexOf( 'wiki_db' );
	const fields = rows.filter( ( r ) => r[ 0 ] === commit ).map( ( r ) => r.slice( from ) );
	const eight = fields.every( ( f ) => f[ 5 ] === '' );
	const lines = fields.map( ( f ) => ( eight ? f.slice( 0, 5 ).concat( f.slice( 8 ) ) : f ).join( '\t' ) );
	return { lines, fields };
}

describe.skipIf( !REAL_DATA )( 'weekly layouts on the real rows (../shared/real-data)', () => {
	it( 'reads the 11-column layout with each row\'s own ε (Chile, 42 weeks, 4 wikis)', () => {
		const text = realText( FOUR_WIKIS );
		const { rows, stats } = parseWeekText( text );
		expect( stats ).toMatchObject( { columns: 11, malformed: 0, header: false } );
		expect( rows ).toHaveLength( 304 );
		expect( rows.every( ( r ) => r.countEps === 1.1 && r.sumEps === 0.9 && r.threshold === 8 ) ).toBe( true );
		const es = rows.filter( ( r ) => r.wikiDb === 'eswiki' && r.week === '2023-06-25' );
		expect( es.map( ( r ) => [ r.level, r.editors, r.edits ] ).sort() ).toEqual( [
			[ '1 to 4', 1214, 1671 ], [ '100 or more', 15, 1326 ], [ '5 to 99', 231, 4541 ] ] );
		expect( rows.filter( ( r ) => r.wikiDb === 'eswiki' && r.week === '2024-04-21' ).map( ( r ) => r.level + ' ' + r.editors ).sort() )
			.toEqual( [ '1 to 4 1285', '100 or more 18', '5 to 99 214' ] );
		// The same file with the 11-column header is read the same.
		expect( parseWeekText( WEEKLY_COLUMNS_EPS.join( '\t' ) + '\n' + text ).rows ).toEqual( rows );
	} );

	it( 'reads each notebook run as its file was: 8 columns on 2024-04-17, 11 from 2024-04-24, same values', () => {
		const runs = [ '0c94d8cf', 'e9cdb551', '05b760ea', '17239c2e' ];
		const columns = runs.map( ( commit ) => {
			const { lines, fields } = verbatimFile( commit );
			const { rows, stats } = parseWeekText( lines.join( '\n' ) + '\n' );
			expect( stats.malformed ).toBe( 0 );
			expect( rows.map( ( r ) => [ r.wikiDb, r.level, r.editors, r.edits, r.week ] ) )
				.toEqual( fields.map( ( f ) => [ f[ 0 ], f[ 4 ], Number( f[ 8 ] ), Number( f[ 9 ] ), f[ 10 ] ] ) );
			// An 8-column row states no ε: the field is absent, never made up.
			expect( rows.every( ( r ) => stats.columns === 8 ? r.countEps === undefined : r.countEps === 1.1 ) ).toBe( true );
			return stats.columns;
		} );
		expect( columns ).toEqual( [ 8, 11, 11, 11 ] );
		// The 8-column header (the README's) is read too.
		const old = verbatimFile( '0c94d8cf' ).lines;
		expect( parseWeekText( WEEKLY_COLUMNS.join( '\t' ) + '\n' + old.join( '\n' ) ).stats )
			.toMatchObject( { header: true, columns: 8, malformed: 0 } );
	} );

	it( 'keeps impossible noise pairs as published (metawiki: 8 editors, 5 edits)', () => {
		const { lines } = verbatimFile( 'e9cdb551' );
		const { rows } = parseWeekText( lines.join( '\n' ) + '\n' );
		const meta = rows.filter( ( r ) => r.wikiDb === 'metawiki' );
		expect( meta.map( ( r ) => [ r.week, r.editors, r.edits ] ) ).toEqual( [ [ '2024-02-25', 8, 5 ], [ '2024-03-17', 11, 5 ] ] );
	} );

	it( 'tells the layouts apart by the first line only: a later line of the other layout is malformed', () => {
		const eight = verbatimFile( '0c94d8cf' ).lines;
		const eleven = verbatimFile( 'e9cdb551' ).lines;
		const { rows, stats } = parseWeekText( [ eleven[ 0 ], eight[ 0 ], eleven[ 1 ] ].join( '\n' ) + '\n' );
		expect( rows ).toHaveLength( 2 );
		expect( stats.malformedSamples ).toEqual( [ { line: 2, reason: 'columns' } ] );
		// A monthly file (11 columns, a month where the week is) is not a weekly file.
		const monthly = eleven[ 0 ].replace( /\t[^\t]+$/, '\t2024-03' );
		expect( () => parseWeekText( monthly + '\n' ) ).toThrow( TsvFormatError );
	} );
} );
