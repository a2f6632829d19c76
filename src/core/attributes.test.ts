import { describe, it, expect } from 'vitest';
import { AttributeReport, readList, readValue, MAX_ATTRIBUTE_CHARS, MAX_NAMED_PROBLEMS } from './attributes';
import { attributeNotice } from './attribute-notice';
import { registerMessages } from './messages';
import bundle from 'i18n:geo-editors';

registerMessages( bundle );

const upperRule = { attribute: 'data-country', max: 12, normalise: ( v: string ) => v.toUpperCase(),
	valid: ( v: string ) => /^[A-Z]{2}$/.test( v ), expected: 'geo-gadgets-attr-expect-country' };

describe( 'readList', () => {
	it( 'keeps valid values in order and names every dropped one', () => {
		const report = new AttributeReport();
		expect( readList( 'cl, CLL,ar,ARG,CL', upperRule, report ) ).toEqual( [ 'CL', 'AR' ] );
		expect( report.problems.map( ( p ) => [ p.attribute, p.value, p.reason ] ) ).toEqual( [
			[ 'data-country', 'CLL', 'invalid' ],
			[ 'data-country', 'ARG', 'invalid' ],
			[ 'data-country', 'CL', 'duplicate' ],
		] );
	} );

	it( 'cuts a list at max and counts what it dropped', () => {
		const report = new AttributeReport();
		const codes = [ 'AA', 'AB', 'AC', 'AD', 'AE' ];
		expect( readList( codes.join( ',' ), { ...upperRule, max: 3 }, report ) ).toEqual( [ 'AA', 'AB', 'AC' ] );
		expect( report.problems ).toEqual( [ { attribute: 'data-country', value: '', reason: 'too-many', count: 2, max: 3 } ] );
	} );

	it( 'reads at most MAX_ATTRIBUTE_CHARS of a huge value, and counts the rest in one pass', () => {
		const ids = Array.from( { length: 60000 }, ( _, i ) => 'x' + i );
		const report = new AttributeReport();
		const started = performance.now();
		const out = readList( ids.join( ',' ), { attribute: 'data-project', max: 12,
			valid: () => true, expected: 'geo-gadgets-attr-expect-project' }, report );
		const took = performance.now() - started;
		expect( out ).toEqual( ids.slice( 0, 12 ) );
		expect( report.problems ).toHaveLength( 1 );
		expect( report.problems[ 0 ] ).toMatchObject( { reason: 'too-many', count: 60000 - 12, max: 12 } );
		// Linear: a 0.4 MB value is read in a few milliseconds (4.9 s in Chromium before issue 22;
		// the 50 ms main-thread goal is measured in Chromium by tests/e2e/editing.e2e.ts).
		expect( took ).toBeLessThan( 250 );
	} );

	it( 'names at most MAX_NAMED_PROBLEMS problems, counts the rest, cuts and defuses long values', () => {
		const report = new AttributeReport();
		const bad = Array.from( { length: 30 }, ( _, i ) => 'bad' + i );
		bad[ 0 ] = 'A\u202eB' + 'z'.repeat( 100 );
		readList( bad.join( ',' ), upperRule, report );
		expect( report.problems ).toHaveLength( MAX_NAMED_PROBLEMS );
		expect( report.unnamed ).toBe( 30 - MAX_NAMED_PROBLEMS );
		expect( report.problems[ 0 ].value ).toBe( 'A\ufffdB' + 'Z'.repeat( 0 ) + 'z'.repeat( 37 ) + '…' );
	} );

	it( 'readValue cuts single values', () => {
		expect( readValue( '  2023-07 ' ) ).toBe( '2023-07' );
		expect( readValue( 'x'.repeat( 5000 ) ) ).toHaveLength( MAX_ATTRIBUTE_CHARS );
		expect( readValue( undefined ) ).toBe( '' );
	} );
} );

describe( 'attributeNotice', () => {
	it( 'is null when nothing was dropped', () => {
		expect( attributeNotice( new AttributeReport(), false ) ).toBeNull();
	} );

	it( 'names the values for every reader, and explains them in preview', () => {
		const report = new AttributeReport();
		report.invalid( 'data-country', 'CLL', 'geo-gadgets-attr-expect-country' );
		report.invalid( 'data-view', 'line', 'geo-gadgets-attr-expect-one-of', 'lines, totals' );
		const short = attributeNotice( report, false ) as HTMLElement;
		expect( short.textContent ).toContain( 'data-country="CLL"' );
		expect( short.textContent ).toContain( 'data-view="line"' );
		expect( short.textContent ).not.toContain( 'Expected' );
		const full = attributeNotice( report, true ) as HTMLElement;
		expect( full.querySelectorAll( 'li' ) ).toHaveLength( 2 );
		expect( full.textContent ).toContain( 'Expected: one of lines, totals.' );
		expect( full.textContent ).toContain( 'two-letter country code' );
		// The value is text inside <bdi>, never markup.
		expect( full.querySelector( 'bdi' )?.textContent ).toBe( 'CLL' );
	} );

	it( 'shows a hostile value as text', () => {
		const report = new AttributeReport();
		report.invalid( 'data-view', '<img src=x onerror=alert(1)>', 'geo-gadgets-attr-expect-month' );
		const box = attributeNotice( report, true ) as HTMLElement;
		expect( box.querySelector( 'img' ) ).toBeNull();
		expect( box.textContent ).toContain( '<img src=x onerror=alert(1)>' );
	} );
} );
