import { describe, it, expect, beforeAll } from 'vitest';
import { linesView } from './lines';
import { useEnglish, rangeInput, selection, wiki, cellOf } from './test-helpers';
import { cellHalfWidth, Z95 } from '../../data/uncertainty';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const WD = wiki( 'wikidatawiki', 'en.wikidata' );

describe( 'linesView', () => {
	beforeAll( useEnglish );

	it( 'gives a row per month, each level with its interval and the total with the summed interval', () => {
		const out = linesView( rangeInput( [ '2023-07', '2023-08' ], [ selection( 'CL', ES ) ] ) );
		expect( out.table.rows.map( ( r ) => r.key ) ).toEqual( [ '2023-07', '2023-08' ] );
		expect( cellOf( out.table, '2023-08', 'editors_1_4' ) ).toMatchObject( { kind: 'estimate', estimate: { value: 5217, half: cellHalfWidth( 1.1 ) } } );
		const total = cellOf( out.table, '2023-08', 'editors_total' ) as { estimate: { value: number; half: number } };
		expect( total.estimate.value ).toBe( 5217 + 777 + 76 );
		// Three independent Laplace cells of ε = 1.1: sd √(3·2)/1.1, 95 % half-width 1.96 sd.
		expect( total.estimate.half ).toBeCloseTo( Z95 * Math.sqrt( 6 ) / 1.1, 6 );
		expect( out.table.caption ).toContain( 'Chile · es.wikipedia' );
	} );

	it( 'marks an unpublished level as n/p (never 0) and the total as partial', () => {
		const out = linesView( rangeInput( [ '2023-08' ], [ selection( 'CL', WD ) ] ) );
		expect( cellOf( out.table, '2023-08', 'editors_100' ) ).toEqual( { kind: 'np' } );
		expect( cellOf( out.table, '2023-08', 'editors_total' ) ).toMatchObject( { kind: 'estimate', partial: true, estimate: { value: 449 + 99 } } );
		expect( out.table.notes.join( ' ' ) ).toContain( 'not published' );
	} );

	it( 'shows only the chosen levels', () => {
		const out = linesView( rangeInput( [ '2023-08' ], [ selection( 'CL', ES ) ], [ '100 or more' ] ) );
		expect( out.table.columns.map( ( c ) => c.id ) ).toEqual( [ 'editors_100', 'editors_total' ] );
	} );
} );
