// Issue 22 item 5, measured in Chromium: data text ending in an unclosed bidi control (RLO, RLE,
// LRO, RLI without PDI) — Wikidata descriptions, titles (labels) and place names, and a country
// name of the release — is isolated wherever a view shows it, and our own text after it on the
// same line still reads left to right (character positions, tests/e2e/bidi-check.ts).

import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage } from './browser';
import { bidiProblems } from './bidi-check';
import { clearFaults, loadWikidata, resetWikidata, setFaults } from './fixture-control';
import { TEXT_PAYLOADS } from './hostile-corpus';
import { hostileMonthTsv } from './hostile-data';
import { CONFLICT_ARTICLE, CONFLICTS_DASHBOARD, demoPages, pageUrl, PLACE_ARTICLE, ROOTS, settle, sharedBrowser } from './views';
import { ITEMS } from '../../localwiki/sample-data/wikidata/items.mjs';
import { datasetTurtle } from '../../localwiki/wdqs/turtle.mjs';

const ctx = inject( 'e2e' );

/** The unclosed kinds of the corpus, each with a readable start to find it by. */
const UNCLOSED = TEXT_PAYLOADS.filter( ( p ) => /^unclosed/.test( p.name ) );

/** Views that show Wikidata or release text, the static overlay and map popups included. */
const WHERE = `${ ROOTS }, .geo-conflicts-static, .leaflet-popup`;

describe.skipIf( Boolean( ctx.skip ) )( 'unclosed bidi controls in data text (issue 22 item 5)', () => {
	const shared = sharedBrowser( ctx );
	afterEach( async () => {
		await clearFaults( ctx );
		await resetWikidata( ctx );
	} );

	it( 'the corpus has unclosed RLO, RLE, LRO and RLI payloads', () => {
		const all = UNCLOSED.map( ( p ) => p.value ).join( '' );
		for ( const c of [ '\u202E', '\u202B', '\u202D', '\u2067' ] ) {
			expect( all ).toContain( c );
		}
	} );

	it( 'descriptions, titles and place names: isolated, and the text after them reads left to right (card, place section, dashboard, details)', async () => {
		// Pascua Lama (the conflict article): its title and description; Atacama Region (the
		// place article, and a region of most conflicts): its name; two more conflicts.
		const texts: Record<string, { label: string; description?: string }> = {
			Q2365301: { label: 'Title RLE \u202B', description: 'Description RLO \u202E' },
			Q2120: { label: 'Place RLO \u202E' },
			Q131000001: { label: 'Title RLI \u2067', description: 'Description LRO \u202D' },
			Q131000003: { label: 'Title RLO \u202E', description: 'Description RLE \u202B' },
		};
		const items = ITEMS.map( ( item ) => {
			const t = texts[ item.id ];
			if ( !t ) {
				return item;
			}
			const all = ( v: string ): Record<string, string> => ( { en: v, es: v, mul: v } );
			return { ...item, labels: all( t.label ), descriptions: t.description ? all( t.description ) : item.descriptions };
		} );
		await loadWikidata( ctx, datasetTurtle( items ) );
		const markers = Object.values( texts ).flatMap( ( t ) => [ t.label, t.description ] ).filter( ( v ): v is string => Boolean( v ) ).map( ( v ) => v.slice( 0, -2 ) );
		const found: string[] = [];
		const shown: Record<string, number> = {};
		for ( const title of [ CONFLICT_ARTICLE, PLACE_ARTICLE, CONFLICTS_DASHBOARD ] ) {
			const context = await shared.browser.newContext();
			try {
				const { page } = await openPage( context, pageUrl( ctx, title ) );
				await settle( page );
				// Open what hides data text: the place section, a list entry's details.
				await page.locator( 'details.geo-conflicts-place:not([open]) > summary' ).first().click( { timeout: 5_000 } ).catch( () => undefined );
				const entry = page.locator( '.geo-conflicts-list-button' ).filter( { hasText: 'Title RLI' } ).first();
				if ( await entry.count() ) {
					await entry.click();
				}
				await settle( page, 10_000 );
				const { problems, seen } = await bidiProblems( page, WHERE, markers );
				shown[ title ] = seen;
				found.push( ...problems.map( ( p ) => `${ title }: ${ p }` ) );
			} finally {
				await context.close();
			}
		}
		expect( found ).toEqual( [] );
		// Each page showed hostile text: the card its title and description, the place section
		// its name, the dashboard labels, descriptions and the region.
		for ( const title of [ CONFLICT_ARTICLE, PLACE_ARTICLE, CONFLICTS_DASHBOARD ] ) {
			expect( shown[ title ], title ).toBeGreaterThanOrEqual( 2 );
		}
	} );

	it( 'a release country name: isolated in the Geo Editors panel\'s top countries', async () => {
		const name = { name: 'unclosed country name', value: 'Country RLO \u202E' };
		// Code XY: no language names it (the top view shows the latest month, 2023-12), so the release's name is shown.
		const tsv = hostileMonthTsv( '2023-12', [] ) + [ 'eswiki', 'es.wikipedia', name.value, 'XY', '1 to 4', '1.1', '0.9', '8', '9999', '100', '2023-12' ].join( '\t' ) + '\n';
		await setFaults( ctx, [ { match: 'geoeditors_monthly/2023-12.tsv', status: 200, body: tsv, headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8', 'Cache-Control': 'no-store' } } ] );
		const found: string[] = [];
		let seen = 0;
		for ( const title of demoPages().filter( ( t ) => /editor/i.test( t ) ) ) {
			const context = await shared.browser.newContext();
			try {
				const { page } = await openPage( context, pageUrl( ctx, title ) );
				await settle( page );
				const top = page.locator( `:is(${ ROOTS }) [role="tab"]` ).filter( { hasText: /top/i } ).first();
				if ( !await top.count() ) {
					continue;
				}
				await top.click();
				await settle( page, 10_000 );
				const result = await bidiProblems( page, WHERE, [ 'Country RLO' ] );
				seen += result.seen;
				found.push( ...result.problems.map( ( p ) => `${ title }: ${ p }` ) );
			} finally {
				await context.close();
			}
		}
		expect( found ).toEqual( [] );
		expect( seen ).toBeGreaterThan( 0 );
	} );
} );
