// Geo Editors report views and report output on the real local wiki: period comparison, group
// totals, event impact (numbers from the sample files the fixture server serves), and wikitext
// that the real MediaWiki parser turns into exactly the table meant — hostile text included.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './hostile-corpus';
import { wikiText, wikiLink, oneLine } from '../../src/geo-editors/ui/report-text';

const ctx = inject( 'e2e' );

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
async function tableCells( page: Page, html: string ): Promise<{ caption: string; rows: string[][]; scripts: number; anchors: string[] }> {
	await page.setContent( '<!doctype html><body>' + html + '</body>' );
	return page.evaluate( () => {
		const table = document.querySelector( 'table' )!;
		return {
			caption: table.caption ? table.caption.textContent!.trim() : '',
			rows: Array.from( table.rows ).map( ( r ) => Array.from( r.cells ).map( ( c ) => c.textContent!.trim() ) ),
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
				// Line breaks become spaces and control characters U+FFFD; everything else is the text itself
				// (the parser's "French spacing" makes the space before ! ? : ; a no-break space).
				expect( row[ 1 ].replace( /\u00a0/g, ' ' ), p.name ).toBe( oneLine( p.value ).trim() );
			} );
			expect( table.anchors ).toEqual( [ 'https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/' ] );
		} finally {
			await page.close();
		}
	} );
} );
