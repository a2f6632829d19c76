import { describe, it, expect } from 'vitest';
import { parseWeekText } from './tsv-weekly';
import { reduceWeeklyPage, parseWeeklyPage, weeklyPageProblems, type WeekRowEps } from './reduced-weekly';

const META = { release: 'geoeditors_weekly', dataDate: '2024-05-01' };
const LINE = ( wiki: string, country: string, editors: string, week: string ): string => [ wiki, 'es.wikipedia', country === 'CL' ? 'Chile' : 'Argentina', country, '1 to 4', editors, '12', week ].join( '\t' );

describe( 'reduced weekly pages', () => {
	const text = [ LINE( 'eswiki', 'CL', '1214', '2023-06-25' ), LINE( 'eswiki', 'CL', '1200', '2023-07-02' ),
		LINE( 'eswiki', 'AR', '900', '2023-07-09' ) ].join( '\n' ) + '\n';
	const rows = parseWeekText( text, {}, '2023-07' ).rows;

	it( 'keep one country\'s rows of a weekly file, every week of the file, and read back the same rows', () => {
		const page = reduceWeeklyPage( rows, 'CL', '2023-07', META );
		expect( page.weeks ).toEqual( [ '2023-06-25', '2023-07-02', '2023-07-09' ] );
		const back = parseWeeklyPage( JSON.parse( JSON.stringify( page ) ), 'CL', '2023-07' );
		expect( back?.rows ).toEqual( rows.filter( ( r ) => r.countryCode === 'CL' ) );
		expect( weeklyPageProblems( page ) ).toEqual( [] );
	} );

	it( 'carry ε where the file states it (11 columns) and none where it does not (8 columns)', () => {
		const withEps: WeekRowEps[] = rows.map( ( r ) => ( { ...r, countEps: 1.1, sumEps: 0.9, threshold: 8 } ) );
		const page = reduceWeeklyPage( withEps, 'CL', '2023-07', META );
		expect( page.rows[ 0 ] ).toHaveLength( 9 );
		const back = parseWeeklyPage( JSON.parse( JSON.stringify( page ) ), 'CL', '2023-07' );
		expect( back?.rows[ 0 ] ).toMatchObject( { countEps: 1.1, sumEps: 0.9, threshold: 8 } );
		expect( reduceWeeklyPage( rows, 'CL', '2023-07', META ).rows[ 0 ] ).toHaveLength( 6 );
		expect( parseWeeklyPage( JSON.parse( JSON.stringify( reduceWeeklyPage( rows, 'CL', '2023-07', META ) ) ), 'CL', '2023-07' )?.rows[ 0 ] ).not.toHaveProperty( 'countEps' );
	} );

	it( 'refuse the release parser\'s out-of-bounds values, a week the file cannot hold and hostile identifiers', () => {
		const withEps: WeekRowEps[] = rows.map( ( r ) => ( { ...r, countEps: 1.1, sumEps: 0.9, threshold: 8 } ) );
		const page = reduceWeeklyPage( withEps, 'CL', '2023-07', META );
		const tamper = ( i: number, v: unknown ): unknown => {
			const bad = JSON.parse( JSON.stringify( page ) );
			bad.rows[ 0 ][ i ] = v;
			return bad;
		};
		for ( const [ i, v ] of [ [ 6, 5e-324 ], [ 6, 0 ], [ 6, 1e-300 ], [ 3, 1e308 ], [ 4, 1e308 ], [ 5, '2023-07-03' ], [ 5, '2023-09-03' ], [ 0, 'be-x-old' ], [ 1, 'p'.repeat( 81 ) ] ] as [ number, unknown ][] ) {
			expect( parseWeeklyPage( tamper( i, v ), 'CL', '2023-07' ), `field ${ i } = ${ String( v ) }` ).toBeNull();
		}
		const bad = reduceWeeklyPage( [ { ...withEps[ 0 ], wikiDb: 'be-x-old' } ], 'CL', '2023-07', META );
		expect( weeklyPageProblems( bad )[ 0 ] ).toMatch( /wiki_db/ );
		expect( parseWeeklyPage( page, 'AR', '2023-07' ) ).toBeNull();
	} );
} );
