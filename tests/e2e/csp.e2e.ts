// Content-Security-Policy: the local wiki enforces a policy shaped like Wikimedia production's
// as MediaWiki 1.43 can send it (localwiki/GeoSettings.php: allow-list = the wiki + the fixture
// server, no nonces — removed in 1.41 — so core's inline scripts need 'unsafe-inline', and no
// 'unsafe-eval'). Every view of both gadgets, in day and night mode,
// with a reader's first clicks, must cause zero `securitypolicyviolation` events and contact no
// other origin.

import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openPage } from './browser';
import {
	allViews, basicInteractions, cspViolations, origins, pageUrl, recordCspViolations, ROOTS,
	settle, sharedBrowser,
} from './views';

const ctx = inject( 'e2e' );

describe.skipIf( Boolean( ctx.skip ) )( 'content security policy', () => {
	const shared = sharedBrowser( ctx );

	it( 'is enforced by the wiki: an allow-list of hosts, no nonces, no unsafe-eval', async () => {
		const res = await fetch( pageUrl( ctx, 'Chile' ) );
		const policy = res.headers.get( 'content-security-policy' ) ?? '';
		const directives = new Map( policy.split( /;\s*/ ).map( ( d ) => {
			const [ name, ...sources ] = d.trim().split( /\s+/ );
			return [ name, sources ] as const;
		} ) );
		const script = directives.get( 'script-src' ) ?? [];
		const defaults = directives.get( 'default-src' ) ?? [];
		expect( script, policy ).toContain( "'self'" );
		expect( script.some( ( s ) => s.startsWith( "'nonce-" ) ), policy ).toBe( false );
		expect( script, policy ).not.toContain( "'unsafe-eval'" );
		expect( script, policy ).toContain( "'unsafe-inline'" );
		expect( script.filter( ( s ) => s === '*' || /^https?:$/.test( s ) ), policy ).toEqual( [] );
		expect( defaults, policy ).toContain( new URL( ctx.fixtureUrl ).origin );
		expect( defaults.filter( ( s ) => s === '*' || /^https?:$/.test( s ) ), policy ).toEqual( [] );
		expect( res.headers.get( 'content-security-policy-report-only' ) ).toBeNull();
	} );

	it( 'blocks what production blocks (the policy is really enforced in the browser)', async () => {
		const context = await shared.browser.newContext();
		await recordCspViolations( context );
		try {
			const { page } = await openPage( context, pageUrl( ctx, 'Chile' ) );
			// Playwright's own evaluation is exempt from the policy (CDP allows eval while it
			// runs), page scripts are not: from a timer, an inline script runs (as on Wikimedia
			// wikis) but its eval must fail, and a script from a host outside the allow-list must
			// not load at all.
			const outcome = await page.evaluate( () => new Promise<{
				inline: unknown; foreign: unknown;
			}>( ( resolve ) => {
				const w = window as unknown as Record<string, unknown>;
				setTimeout( () => {
					const inline = document.createElement( 'script' );
					inline.textContent = 'try { new Function( "return 1" )(); window.__evalResult = "ran"; } catch ( e ) { window.__evalResult = e.name; }';
					document.head.appendChild( inline );
					const foreign = document.createElement( 'script' );
					foreign.src = 'http://127.0.0.2:9/evil.js';
					foreign.onerror = () => {
						w.__foreign = 'blocked';
					};
					document.head.appendChild( foreign );
				}, 0 );
				setTimeout(
					() => resolve( { inline: w.__evalResult, foreign: w.__foreign } ), 500 );
			} ) );
			expect( outcome ).toEqual( { inline: 'EvalError', foreign: 'blocked' } );
			await expect.poll( () => cspViolations( page ) ).toHaveLength( 2 );
		} finally {
			await context.close();
		}
	} );

	for ( const theme of [ 'day', 'night' ] as const ) {
		// Day and night run side by side (separate browser contexts).
		// eslint-disable-next-line no-shadow -- concurrent tests must use their own expect (vitest)
		it.concurrent( `every view, ${ theme } mode, with first interactions: zero violations, only allowed hosts`, async ( { expect } ) => {
			const context = await shared.browser.newContext();
			await recordCspViolations( context );
			const problems: string[] = [];
			try {
				for ( const title of allViews() ) {
					const { page, requests, pageErrors } = await openPage( context, pageUrl( ctx, title, theme === 'night' ? '&vectornightmode=1' : '' ) );
					const roots = await settle( page );
					const clicked = roots > 0 ? await basicInteractions( page ) : [];
					await settle( page, 10_000 );
					const violations = await cspViolations( page );
					if ( roots === 0 ) {
						problems.push( `${ title }: no gadget view (${ ROOTS }) appeared` );
					}
					for ( const v of violations ) {
						problems.push( `${ title }: ${ v } (after ${ clicked.join( ', ' ) || 'no clicks' })` );
					}
					for ( const e of pageErrors ) {
						problems.push( `${ title }: page error ${ e }` );
					}
					for ( const url of foreignRequests( requests, origins( ctx ) ) ) {
						problems.push( `${ title }: request to a host outside the allow-list: ${ url }` );
					}
					await page.close();
				}
			} finally {
				await context.close();
			}
			expect( problems ).toEqual( [] );
		} );
	}
} );
