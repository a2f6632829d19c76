// Accessibility: axe-core on every view of both gadgets (demo pages, both dashboards, a conflict
// article's card, a place article's section), day and night mode — no serious or critical
// violation inside the gadgets' own markup; charts come with tables; the controls are reachable
// with Tab and the focused control shows a focus indicator.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, snapshotContext } from './browser';
import { CONFLICTS_DASHBOARD, CONFLICT_ARTICLE, EDITORS_DASHBOARD, PLACE_ARTICLE, ROOTS, allViews, pageUrl, settle, sharedBrowser } from './views';

const ctx = inject( 'e2e' );
const AXE = readFileSync( createRequire( import.meta.url ).resolve( 'axe-core/axe.min.js' ), 'utf8' );

interface AxeViolation {
	id: string; impact: string | null; help: string; helpUrl: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** Run axe on the gadgets' roots; serious and critical violations, printed readably. */
async function seriousViolations( page: Page ): Promise<string[]> {
	// mediawiki.notification's overlay is an empty, transparent full-viewport layer: axe cannot see
	// through it and would leave every colour-contrast check "incomplete". Hide it while it is
	// empty.
	await page.evaluate( () => {
		const overlay = document.querySelector<HTMLElement>( '.mw-notification-area-overlay' );
		if ( overlay && !overlay.querySelector( '.mw-notification' ) ) {
			overlay.style.display = 'none';
		}
	} );
	// CDP evaluation is not subject to the page's CSP, so axe can be injected as a string.
	await page.evaluate( AXE );
	const violations = await page.evaluate( async ( roots ) => {
		const axe = ( window as unknown as {
			axe: { run( context: unknown, options: unknown ): Promise<{ violations: unknown[] }> };
		} ).axe;
		const result = await axe.run( { include: roots.split( ',' ).map( ( s ) => [ s.trim() ] ) }, {
			runOnly: { type: 'tag', values: [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice' ] },
			resultTypes: [ 'violations' ],
		} );
		return result.violations;
	}, ROOTS ) as AxeViolation[];
	return violations.filter( ( v ) => v.impact === 'serious' || v.impact === 'critical' ).map( ( v ) => `[${ v.impact }] ${ v.id }: ${ v.help } (${ v.helpUrl })\n` +
		v.nodes.slice( 0, 5 ).map( ( n ) => `      at ${ n.target.join( ' ' ) }: ${ ( n.failureSummary ?? '' ).replace( /\s+/g, ' ' ).slice( 0, 240 ) }` ).join( '\n' ) +
		( v.nodes.length > 5 ? `\n      … and ${ v.nodes.length - 5 } more` : '' ) );
}

/** Charts come with their data: a captioned table with header scopes in the same view. */
async function chartsWithoutTables( page: Page ): Promise<string[]> {
	const counts =
		await page.evaluate( ( roots ) => Array.from( document.querySelectorAll( roots ) )
			.map( ( r ) => ( {
				// Map canvases are not charts.
				charts: Array.from( r.querySelectorAll( 'canvas' ) ).filter( ( c ) => !c.closest( '.leaflet-container' ) ).length,
				tables: r.querySelectorAll( 'table' ).length,
				captioned: r.querySelectorAll( 'table > caption' ).length,
				scoped: r.querySelectorAll( 'table th[scope]' ).length,
			} ) ), ROOTS );
	const out: string[] = [];
	counts.forEach( ( c, i ) => {
		if ( c.charts > 0 && c.tables === 0 ) {
			out.push( `view ${ i + 1 }: ${ c.charts } chart(s) and no data table` );
		}
		if ( c.tables > c.captioned ) {
			out.push( `view ${ i + 1 }: ${ c.tables - c.captioned } table(s) without a caption` );
		}
		if ( c.tables > 0 && c.scoped === 0 ) {
			out.push( `view ${ i + 1 }: tables without th[scope]` );
		}
	} );
	return out;
}

describe.skipIf( Boolean( ctx.skip ) )( 'accessibility', () => {
	const shared = sharedBrowser( ctx );

	for ( const theme of [ 'day', 'night' ] as const ) {
		// Day and night run side by side (separate browser contexts).
		// eslint-disable-next-line no-shadow -- concurrent tests must use their own expect (vitest)
		it.concurrent( `axe: no serious or critical violation in any view, and charts have tables, ${ theme } mode`, async ( { expect } ) => {
			const context = await shared.browser.newContext();
			const report: string[] = [];
			try {
				for ( const title of allViews() ) {
					const { page } = await openPage( context, pageUrl( ctx, title, theme === 'night' ? '&vectornightmode=1' : '' ) );
					if ( await settle( page ) === 0 ) {
						report.push( `${ title }: no gadget view appeared` );
						await page.close();
						continue;
					}
					const found = [ ...await seriousViolations( page ),
						...await chartsWithoutTables( page ) ];
					if ( found.length ) {
						report.push( `${ title } (${ theme }):\n    ${ found.join( '\n    ' ) }` );
					}
					await page.close();
				}
			} finally {
				await context.close();
			}
			expect( report, '\n' + report.join( '\n\n' ) + '\n' ).toEqual( [] );
		} );
	}

	// The reader module (the snapshot published): its card and place section with the static map
	// image and its markers, the section opened, day and night.
	it.skipIf( process.env.GEO_E2E_SNAPSHOT === '0' )( 'axe: the reader module\'s card and place section, static map included, day and night', async () => {
		const context = await snapshotContext( shared.browser );
		const report: string[] = [];
		try {
			for ( const theme of [ 'day', 'night' ] ) {
				for ( const [ title, ready ] of [ [ CONFLICT_ARTICLE, '.geo-conflicts-card .geo-conflicts-static-marker' ],
					[ PLACE_ARTICLE, '.geo-conflicts-place:not([hidden]) .geo-conflicts-place-summary' ] ] ) {
					const { page } = await openPage( context, pageUrl( ctx, title, theme === 'night' ? '&vectornightmode=1' : '' ) );
					await page.waitForSelector( ready, { timeout: 60_000 } );
					if ( title === PLACE_ARTICLE ) {
						await page.click( ready );
						await page.waitForSelector( '.geo-conflicts-place .geo-conflicts-static-marker', { timeout: 30_000 } );
					}
					expect( await page.evaluate( () => mw.loader.getState( 'ext.gadget.geo-conflicts-core' ) ) ).toBe( 'registered' );
					const found = await seriousViolations( page );
					if ( found.length ) {
						report.push( `${ title } (${ theme }):\n    ${ found.join( '\n    ' ) }` );
					}
					await page.close();
				}
			}
		} finally {
			await context.close();
		}
		expect( report, '\n' + report.join( '\n\n' ) + '\n' ).toEqual( [] );
	} );

	for ( const title of [ 'Project:Geo Editores', EDITORS_DASHBOARD, CONFLICTS_DASHBOARD ] ) {
		it( `keyboard: Tab reaches the controls of ${ title } and focus is visible`, async () => {
			const { page } = await openPage( shared.browser, pageUrl( ctx, title ) );
			try {
				expect( await settle( page ) ).toBeGreaterThan( 0 );
				// Start where a reader skipping the site's navigation starts: the page content.
				await page.evaluate( () => {
					const content = document.querySelector<HTMLElement>( '#mw-content-text' )!;
					content.tabIndex = -1;
					content.focus();
				} );
				const reached: { inside: boolean; tag: string; outline: string; shadow: string;
					text: string; }[] = [];
				for ( let i = 0; i < 60; i++ ) {
					await page.keyboard.press( 'Tab' );
					const state = await page.evaluate( ( roots ) => {
						const el = document.activeElement as HTMLElement | null;
						const style = el ? getComputedStyle( el ) : null;
						return {
							inside: !!el?.closest( roots ),
							tag: el ? el.tagName.toLowerCase() + ( el.className && typeof el.className === 'string' ? '.' + el.className.split( ' ' )[ 0 ] : '' ) : 'none',
							outline: style ? `${ style.outlineStyle } ${ style.outlineWidth }` : 'none',
							shadow: style?.boxShadow ?? 'none',
							text: ( el?.textContent ?? '' ).trim().slice( 0, 30 ),
						};
					}, ROOTS );
					if ( state.inside ) {
						reached.push( state );
						if ( reached.length >= 4 ) {
							break;
						}
					} else if ( reached.length ) {
						break; // left the view
					}
				}
				expect( reached.length, 'Tab never reached a control inside the gadget view' ).toBeGreaterThan( 0 );
				const invisible = reached.filter( ( s ) => /^none|\b0px$/.test( s.outline ) && s.shadow === 'none' );
				expect( invisible.map( ( s ) => `${ s.tag } "${ s.text }": outline ${ s.outline }, box-shadow ${ s.shadow }` ), 'focused controls without a visible focus indicator' ).toEqual( [] );
			} finally {
				await page.context().close();
			}
		} );
	}
} );
