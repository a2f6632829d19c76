/**
 * Impact and Periods say "no data" for a period the release has nothing for (issue 23 item 1):
 * the lead sentence and the verdict name the months, and never say "not published" / "n/p" for it.
 * Real sample rows (2023); the months of 2022 and 2024 have no file in the sample.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { impactView } from './impact';
import { withMissingNotes } from './labels';
import { msg } from '../../../core/messages';
import { periodsView } from './periods';
import { useEnglish, rangeInput, selection, sampleRows, wiki, cellOf } from './test-helpers';
import { RowIndex } from '../../data/aggregate';
import { monthCoverage } from '../../data/coverage';
import type { GeoRow } from '../../data/types';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const MONTHS = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];
const rows: GeoRow[] = [];
MONTHS.forEach( ( m ) => sampleRows( m ).forEach( ( r ) => rows.push( r ) ) );
const noFile = [ '2022-10', '2022-11', '2022-12', '2024-01' ];

function input( extra: object ): ReturnType<typeof rangeInput> {
	const base = rangeInput( [ '2023-07' ], [ selection( 'CL', ES ) ] );
	base.months = MONTHS;
	base.index = new RowIndex( rows, monthCoverage( noFile ) );
	return Object.assign( base, extra );
}

describe( 'periods without data', () => {
	beforeAll( useEnglish );

	it( 'Impact: a year earlier with no file is "no data" (with its months) in the lead and the verdict, not n/p', () => {
		const out = impactView( input( { campaign: { from: '2023-10', to: '2023-12' } } ) );
		expect( cellOf( out.table, 'editors_1_4', 'year_earlier' ) ).toEqual( { kind: 'no-data' } );
		const verdict = cellOf( out.table, 'editors_1_4', 'verdict_year_earlier' ) as { text: string };
		expect( verdict.text ).toContain( 'no data' );
		expect( verdict.text ).toContain( 'Oct 2022' );
		expect( verdict.text ).not.toContain( 'n/p' );
		expect( out.lead ).toContain( 'Compared with Oct 2022 – Dec 2022 it cannot be said: no data for Oct 2022, Nov 2022, Dec 2022' );
		expect( out.lead ).not.toContain( 'not published' );
		// The span before has data: its verdict is unchanged.
		expect( ( cellOf( out.table, 'editors_1_4', 'verdict_before' ) as { text: string } ).text ).toBe( 'larger than the noise (up)' );
	} );

	it( 'Periods: the lead names the period without data and its months', () => {
		const out = periodsView( input( { periods: [ { from: '2023-12', to: '2023-12' }, { from: '2024-01', to: '2024-01' } ] } ) );
		expect( cellOf( out.table, 'editors_1_4', 'period2' ) ).toEqual( { kind: 'no-data' } );
		expect( out.lead ).toContain( 'No data for Chile · es.wikipedia, Jan 2024: the release has nothing for Jan 2024.' );
		expect( out.lead ).not.toContain( 'not published' );
		// No n/p cell: neither the n/p line nor the line about periods with a month not published.
		const notes = withMissingNotes( out ).table.notes;
		expect( notes ).not.toContain( msg( 'geo-editors-note-np' ) );
		expect( notes ).not.toContain( msg( 'geo-editors-note-periods' ) );
		expect( notes ).toContain( msg( 'geo-editors-note-no-data' ) );
	} );
} );
