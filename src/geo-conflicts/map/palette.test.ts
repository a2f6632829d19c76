import { describe, it, expect } from 'vitest';
import { SECTORS } from '../data/sectors';
import { PALETTES, MAP_BACKGROUND, MARKER_OUTLINE, LIGHT_TILES, sectorColor, markerStyle, type Theme } from './palette';

// --- colour science for the checks (sRGB → linear → CIE Lab; CVD per Machado et al. 2009, severity
// 1) ---

type Vec = [ number, number, number ];

function linear( hex: string ): Vec {
	return [ 1, 3, 5 ].map( ( i ) => {
		const c = parseInt( hex.slice( i, i + 2 ), 16 ) / 255;
		return c <= 0.04045 ? c / 12.92 : Math.pow( ( c + 0.055 ) / 1.055, 2.4 );
	} ) as Vec;
}

function luminance( hex: string ): number {
	const [ r, g, b ] = linear( hex );
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast( a: string, b: string ): number {
	const la = luminance( a );
	const lb = luminance( b );
	return ( Math.max( la, lb ) + 0.05 ) / ( Math.min( la, lb ) + 0.05 );
}

const CVD: Record<string, number[][]> = {
	protanopia: [ [ 0.152286, 1.052583, -0.204868 ], [ 0.114503, 0.786281, 0.099216 ],
		[ -0.003882, -0.048116, 1.051998 ] ],
	deuteranopia: [ [ 0.367322, 0.860646, -0.227968 ], [ 0.280085, 0.672501, 0.047413 ],
		[ -0.011820, 0.042940, 0.968881 ] ],
	tritanopia: [ [ 1.255528, -0.076749, -0.178779 ], [ -0.078411, 0.930809, 0.147602 ],
		[ 0.004733, 0.691367, 0.303900 ] ],
};

function lab( rgb: Vec ): Vec {
	const [ r, g, b ] = rgb.map( ( v ) => Math.min( 1, Math.max( 0, v ) ) );
	const x = ( 0.4124 * r + 0.3576 * g + 0.1805 * b ) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = ( 0.0193 * r + 0.1192 * g + 0.9505 * b ) / 1.08883;
	const f = ( t: number ): number => t > 0.008856 ? Math.cbrt( t ) : 7.787 * t + 16 / 116;
	return [ 116 * f( y ) - 16, 500 * ( f( x ) - f( y ) ), 200 * ( f( y ) - f( z ) ) ];
}

function seen( hex: string, matrix?: number[][] ): Vec {
	const l = linear( hex );
	return lab( matrix ?
		matrix.map( ( row ) => row[ 0 ] * l[ 0 ] + row[ 1 ] * l[ 1 ] + row[ 2 ] * l[ 2 ] ) as Vec :
		l );
}

function minDistance( colours: string[], matrix?: number[][] ): number {
	let min = Infinity;
	for ( let i = 0; i < colours.length; i++ ) {
		for ( let j = i + 1; j < colours.length; j++ ) {
			const a = seen( colours[ i ], matrix );
			const b = seen( colours[ j ], matrix );
			min = Math.min( min, Math.hypot( a[ 0 ] - b[ 0 ], a[ 1 ] - b[ 1 ], a[ 2 ] - b[ 2 ] ) );
		}
	}
	return min;
}

const THEMES: Theme[] = [ 'day', 'night' ];

describe( 'sector palette', () => {
	it.each( THEMES )( 'has a distinct colour for every sector (%s)', ( theme ) => {
		const colours = SECTORS.map( ( s ) => sectorColor( s, theme ) );
		expect( colours.every( ( c ) => /^#[0-9a-f]{6}$/.test( c ) ) ).toBe( true );
		expect( new Set( colours ).size ).toBe( SECTORS.length );
		expect( Object.keys( PALETTES[ theme ] ).sort() ).toEqual( SECTORS.slice().sort() );
	} );

	it.each( THEMES )( 'keeps 3:1 contrast with the map background so rings stay visible (%s)', ( theme ) => {
		for ( const sector of SECTORS ) {
			expect( contrast( sectorColor( sector, theme ), MAP_BACKGROUND[ theme ] ), sector )
				.toBeGreaterThanOrEqual( 3 );
		}
	} );

	it.each( THEMES )( 'keeps sectors apart for normal vision and simulated colour-vision deficiencies (%s)', ( theme ) => {
		const colours = SECTORS.map( ( s ) => sectorColor( s, theme ) );
		// CIE76 ΔE: ~2.3 is a just-noticeable difference; markers are small, so ask for much more.
		expect( minDistance( colours ) ).toBeGreaterThanOrEqual( 20 );
		for ( const kind of Object.keys( CVD ) ) {
			expect( minDistance( colours, CVD[ kind ] ), kind ).toBeGreaterThanOrEqual( 12 );
		}
	} );

	it( 'marker outlines stand out from the map in both themes', () => {
		expect( contrast( MARKER_OUTLINE.day, '#808080' ) ).toBeGreaterThan( 3 );
		expect( contrast( MARKER_OUTLINE.night, '#808080' ) ).toBeGreaterThan( 3 );
	} );

	it( 'day outlines keep 3:1 on the land and the sea of light tiles (Kartographer\'s, day and night)', () => {
		for ( const tile of LIGHT_TILES ) {
			expect( contrast( MARKER_OUTLINE.day, tile ), tile ).toBeGreaterThanOrEqual( 3 );
		}
	} );

	it( 'falls back to "other" for an unknown sector', () => {
		expect( sectorColor( 'nonsense' as never, 'day' ) ).toBe( PALETTES.day.other );
		expect( sectorColor( '__proto__' as never, 'night' ) ).toBe( PALETTES.night.other );
	} );
} );

describe( 'markerStyle', () => {
	it( 'draws exact locations as filled dots in the sector colour', () => {
		const style = markerStyle( 'water', false, 'day' );
		expect( style.fill ).toBe( true );
		expect( style.fillColor ).toBe( PALETTES.day.water );
		expect( style.fillOpacity ).toBeGreaterThan( 0.5 );
		expect( style.dashArray ).toBeUndefined();
		expect( style.color ).toBe( MARKER_OUTLINE.day );
	} );

	it( 'draws approximate locations as dashed hollow rings in the sector colour', () => {
		const style = markerStyle( 'mining', true, 'night' );
		expect( style.fill ).toBe( false );
		expect( style.color ).toBe( PALETTES.night.mining );
		expect( style.dashArray ).toMatch( /\d/ );
		expect( style.weight ).toBeGreaterThanOrEqual( 2 );
	} );

	it( 'makes smaller markers for mini maps', () => {
		expect( markerStyle( 'other', false, 'day', true ).radius ).toBeLessThan( markerStyle( 'other', false, 'day' ).radius );
	} );
} );
