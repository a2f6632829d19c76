import { describe, it, expect, beforeAll } from 'vitest';
import { createLegend } from './legend';
import { PALETTES } from './palette';
import { registerMapMessages } from './test-helpers';

beforeAll( registerMapMessages );

function rgb( hex: string ): string {
	const [ r, g, b ] = [ 1, 3, 5 ].map( ( i ) => parseInt( hex.slice( i, i + 2 ), 16 ) );
	return `rgb(${ r }, ${ g }, ${ b })`;
}

describe( 'createLegend', () => {
	it( 'lists the sectors on the map in the fixed sector order, with their colours', () => {
		const legend = createLegend( true );
		legend.update( new Set( [ 'water', 'mining' ] as const ), 'day' );
		const items = Array.from( legend.element.querySelectorAll<HTMLElement>( 'li[data-sector]' ) );
		expect( items.map( ( li ) => li.dataset.sector ) ).toEqual( [ 'mining', 'water' ] );
		expect( items[ 0 ].textContent ).toBe( mw.message( 'geo-conflicts-sector-mining' ).text() );
		expect( items[ 0 ].querySelector<HTMLElement>( '.geo-conflicts-map-swatch' )!.style.backgroundColor ).toBe( rgb( PALETTES.day.mining ) );
	} );

	it( 'recolours for night mode and follows a new set of sectors', () => {
		const legend = createLegend( false );
		legend.update( new Set( [ 'mining', 'water' ] as const ), 'day' );
		legend.update( new Set( [ 'water' ] as const ), 'night' );
		const items = legend.element.querySelectorAll<HTMLElement>( 'li[data-sector]' );
		expect( items.length ).toBe( 1 );
		expect( items[ 0 ].querySelector<HTMLElement>( '.geo-conflicts-map-swatch' )!.style.backgroundColor ).toBe( rgb( PALETTES.night.water ) );
	} );

	it( 'explains exact and approximate locations, and is a keyboard-operable disclosure', () => {
		const legend = createLegend( false );
		expect( legend.element.tagName ).toBe( 'DETAILS' );
		expect( legend.element.open ).toBe( false );
		expect( legend.element.querySelector( 'summary' )!.textContent ).toBe( 'Legend' );
		expect( legend.element.querySelector( '.geo-conflicts-map-swatch--approximate' ) ).not.toBeNull();
		expect( legend.element.textContent ).toContain( 'Approximate location' );
		expect( createLegend( true ).element.open ).toBe( true );
	} );
} );
