// @vitest-environment node
// The fixture server's stand-in for maps.wikimedia.org's marker images (mapbox.js asks for them).
import { describe, it, expect } from 'vitest';
import { markerPinSvg } from './marker-pins.mjs';

describe( 'marker pins', () => {
	it( 'draws a pin of the asked colour at mapbox.js\'s size, its tip at the centre', () => {
		const svg = markerPinSvg( 'maps.wikimedia.org/v4/marker/pin-m+7b3000.png' )!;
		expect( svg ).toMatch( /^<svg [^>]*width="30" height="70"/ );
		expect( svg ).toContain( 'fill="#7b3000"' );
		expect( svg ).toContain( 'd="M15 35 ' );
		expect( markerPinSvg( 'maps.wikimedia.org/v4/marker/pin-s-star+F54@2x.png' ) ).toMatch( /width="20" height="50"[\s\S]*fill="#f54"/ );
	} );

	it( 'answers nothing else (no colour but hex digits reaches the SVG)', () => {
		expect( markerPinSvg( 'maps.wikimedia.org/v4/marker/pin-m+7b3000"/><script>.png' ) ).toBeNull();
		expect( markerPinSvg( 'maps.wikimedia.org/v4/marker/pin-x+7b3000.png' ) ).toBeNull();
		expect( markerPinSvg( 'maps.wikimedia.org/osm-intl/1/0/0.png' ) ).toBeNull();
	} );
} );
