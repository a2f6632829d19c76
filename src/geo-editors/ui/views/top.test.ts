import { describe, it, expect, beforeAll } from 'vitest';
import { topView } from './top';
import { restTable } from './rest';
import { useEnglish, monthInput, wiki, cellOf } from './test-helpers';

describe( 'topView', () => {
	beforeAll( useEnglish );

	it( 'ranks the countries of one wiki in one month with their intervals', () => {
		const out = topView( monthInput( '2023-08', wiki( 'eswiki', 'es.wikipedia' ) ) );
		expect( out.table.rows[ 0 ].key ).toBe( 'CL' );
		expect( cellOf( out.table, 'CL', 'rank' ) ).toEqual( { kind: 'number', value: 1 } );
		expect( cellOf( out.table, 'CL', 'editors' ) ).toMatchObject( { kind: 'estimate', partial: false, estimate: { value: 5217 + 777 + 76 } } );
		expect( out.table.caption ).toContain( 'es.wikipedia' );
		expect( out.chart ).toBeTypeOf( 'function' );
	} );

	it( 'names the levels a country has no row for and has no chart for a wiki with no rows', () => {
		const wd = topView( monthInput( '2023-08', wiki( 'wikidatawiki', 'en.wikidata' ) ) );
		expect( cellOf( wd.table, 'CL', 'levels_not_published' ) ).toEqual( { kind: 'text', text: '100+ edits' } );
		const none = topView( monthInput( '2023-08', wiki( 'xxwiki', 'xx.wikipedia' ) ) );
		expect( none.table.rows ).toEqual( [] );
		expect( none.chart ).toBeUndefined();
	} );
} );

describe( 'restTable', () => {
	beforeAll( useEnglish );

	it( 'keeps the REST counts as "at most" numbers, ranked, and blank where a level has none', () => {
		const table = restTable( 'es.wikipedia', '2023-08', [ { country: 'AR', editorsCeil: 900 }, { country: 'CL', editorsCeil: 800 } ], [ { country: 'CL', editorsCeil: 80 } ] );
		expect( table.rows.map( ( r ) => r.key ) ).toEqual( [ 'AR', 'CL' ] );
		expect( cellOf( table, 'CL', 'rest_editors_100' ) ).toEqual( { kind: 'number', value: 80, ceil: true } );
		expect( cellOf( table, 'AR', 'rest_editors_100' ) ).toEqual( { kind: 'text', text: '' } );
	} );
} );
