import { describe, it, expect } from 'vitest';
import { claimPlaceholder, setPageHeading } from './gadget';

describe( 'claimPlaceholder', () => {
	it( 'claims a placeholder once', () => {
		const el = document.createElement( 'div' );
		expect( claimPlaceholder( el ) ).toBe( true );
		expect( el.classList.contains( 'geo-panel' ) ).toBe( true );
		expect( claimPlaceholder( el ) ).toBe( false );
	} );
} );

describe( 'setPageHeading', () => {
	it( 'renames the blank page as text', () => {
		document.body.appendChild( Object.assign( document.createElement( 'h1' ), { id: 'firstHeading', textContent: 'Blank page' } ) );
		mw.config.set( 'wgSiteName', 'Geo Wiki' );
		setPageHeading( '<b>Conflicts</b>' );
		expect( document.getElementById( 'firstHeading' )?.textContent ).toBe( '<b>Conflicts</b>' );
		expect( document.title ).toBe( '<b>Conflicts</b> – Geo Wiki' );
	} );
} );
