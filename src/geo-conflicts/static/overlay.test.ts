import { describe, it, expect, beforeEach } from 'vitest';
import { overlayStaticFrame, type OverlayOptions, type StaticConflict } from './overlay';
import { HOSTILE_LABEL } from '../map/test-helpers';

const VIEW = { lat: -33.05, lon: -71.6, zoom: 8, width: 300, height: 250 };
const PX = 360 / 65536; // degrees of longitude per pixel at zoom 8

const options = ( showNow: boolean ): OverlayOptions => ( {
	showNow,
	text: ( key, ...params ) => key + ( params.length ? ':' + params.join( '|' ) : '' ),
	number: ( n ) => String( n ),
	articleUrl: ( t ) => '/wiki/' + encodeURIComponent( t ),
	wikidataUrl: ( id ) => 'https://www.wikidata.org/wiki/' + id,
} );

function frame(): HTMLElement {
	const thumb = document.createElement( 'div' );
	const a = document.createElement( 'a' );
	a.className = 'mw-kartographer-map';
	a.href = '#/map/0';
	const img = document.createElement( 'img' );
	a.appendChild( img );
	thumb.appendChild( a );
	document.body.appendChild( thumb );
	return a;
}

function conflict( id: string, dx: number, extra: Partial<StaticConflict> = {} ): StaticConflict {
	return Object.assign( { id, label: 'Conflict ' + id, lat: -33.05, lon: -71.6 + dx * PX,
		sector: 'mining', approximate: false }, extra );
}

describe( 'conflicts over a static mapframe', () => {
	beforeEach( () => {
		document.body.textContent = '';
	} );

	it( 'adds nothing at all when no conflict is in view', () => {
		const a = frame();
		expect( overlayStaticFrame( a, VIEW, [ conflict( 'Q1', 400 ) ], options( false ) ) ).toBeNull();
		expect( document.querySelector( '.geo-conflicts-static' ) ).toBeNull();
	} );

	it( 'puts a focusable marker named after its conflict at its position, beside the link, not inside it', () => {
		const a = frame();
		const overlay = overlayStaticFrame( a, VIEW, [ conflict( 'Q1', 50 ), conflict( 'Q2', -100, { label: HOSTILE_LABEL } ) ], options( true ) )!;
		expect( overlay.parentNode ).toBe( a.parentNode );
		expect( a.contains( overlay ) ).toBe( false );
		expect( overlay.classList.contains( 'notheme' ) ).toBe( true );
		const markers = [ ...overlay.querySelectorAll<HTMLButtonElement>( 'button.geo-conflicts-static-marker' ) ];
		expect( markers.map( ( m ) => m.getAttribute( 'aria-label' ) ) ).toEqual( [ 'Conflict Q1', HOSTILE_LABEL ] );
		expect( markers[ 0 ].style.left ).toBe( '200px' );
		expect( markers[ 0 ].style.top ).toBe( '125px' );
		expect( overlay.querySelector( 'img' ) ).toBeNull(); // the hostile label is text
		expect( overlay.querySelector<HTMLElement>( '.geo-conflicts-static-markers' )!.hidden ).toBe( false );
	} );

	it( 'opens the summary from the marker and closes it with Escape, back on the marker', () => {
		const a = frame();
		const overlay = overlayStaticFrame( a, VIEW, [ conflict( 'Q7', 0, { article: 'Pascua Lama', approximate: true } ) ], options( true ) )!;
		const marker = overlay.querySelector<HTMLButtonElement>( '.geo-conflicts-static-marker' )!;
		expect( marker.classList.contains( 'geo-conflicts-static-marker--approximate' ) ).toBe( true );
		marker.focus();
		marker.click();
		const popup = overlay.querySelector<HTMLElement>( '[role=dialog]' )!;
		expect( popup.getAttribute( 'aria-label' ) ).toBe( 'Conflict Q7' );
		expect( document.activeElement ).toBe( popup );
		const links = [ ...popup.querySelectorAll( 'a' ) ].map( ( l ) => l.getAttribute( 'href' ) );
		expect( links ).toEqual( [ location.origin + '/wiki/Pascua%20Lama', 'https://www.wikidata.org/wiki/Q7' ] );
		expect( popup.textContent ).toContain( 'geo-conflicts-map-popup-approximate' );
		popup.dispatchEvent( new KeyboardEvent( 'keydown', { key: 'Escape', bubbles: true } ) );
		expect( overlay.querySelector( '[role=dialog]' ) ).toBeNull();
		expect( document.activeElement ).toBe( marker );
	} );

	it( 'on demand: the count control shows and hides the markers', () => {
		const a = frame();
		const overlay = overlayStaticFrame( a, VIEW, [ conflict( 'Q1', 50 ), conflict( 'Q2', 100 ), conflict( 'Q1', 50 ) ], options( false ) )!;
		const layer = overlay.querySelector<HTMLElement>( '.geo-conflicts-static-markers' )!;
		const toggle = overlay.querySelector<HTMLButtonElement>( '.geo-conflicts-static-toggle' )!;
		expect( layer.hidden ).toBe( true );
		expect( toggle.textContent ).toBe( 'geo-conflicts-static-toggle:2' ); // one marker per item
		expect( toggle.getAttribute( 'aria-pressed' ) ).toBe( 'false' );
		toggle.click();
		expect( layer.hidden ).toBe( false );
		expect( toggle.getAttribute( 'aria-pressed' ) ).toBe( 'true' );
	} );

	it( 'groups conflicts at nearly the same point into one marker that lists them', () => {
		const a = frame();
		const overlay = overlayStaticFrame( a, VIEW, [ conflict( 'Q1', 10 ), conflict( 'Q2', 12 ), conflict( 'Q3', 80 ) ], options( true ) )!;
		const markers = overlay.querySelectorAll<HTMLButtonElement>( '.geo-conflicts-static-marker' );
		expect( markers.length ).toBe( 2 );
		expect( markers[ 0 ].getAttribute( 'aria-label' ) ).toBe( 'geo-conflicts-static-group:2|Conflict Q1, Conflict Q2' );
		markers[ 0 ].click();
		expect( overlay.querySelectorAll( '[role=dialog] .geo-conflicts-static-summary' ).length ).toBe( 2 );
	} );
} );
