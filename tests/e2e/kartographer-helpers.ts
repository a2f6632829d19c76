// Helpers of the Kartographer e2e files: WCAG contrast, pixels of the fixture server's PNGs, and a
// browser context that sees the Kartographer stand-in in one mode (the geoMapframes cookie).
import zlib from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';

export function luminance( rgb: number[] ): number {
	const f = ( c: number ): number => {
		const v = c / 255;
		return v <= 0.03928 ? v / 12.92 : Math.pow( ( v + 0.055 ) / 1.055, 2.4 );
	};
	return 0.2126 * f( rgb[ 0 ] ) + 0.7152 * f( rgb[ 1 ] ) + 0.0722 * f( rgb[ 2 ] );
}

export function contrast( a: number[], b: number[] ): number {
	const x = luminance( a );
	const y = luminance( b );
	return ( Math.max( x, y ) + 0.05 ) / ( Math.min( x, y ) + 0.05 );
}

export function parseColor( css: string ): number[] {
	const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec( css );
	if ( !m ) {
		throw new Error( 'not a colour: ' + css );
	}
	return [ +m[ 1 ], +m[ 2 ], +m[ 3 ] ];
}

export function hex( h: string ): number[] {
	return [ 1, 3, 5 ].map( ( i ) => parseInt( h.slice( i, i + 2 ), 16 ) );
}

/** RGB of pixel (x, y) of one of the fixture server's PNGs (8-bit RGB, filter 0 on every row). */
export function pngPixel( png: Buffer, x: number, y: number ): number[] {
	const w = png.readUInt32BE( 16 );
	let at = 8;
	const chunks: Buffer[] = [];
	while ( at < png.length ) {
		const len = png.readUInt32BE( at );
		if ( png.toString( 'latin1', at + 4, at + 8 ) === 'IDAT' ) {
			chunks.push( png.subarray( at + 8, at + 8 + len ) );
		}
		at += len + 12;
	}
	const raw = zlib.inflateSync( Buffer.concat( chunks ) );
	const i = y * ( w * 3 + 1 ) + 1 + x * 3;
	return [ raw[ i ], raw[ i + 1 ], raw[ i + 2 ] ];
}

export async function withMode( browser: Browser, mode: 'static' | 'interactive', wikiUrl: string ): Promise<BrowserContext> {
	const context = await browser.newContext( { viewport: { width: 1200, height: 900 } } );
	await context.addCookies( [ { name: 'geoMapframes', value: mode, url: wikiUrl } ] );
	return context;
}
