import { describe, it, expect } from 'vitest';
import { h, link, replaceChildren, closeBidi, isolateText, bdi } from './dom';

describe( 'h', () => {
	it( 'puts hostile text in as text, never as markup', () => {
		const hostile = '<img src=x onerror="window.__pwned=1">';
		const el = h( 'div', { class: 'a b' }, hostile, h( 'b', { text: hostile } ) );
		expect( el.querySelector( 'img' ) ).toBeNull();
		expect( el.textContent ).toBe( hostile + hostile );
		expect( el.className ).toBe( 'a b' );
	} );

	it( 'refuses event-handler and style attributes', () => {
		expect( () => h( 'div', { attrs: { onclick: 'alert(1)' } } ) ).toThrow( /Refusing/ );
		expect( () => h( 'div', { attrs: { ONMOUSEOVER: 'x' } } ) ).toThrow( /Refusing/ );
		expect( () => h( 'div', { attrs: { style: 'x' } } ) ).toThrow( /Refusing/ );
	} );

	it( 'drops unsafe URLs from href and src', () => {
		const a = h( 'a', { attrs: { href: 'javascript:alert(1)' } } );
		expect( a.hasAttribute( 'href' ) ).toBe( false );
		const img = h( 'img', { attrs: { src: 'data:image/svg+xml,<svg onload=alert(1)>' } } );
		expect( img.hasAttribute( 'src' ) ).toBe( false );
		const ok = h( 'a', { attrs: { href: 'https://www.wikidata.org/wiki/Q298' } } );
		expect( ok.getAttribute( 'href' ) ).toBe( 'https://www.wikidata.org/wiki/Q298' );
	} );

	it( 'skips empty children and flattens arrays', () => {
		const el = h( 'ul', null, [ h( 'li', { text: '1' } ), null, false, [ h( 'li', { text: '2' } ) ] ], undefined, 3 );
		expect( el.children ).toHaveLength( 2 );
		expect( el.textContent ).toBe( '123' );
	} );
} );

describe( 'link', () => {
	it( 'links Wikimedia hosts and turns others into plain text', () => {
		expect( link( 'https://es.wikipedia.org/wiki/Chile', 'Chile' ).tagName ).toBe( 'A' );
		const evil = link( 'https://evil.example/x', 'evil' );
		expect( evil.tagName ).toBe( 'SPAN' );
		expect( evil.textContent ).toBe( 'evil' );
		expect( link( 'javascript:alert(1)', 'x' ).tagName ).toBe( 'SPAN' );
		expect( link( 'https://commons.wikimedia.org.evil.example/', 'x' ).tagName ).toBe( 'SPAN' );
	} );
} );

describe( 'replaceChildren', () => {
	it( 'replaces content', () => {
		const el = h( 'div', null, 'old' );
		replaceChildren( el, 'new' );
		expect( el.textContent ).toBe( 'new' );
	} );
} );

describe( 'bidi isolation of data text (issue 22 item 5)', () => {
	const RLO = '\u202E';
	const PDF = '\u202C';
	const RLI = '\u2067';
	const PDI = '\u2069';

	it( 'closes every embedding, override and isolate a text leaves open, innermost first', () => {
		expect( closeBidi( 'plain' ) ).toBe( 'plain' );
		expect( closeBidi( 'label' + RLO ) ).toBe( 'label' + RLO + PDF );
		expect( closeBidi( RLI + 'a' + RLO + 'b' ) ).toBe( RLI + 'a' + RLO + 'b' + PDF + PDI );
		// Balanced text stays as it is; a stray closer opens nothing.
		expect( closeBidi( RLO + 'x' + PDF + ' ' + RLI + 'y' + PDI ) ).toBe( RLO + 'x' + PDF + ' ' + RLI + 'y' + PDI );
		expect( closeBidi( PDF + PDI + 'x' ) ).toBe( PDF + PDI + 'x' );
		// A PDI closes the embeddings opened inside its isolate too.
		expect( closeBidi( RLI + RLO + 'x' + PDI + RLO ) ).toBe( RLI + RLO + 'x' + PDI + RLO + PDF );
	} );

	it( 'every text the builder writes is closed: an unclosed override in a label cannot reverse what follows', () => {
		const li = h( 'li', null, h( 'span', { text: 'Conflict' + RLO } ), ' ', 'edit Q131000001 on Wikidata' );
		expect( li.textContent ).toBe( 'Conflict' + RLO + PDF + ' edit Q131000001 on Wikidata' );
		const replaced = h( 'p' );
		replaceChildren( replaced, RLI + 'x' );
		expect( replaced.textContent ).toBe( RLI + 'x' + PDI );
	} );

	it( 'isolates data text: a <bdi> element, or FSI…PDI inside a composed string', () => {
		const el = bdi( 'نزاع' + RLO );
		expect( el.tagName ).toBe( 'BDI' );
		expect( el.textContent ).toBe( 'نزاع' + RLO + PDF );
		expect( isolateText( 'Chile' ) ).toBe( 'Chile' );
		expect( isolateText( 'نزاع' ) ).toBe( '\u2068نزاع\u2069' );
		expect( isolateText( 'a' + RLO ) ).toBe( '\u2068a' + RLO + PDF + '\u2069' );
	} );
} );
