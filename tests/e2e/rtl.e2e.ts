// Right-to-left: with ?uselang=ar the gadgets' views run right to left — computed direction,
// tables whose first column is on the right, filters starting at the right edge, chart axes
// mirrored where a chart has a category axis — and screenshots are kept as artefacts in
// test-artifacts/rtl-*.png (git-ignored).

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, snapshotContext } from './browser';
import { CONFLICTS_DASHBOARD, CONFLICT_ARTICLE, EDITORS_DASHBOARD, PLACE_ARTICLE, ROOTS, demoPages, ensureArticles, pageUrl, settle } from './views';

const ctx = inject( 'e2e' );
const ARTIFACTS = path.resolve( import.meta.dirname, '../../test-artifacts' );

interface Layout {
	direction: string;
	/** Per visible table: x of the first and the last header cell of the first row. */
	tables: { first: number; last: number; caption: string }[];
	/** Per filter/control row: x of the first and the last visible control. */
	controls: { first: number; last: number }[];
	rootBox: { left: number; right: number };
}

function layout( page: Page ): Promise<Layout[]> {
	return page.evaluate( ( roots ) => Array.from( document.querySelectorAll<HTMLElement>( roots ) )
		.map( ( root ) => {
			const visible = ( el: Element ): boolean => {
				const r = el.getBoundingClientRect();
				return r.width > 0 && r.height > 0;
			};
			const centre = ( el: Element ): number => {
				const r = el.getBoundingClientRect();
				return r.left + r.width / 2;
			};
			const tables = Array.from( root.querySelectorAll( 'table' ) ).filter( visible ).map( ( t ) => {
				const cells = Array.from( t.rows[ 0 ]?.cells ?? [] ).filter( visible );
				return { first: cells.length > 1 ? centre( cells[ 0 ] ) : NaN, last: cells.length > 1 ? centre( cells[ cells.length - 1 ] ) : NaN, caption: t.caption?.textContent?.slice( 0, 40 ) ?? '' };
			} ).filter( ( t ) => !Number.isNaN( t.first ) );
			// Controls on one line: the first visible control of each group of form fields laid
			// out in a row.
			const groups = Array.from( root.querySelectorAll( 'form, fieldset, [role="tablist"], .geo-filters, [class*="filters"]' ) ).filter( visible );
			const controls = groups.map( ( g ) => {
				const items = Array.from( g.querySelectorAll( 'input:not([type="hidden"]), select, button, [role="tab"]' ) ).filter( visible );
				const top = items.length ? items[ 0 ].getBoundingClientRect().top : 0;
				const sameLine =
					items.filter( ( el ) => Math.abs( el.getBoundingClientRect().top - top ) < 8 );
				return sameLine.length > 1 ? { first: centre( sameLine[ 0 ] ),
					last: centre( sameLine[ sameLine.length - 1 ] ) } : null;
			} ).filter( ( c ): c is { first: number; last: number } => c !== null );
			const box = root.getBoundingClientRect();
			return { direction: getComputedStyle( root ).direction, tables, controls,
				rootBox: { left: box.left, right: box.right } };
		} ), ROOTS );
}

describe.skipIf( Boolean( ctx.skip ) )( 'right-to-left (uselang=ar)', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
		await ensureArticles( ctx );
		mkdirSync( ARTIFACTS, { recursive: true } );
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	const views = [ ...new Set( [ ...demoPages(), EDITORS_DASHBOARD, CONFLICTS_DASHBOARD,
		CONFLICT_ARTICLE, PLACE_ARTICLE ] ) ];

	it( 'every view runs right to left: direction, tables and control rows start on the right', async () => {
		const context = await browser.newContext( { viewport: { width: 1280, height: 900 } } );
		const problems: string[] = [];
		try {
			for ( const title of views ) {
				const { page } = await openPage( context, pageUrl( ctx, title, '&uselang=ar' ) );
				if ( await settle( page ) === 0 ) {
					problems.push( `${ title }: no gadget view appeared` );
				}
				// Show every table the view has (tables may sit in closed disclosures).
				await page.evaluate( ( roots ) => document.querySelectorAll( `:is(${ roots }) details` ).forEach( ( d ) => d.setAttribute( 'open', '' ) ), ROOTS );
				const slug = title.replace( /[^A-Za-z0-9]+/g, '-' ).replace( /^-|-$/g, '' );
				await page.screenshot( { path: path.join( ARTIFACTS, `rtl-${ slug }.png` ), fullPage: true } );
				const laidOut = await layout( page );
				laidOut.forEach( ( v, i ) => {
					const where = `${ title } view ${ i + 1 }`;
					if ( v.direction !== 'rtl' ) {
						problems.push( `${ where }: direction is ${ v.direction }` );
					}
					for ( const t of v.tables ) {
						if ( !( t.first > t.last ) ) {
							problems.push( `${ where }: table "${ t.caption }" has its first column on the left (${ Math.round( t.first ) } vs ${ Math.round( t.last ) })` );
						}
					}
					for ( const c of v.controls ) {
						if ( !( c.first > c.last ) ) {
							problems.push( `${ where }: a row of controls starts on the left (${ Math.round( c.first ) } vs ${ Math.round( c.last ) })` );
						}
					}
				} );
				if ( laidOut.length && laidOut.every( ( v ) => v.tables.length === 0 ) && /Editores|GeoEditors/.test( title ) ) {
					problems.push( `${ title }: no table to check (the editors views always have a data table)` );
				}
				await page.close();
			}
		} finally {
			await context.close();
		}
		expect( problems ).toEqual( [] );
	} );

	it.skipIf( process.env.GEO_E2E_SNAPSHOT === '0' )( 'the reader module (snapshot published): card and place section right to left, in Arabic, the static map left to right', async () => {
		const ar = JSON.parse( readFileSync( path.resolve( import.meta.dirname, '../../i18n/geo-conflicts/ar.json' ), 'utf8' ) ) as Record<string, string>;
		const context = await snapshotContext( browser );
		try {
			const card = ( await openPage( context, pageUrl( ctx, CONFLICT_ARTICLE, '&uselang=ar' ) ) ).page;
			await card.waitForSelector( '.geo-conflicts-card .geo-conflicts-static-marker', { timeout: 60_000 } );
			expect( await card.$eval( '.geo-conflicts-card', ( el ) => getComputedStyle( el ).direction ) ).toBe( 'rtl' );
			expect( await card.textContent( '.geo-conflicts-card-kicker' ) ).toBe( ar[ 'geo-conflicts-card-title' ] );
			expect( await card.textContent( '.geo-conflicts-open-map' ) ).toBe( ar[ 'geo-conflicts-open-map' ] );
			// The map's markers are placed left to right, as Kartographer's image is drawn.
			expect( await card.$eval( '.geo-conflicts-card .geo-conflicts-static', ( el ) => getComputedStyle( el ).direction ) ).toBe( 'ltr' );
			await card.screenshot( { path: path.join( ARTIFACTS, 'rtl-reader-card.png' ), fullPage: true } );
			const place = ( await openPage( context, pageUrl( ctx, PLACE_ARTICLE, '&uselang=ar' ) ) ).page;
			await place.waitForSelector( '.geo-conflicts-place:not([hidden]) .geo-conflicts-compact-item', { state: 'attached', timeout: 60_000 } );
			expect( await place.$eval( '.geo-conflicts-place', ( el ) => getComputedStyle( el ).direction ) ).toBe( 'rtl' );
			await place.click( '.geo-conflicts-place-summary' );
			await place.waitForSelector( '.geo-conflicts-place .geo-conflicts-static-marker', { timeout: 30_000 } );
			await place.screenshot( { path: path.join( ARTIFACTS, 'rtl-reader-place.png' ), fullPage: true } );
		} finally {
			await context.close();
		}
	} );

	it( 'chart category axes run right to left in the editors panel', async () => {
		const context = await browser.newContext( { viewport: { width: 1280, height: 900 } } );
		// chart.js is bundled inside the gadget, so its instances are out of reach: watch what it
		// draws instead. Every fillText is recorded with its position on the canvas (after the
		// canvas transform); a full clearRect starts a new frame.
		await context.addInitScript( () => {
			type Drawn = { text: string; x: number; y: number }[];
			const proto = CanvasRenderingContext2D.prototype;
			const fillText = proto.fillText;
			const clearRect = proto.clearRect;
			const frames = new WeakMap<HTMLCanvasElement, Drawn>();
			( window as unknown as {
				__drawnText: ( c: HTMLCanvasElement ) => Drawn;
			} ).__drawnText = ( c ) => frames.get( c ) ?? [];
			proto.clearRect = function ( x: number, y: number, w: number, h: number ) {
				if ( x <= 0 && y <= 0 && w >= this.canvas.width / 4 &&
					h >= this.canvas.height / 4 ) {
					frames.set( this.canvas, [] );
				}
				return clearRect.call( this, x, y, w, h );
			};
			proto.fillText = function ( text: string, x: number, y: number, maxWidth?: number ) {
				const m = this.getTransform();
				const list = frames.get( this.canvas ) ?? [];
				list.push( { text: String( text ), x: m.a * x + m.c * y + m.e,
					y: m.b * x + m.d * y + m.f } );
				frames.set( this.canvas, list );
				return maxWidth === undefined ? fillText.call( this, text, x, y ) :
					fillText.call( this, text, x, y, maxWidth );
			};
		} );
		try {
			const { page } = await openPage( context, pageUrl( ctx, 'Project:Geo Editores', '&uselang=ar' ) );
			expect( await settle( page ) ).toBeGreaterThan( 0 );
			const axes = await page.evaluate( ( roots ) => {
				const drawn = ( window as unknown as {
					__drawnText: ( c: HTMLCanvasElement ) =>
					{ text: string; x: number; y: number }[];
				} ).__drawnText;
				const out: { labels: string[]; xs: number[] }[] = [];
				for ( const canvas of Array.from( document.querySelectorAll<HTMLCanvasElement>( `:is(${ roots }) canvas` ) ) ) {
					if ( canvas.closest( '.leaflet-container' ) || canvas.getBoundingClientRect().width === 0 ) {
						continue;
					}
					// The x axis: the lowest row of labels with several entries, in drawing
					// (= tick) order.
					const rows = new Map<number, { text: string; x: number }[]>();
					for ( const t of drawn( canvas ) ) {
						const key = Math.round( t.y / 4 );
						rows.set( key, [ ...( rows.get( key ) ?? [] ), t ] );
					}
					const bottom = [ ...rows.entries() ].filter( ( [ , r ] ) => r.length >= 3 )
						.sort( ( a, b ) => b[ 0 ] - a[ 0 ] )[ 0 ];
					if ( bottom ) {
						out.push( { labels: bottom[ 1 ].map( ( t ) => t.text ),
							xs: bottom[ 1 ].map( ( t ) => Math.round( t.x ) ) } );
					}
				}
				return out;
			}, ROOTS );
			expect( axes.length, 'no chart with a category axis drawn in the panel' ).toBeGreaterThan( 0 );
			for ( const a of axes ) {
				expect( a.xs[ 0 ], `x axis runs left to right: ${ a.labels.join( ' | ' ) } at ${ a.xs.join( ', ' ) }` ).toBeGreaterThan( a.xs[ a.xs.length - 1 ] );
			}
		} finally {
			await context.close();
		}
	} );
} );
