import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resetEndpoints } from '../../core/config';
import { clearMemoryCache } from '../../core/cache';
import { loadMonths, forgetPageMonths } from './sources';
import { parseMonthText } from './tsv';
import { reducePage, serializePage, reducedTitle } from './reduced';
import { buildIndex, INDEX_TITLE } from './reduced-index';
import { SAMPLE_MONTHS } from './testing-rows';
import { RowIndex, buildSeries } from './aggregate';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
const sample = ( month: string ): string => readFileSync( path.join( SAMPLE_DIR, month + '.tsv' ), 'utf8' );
/** Months published on the wiki; the rest only in the release. */
const ON_WIKI = SAMPLE_MONTHS.slice( 0, 4 );

let base = 0;
let asked: string[];
let withIndex = true;

beforeEach( () => {
	base++;
	mw.config.set( 'geoGadgetsEndpoints', { geoeditors: 'https://data.test/' + base + '/' } );
	mw.config.set( 'wgScript', '/w' + base + '/index.php' );
	resetEndpoints();
	clearMemoryCache();
	forgetPageMonths();
	asked = [];
	withIndex = true;
	// The wiki answers action=raw with the saved page text (404 for a missing page), the release
	// with its files.
	const pages = new Map( ON_WIKI.map( ( m ) => [ reducedTitle( 'CL', m ), serializePage( reducePage( parseMonthText( sample( m ), {}, m ).rows, 'CL', m, { release: 'geoeditors_monthly', dataDate: '2024-01-05' } ) ) ] ) );
	vi.stubGlobal( 'fetch', vi.fn( async ( url: string ) => {
		asked.push( url );
		const u = new URL( url, 'https://wiki.test' );
		if ( u.pathname === '/w' + base + '/api.php' ) {
			// The index through api.php: a page that exists, or `missing` (a 200 either way).
			expect( u.searchParams.get( 'titles' ) ).toBe( INDEX_TITLE );
			return new Response( JSON.stringify( { query: { pages: [ withIndex ?
				{ title: INDEX_TITLE, revisions: [ { slots: { main: { content: JSON.stringify( buildIndex( [ ...pages.keys() ], '2026-12-07' ) ) } } } ] } :
				{ title: INDEX_TITLE, missing: true } ] } } ), { status: 200 } );
		}
		if ( u.pathname === '/w' + base + '/index.php' ) {
			const text = pages.get( u.searchParams.get( 'title' ) ?? '' );
			return text ? new Response( text, { status: 200 } ) : new Response( '', { status: 404 } );
		}
		const month = url.replace( 'https://data.test/' + base + '/', '' ).replace( '.tsv', '' );
		return SAMPLE_MONTHS.includes( month ) ? new Response( sample( month ), { status: 200 } ) : new Response( 'not found', { status: 404 } );
	} ) );
} );

afterEach( () => {
	vi.unstubAllGlobals();
	mw.config.set( 'geoGadgetsEndpoints', null );
	mw.config.set( 'wgScript', null );
	resetEndpoints();
} );

describe( 'loadMonths with reduced pages on the wiki', () => {
	it( 'reads published months from the pages, the others from the release, with the same numbers (real Chile months)', async () => {
		const result = await loadMonths( SAMPLE_MONTHS, { countries: [ 'CL' ] } );
		expect( result.errors.size ).toBe( 0 );
		const tsvRequests = asked.filter( ( u ) => u.startsWith( 'https://data.test/' ) );
		expect( tsvRequests.sort() ).toEqual( SAMPLE_MONTHS.slice( 4 ).map( ( m ) => 'https://data.test/' + base + '/' + m + '.tsv' ) );
		for ( const m of ON_WIKI ) {
			expect( result.data.get( m )?.dataDate ).toBe( '2024-01-05' );
		}
		expect( result.data.get( SAMPLE_MONTHS[ 5 ] )?.dataDate ).toBeUndefined();

		const viaPages = SAMPLE_MONTHS.flatMap( ( m ) => result.data.get( m )?.rows ?? [] );
		const viaRelease = SAMPLE_MONTHS.flatMap( ( m ) => parseMonthText( sample( m ), { countries: [ 'CL' ] }, m ).rows );
		expect( viaPages ).toEqual( viaRelease );
		for ( const wikiDb of [ 'eswiki', 'enwiki', 'commonswiki', 'wikidatawiki', 'zzwiki' ] ) {
			const sel = { country: 'CL', wikiDb };
			expect( buildSeries( new RowIndex( viaPages ), sel, SAMPLE_MONTHS ) )
				.toEqual( buildSeries( new RowIndex( viaRelease ), sel, SAMPLE_MONTHS ) );
		}
	} );

	it( 'asks only for pages the index lists: no request gets a 404 (issue 19 item 4)', async () => {
		const result = await loadMonths( SAMPLE_MONTHS, { countries: [ 'CL' ] } );
		const wiki = asked.filter( ( u ) => !u.startsWith( 'https://data.test/' ) );
		expect( wiki.filter( ( u ) => u.includes( 'action=raw' ) ).length ).toBe( ON_WIKI.length );
		expect( wiki.filter( ( u ) => u.includes( 'api.php' ) ).length ).toBe( 1 );
		// The months the release served are marked, so the view can say which.
		expect( SAMPLE_MONTHS.filter( ( m ) => result.data.get( m )?.releaseFallback ) ).toEqual( SAMPLE_MONTHS.slice( 4 ) );
	} );

	it( 'without an index the wiki is asked nothing more and the release serves every month, as before', async () => {
		withIndex = false;
		const result = await loadMonths( SAMPLE_MONTHS, { countries: [ 'CL' ] } );
		expect( asked.filter( ( u ) => u.includes( 'action=raw' ) ) ).toEqual( [] );
		expect( asked.filter( ( u ) => u.startsWith( 'https://data.test/' ) ).length ).toBe( SAMPLE_MONTHS.length );
		expect( SAMPLE_MONTHS.filter( ( m ) => result.data.get( m )?.releaseFallback ) ).toEqual( [] );
	} );

	it( 'asks the wiki again on a later visit no more (pages and missing pages are remembered)', async () => {
		await loadMonths( SAMPLE_MONTHS, { countries: [ 'CL' ] } );
		const first = asked.length;
		forgetPageMonths();
		await loadMonths( SAMPLE_MONTHS, { countries: [ 'CL' ] } );
		expect( asked.length ).toBe( first );
	} );

	it( 'a page that is not in the format is an error for that month, not "no editors"', async () => {
		const real = fetch;
		vi.stubGlobal( 'fetch', vi.fn( async ( url: string ) => ( url.includes( 'action=raw' ) ?
			new Response( '{"format":1,"rows":"<b>x</b>"}', { status: 200 } ) : real( url ) ) ) );
		const result = await loadMonths( [ '2023-08' ], { countries: [ 'CL' ] } );
		expect( result.errors.get( '2023-08' )?.message ).toMatch( /reduced/ );
	} );
} );
