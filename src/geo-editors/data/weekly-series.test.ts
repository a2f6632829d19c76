import { describe, it, expect } from 'vitest';
import { mergeWeekMonths, weekSeries } from './weekly-series';
import { weekFile, WEEKLY_MONTHS } from '../../../tests/support/weekly-test-rows';
import { isWeekStart, sundaysOf, weekInMonthFile, weekEnd } from './weekly';
import { LEVELS } from './types';

const CL_ES = { country: 'CL', wikiDb: 'eswiki' };

describe( 'weekly dates', () => {
	it( 'knows Sundays, real dates, and which file a week can be in', () => {
		expect( sundaysOf( '2023-07' ) ).toEqual( [ '2023-07-02', '2023-07-09', '2023-07-16', '2023-07-23', '2023-07-30' ] );
		expect( isWeekStart( '2023-07-30' ) ).toBe( true );
		expect( isWeekStart( '2023-07-31' ) ).toBe( false );
		expect( isWeekStart( '2023-02-29' ) ).toBe( false );
		expect( isWeekStart( '2024-02-25' ) ).toBe( true );
		expect( weekInMonthFile( '2023-07-30', '2023-08' ) ).toBe( true );
		expect( weekInMonthFile( '2023-07-30', '2023-07' ) ).toBe( true );
		expect( weekInMonthFile( '2023-08-06', '2023-07' ) ).toBe( false );
		expect( weekEnd( '2023-07-30' ) ).toBe( '2023-08-05' );
	} );
} );

describe( 'mergeWeekMonths', () => {
	it( 'keys weeks by week_start and keeps a week found in two files once', () => {
		const july = weekFile( '2023-07' );
		const august = weekFile( '2023-08' );
		// The week of 30 July straddles two months: here it is in both files, as the release may
		// have it.
		const straddling = july.rows.filter( ( r ) => r.week === '2023-07-30' );
		expect( straddling.length ).toBeGreaterThan( 100 );
		const augustWithIt = Object.assign( {}, august, { rows: straddling.concat( august.rows ), weeks: [ '2023-07-30' ].concat( august.weeks ) } );
		const merged = mergeWeekMonths( [ augustWithIt, july ] );
		expect( merged.duplicates ).toBe( straddling.length );
		expect( merged.rows.length ).toBe( july.rows.length + august.rows.length );
		expect( merged.weeks ).toEqual( sundaysOf( '2023-07' ).concat( sundaysOf( '2023-08' ) ) );
	} );
} );

describe( 'weekSeries', () => {
	const merged = mergeWeekMonths( WEEKLY_MONTHS.map( weekFile ) );

	it( 'gives one point per week with each level and the total; an interval only where the file states ε', () => {
		const points = weekSeries( merged.rows, merged.weeks, CL_ES );
		expect( points.map( ( point ) => point.week ) )
			.toEqual( WEEKLY_MONTHS.flatMap( sundaysOf ) );
		expect( points ).toHaveLength( 27 );
		const p = points[ 5 ];
		const editors = LEVELS.map( ( l ) => ( p.levels[ l ] as { editors: number } ).editors );
		expect( p.total ).toBe( editors[ 0 ] + editors[ 1 ] + editors[ 2 ] );
		expect( p.missing ).toEqual( [] );
		expect( p.estimate!.value ).toBe( p.total );
		// The sample's July file has the 8 columns: its weeks are the released counts alone.
		expect( Object.keys( points[ 0 ].levels[ '1 to 4' ] as object ).sort() ).toEqual( [ 'editors', 'edits' ] );
		expect( points[ 0 ].estimate ).toBeNull();
		expect( merged.noInterval ).toEqual( sundaysOf( '2023-07' ) );
		// As in the real release: one week missing for every wiki, one week in two files.
		expect( merged.absent ).toEqual( [ '2023-09-24' ] );
		expect( points.find( ( x ) => x.week === '2023-09-24' ) ).toMatchObject( { absent: true, total: null } );
		expect( merged.doubled ).toEqual( [ { week: '2023-10-29', files: [ '2023-10', '2023-11' ], disagree: 0 } ] );
	} );

	it( 'leaves an unpublished level not published (never 0) and the total a lower bound', () => {
		const points = weekSeries( merged.rows, merged.weeks, { country: 'CL', wikiDb: 'wikidatawiki' } );
		const partial = points.find( ( p ) => p.missing.length > 0 && p.total !== null );
		expect( partial ).toBeDefined();
		expect( partial!.levels[ partial!.missing[ 0 ] ] ).toBeNull();
		const none = weekSeries( merged.rows, merged.weeks, { country: 'CL', wikiDb: 'nowiki-such' } );
		expect( none.every( ( p ) => p.total === null && p.edits === null &&
			p.missing.length === 3 ) ).toBe( true );
	} );

	it( 'adds up only the chosen levels', () => {
		const points = weekSeries( merged.rows, merged.weeks, CL_ES, [ '100 or more' ] );
		expect( points[ 0 ].total ).toBe( ( points[ 0 ].levels[ '100 or more' ] as { editors: number } ).editors );
	} );
} );
