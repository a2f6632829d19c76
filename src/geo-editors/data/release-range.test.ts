import { describe, it, expect } from 'vitest';
import { resolveRange } from './release-range';

const NOW = Date.UTC( 2026, 11, 7 );
const RELEASE = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];

describe( 'resolveRange (issue 24 item 2)', () => {
	it( 'a range wholly after the release: no month, the release\'s real end, the months not in it', () => {
		expect( resolveRange( '2030-01', '2030-06', 120, NOW, RELEASE ) ).toEqual( {
			months: [], clamped: true, notInRelease: [ '2030-01', '2030-06', 6 ], release: [ '2023-07', '2023-12' ],
		} );
	} );

	it( 'a range from the release into the future: the release\'s months, the rest named', () => {
		expect( resolveRange( '2023-10', '2030-06', 120, NOW, RELEASE ) ).toEqual( {
			months: [ '2023-10', '2023-11', '2023-12' ], clamped: true, notInRelease: [ '2024-01', '2030-06', 78 ], release: [ '2023-07', '2023-12' ],
		} );
	} );

	it( 'without the index: the months that can exist, as before', () => {
		const r = resolveRange( '2026-10', '2027-02', 120, NOW, null );
		expect( r.months ).toEqual( [ '2026-10', '2026-11' ] );
		expect( r.notInRelease ).toEqual( [ '2026-12', '2027-02', 3 ] );
	} );

	it( 'a range inside the release is kept whole', () => {
		expect( resolveRange( '2023-08', '2023-09', 120, NOW, RELEASE ) ).toMatchObject( { months: [ '2023-08', '2023-09' ], clamped: false, notInRelease: null } );
	} );
} );
