import { describe, it, expect } from 'vitest';
import { conflictStatus } from './status';

const NOW = Date.UTC( 2026, 10, 26 );
const d = (
	iso: string, precision = 11,
): { iso: string; year: number; precision: number } => ( {
	iso, year: +iso.slice( 0, 4 ), precision,
} );

describe( 'conflictStatus', () => {
	it( 'is ended only from an end date in the past, not inferred', () => {
		expect( conflictStatus( d( '2006-01-01', 9 ), d( '2018-08-01', 10 ), NOW ) ).toEqual( { key: 'ended', inferred: false, basis: 'end-date' } );
		expect( conflictStatus( null, d( '1890-01-01', 9 ), NOW ).key ).toBe( 'ended' );
	} );
	it( 'marks "ongoing" from a start without end as inferred', () => {
		expect( conflictStatus( d( '2011-05-09' ), null, NOW ) ).toEqual( { key: 'ongoing', inferred: true, basis: 'start-without-end' } );
	} );
	it( 'keeps a planned end in the future as ongoing', () => {
		expect( conflictStatus( d( '2020-01-01' ), d( '2030-01-01', 9 ), NOW ) ).toMatchObject( { key: 'ongoing', basis: 'end-in-future' } );
	} );
	it( 'is unknown without dates', () => {
		expect( conflictStatus( null, null, NOW ) ).toEqual( { key: 'unknown', inferred: false, basis: 'no-dates' } );
	} );
	it( 'handles years Date cannot parse', () => {
		expect( conflictStatus( null, { iso: '0950-01-01', year: 950, precision: 9 }, NOW ).key ).toBe( 'ended' );
	} );
} );
