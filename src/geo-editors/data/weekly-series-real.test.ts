/**
 * Weeks as published, on the real Chile rows (../shared/real-data/geoeditors-weekly): each row's ε
 * gives its interval, a week missing for every wiki is a gap (never 0), a week in two files is kept
 * once (the file of the month it starts in) with a warning when the files disagree, and impossible
 * noise pairs stay as published.
 */
import { describe, it, expect } from 'vitest';
import { REAL_DATA, realTsv } from '../../../tests/support/real-data';
import { realWeekFiles, weekData, withoutEps } from '../../../tests/support/real-weekly';
import { parseWeekText } from './tsv-weekly';
import { mergeWeekMonths, weekSeries } from './weekly-series';
import { cellEstimate, sumEstimates, sumHalfWidth } from './uncertainty';

const CL_ES = { country: 'CL', wikiDb: 'eswiki' };
const realFiles = realWeekFiles;
const file = weekData;

describe.skipIf( !REAL_DATA )( 'weeks as published (real Chile rows)', () => {
	it( 'gives each weekly value the interval of its own ε, and sums with the monthly rule', () => {
		const merged = mergeWeekMonths( realFiles() );
		const first = weekSeries( merged.rows, merged.weeks, CL_ES )[ 0 ];
		expect( first.week ).toBe( '2023-06-25' );
		expect( first.levels[ '1 to 4' ] ).toEqual( { editors: 1214, edits: 1671, estimate: cellEstimate( 1214, 1.1 ) } );
		expect( first.estimate ).toEqual( sumEstimates( [ cellEstimate( 1214, 1.1 ), cellEstimate( 231, 1.1 ), cellEstimate( 15, 1.1 ) ] ) );
		expect( first.estimate!.half ).toBeCloseTo( sumHalfWidth( 3, 1.1 ), 9 );
		expect( merged.noInterval ).toEqual( [] );
	} );

	it( 'shows the week of 2023-09-24, missing for every wiki, as a gap "not in the release", never 0', () => {
		const merged = mergeWeekMonths( realFiles() );
		// 2024-01-28 is also absent here: it was in two files, and the notebook's author dropped it.
		expect( merged.absent ).toEqual( [ '2023-09-24', '2024-01-28' ] );
		expect( merged.weeks ).toContain( '2023-09-24' );
		expect( merged.weeks ).toHaveLength( 44 );
		const gap = weekSeries( merged.rows, merged.weeks, CL_ES ).find( ( p ) => p.week === '2023-09-24' )!;
		expect( gap ).toMatchObject( { absent: true, total: null, edits: null, estimate: null } );
		expect( Object.values( gap.levels ) ).toEqual( [ null, null, null ] );
	} );

	it( 'keeps a week found in two files once, from the file of the month it starts in, and warns when they disagree', () => {
		const files = realFiles();
		const jan = files.find( ( f ) => f.month === '2024-01' )!;
		const feb = files.find( ( f ) => f.month === '2024-02' )!;
		// The real doubled week (2024-01-28) was dropped from these rows by the notebook's author:
		// January's last week here stands for it, put in February's file too, once identical, once
		// with one value changed.
		const week = jan.weeks[ jan.weeks.length - 1 ];
		expect( week ).toBe( '2024-01-21' );
		const copy = jan.rows.filter( ( r ) => r.week === week );
		const same = mergeWeekMonths( files.filter( ( f ) => f !== feb ).concat( [ file( '2024-02', copy.concat( feb.rows ) ) ] ) );
		expect( same.doubled ).toEqual( [ { week, files: [ '2024-01', '2024-02' ], disagree: 0 } ] );
		const changed = copy.map( ( r, i ) => ( i === 0 ? Object.assign( {}, r, { editors: r.editors + 7 } ) : r ) );
		const merged = mergeWeekMonths( [ file( '2024-02', changed.concat( feb.rows ) ) ].concat( files.filter( ( f ) => f !== feb ) ) );
		expect( merged.doubled ).toEqual( [ { week, files: [ '2024-01', '2024-02' ], disagree: 1 } ] );
		const kept = merged.rows.filter( ( r ) => r.week === week );
		expect( kept ).toEqual( copy );
	} );

	it( 'says which weeks have no interval: an 8-column file beside 11-column ones', () => {
		const files = realFiles().map( ( f ) => ( f.month === '2023-08' ? withoutEps( f ) : f ) );
		const merged = mergeWeekMonths( files );
		expect( merged.noInterval ).toEqual( [ '2023-08-06', '2023-08-13', '2023-08-20', '2023-08-27' ] );
		const points = weekSeries( merged.rows, merged.weeks, CL_ES );
		const aug = points.find( ( p ) => p.week === '2023-08-06' )!;
		expect( aug.estimate ).toBeNull();
		expect( aug.total ).toBeGreaterThan( 0 );
		expect( aug.levels[ '1 to 4' ]!.estimate ).toBeUndefined();
	} );

	it( 'keeps impossible noise pairs as published (metawiki "1 to 4": 8 editors, 5 edits)', () => {
		const [ head, ...rows ] = realTsv( 'geoeditors-weekly/CL-weekly-verbatim-notebook-rows.tsv' );
		const from = head.indexOf( 'wiki_db' );
		const text = rows.filter( ( r ) => r[ 0 ] === 'e9cdb551' ).map( ( r ) => r.slice( from ).join( '\t' ) ).join( '\n' ) + '\n';
		const merged = mergeWeekMonths( [ file( '2024-02', parseWeekText( text ).rows ) ] );
		const meta = weekSeries( merged.rows, merged.weeks, { country: 'CL', wikiDb: 'metawiki' } )
			.find( ( p ) => p.week === '2024-02-25' )!;
		expect( meta.levels[ '1 to 4' ] ).toMatchObject( { editors: 8, edits: 5 } );
		expect( meta.edits ).toBe( 5 );
	} );
} );
