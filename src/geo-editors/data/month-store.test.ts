/**
 * The month store's sharing rules, with the real IndexedDB cache (fake-indexeddb) and a download
 * that parses the real sample rows: one download per month however many callers, a caller that
 * gives up does not cut the others' download, a failure is not kept.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheGet, cacheSet, clearMemoryCache, HOUR, DAY } from '../../core/cache';
import { HttpError } from '../../core/http';
import { parseMonthText } from './tsv';
import { MonthStore, type WholeMonth } from './month-store';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
let prefix = 0;

function setup( fail: ( month: string ) => Error | null = () => null ): { store: MonthStore;
	downloads: string[]; release: () => void; } {
	const downloads: string[] = [];
	let release: () => void = () => undefined;
	const gate = new Promise<void>( ( resolve ) => {
		release = resolve;
	} );
	const keyPrefix = 'https://data.test/store' + ( ++prefix ) + '/';
	const store = new MonthStore( {
		keyPrefix, monthTtlMs: DAY, missingTtlMs: 3 * HOUR, cacheGet, cacheSet,
		download: async ( month ): Promise<WholeMonth> => {
			downloads.push( month );
			await gate;
			const error = fail( month );
			if ( error ) {
				throw error;
			}
			const parsed = parseMonthText( readFileSync( path.join( SAMPLE_DIR, month + '.tsv' ), 'utf8' ), {}, month );
			return { rows: parsed.rows, stats: parsed.stats, complete: true };
		},
	} );
	return { store, downloads, release };
}

describe( 'MonthStore', () => {
	it( 'downloads a month once for every caller on the page', async () => {
		const { store, downloads, release } = setup();
		const waits = [ store.get( '2023-07' ), store.get( '2023-07' ), store.get( '2023-08' ), store.get( '2023-07' ) ];
		release();
		const [ a, b, c ] = await Promise.all( waits );
		expect( a.rows ).toBe( b.rows );
		expect( c.rows[ 0 ].month ).toBe( '2023-08' );
		expect( downloads ).toEqual( [ '2023-07', '2023-08' ] );
	} );

	it( 'a caller that gives up stops waiting; the download goes on for the others', async () => {
		const { store, downloads, release } = setup();
		const controller = new AbortController();
		const leaving = store.get( '2023-09', { signal: controller.signal } );
		const staying = store.get( '2023-09' );
		controller.abort();
		await expect( leaving ).rejects.toMatchObject( { kind: 'aborted' } );
		release();
		expect( ( await staying ).rows.length ).toBeGreaterThan( 0 );
		expect( downloads ).toEqual( [ '2023-09' ] );
	} );

	it( 'keeps no failure: the next call downloads again', async () => {
		let down = true;
		const { store, downloads, release } = setup( () => ( down ? new HttpError( 'server', 'x', 503 ) : null ) );
		release();
		await expect( store.get( '2023-10' ) ).rejects.toMatchObject( { kind: 'server' } );
		down = false;
		expect( ( await store.get( '2023-10' ) ).fromCache ).toBe( false );
		clearMemoryCache();
		expect( downloads ).toEqual( [ '2023-10', '2023-10' ] );
	} );
} );
