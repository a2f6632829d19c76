// What a reader sees, judged by machine on the real wiki (tests/screenshots/checks.ts, the same checks
// as `npm run screenshots` over its whole matrix): every demo page and both dashboards at night in
// Arabic on Vector 2022 and in Spanish on Minerva at a phone's 400 px — no sideways overflow, map
// controls clear of each other, text (axe) and swatches and select arrows readable, map controls
// and chart axes mirrored right to left, charts on the phone not squashed (at least 300 px high, a
// plot of 180 px, time labels level); plus the Geo Editors views a tab away from the default
// (charts of the conflicts' start years and the world map).

import { describe, expect, inject, it } from 'vitest';
import { prepareContext, readerProblems } from '../screenshots/checks';
import { CONFLICTS_DASHBOARD, EDITORS_DASHBOARD, demoPages, pageUrl, settle, sharedBrowser } from './views';

const ctx = inject( 'e2e' );

const CASES = [
	{ skin: 'vector-2022', lang: 'ar', width: 1280, night: 'vectornightmode' },
	{ skin: 'minerva', lang: 'es', width: 400, night: 'minervanightmode' },
] as const;

describe.skipIf( 'skip' in ctx )( 'what a reader sees at night, right to left and on a phone', () => {
	const shared = sharedBrowser( ctx );
	const titles = [ ...demoPages(), EDITORS_DASHBOARD + '?view=map', CONFLICTS_DASHBOARD ];

	for ( const c of CASES ) {
		it( `${ c.skin } · ${ c.lang } · night: every page passes the reader checks`, async () => {
			const context = await shared.browser.newContext( { viewport: { width: c.width, height: 900 } } );
			await prepareContext( context );
			const found: string[] = [];
			try {
				for ( const title of titles ) {
					const [ name, query ] = title.split( '?' );
					const page = await context.newPage();
					await page.goto( pageUrl( ctx, name, `&uselang=${ c.lang }&useskin=${ c.skin }&${ c.night }=1` +
						( query ? '&' + query : '' ) ), { waitUntil: 'load' } );
					await settle( page );
					for ( const problem of await readerProblems( page, { lang: c.lang, theme: 'night' } ) ) {
						found.push( title + ': ' + problem );
					}
					await page.close();
				}
			} finally {
				await context.close();
			}
			expect( found ).toEqual( [] );
		} );
	}
} );
