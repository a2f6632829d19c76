import { describe, it, expect, beforeAll } from 'vitest';
import { conflictPopup } from './popup';
import { registerMapMessages, HOSTILE_LABEL } from './test-helpers';

beforeAll( registerMapMessages );

describe( 'conflictPopup', () => {
	it( 'shows a hostile label as literal text, never as markup', () => {
		const popup = conflictPopup( { id: 'Q2', label: HOSTILE_LABEL, lat: 0, lon: 0, approximate: false, sector: 'water' } );
		document.body.appendChild( popup );
		expect( popup.querySelector( 'img' ) ).toBeNull();
		expect( popup.querySelector( '.geo-conflicts-map-popup-label' )!.textContent ).toBe( HOSTILE_LABEL );
		popup.remove();
	} );

	it( 'names the sector and says when the location is approximate', () => {
		const exact = conflictPopup( { id: 'Q1', label: 'A', lat: 0, lon: 0, approximate: false, sector: 'mining' } );
		const approx = conflictPopup( { id: 'Q1', label: 'A', lat: 0, lon: 0, approximate: true, sector: 'mining' } );
		expect( exact.querySelector( '.geo-conflicts-map-popup-sector' )!.textContent ).toBe( mw.message( 'geo-conflicts-sector-mining' ).text() );
		expect( exact.querySelector( '.geo-conflicts-map-popup-approximate' ) ).toBeNull();
		expect( approx.querySelector( '.geo-conflicts-map-popup-approximate' )!.textContent ).toMatch( /Approximate location/ );
	} );

	it( 'links valid QIDs to Wikidata and nothing else', () => {
		const good = conflictPopup( { id: 'Q42', label: 'A', lat: 0, lon: 0, approximate: false, sector: 'other' } );
		const a = good.querySelector( 'a' )!;
		expect( a.getAttribute( 'href' ) ).toBe( 'https://www.wikidata.org/wiki/Q42' );
		expect( a.textContent ).toBe( 'Wikidata item Q42' );
		const bad = conflictPopup( { id: 'javascript:alert(1)', label: 'A', lat: 0, lon: 0, approximate: false, sector: 'other' } );
		expect( bad.querySelector( 'a' ) ).toBeNull();
	} );
} );
