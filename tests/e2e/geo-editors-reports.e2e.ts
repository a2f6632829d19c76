// Geo Editors report views and report output on the real local wiki: period comparison, group
// totals, event impact (numbers from the sample files the fixture server serves), and wikitext
// that the real MediaWiki parser turns into exactly the table meant — hostile text included.

import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './hostile-corpus';
import { wikiText, wikiLink, oneLine } from '../../src/geo-editors/ui/report-text';
import { editPage } from '../../localwiki/wiki.mjs';

const ctx = inject( 'e2e' );
const DASHBOARD = 'Special:BlankPage/GeoEditors';
const SCOPE = '.geo-editors-dashboard';
const SOUTH_AMERICA = 'AR BO BR CL CO EC FK GF GY PY PE SR UY VE BV GS'.split( ' ' );

interface Row {
	wiki: string; country: string; level: string; eps: number; editors: number; month: string;
}

/** The rows of a month exactly as the fixture server serves them to the gadget. */
async function servedRows( month: string ): Promise<Row[]> {
	const text = await ( await fetch( ctx.fixtureUrl + '/analytics.wikimedia.org/published/datasets/geoeditors_monthly/' + month + '.tsv' ) ).text();
	return text.split( '\n' ).map( ( l ) => l.split( '\t' ) ).filter( ( f ) => f.length === 11 && f[ 0 ] !== 'wiki_db' )
		.map( ( f ) => ( { wiki: f[ 0 ], country: f[ 3 ], level: f[ 4 ], eps: Number( f[ 5 ] ),
			editors: Number( f[ 8 ] ), month: f[ 10 ] } ) );
}

function cell( page: Page, key: string, column: string ): Locator {
	return page.locator( `${ SCOPE } td[data-key="${ key }"][data-column="${ column }"]` );
}

/** A cell's number, once every month it needs has arrived (views draw as months come in). */
async function value( page: Page, key: string, column: string ): Promise<number> {
	await page.locator( `${ SCOPE } td[data-key="${ key }"][data-column="${ column }"][data-value]` ).waitFor( { timeout: 30_000 } );
	return Number( await cell( page, key, column ).getAttribute( 'data-value' ) );
}

interface Parsed {
	html: string;
	categories: unknown[];
	templates: unknown[];
	links: unknown[];
	externallinks: string[];
}

/** The real parser's rendering of a piece of wikitext (action=parse, no page saved). */
async function parse( text: string ): Promise<Parsed> {
	const body = new URLSearchParams( {
		action: 'parse', format: 'json', formatversion: '2', contentmodel: 'wikitext', title: 'Report test',
		prop: 'text|categories|templates|links|externallinks', disablelimitreport: '1', text,
	} );
	const res = await fetch( ctx.apiUrl, { method: 'POST', body } );
	const json = await res.json() as { parse: Omit<Parsed, 'html'> & { text: string } };
	return Object.assign( {}, json.parse, { html: json.parse.text } );
}

/** Rows of the first table of some HTML, as the browser reads them (header and data cells). */
async function tableCells(
	page: Page, html: string,
): Promise<{ caption: string; rows: string[][]; scripts: number; anchors: string[] }> {
	await page.setContent( '<!doctype html><body>' + html + '</body>' );
	return page.evaluate( () => {
		const table = document.querySelector( 'table' )!;
		return {
			caption: table.caption ? table.caption.textContent!.trim() : '',
			rows: Array.from( table.rows )
				.map( ( r ) => Array.from( r.cells ).map( ( c ) => c.textContent!.trim() ) ),
			scripts: document.querySelectorAll( 'script, iframe, img, svg, style' ).length,
			anchors: Array.from( document.querySelectorAll( 'a' ) ).map( ( a ) => a.getAttribute( 'href' ) || '' ),
		};
	} );
}

describe.skipIf( Boolean( ctx.skip ) )( 'geo-editors report output', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	const dashboard = async ( query: string ): Promise<Page> => {
		const context = await browser.newContext( { permissions: [ 'clipboard-read', 'clipboard-write' ], acceptDownloads: true } );
		const page = await context.newPage();
		const errors: string[] = [];
		page.on( 'pageerror', ( e ) => errors.push( String( e ) ) );
		await page.goto( `${ ctx.indexUrl }?title=${ DASHBOARD }${ query }`, { waitUntil: 'load' } );
		await page.locator( `${ SCOPE } .geo-editors-body table tbody tr` ).first().waitFor( { timeout: 60_000 } );
		expect( errors ).toEqual( [] );
		return page;
	};

	it( 'event impact: the campaign against the months before, with the interval of the change and a verdict', async () => {
		const page = await dashboard( '&country=CL&project=es.wikipedia&view=impact&campaign=2023-10..2023-12' );
		try {
			expect( await page.locator( `${ SCOPE } [role=tab][aria-selected=true]` ).getAttribute( 'data-view' ) ).toBe( 'impact' );
			const months = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];
			const rows = ( await Promise.all( months.map( servedRows ) ) ).flat().filter( ( r ) => r.wiki === 'eswiki' && r.country === 'CL' && r.level === '1 to 4' );
			const avg = ( ms: string[] ): number => rows.filter( ( r ) => ms.includes( r.month ) )
				.reduce( ( n, r ) => n + r.editors, 0 ) / 3;
			const change = avg( months.slice( 3 ) ) - avg( months.slice( 0, 3 ) );
			expect( await value( page, 'editors_1_4', 'change_before' ) ).toBeCloseTo( change, 6 );
			// Six cells of ε = 1.1 weighted 1/3: 1.96·√(6·2/9)/1.1.
			expect( Number( await cell( page, 'editors_1_4', 'change_before' ).getAttribute( 'data-half' ) ) ).toBeCloseTo( 1.959964 * Math.sqrt( 12 / 9 ) / 1.1, 4 );
			expect( await cell( page, 'editors_1_4', 'verdict_before' ).innerText() ).toBe( change > 2.1 ? 'larger than the noise (up)' : change < -2.1 ? 'larger than the noise (down)' : 'within the noise' );
			expect( await page.locator( `${ SCOPE } .geo-editors-lead` ).innerText() ).toMatch( /privacy noise/ );
			// Changing the campaign goes into the address and loads what it needs.
			await page.selectOption( `${ SCOPE } [data-span=campaign] label:first-of-type select`, '2023-12' );
			await page.waitForFunction( () => new URLSearchParams( location.search ).get( 'campaign' ) === '2023-12' );
			await page.locator( `${ SCOPE } th:has-text("Campaign (Dec 2023)")` ).waitFor( { timeout: 30_000 } );
		} finally {
			await page.context().close();
		}
	} );

	it( 'periods: one selection in two months, the difference and its interval; a period without data says so', async () => {
		const page = await dashboard( '&country=CL&project=es.wikipedia&view=periods&periods=2023-08,2023-12' );
		try {
			const [ aug, dec ] = await Promise.all( [ servedRows( '2023-08' ), servedRows( '2023-12' ) ] );
			const of = ( rows: Row[], level: string ): number => rows.find( ( r ) => r.wiki === 'eswiki' && r.country === 'CL' && r.level === level )!.editors;
			expect( await value( page, 'editors_5_99', 'diff2_vs_1' ) ).toBe( of( dec, '5 to 99' ) - of( aug, '5 to 99' ) );
			expect( Number( await cell( page, 'editors_5_99', 'diff2_vs_1' ).getAttribute( 'data-half' ) ) ).toBeCloseTo( 1.959964 * 2 / 1.1, 4 );
			expect( await value( page, 'editors_5_99', 'period1' ) ).toBe( of( aug, '5 to 99' ) );
			expect( await page.locator( `${ SCOPE } fieldset.geo-editors-span` ).count() ).toBe( 2 );
		} finally {
			await page.context().close();
		}
		// A period without Chile rows in the sample (before 2023-07 it has none, in any wiki): "no
		// data" (issue 23 item 1), neither n/p nor 0.
		const early = await dashboard( '&country=CL&project=es.wikipedia&view=periods&periods=2023-01,2023-12' );
		try {
			expect( await cell( early, 'editors_total', 'period1' ).getAttribute( 'data-status' ) ).toBe( 'no-data' );
			expect( await cell( early, 'editors_total', 'diff2_vs_1' ).getAttribute( 'data-status' ) ).toBe( 'no-data' );
		} finally {
			await early.context().close();
		}
	} );

	it( 'periods years apart load their own months, not every month between', async () => {
		await fetch( ctx.fixtureUrl + '/__log', { method: 'DELETE' } );
		const page = await dashboard( '&country=AR&project=es.wikipedia&view=periods&periods=2019-12,2023-12' );
		try {
			const first = await value( page, 'editors_5_99', 'period1' );
			await page.waitForLoadState( 'networkidle' );
			const log = await ( await fetch( ctx.fixtureUrl + '/__log' ) ).json() as { path: string }[];
			const months = log.map( ( r ) => /geoeditors_monthly\/(\d{4}-\d{2})\.tsv$/.exec( r.path ) ).filter( ( m ) => !!m ).map( ( m ) => m![ 1 ] );
			// The latest twelve published months (the range shown) and December 2019: none of the
			// 36 between.
			expect( months ).toContain( '2019-12' );
			expect( months.filter( ( m ) => m > '2019-12' && m < '2023-01' ) ).toEqual( [] );
			expect( new URL( page.url() ).searchParams.get( 'from' ) ).toBeNull();
			// And the December 2019 figure is the one served for it.
			const served = ( await servedRows( '2019-12' ) ).find( ( r ) => r.wiki === 'eswiki' && r.country === 'AR' && r.level === '5 to 99' )!;
			expect( first ).toBe( served.editors );
		} finally {
			await page.context().close();
		}
	} );

	it( 'group totals: South America on es.wikipedia in one month, each country a row, the total with its combined interval', async () => {
		const page = await dashboard( '&country=CL&project=es.wikipedia&view=group&month=2023-12' );
		try {
			await page.locator( `${ SCOPE } tr[data-key="group_total"]` ).waitFor( { timeout: 30_000 } );
			const rows = ( await servedRows( '2023-12' ) ).filter( ( r ) => r.wiki === 'eswiki' && SOUTH_AMERICA.includes( r.country ) );
			expect( await value( page, 'group_total', 'editors_total' ) ).toBe( rows.reduce( ( n, r ) => n + r.editors, 0 ) );
			const variance = rows.reduce( ( n, r ) => n + 2 / ( r.eps * r.eps ), 0 );
			expect( Number( await cell( page, 'group_total', 'editors_total' ).getAttribute( 'data-half' ) ) ).toBeCloseTo( 1.959964 * Math.sqrt( variance ), 4 );
			expect( await page.locator( `${ SCOPE } tbody tr` ).count() ).toBe( SOUTH_AMERICA.length + 1 );
			// A country with no row is n/p in every cell, never 0; the total says it is a lower
			// bound.
			const missing = SOUTH_AMERICA.filter( ( c ) => !rows.some( ( r ) => r.country === c ) );
			expect( missing.length ).toBeGreaterThan( 0 );
			expect( await cell( page, missing[ 0 ], 'editors_total' ).getAttribute( 'data-status' ) ).toBe( 'np' );
			expect( ( await cell( page, 'group_total', 'editors_total' ).innerText() ).trim() ).toMatch( /^≥/ );
			// Asked why there is no sum across wikis, the view answers.
			await page.click( `${ SCOPE } .geo-disclosure summary` );
			expect( await page.locator( `${ SCOPE } .geo-editors-why` ).innerText() ).toMatch( /counted once on each/ );
			expect( await page.locator( `${ SCOPE } select[aria-label="Group"]` ).inputValue() ).toBe( '005' );

			// The same table copied as a wikitable is, on the real parser, the same table.
			await page.click( `${ SCOPE } [data-action=copy-wikitext]` );
			// eslint-disable-next-line n/no-unsupported-features/node-builtins -- runs in the page, not in Node
			const wikitext = await page.evaluate( () => navigator.clipboard.readText() );
			expect( wikitext ).toMatch( /^\{\| class="wikitable sortable"/ );
			const parsed = await parse( wikitext );
			expect( parsed.categories ).toEqual( [] );
			expect( parsed.templates ).toEqual( [] );
			const view = await browser.newPage();
			try {
				const table = await tableCells( view, parsed.html );
				expect( table.caption ).toBe( 'Editors from South America on es.wikipedia, December 2023' );
				expect( table.rows ).toHaveLength( SOUTH_AMERICA.length + 2 );
				const shown = await page.locator( `${ SCOPE } .geo-editors-body tbody tr` ).evaluateAll( ( trs ) => trs.map( ( tr ) => Array.from( ( tr as HTMLTableRowElement ).cells ).map( ( c ) => c.textContent!.replace( /\s+/g, ' ' ).trim() ) ) );
				expect( table.rows.slice( 1 ).map( ( r ) => r.map( ( c ) => c.replace( /\s+/g, ' ' ) ) ) ).toEqual( shown );
				expect( parsed.html ).toContain( 'Geoeditors Differential Privacy — Monthly, December 2023' );
				expect( parsed.externallinks ).toHaveLength( 1 );
				expect( parsed.externallinks[ 0 ] ).toMatch( /\/geoeditors_monthly\/$/ );
			} finally {
				await view.close();
			}
		} finally {
			await page.context().close();
		}
	} );

	it( 'downloads the table as a Commons tabular data page with license, sources and schema', async () => {
		const page = await dashboard( '&country=CL&project=es.wikipedia&view=group&group=custom&month=2023-08' );
		try {
			await page.locator( `${ SCOPE } tr[data-key="group_total"]` ).waitFor( { timeout: 30_000 } );
			const [ download ] = await Promise.all( [ page.waitForEvent( 'download' ), page.click( `${ SCOPE } [data-action=export-tab]` ) ] );
			expect( download.suggestedFilename() ).toMatch( /\.tab\.json$/ );
			const tab = JSON.parse( readFileSync( ( await download.path() )!, 'utf8' ) );
			expect( Object.keys( tab ) ).toEqual( [ 'license', 'description', 'sources', 'schema', 'data' ] );
			expect( tab.license ).toBe( 'CC0-1.0' );
			expect( tab.sources ).toContain( 'August 2023' );
			const names = tab.schema.fields.map( ( f: { name: string } ) => f.name );
			expect( names ).toContain( 'editors_total_ci95' );
			const total = tab.data.find( ( r: unknown[] ) => r[ 0 ] === 'group_total' );
			expect( total[ names.indexOf( 'editors_total' ) ] ).toBe( 5217 + 777 + 76 );
		} finally {
			await page.context().close();
		}
	} );

	it( 'panels take the report views from their attributes', async () => {
		const title = 'Project:Geo_Editores/Informe';
		await editPage( { apiUrl: ctx.apiUrl, ...ctx.admin, title, summary: 'e2e: report panels', text: [
			'<div class="geo-editors" id="p-impact" data-country="CL" data-project="es.wikipedia" data-view="impact" data-campaign="2023-10..2023-12"></div>',
			'<div class="geo-editors" id="p-periods" data-country="CL" data-project="es.wikipedia" data-view="periods" data-periods="2023-08,2023-12"></div>',
			'<div class="geo-editors" id="p-group" data-country="CL,AR" data-project="es.wikipedia" data-view="group" data-group="custom" data-month="2023-08"></div>',
		].join( '\n' ) } );
		const context = await browser.newContext();
		const page = await context.newPage();
		try {
			await page.goto( `${ ctx.indexUrl }?title=${ title }`, { waitUntil: 'load' } );
			const at = ( panel: string, key: string, column: string ): Locator => page.locator( `#${ panel } td[data-key="${ key }"][data-column="${ column }"][data-value]` );
			await at( 'p-impact', 'editors_total', 'change_before' ).waitFor( { timeout: 60_000 } );
			await at( 'p-periods', 'editors_5_99', 'diff2_vs_1' ).waitFor( { timeout: 60_000 } );
			await at( 'p-group', 'group_total', 'editors_total' ).waitFor( { timeout: 60_000 } );
			const aug = ( await servedRows( '2023-08' ) ).filter( ( r ) => r.wiki === 'eswiki' && ( r.country === 'CL' || r.country === 'AR' ) );
			expect( Number( await at( 'p-group', 'group_total', 'editors_total' ).getAttribute( 'data-value' ) ) ).toBe( aug.reduce( ( n, r ) => n + r.editors, 0 ) );
			expect( await page.locator( '#p-group tbody tr' ).count() ).toBe( 3 );
			// The panel links to the dashboard with the same view and its parameter.
			const open = new URL( ( await page.locator( '#p-impact a.geo-editors-open' ).getAttribute( 'href' ) )!, ctx.indexUrl );
			expect( open.searchParams.get( 'view' ) ).toBe( 'impact' );
			expect( open.searchParams.get( 'campaign' ) ).toBe( '2023-10..2023-12' );
		} finally {
			await context.close();
		}
	} );

	it( 'hostile text in an escaped wikitable stays literal text in its own cell on the real parser', async () => {
		const payloads = TEXT_PAYLOADS.concat( URL_PAYLOADS ).concat( [
			{ name: 'table close', value: '|}' }, { name: 'cell', value: 'a || b !! c' }, { name: 'row', value: 'x\n|-\n| y' },
			{ name: 'template', value: '{{subst:PAGENAME}}{{int:edit}}' }, { name: 'link', value: '[[Category:Injected]] [[Main Page]]' },
			{ name: 'external', value: '[https://evil.example/ click] https://evil.example/' }, { name: 'signature', value: '~~~~' },
			{ name: 'magic word', value: '__NOINDEX__ __NOTOC__' }, { name: 'magic link', value: 'ISBN 9780306406157 RFC 1234' },
			{ name: 'bold', value: "'''bold''' ''it''" }, { name: 'nowiki close', value: '</nowiki><b>x</b>' },
			{ name: 'entity', value: '&lt;b&gt; &amp;' }, { name: 'heading', value: '\n== H ==\n' }, { name: 'list', value: '* item' },
		] );
		const lines = [ '{| class="wikitable"', '|+ ' + wikiText( '{{Caption}} <b>x</b> |}' ), '! scope="col" | ' + wikiText( 'Name' ), '! scope="col" | ' + wikiText( 'Value' ) ];
		for ( const p of payloads ) {
			lines.push( '|-', '! scope="row" | ' + wikiText( p.name ), '| ' + wikiText( p.value ) );
		}
		lines.push( '|}', '* ' + wikiLink( 'https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/', 'release files' ) );
		const parsed = await parse( lines.join( '\n' ) );
		expect( parsed.categories ).toEqual( [] );
		expect( parsed.templates ).toEqual( [] );
		expect( parsed.links ).toEqual( [] );
		expect( parsed.externallinks ).toEqual( [ 'https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/' ] );
		const page = await browser.newPage();
		try {
			const table = await tableCells( page, parsed.html );
			expect( table.caption ).toBe( '{{Caption}} <b>x</b> |}' );
			expect( table.rows ).toHaveLength( payloads.length + 1 );
			expect( table.scripts ).toBe( 0 );
			payloads.forEach( ( p, i ) => {
				const row = table.rows[ i + 1 ];
				expect( row, p.name ).toHaveLength( 2 );
				// Line breaks become spaces and control characters U+FFFD; everything else is the
				// text itself (the parser's "French spacing" makes the space before ! ? : ; a
				// no-break space).
				expect( row[ 1 ].replace( /\u00a0/g, ' ' ), p.name ).toBe( oneLine( p.value ).trim() );
			} );
			expect( table.anchors ).toEqual( [ 'https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/' ] );
		} finally {
			await page.close();
		}
	} );
} );
