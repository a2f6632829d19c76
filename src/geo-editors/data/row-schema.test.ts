import { describe, it, expect } from 'vitest';
import { chileRows } from './testing-rows';
import { parseMonthText } from './tsv';
import { parseWeekText } from './tsv-weekly';
import { reducePage, parsePage, publishableProblems } from './reduced';
import { rowProblem } from './row-schema';

const META = { release: 'geoeditors_monthly', dataDate: '2024-01-05T00:00:00Z' };
const TSV_LINE = ( wikiDb: string, project: string, countEps: string, editors: string ): string => [ wikiDb, project, 'Chile', 'CL', '1 to 4', countEps, '0.9', '8', editors, '100', '2023-08' ].join( '\t' ) + '\n';

describe( 'one schema and one set of bounds for the release parser, the reduced pages and their writer (issue 22 item 4)', () => {
	it( 'the reduced-page reader refuses ε = 5e-324, 0, 1e-300 and counts of 1e308, as the TSV parser does', () => {
		const page = reducePage( chileRows(), 'CL', '2023-08', META );
		const tamper = ( field: number, value: number ): unknown => {
			const bad = JSON.parse( JSON.stringify( page ) );
			bad.rows[ 0 ][ field ] = value;
			return bad;
		};
		for ( const eps of [ 5e-324, 0, 1e-300, 1e308 ] ) {
			expect( parsePage( tamper( 3, eps ), 'CL', '2023-08' ), `count_eps ${ eps }` ).toBeNull();
			expect( parseMonthText( TSV_LINE( 'eswiki', 'es.wikipedia', String( eps ), '5' ), {}, '2023-08' ).stats.malformed ).toBe( 1 );
		}
		expect( parsePage( tamper( 6, 1e308 ), 'CL', '2023-08' ), 'editors' ).toBeNull();
		expect( parsePage( tamper( 7, 1e308 ), 'CL', '2023-08' ), 'edits' ).toBeNull();
		expect( parsePage( tamper( 5, 1e308 ), 'CL', '2023-08' ), 'threshold' ).toBeNull();
		expect( parsePage( tamper( 4, 1e308 ), 'CL', '2023-08' ), 'sum_eps' ).toBeNull();
		expect( parsePage( page, 'CL', '2023-08' ) ).not.toBeNull();
	} );

	it( 'the TSV parser applies the reader\'s wiki_db and project rules (a be-x-old wiki_db, an 81-character project)', () => {
		expect( parseMonthText( TSV_LINE( 'be-x-old', 'be-x-old.wikipedia', '1.1', '5' ), {}, '2023-08' ).stats.malformed ).toBe( 1 );
		expect( parseMonthText( TSV_LINE( 'eswiki', 'x'.repeat( 81 ), '1.1', '5' ), {}, '2023-08' ).stats.malformed ).toBe( 1 );
		expect( parseMonthText( TSV_LINE( 'be_x_oldwiki', 'be-tarask.wikipedia', '1.1', '5' ), {}, '2023-08' ).stats.malformed ).toBe( 0 );
		const week = [ 'be-x-old', 'be-x-old.wikipedia', 'Chile', 'CL', '1 to 4', '5', '7', '2023-08-06' ].join( '\t' ) + '\n';
		expect( parseWeekText( week, {}, '2023-08' ).stats.malformed ).toBe( 1 );
	} );

	it( 'the writer refuses rows the reader would refuse, naming each', () => {
		const good = chileRows().filter( ( r ) => r.month === '2023-08' );
		expect( publishableProblems( reducePage( good, 'CL', '2023-08', META ), 'CL', '2023-08' ) ).toEqual( [] );
		const bad = [ Object.assign( {}, good[ 0 ], { wikiDb: 'be-x-old' } ),
			Object.assign( {}, good[ 1 ], { project: 'p'.repeat( 81 ) } ),
			Object.assign( {}, good[ 2 ], { countEps: 5e-324 } ) ];
		const problems = publishableProblems( reducePage( bad.concat( good.slice( 3 ) ), 'CL', '2023-08', META ), 'CL', '2023-08' );
		expect( problems ).toHaveLength( 3 );
		expect( problems[ 0 ] ).toMatch( /be-x-old.*wiki_db/ );
		expect( problems[ 1 ] ).toMatch( /project/ );
		expect( problems[ 2 ] ).toMatch( /count_eps/ );
	} );

	it( 'every real Chile row passes the one check', () => {
		for ( const r of chileRows() ) {
			expect( rowProblem( r ) ).toBeNull();
		}
	} );
} );
