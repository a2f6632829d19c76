/**
 * Loading weekly files: the month store's rules with the weekly release in the key, faults as
 * errors.
 */
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { resetEndpoints } from '../../core/config';
import { cacheGet, cacheSet, clearMemoryCache } from '../../core/cache';
import { parseWeekText } from './tsv-weekly';
import { weekRows } from '../../../localwiki/sample-data/geoeditors/generate-weekly.mjs';
import { monthRows } from '../../../localwiki/sample-data/geoeditors/generate-synthetic.mjs';
import { loadWeekMonth, loadWeekMonths, weekFileUrl, forgetPageWeeks } from './weekly-sources';
import { MonthFileError } from './sources';

let base = 0;
let root = '';
let fetchMock: ReturnType<typeof vi.fn>;
let files: Record<string, () => Response>;

beforeEach( () => {
	base++;
	root = 'https://data.test/weekly' + base + '/';
	// The monthly release on the same folder: the weekly keys must not collide with its keys.
	mw.config.set( 'geoGadgetsEndpoints', { geoeditors: root, geoeditorsWeekly: root } );
	resetEndpoints();
	clearMemoryCache();
	forgetPageWeeks();
	files = {};
	fetchMock = vi.fn( async ( url: string ) => {
		const make = files[ url.replace( root, '' ) ];
		return make ? make() : new Response( 'not found', { status: 404 } );
	} );
	vi.stubGlobal( 'fetch', fetchMock );
} );

afterEach( () => {
	vi.unstubAllGlobals();
	mw.config.set( 'geoGadgetsEndpoints', null );
	resetEndpoints();
} );

describe( 'weekly sources', () => {
	it( 'reads the configured weekly folder, and defaults to the Foundation\'s', () => {
		expect( weekFileUrl( '2023-08' ) ).toBe( root + '2023-08.tsv' );
		mw.config.set( 'geoGadgetsEndpoints', null );
		resetEndpoints();
		expect( weekFileUrl( '2023-08' ) ).toBe( 'https://analytics.wikimedia.org/published/datasets/geoeditors_weekly/2023-08.tsv' );
	} );

	it( 'filters, lists every week of the whole file, caches under a weekly key; a warm load makes no request', async () => {
		files[ '2023-08.tsv' ] = () => new Response( weekRows( '2023-08' ) );
		const first = await loadWeekMonth( '2023-08', { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] } );
		expect( first.rows ).toHaveLength( 12 );
		expect( first.columns ).toBe( 11 );
		expect( first.weeks ).toEqual( [ '2023-08-06', '2023-08-13', '2023-08-20', '2023-08-27' ] );
		expect( await cacheGet( 'geoeditors:whole:weekly:' + root + '2023-08' ) ).toBeDefined();
		expect( await cacheGet( 'geoeditors:whole:' + root + '2023-08' ) ).toBeUndefined();
		clearMemoryCache();
		forgetPageWeeks();
		const again = await loadWeekMonth( '2023-08', { countries: [ 'AR' ] } );
		expect( again.fromCache ).toBe( true );
		expect( again.rows.every( ( r ) => r.countryCode === 'AR' ) ).toBe( true );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'never asks for a month before the weekly release, and remembers a missing month', async () => {
		await expect( loadWeekMonth( '2023-06', {} ) ).rejects.toThrow( /No weekly file/ );
		expect( fetchMock ).not.toHaveBeenCalled();
		await expect( loadWeekMonth( '2024-01', {} ) ).rejects.toMatchObject( { status: 404 } );
		forgetPageWeeks();
		await expect( loadWeekMonth( '2024-01', {} ) ).rejects.toMatchObject( { status: 404 } );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'turns a monthly file, an empty or a cut-off body into the file error path, and goes on with the other months', async () => {
		files[ '2023-07.tsv' ] = () => new Response( monthRows( '2023-07' ) );
		files[ '2023-08.tsv' ] = () => new Response( '' );
		const text = weekRows( '2023-09' );
		files[ '2023-09.tsv' ] = () => new Response( text, { headers: { 'Content-Length': String( text.length + 40 ) } } );
		files[ '2023-10.tsv' ] = () => new Response( weekRows( '2023-10' ) );
		const result = await loadWeekMonths( [ '2023-07', '2023-08', '2023-09', '2023-10' ], { countries: [ 'CL' ] } );
		expect( result.errors.get( '2023-07' ) ).toMatchObject( { messageKey: 'geo-editors-error-format', params: [ 11, '?' ] } );
		expect( result.errors.get( '2023-08' ) ).toMatchObject( { messageKey: 'geo-editors-error-empty' } );
		expect( result.errors.get( '2023-09' ) ).toBeInstanceOf( MonthFileError );
		expect( result.errors.get( '2023-09' ) ).toMatchObject( { messageKey: 'geo-editors-error-truncated' } );
		expect( result.data.get( '2023-10' )!.rows.length ).toBeGreaterThan( 0 );
		// Nothing broken is kept: a retry downloads those again.
		expect( await cacheGet( 'geoeditors:whole:weekly:' + root + '2023-09' ) ).toBeUndefined();
	} );

	it( 'remembers each file\'s layout with it: a cached 8-column month beside a fresh 11-column month', async () => {
		// Cached on an earlier visit, as the store kept it before layouts were recorded (no
		// stats.columns): the sample's July file has the 8 columns.
		const old = parseWeekText( weekRows( '2023-07' ), {}, '2023-07' );
		delete ( old.stats as { columns?: number } ).columns;
		await cacheSet( 'geoeditors:whole:weekly:' + root + '2023-07', { rows: old.rows, stats: old.stats, complete: true }, 3600000 );
		// Fresh: the 11-column layout (ε 1.1 / 0.9, threshold 8 between level and editors for Chile).
		files[ '2023-08.tsv' ] = () => new Response( weekRows( '2023-08' ) );
		const { data } = await loadWeekMonths( [ '2023-07', '2023-08' ], { countries: [ 'CL' ] } );
		const july = data.get( '2023-07' )!;
		const august = data.get( '2023-08' )!;
		expect( [ july.fromCache, july.columns, august.fromCache, august.columns ] ).toEqual( [ true, 8, false, 11 ] );
		expect( july.rows.every( ( r ) => r.countEps === undefined ) ).toBe( true );
		expect( august.rows.every( ( r ) => r.countEps === 1.1 ) ).toBe( true );
		// The fresh one is kept with its layout; read back on a later visit it is still 11 columns.
		clearMemoryCache();
		forgetPageWeeks();
		const later = await loadWeekMonth( '2023-08', { countries: [ 'CL' ] } );
		expect( [ later.fromCache, later.columns, later.rows[ 0 ].countEps ] ).toEqual( [ true, 11, 1.1 ] );
	} );
} );
