import { describe, it, expect } from 'vitest';
import { isProtected, absenceOf, olderList } from './protection';

describe( 'protection list', () => {
	it( 'names the 9 countries of the 2024 list as protected, others as not published', () => {
		expect( isProtected( 'CN', '2024-05' ) ).toBe( true );
		expect( absenceOf( 'VN', '2023-08' ) ).toBe( 'protected' );
		expect( absenceOf( 'GL', '2024-05' ) ).toBe( 'not-published' );
		expect( isProtected( 'CN', 'bogus' ) ).toBe( false );
	} );
	it( 'says which months were released under the older, longer list', () => {
		expect( olderList( '2023-12' ) ).toBe( true );
		expect( olderList( '2024-01' ) ).toBe( false );
	} );
} );
