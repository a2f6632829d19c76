// What a machine can judge of a page a reader sees: no horizontal overflow, map controls that do not
// cover each other, readable text and swatches (axe's colour-contrast rule plus a probe for the
// graphics axe does not judge), right-to-left mirroring of map controls and chart axes, and charts
// not squashed on a phone (a minimum height, level time labels). Used by
// `npm run screenshots` over the whole matrix and by tests/e2e/reader-checks.e2e.ts on a part of it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** Every element a gadget builds lives inside one of these (as tests/e2e/views.ts). */
const ROOTS = '.geo-panel, .geo-dashboard';
const AXE = readFileSync( createRequire( import.meta.url ).resolve( 'axe-core/axe.min.js' ), 'utf8' );

/**
 * tsx compiles the functions below with esbuild's keepNames, which wraps inner functions in a
 * `__name` helper that does not exist in the page: give the page one (CDP init scripts are not
 * subject to the page's CSP).
 */
export async function prepareContext( context: BrowserContext ): Promise<void> {
	await context.addInitScript( { content: 'window.__name = window.__name || function ( f ) { return f; };' } );
}

export interface ReaderView {
	lang: string;
	theme: 'day' | 'night';
}

/** Text wider than the window, or a gadget root wider than its own box (not a scroller). */
export function overflowProblems( page: Page ): Promise<string[]> {
	return page.evaluate( ( roots ) => {
		const out: string[] = [];
		const doc = document.documentElement;
		if ( doc.scrollWidth > doc.clientWidth + 1 ) {
			out.push( 'page scrolls sideways: ' + doc.scrollWidth + ' px wide in a ' + doc.clientWidth + ' px window' );
		}
		const name = ( el: Element ): string => el.tagName.toLowerCase() +
			( el.classList.length ? '.' + Array.from( el.classList ).slice( 0, 2 ).join( '.' ) : '' );
		for ( const root of Array.from( document.querySelectorAll<HTMLElement>( roots ) ) ) {
			if ( !root.offsetParent ) {
				continue;
			}
			const box = root.getBoundingClientRect();
			for ( const el of Array.from( root.querySelectorAll<HTMLElement>( '*' ) ) ) {
				const style = getComputedStyle( el );
				if ( !el.offsetParent || style.position === 'fixed' ) {
					continue;
				}
				// Inside a scroller (tables, the tab strip, lists) overflow is the scroller's job.
				let scroller: HTMLElement | null = el.parentElement;
				while ( scroller && scroller !== root ) {
					const o = getComputedStyle( scroller ).overflowX;
					if ( o === 'auto' || o === 'scroll' || o === 'hidden' ) {
						break;
					}
					scroller = scroller.parentElement;
				}
				if ( scroller && scroller !== root ) {
					continue;
				}
				const r = el.getBoundingClientRect();
				if ( r.width > 0 && ( r.right > box.right + 1 || r.left < box.left - 1 ) ) {
					out.push( name( el ) + ' sticks out of ' + name( root ) + ' (' + Math.round( r.left ) + '–' +
						Math.round( r.right ) + ' px in ' + Math.round( box.left ) + '–' + Math.round( box.right ) + ')' );
					break;
				}
			}
		}
		return out;
	}, ROOTS );
}

/** Map controls (zoom, legend, attribution, layer switch) whose boxes intersect. */
export function overlappingControls( page: Page ): Promise<string[]> {
	return page.evaluate( () => {
		const out: string[] = [];
		const kinds: [ string, string ][] = [
			[ 'zoom buttons', '.leaflet-control-zoom' ],
			[ 'legend', '.geo-conflicts-map-legend, .geo-editors-map-legend' ],
			[ 'attribution', '.leaflet-control-attribution, .geo-conflicts-map-attribution' ],
			[ 'layer switch', '.geo-conflicts-map-overlay' ],
		];
		document.querySelectorAll<HTMLElement>( '.leaflet-container' ).forEach( ( map, i ) => {
			if ( !map.offsetParent ) {
				return;
			}
			const boxes: { kind: string; r: DOMRect }[] = [];
			for ( const [ kind, selector ] of kinds ) {
				map.querySelectorAll<HTMLElement>( selector ).forEach( ( el ) => {
					// The legend inside the layer switch is part of it.
					if ( kind === 'legend' && el.closest( '.geo-conflicts-map-overlay' ) ) {
						return;
					}
					const r = el.getBoundingClientRect();
					if ( el.offsetParent && r.width > 0 && r.height > 0 ) {
						boxes.push( { kind, r } );
					}
				} );
			}
			for ( let a = 0; a < boxes.length; a++ ) {
				for ( let b = a + 1; b < boxes.length; b++ ) {
					const p = boxes[ a ].r, q = boxes[ b ].r;
					if ( p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1 ) {
						out.push( 'map ' + ( i + 1 ) + ': the ' + boxes[ a ].kind + ' and the ' + boxes[ b ].kind + ' overlap' );
					}
				}
			}
		} );
		return out;
	} );
}

interface AxeNode { target: string[]; failureSummary?: string }

/** axe-core's colour-contrast rule (text, 4.5:1 or 3:1 for large text) inside the gadgets. */
export async function textContrastProblems( page: Page ): Promise<string[]> {
	// mediawiki.notification's empty overlay covers the page and leaves axe "incomplete".
	await page.evaluate( () => {
		const overlay = document.querySelector<HTMLElement>( '.mw-notification-area-overlay' );
		if ( overlay && !overlay.querySelector( '.mw-notification' ) ) {
			overlay.style.display = 'none';
		}
	} );
	if ( !await page.locator( ROOTS ).count() ) {
		return [];
	}
	// CDP evaluation is not subject to the page's CSP, so axe can be injected as a string.
	await page.evaluate( AXE );
	const nodes = await page.evaluate( async ( roots ) => {
		const axe = ( window as unknown as {
			axe: { run( context: unknown, options: unknown ): Promise<{ violations: { nodes: unknown[] }[] }> };
		} ).axe;
		const result = await axe.run( { include: roots.split( ',' ).map( ( s ) => [ s.trim() ] ) },
			{ runOnly: { type: 'rule', values: [ 'color-contrast' ] }, resultTypes: [ 'violations' ] } );
		return result.violations.flatMap( ( v ) => v.nodes );
	}, ROOTS ) as AxeNode[];
	return nodes.slice( 0, 8 ).map( ( n ) => 'text contrast at ' + n.target.join( ' ' ) + ': ' +
		( n.failureSummary ?? '' ).replace( /\s+/g, ' ' ).replace( /^Fix any of the following: /, '' ).slice( 0, 200 ) )
		.concat( nodes.length > 8 ? [ '… and ' + ( nodes.length - 8 ) + ' more text contrast problems' ] : [] );
}

/**
 * Graphics axe does not judge (WCAG 1.4.11, 3:1): legend swatches against the legend, the world
 * map's scale swatches, select boxes' arrows (a select must show a drop-down arrow: a background
 * image or an appearance that draws one).
 */
export function graphicsProblems( page: Page ): Promise<string[]> {
	return page.evaluate( ( roots ) => {
		const parse = ( c: string ): number[] | null => {
			const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?/.exec( c );
			return m ? [ +m[ 1 ], +m[ 2 ], +m[ 3 ], m[ 4 ] === undefined ? 1 : +m[ 4 ] ] : null;
		};
		const lum = ( c: number[] ): number => {
			const f = ( v: number ): number => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : Math.pow( ( s + 0.055 ) / 1.055, 2.4 );
			};
			return 0.2126 * f( c[ 0 ] ) + 0.7152 * f( c[ 1 ] ) + 0.0722 * f( c[ 2 ] );
		};
		const ratio = ( a: number[], b: number[] ): number => {
			const [ x, y ] = [ lum( a ), lum( b ) ].sort( ( p, q ) => q - p );
			return ( x + 0.05 ) / ( y + 0.05 );
		};
		const background = ( el: Element | null ): number[] => {
			for ( let e = el; e; e = e.parentElement ) {
				const c = parse( getComputedStyle( e ).backgroundColor );
				if ( c && c[ 3 ] > 0.5 ) {
					return c;
				}
			}
			return [ 255, 255, 255, 1 ];
		};
		const out: string[] = [];
		const scope = Array.from( document.querySelectorAll( roots ) );
		const within = ( selector: string ): HTMLElement[] => scope.flatMap( ( r ) => Array.from( r.querySelectorAll<HTMLElement>( selector ) ) )
			.filter( ( el ) => !!el.offsetParent );
		for ( const sw of within( '.geo-conflicts-map-swatch, .geo-editors-map-swatch' ) ) {
			const own = parse( getComputedStyle( sw ).backgroundColor );
			if ( !own || own[ 3 ] === 0 ) {
				continue;
			}
			const border = parse( getComputedStyle( sw ).borderTopColor );
			const behind = background( sw.parentElement );
			const best = Math.max( ratio( own, behind ), border && border[ 3 ] > 0.5 ? ratio( border, behind ) : 0 );
			if ( best < 3 ) {
				out.push( 'swatch "' + ( sw.parentElement?.textContent ?? '' ).trim().slice( 0, 30 ) + '" ' +
					best.toFixed( 2 ) + ':1 against its background (needs 3:1)' );
			}
		}
		for ( const sel of within( 'select' ) ) {
			const style = getComputedStyle( sel );
			const name = '"' + ( sel.getAttribute( 'aria-label' ) || ( sel as HTMLSelectElement ).name || sel.id || sel.className ) + '"';
			const fill = /fill=\\?["']?%23([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec( style.backgroundImage );
			const hex = fill ? ( fill[ 1 ].length === 3 ? fill[ 1 ].replace( /./g, '$&$&' ) : fill[ 1 ] ) : '';
			const arrow = hex ? [ 0, 2, 4 ].map( ( i ) => parseInt( hex.slice( i, i + 2 ), 16 ) ) : null;
			if ( style.appearance === 'none' && ( style.backgroundImage === 'none' || !style.backgroundImage ) ) {
				out.push( 'select ' + name + ' has no drop-down arrow' );
			} else if ( style.appearance === 'none' && arrow && ratio( arrow, background( sel ) ) < 3 ) {
				out.push( 'select ' + name + ': its arrow is ' + ratio( arrow, background( sel ) ).toFixed( 2 ) + ':1 against its background (needs 3:1)' );
			} else if ( style.appearance !== 'none' && lum( background( sel ) ) < 0.2 && !/dark/.test( style.colorScheme ) ) {
				// The browser draws a native select's arrow for a light scheme unless told otherwise.
				out.push( 'select ' + name + ': its native arrow is drawn dark on a dark background' );
			}
		}
		return out;
	}, ROOTS );
}

/** Right-to-left: zoom buttons and legends on the reader's start side, charts' time running right to left. */
export function rtlProblems( page: Page ): Promise<string[]> {
	return page.evaluate( () => {
		const out: string[] = [];
		if ( document.documentElement.dir !== 'rtl' ) {
			return out;
		}
		document.querySelectorAll<HTMLElement>( '.leaflet-container' ).forEach( ( map, i ) => {
			const zoom = map.querySelector<HTMLElement>( '.leaflet-control-zoom' );
			if ( !map.offsetParent || !zoom || !zoom.offsetParent ) {
				return;
			}
			const m = map.getBoundingClientRect(), z = zoom.getBoundingClientRect();
			if ( z.left + z.width / 2 < m.left + m.width / 2 ) {
				out.push( 'map ' + ( i + 1 ) + ': zoom buttons on the left in a right-to-left page' );
			}
		} );
		const libs = ( window as unknown as { mw?: { libs?: Record<string, unknown> } } ).mw?.libs;
		const lib = libs && libs.geoChartJs as { Chart?: { getChart( c: HTMLCanvasElement ): unknown } } | undefined;
		if ( lib && lib.Chart ) {
			document.querySelectorAll<HTMLCanvasElement>( '.geo-panel canvas, .geo-dashboard canvas' ).forEach( ( canvas ) => {
				const chart = lib.Chart!.getChart( canvas ) as {
					config: { type: string };
					options: { indexAxis?: string; scales?: Record<string, { reverse?: boolean; position?: string; axis?: string }> };
				} | undefined;
				if ( !chart || !chart.options.scales ) {
					return;
				}
				// Vertical or horizontal, the x axis runs from the right and the y axis stands on the right.
				const x = chart.options.scales.x, y = chart.options.scales.y;
				const label = canvas.getAttribute( 'aria-label' ) || chart.config.type;
				if ( x && !x.reverse ) {
					out.push( 'chart "' + label.slice( 0, 40 ) + '": the x axis runs left to right in a right-to-left page' );
				}
				if ( y && y.position !== 'right' ) {
					out.push( 'chart "' + label.slice( 0, 40 ) + '": the y axis stands on the left in a right-to-left page' );
				}
			} );
		}
		return out;
	} );
}

/** On a phone (a viewport this narrow) a chart over time must be at least this tall… */
export const PHONE_WIDTH = 480;
export const MIN_PHONE_CHART_HEIGHT = 300;
/** …its plot (inside the legend and the axes) this tall, and its time labels level. */
export const MIN_PHONE_PLOT_HEIGHT = 180;

/**
 * Charts not squashed on a phone (issue 23 item 8, Minerva at 400 px): every drawn chart over time
 * (not the ranked bars, as tall as their rows) at least MIN_PHONE_CHART_HEIGHT px high, its plot
 * area at least MIN_PHONE_PLOT_HEIGHT, its x labels not turned.
 */
export function chartProblems( page: Page ): Promise<string[]> {
	return page.evaluate( ( [ phone, minChart, minPlot ] ) => {
		const out: string[] = [];
		if ( window.innerWidth > phone ) {
			return out;
		}
		const libs = ( window as unknown as { mw?: { libs?: Record<string, unknown> } } ).mw?.libs;
		const lib = libs && libs.geoChartJs as { Chart?: { getChart( c: HTMLCanvasElement ): unknown } } | undefined;
		document.querySelectorAll<HTMLCanvasElement>( '.geo-panel canvas, .geo-dashboard canvas' ).forEach( ( canvas ) => {
			const box = canvas.getBoundingClientRect();
			if ( !canvas.offsetParent || !box.width || canvas.closest( '.geo-chart--sized' ) ) {
				return;
			}
			const label = '"' + ( canvas.getAttribute( 'aria-label' ) || 'chart' ).slice( 0, 40 ) + '"';
			if ( box.height < minChart ) {
				out.push( `chart ${ label }: ${ Math.round( box.height ) } px high on a phone (at least ${ minChart })` );
			}
			const chart = lib && lib.Chart ? lib.Chart.getChart( canvas ) as {
				chartArea?: { top: number; bottom: number };
				scales?: Record<string, { labelRotation?: number; axis?: string }>;
			} | undefined : undefined;
			if ( chart && chart.chartArea && chart.chartArea.bottom - chart.chartArea.top < minPlot ) {
				out.push( `chart ${ label }: its plot is ${ Math.round( chart.chartArea.bottom - chart.chartArea.top ) } px high on a phone (at least ${ minPlot })` );
			}
			const x = chart && chart.scales && chart.scales.x;
			if ( x && x.labelRotation ) {
				out.push( `chart ${ label }: x labels turned ${ Math.round( x.labelRotation ) }° on a phone` );
			}
		} );
		return out;
	}, [ PHONE_WIDTH, MIN_PHONE_CHART_HEIGHT, MIN_PHONE_PLOT_HEIGHT ] as const );
}

/** Every check for one settled page. */
export async function readerProblems( page: Page, view: ReaderView ): Promise<string[]> {
	const out = [
		...await overflowProblems( page ),
		...await overlappingControls( page ),
		...await textContrastProblems( page ),
		...await graphicsProblems( page ),
		...await chartProblems( page ),
	];
	if ( view.lang === 'ar' ) {
		out.push( ...await rtlProblems( page ) );
	}
	return out;
}
