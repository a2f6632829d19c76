import { describe, it, expect } from 'vitest';
import { Session, MAX_MONTHS } from './session';
import { parseState } from '../ui/state';
import type { GeoRow } from '../data/types';

describe( 'Session rows (issue 14)', () => {
	it( 'joins a month of hundreds of thousands of rows without overflowing the stack', () => {
		const session = new Session( parseState( { country: 'CL', project: 'eswiki', from: '2023-08', to: '2023-08' }, 'eswiki' ) );
		session.months = [ '2023-08' ];
		const row = { wikiDb: 'eswiki', project: 'es.wikipedia', country: 'Chile', countryCode: 'CL', level: '1 to 4',
			countEps: 1.1, sumEps: 0.9, threshold: 8, editors: 5, edits: 6, month: '2023-08' } as GeoRow;
		const rows = new Array<GeoRow>( 300000 ).fill( row );
		session.data.set( '2023-08', { month: '2023-08', rows, stats: { header: false, rows: rows.length, kept: rows.length, malformed: 0, malformedSamples: [], terminated: true }, complete: true, fromCache: true } );
		expect( session.rows ).toHaveLength( 300000 );
	} );
} );

describe( 'Session months (issue 14)', () => {
	const NOW = Date.UTC( 2026, 11, 1 );
	it( 'clamps a permalink range to the published months and a maximum span', async () => {
		const session = new Session( parseState( { country: 'CL', project: 'eswiki', from: '1900-01', to: '2099-12' }, 'eswiki' ) );
		await session.resolveMonths( undefined, NOW );
		// The whole release fits (2018-01 … 2026-11 is 107 months, under MAX_MONTHS).
		expect( session.months.length ).toBe( 107 );
		expect( session.months.length ).toBeLessThanOrEqual( MAX_MONTHS );
		expect( session.months[ session.months.length - 1 ] ).toBe( '2026-11' );
		expect( session.months[ 0 ] ).toBe( '2018-01' );
		expect( session.clamped ).toBe( true );
		const far = new Session( parseState( { country: 'CL', project: 'eswiki', from: '2018-01', to: '2035-12' }, 'eswiki' ) );
		await far.resolveMonths( undefined, Date.UTC( 2036, 0, 15 ) );
		expect( far.months.length ).toBe( MAX_MONTHS );
		expect( far.months[ 0 ] ).toBe( '2026-01' );
	} );
	it( 'keeps a range inside the release as asked, and drops months before the first release', async () => {
		const inside = new Session( parseState( { country: 'CL', project: 'eswiki', from: '2023-07', to: '2023-12' }, 'eswiki' ) );
		await inside.resolveMonths( undefined, NOW );
		expect( inside.months ).toHaveLength( 6 );
		expect( inside.clamped ).toBe( false );
		const early = new Session( parseState( { country: 'CL', project: 'eswiki', from: '2010-01', to: '2018-03' }, 'eswiki' ) );
		await early.resolveMonths( undefined, NOW );
		expect( early.months ).toEqual( [ '2018-01', '2018-02', '2018-03' ] );
		const future = new Session( parseState( { country: 'CL', project: 'eswiki', from: '2090-01', to: '2099-12' }, 'eswiki' ) );
		await future.resolveMonths( undefined, NOW );
		expect( future.months ).toEqual( [] );
		expect( future.clamped ).toBe( true );
	} );
} );

describe( 'Session report months', () => {
	const NOW = Date.UTC( 2026, 11, 1 );
	const row = ( month: string ): GeoRow => ( { wikiDb: 'eswiki', project: 'es.wikipedia', country: 'Chile', countryCode: 'CL', level: '1 to 4',
		countEps: 1.1, sumEps: 0.9, threshold: 8, editors: 5, edits: 6, month } as GeoRow );
	const loaded = ( session: Session, month: string ): void => {
		session.data.set( month,
			{ month, rows: [ row( month ) ], stats: { header: false, rows: 1, kept: 1, malformed: 0,
				malformedSamples: [], terminated: true }, complete: true, fromCache: true } );
	};

	it( 'loads a report\'s own months besides the range, not the months between', () => {
		const session = new Session( parseState( { country: 'CL', project: 'eswiki', from: '2025-07', to: '2025-12' }, 'eswiki' ) );
		session.months = [ '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12' ];
		session.months.forEach( ( m ) => loaded( session, m ) );
		// Two Decembers seven years apart, and months the release cannot have.
		expect( session.wantMonths( [ '2017-12', '2018-12', '2025-12', '2030-01' ], NOW ) ).toBe( true );
		expect( session.pending ).toEqual( [ '2018-12' ] );
		loaded( session, '2018-12' );
		expect( session.wantMonths( [ '2018-12', '2025-12' ], NOW ) ).toBe( false );
		// The report reads it through the index; the range's views never show it.
		expect( session.index.get( '2018-12', { country: 'CL', wikiDb: 'eswiki' }, '1 to 4' ) ).toBeTruthy();
		expect( session.loadedMonths ).not.toContain( '2018-12' );
	} );

	it( 'leaves a failed report month to Retry', () => {
		const session = new Session( parseState( { country: 'CL', project: 'eswiki', from: '2025-12', to: '2025-12' }, 'eswiki' ) );
		session.months = [ '2025-12' ];
		loaded( session, '2025-12' );
		session.failed.set( '2019-12', new Error( 'HTTP 503' ) );
		expect( session.wantMonths( [ '2019-12' ], NOW ) ).toBe( false );
		expect( session.pending ).toEqual( [ '2019-12' ] );
	} );
} );
