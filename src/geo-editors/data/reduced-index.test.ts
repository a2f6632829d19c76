import { describe, it, expect } from 'vitest';
import { buildIndex, decodeMonths, encodeMonths, indexMonths, parseIndex, planMonth, INDEX_TITLE } from './reduced-index';
import { reducedTitle } from './reduced';
import { wikiPageTitle, reduceWikiPage, parseWikiPage, wikiPageProblems } from './reduced-wiki';
import { chileRows } from './testing-rows';

const TITLES = [
	...[ '2023-01', '2023-02', '2023-03', '2023-05' ].map( ( m ) => reducedTitle( 'CL', m ) ),
	reducedTitle( 'AR', '2023-02' ),
	...[ '2023-02', '2023-03' ].map( ( m ) => wikiPageTitle( 'eswiki', m ) ),
	INDEX_TITLE, 'MediaWiki:Gadget-geo-editors-data/XX/notes.json',
];

describe( 'the index of reduced pages', () => {
	it( 'lists the pages that exist as compact month ranges, and reads back', () => {
		const index = buildIndex( TITLES, '2026-12-07T00:00:00Z' );
		expect( index.countries ).toEqual( { AR: [ '2023-02' ], CL: [ '2023-01..2023-03', '2023-05' ] } );
		expect( index.wikis ).toEqual( { eswiki: [ '2023-02..2023-03' ] } );
		expect( parseIndex( JSON.parse( JSON.stringify( index ) ) ) ).toEqual( index );
		expect( indexMonths( index ) ).toEqual( [ '2023-01', '2023-02', '2023-03', '2023-05' ] );
		expect( encodeMonths( [ '2023-12', '2024-01', '2024-02' ] ) ).toEqual( [ '2023-12..2024-02' ] );
		expect( decodeMonths( [ '2023-12..2024-01', '2024-03' ] ) ).toEqual( [ '2023-12', '2024-01', '2024-03' ] );
	} );

	it( 'refuses an index that is not one (hostile keys, ranges, shapes)', () => {
		const index = buildIndex( TITLES, '2026-12-07' );
		for ( const hostile of [
			{ ...index, format: 2 },
			{ ...index, countries: { 'C<L': [ '2023-01' ] } },
			{ ...index, wikis: { 'be-x-old': [ '2023-01' ] } },
			{ ...index, countries: { CL: [ '2023-01..1900-01' ] } },
			{ ...index, countries: { CL: [ '2023-13' ] } },
			{ ...index, countries: { CL: '2023-01' } },
			{ ...index, countries: [] },
			null,
		] ) {
			expect( parseIndex( hostile ) ).toBeNull();
		}
	} );

	it( 'plans which pages a month of a view reads: no request for a page the index does not list', () => {
		const index = buildIndex( TITLES, '2026-12-07' );
		expect( planMonth( index, '2023-02', { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] } ) ).toEqual(
			{ source: 'countries', keys: [ 'CL' ], titles: [ reducedTitle( 'CL', '2023-02' ) ] } );
		// AR has no page in 2023-03: the wiki's page serves both countries.
		expect( planMonth( index, '2023-03', { countries: [ 'CL', 'AR' ], wikiDbs: [ 'eswiki' ] } ) ).toMatchObject( { source: 'wikis', keys: [ 'eswiki' ] } );
		// The whole-month views (map, top countries) name only the wiki.
		expect( planMonth( index, '2023-02', { wikiDbs: [ 'eswiki' ] } ) ).toMatchObject( { source: 'wikis' } );
		expect( planMonth( index, '2023-04', { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] } ) ).toEqual( { source: 'release' } );
		expect( planMonth( index, '2023-01', { wikiDbs: [ 'eswiki' ] } ) ).toEqual( { source: 'release' } );
		expect( planMonth( null, '2023-02', { countries: [ 'CL' ] } ) ).toEqual( { source: 'release' } );
		expect( planMonth( index, '2023-02', { countries: [ 'CL', 'AR', 'PE', 'BO', 'UY', 'PY', 'EC' ] } ) ).toEqual( { source: 'release' } );
	} );
} );

describe( 'per-wiki reduced pages', () => {
	it( 'hold every country of the wiki in the month with the same rows as the release, and refuse hostile rows', () => {
		const rows = chileRows().filter( ( r ) => r.month === '2023-08' );
		const page = reduceWikiPage( rows, 'eswiki', '2023-08', { release: 'geoeditors_monthly', dataDate: null } );
		const back = parseWikiPage( JSON.parse( JSON.stringify( page ) ), 'eswiki', '2023-08' );
		expect( back?.rows ).toEqual( rows.filter( ( r ) => r.wikiDb === 'eswiki' ) );
		expect( wikiPageProblems( page ) ).toEqual( [] );
		const bad = JSON.parse( JSON.stringify( page ) );
		bad.rows[ 0 ][ 3 ] = 5e-324;
		expect( parseWikiPage( bad, 'eswiki', '2023-08' ) ).toBeNull();
		expect( wikiPageProblems( bad ) ).toHaveLength( 1 );
		expect( parseWikiPage( page, 'enwiki', '2023-08' ) ).toBeNull();
	} );
} );
