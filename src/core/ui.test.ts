import { describe, it, expect } from 'vitest';
import { toCsv, csvField, dataTable, errorBox, errorMessage } from './ui';
import { HttpError } from './http';
import { registerMessages } from './messages';
import bundle from 'i18n:geo-editors';

registerMessages( bundle );

describe( 'CSV', () => {
	it( 'quotes separators and defuses formulas', () => {
		expect( csvField( 'a,b' ) ).toBe( '"a,b"' );
		expect( csvField( 'say "hi"' ) ).toBe( '"say ""hi"""' );
		expect( csvField( '=HYPERLINK("x")' ) ).toBe( '"\'=HYPERLINK(""x"")"' );
		expect( csvField( -3 ) ).toBe( '-3' );
		// Issue 14: a leading minus and a digit is not a number yet.
		expect( csvField( "-2+3+cmd|' /C calc'!A0" ) ).toBe( "'-2+3+cmd|' /C calc'!A0" );
		expect( csvField( '+1-1' ) ).toBe( "'+1-1" );
		expect( csvField( '-12.5' ) ).toBe( '-12.5' );
		expect( csvField( '+3e5' ) ).toBe( '+3e5' );
		expect( csvField( '\t-1' ) ).toBe( "'\t-1" );
		expect( csvField( '@SUM(A1)' ) ).toBe( "'@SUM(A1)" );
		// The release's unknown country code stays as it is.
		expect( csvField( '--' ) ).toBe( '--' );
		expect( csvField( null ) ).toBe( '' );
		expect( toCsv( [ 'a', 'b' ], [ [ 1, 'x' ] ] ) ).toBe( 'a,b\r\n1,x\r\n' );
	} );
} );

describe( 'dataTable', () => {
	it( 'is a semantic table with caption and scoped headers', () => {
		const table = dataTable( 'Cap', [
			{ label: 'Month', cell: ( r: { m: string; v: number } ) => r.m },
			{ label: 'Value', cell: ( r ) => r.v, numeric: true },
		], [ { m: '2023-08', v: 5 } ] );
		expect( table.caption?.textContent ).toBe( 'Cap' );
		expect( table.querySelectorAll( 'th[scope=col]' ) ).toHaveLength( 2 );
		expect( table.querySelector( 'tbody th[scope=row]' )?.textContent ).toBe( '2023-08' );
		expect( table.querySelector( 'td.geo-num' )?.textContent ).toBe( '5' );
	} );
} );

describe( 'errors', () => {
	it( 'explains each kind of failure in words, with a retry', () => {
		expect( errorMessage( new HttpError( 'server', 'u', 503 ) ) ).toContain( '503' );
		// Issue 14: an error is final (the retries are over): never "trying again in 99,999
		// seconds".
		const later = errorMessage( new HttpError( 'rate-limited', 'u', 429, 99999 ) );
		expect( later ).not.toMatch( /Trying again|99,999/ );
		expect( later ).toMatch( /\d{1,2}:\d{2}/ );
		expect( errorMessage( new HttpError( 'too-large', 'u', 200 ) ) ).not.toMatch( /reached|⧼/ );
		expect( errorMessage( new Error( 'x' ) ) ).not.toMatch( /⧼/ );
		let retried = 0;
		const box = errorBox( 'Failed', () => retried++ );
		expect( box.getAttribute( 'role' ) ).toBe( 'alert' );
		box.querySelector( 'button' )?.click();
		expect( retried ).toBe( 1 );
	} );
} );
