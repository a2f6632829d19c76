import { describe, it, expect } from 'vitest';
import { isProtected, absenceOf, olderList, riskClass, withheldIn } from './protection';

describe( 'protection list', () => {
	it( 'names the 9 countries of the 2024 list as protected, others as not published', () => {
		expect( isProtected( 'CN', '2024-05' ) ).toBe( true );
		expect( absenceOf( 'VN', '2023-08' ) ).toBe( 'protected' );
		expect( absenceOf( 'GL', '2024-05' ) ).toBe( 'not-published' );
		expect( isProtected( 'CN', 'bogus' ) ).toBe( false );
	} );
	it( 'applies the list of each month, from the Foundation\'s table: 35 before 2024, the 9 "Not published" since', () => {
		// Thailand and Rwanda were on the older list only; Hong Kong only on the new one, and as
		// "Not published" without being is_protected: never published, not protected.
		expect( [ isProtected( 'TH', '2023-08' ), isProtected( 'TH', '2024-05' ) ] ).toEqual( [ true, false ] );
		expect( [ isProtected( 'HK', '2023-08' ), isProtected( 'HK', '2024-05' ) ] ).toEqual( [ false, true ] );
		expect( absenceOf( 'HK', '2024-05' ) ).toBe( 'never-published' );
		expect( absenceOf( 'CN', '2024-05' ) ).toBe( 'protected' );
		expect( absenceOf( 'RW', '2023-12' ) ).toBe( 'protected' );
		expect( withheldIn( '2023-12' ) ).toHaveLength( 35 );
		expect( withheldIn( '2024-01' ) ).toHaveLength( 9 );
		expect( [ riskClass( 'CL' ), riskClass( 'AF' ), riskClass( 'HK' ), riskClass( 'NA' ), riskClass( 'XX' ) ] )
			.toEqual( [ 'lower', 'medium', 'not-published', 'lower', null ] );
	} );
	it( 'says which months were released under the older, longer list', () => {
		expect( olderList( '2023-12' ) ).toBe( true );
		expect( olderList( '2024-01' ) ).toBe( false );
	} );
} );
