import { describe, it, expect } from 'vitest';
import { Session } from './session';
import { parseState } from './state';
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
