import { describe, it, expect, beforeAll } from 'vitest';
import { tableToWikitext } from './wikitable';
import { tableToTab } from './tabular';
import { wikiText, wikiLink } from './report-text';
import type { TableModel } from './table-model';
import { cellEstimate, sumEstimates } from '../data/uncertainty';
import { registerMessages } from '../../core/messages';
import en from '../../../i18n/geo-editors/en.json';

const HOSTILE = [
	'|}', '{{subst:Delete}}', '[[Category:Spam]]', '<script>alert(1)</script>', '</nowiki><b>x</b>', '~~~~',
	'x\n|-\n| injected', 'ISBN 9780306406157', 'https://evil.example/', '__NOINDEX__', '\'\'\'bold\'\'\'',
	'&lt;img src=x&gt;', '-{zh-hans:x}-', '{| class="x"', '!!', '||',
];

const total = sumEstimates( [ cellEstimate( 5217, 1.1 ), cellEstimate( 777, 1.1 ),
	cellEstimate( 76, 1.1 ) ] )!;
const model: TableModel = {
	caption: 'Editors of es.wikipedia from Chile | {{x}}',
	rowHeader: 'Month',
	columns: [ { id: 'editors_1_4', label: '1–4', numeric: true }, { id: 'editors_total', label: 'Total', numeric: true }, { id: 'note', label: '[[Note]]' } ],
	rows: [
		{ key: '2023-08', label: 'August 2023', cells: [ { kind: 'estimate', estimate: cellEstimate( 5217, 1.1 ) }, { kind: 'estimate', estimate: total }, { kind: 'text', text: HOSTILE.join( ' ' ) } ] },
		{ key: '2023-09', label: '<b>September</b>', cells: [ { kind: 'np' }, { kind: 'estimate', estimate: cellEstimate( 62, 1.1 ), partial: true }, { kind: 'text', text: '' } ] },
	],
	notes: [ 'n/p = not published', '± = 95% interval' ],
};
const source = { url: 'https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/', months: [ '2023-09', '2023-08' ] };

beforeAll( () => {
	registerMessages( { en: en as unknown as Record<string, string> } );
} );

describe( 'wikitext escaping', () => {
	it( 'passes numbers as they are and puts anything else in nowiki with entities', () => {
		expect( wikiText( '5,217 ± 2.7' ) ).toBe( '5,217 ± 2.7' );
		expect( wikiText( '≥ 62' ) ).toBe( '≥ 62' );
		for ( const h of HOSTILE ) {
			const out = wikiText( h );
			expect( out.startsWith( '<nowiki>' ) && out.endsWith( '</nowiki>' ), h ).toBe( true );
			const inner = out.slice( 8, -9 );
			// Nothing inside can close the nowiki or open a tag; no line break survives.
			expect( inner ).not.toMatch( /[<>\n]/ );
		}
		expect( wikiText( '</nowiki>' ) ).toBe( '<nowiki>&lt;/nowiki&gt;</nowiki>' );
		expect( wikiText( 'a & b' ) ).toBe( '<nowiki>a &amp; b</nowiki>' );
	} );

	it( 'links only plain http(s) URLs', () => {
		expect( wikiLink( 'https://analytics.wikimedia.org/x/', 'files' ) ).toBe( '[https://analytics.wikimedia.org/x/ <nowiki>files</nowiki>]' );
		expect( wikiLink( 'javascript:alert(1)', 'files' ) ).toBe( '<nowiki>files</nowiki>' );
		expect( wikiLink( 'https://x.org/a b]evil', 'files' ) ).toBe( '<nowiki>files</nowiki>' );
	} );
} );

describe( 'wikitable', () => {
	it( 'has the table, intervals, sort keys, n/p (never 0), notes and the source line', () => {
		const text = tableToWikitext( model, source );
		const lines = text.split( '\n' );
		expect( lines[ 0 ] ).toBe( '{| class="wikitable sortable"' );
		expect( lines[ 1 ] ).toBe( '|+ <nowiki>Editors of es.wikipedia from Chile | {{x}}</nowiki>' );
		expect( text ).toContain( '| data-sort-value="5217" style="text-align: end;" | 5,217 ± 2.7\n' );
		expect( text ).toContain( '| data-sort-value="6070" style="text-align: end;" | 6,070 ± 4.4\n' );
		expect( text ).toContain( '| data-sort-value="62" style="text-align: end;" | ≥ 62 ± 2.7\n' );
		expect( text ).toContain( '| data-sort-value="-1e99" style="text-align: end;" | <nowiki>n/p</nowiki>\n' );
		expect( text ).toContain( '! scope="row" | <nowiki>&lt;b&gt;September&lt;/b&gt;</nowiki>' );
		expect( text ).toContain( '|}\n* <nowiki>n/p = not published</nowiki>\n* <nowiki>± = 95% interval</nowiki>\n' );
		expect( text ).toContain( '* <nowiki>Source: Wikimedia Foundation, Geoeditors Differential Privacy — Monthly, August 2023 – September 2023.</nowiki> [https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/ <nowiki>release files</nowiki>]' );
	} );

	it( 'keeps hostile text inside its cell: one row line per cell, no stray table syntax', () => {
		const text = tableToWikitext( model, source );
		const stripped = text.replace( /<nowiki>[^<]*<\/nowiki>/g, 'X' );
		// Outside nowiki only our own syntax is left.
		expect( stripped ).not.toMatch( /\{\{|\[\[|<(?!\/?nowiki)|~~~|__/ );
		expect( stripped.split( '\n' ).filter( ( l ) => l === '|-' ) ).toHaveLength( 2 );
		expect( stripped.split( '\n' ).filter( ( l ) => l.startsWith( '{|' ) ) ).toHaveLength( 1 );
		expect( stripped.split( '\n' ).filter( ( l ) => l === '|}' ) ).toHaveLength( 1 );
	} );
} );

describe( 'Commons tabular data (.tab)', () => {
	const labels = { key: 'Key', ci: '(± 95% interval)', notPublished: 'Not published' };

	it( 'is valid JsonConfig tabular JSON with license, description, sources, schema and data', () => {
		const tab = JSON.parse( tableToTab( model, source, labels ) );
		expect( Object.keys( tab ) ).toEqual( [ 'license', 'description', 'sources', 'schema', 'data' ] );
		expect( tab.license ).toBe( 'CC0-1.0' );
		expect( tab.description ).toEqual( { en: 'Editors of es.wikipedia from Chile | {{x}}' } );
		expect( tab.sources ).toContain( 'Geoeditors Differential Privacy — Monthly, August 2023 – September 2023.' );
		expect( tab.sources ).toContain( '[https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/ ' );
		const names = tab.schema.fields.map( ( f: { name: string } ) => f.name );
		expect( names ).toEqual( [ 'key', 'label', 'editors_1_4', 'editors_1_4_ci95', 'editors_total', 'editors_total_ci95', 'note', 'not_published' ] );
		for ( const f of tab.schema.fields ) {
			expect( f.name ).toMatch( /^[\p{L}_][\p{L}\p{N}_]*$/u );
			expect( Object.keys( f ).sort() ).toEqual( [ 'name', 'title', 'type' ] );
			expect( [ 'number', 'string' ] ).toContain( f.type );
		}
		expect( tab.data[ 0 ].slice( 0, 6 ) ).toEqual( [ '2023-08', 'August 2023', 5217, 2.723, 6070, 4.364 ] );
		expect( tab.data[ 1 ] ).toEqual( [ '2023-09', '<b>September</b>', null, null, 62, 2.723, '', 'editors_1_4' ] );
		for ( const row of tab.data ) {
			expect( row ).toHaveLength( names.length );
			for ( const v of row ) {
				if ( typeof v === 'string' ) {
					expect( v.length ).toBeLessThanOrEqual( 400 );
					expect( v ).not.toMatch( /\n/ );
				}
			}
		}
		// Hostile text stays data (a JSON string); where it is wikitext (sources) it is escaped.
		expect( tab.data[ 0 ][ 6 ] ).toContain( '{{subst:Delete}}' );
	} );

	it( 'makes field names valid and unique whatever the column ids are', () => {
		const odd: TableModel = Object.assign( {}, model, {
			columns: [ { id: '1 to 4', label: 'a' }, { id: '1_to_4', label: 'b' }, { id: 'ñ-x', label: 'c' } ],
			rows: [ { key: 'k', label: 'l', cells: [ { kind: 'text', text: 'x'.repeat( 1000 ) }, { kind: 'text', text: 'y' }, { kind: 'text', text: 'z' } ] } ],
		} ) as TableModel;
		const tab = JSON.parse( tableToTab( odd, source, labels ) );
		expect( tab.schema.fields.map( ( f: { name: string } ) => f.name ) ).toEqual( [ 'key', 'label', '_1_to_4', '_1_to_4_2', '_x', 'not_published' ] );
		expect( Array.from( tab.data[ 0 ][ 2 ] as string ) ).toHaveLength( 400 );
	} );
} );

/**
 * JsonConfig's rule for every string of a tabular page (JCUtils::isValidLineString, read on
 * GitHub, wikimedia/mediawiki-extensions-JsonConfig includes/JCUtils.php): at most `max` code
 * points, no CR, LF or TAB, and no whitespace at either end (PHP's \s without /u: ASCII
 * whitespace). JCTabularContent applies it to string cells and localized titles (400).
 */
function jsonConfigAcceptsLine( str: string, max: number ): boolean {
	return Array.from( str ).length <= max && !/^[ \t\n\v\f\r]|[\r\n\t]|[ \t\n\v\f\r]$/.test( str );
}

describe( 'Commons tabular data (.tab): JsonConfig line strings (issue 22 item 11)', () => {
	it( 'trims strings with whitespace at either end (a release country name " Atlantis")', () => {
		const spaced: TableModel = Object.assign( {}, model, {
			caption: ' Editors from Atlantis ',
			rowHeader: 'Country\t',
			columns: [ { id: 'name', label: ' Name ' }, { id: 'editors', label: 'Editors', numeric: true } ],
			rows: [
				{ key: ' AT', label: ' Atlantis', cells: [ { kind: 'text', text: 'x'.repeat( 398 ) + ' yz' }, { kind: 'number', value: 3 } ] },
				{ key: 'LM ', label: 'Lemuria\n', cells: [ { kind: 'text', text: '\u000b ' }, { kind: 'number', value: 4 } ] },
			],
		} ) as TableModel;
		const tab = JSON.parse( tableToTab( spaced, source, { key: ' Key', ci: 'ci', notPublished: 'n/p ' } ) );
		const strings: string[] = [ ...Object.values( tab.description as Record<string, string> ) ];
		for ( const f of tab.schema.fields as { title: Record<string, string> }[] ) {
			strings.push( ...Object.values( f.title ) );
		}
		for ( const row of tab.data as unknown[][] ) {
			strings.push( ...row.filter( ( v ): v is string => typeof v === 'string' ) );
		}
		for ( const s of strings ) {
			expect( jsonConfigAcceptsLine( s, 400 ), JSON.stringify( s ) ).toBe( true );
		}
		expect( tab.data[ 0 ].slice( 0, 2 ) ).toEqual( [ 'AT', 'Atlantis' ] );
		expect( tab.data[ 1 ].slice( 0, 3 ) ).toEqual( [ 'LM', 'Lemuria', '' ] );
		expect( tab.description ).toEqual( { en: 'Editors from Atlantis' } );
	} );
} );
