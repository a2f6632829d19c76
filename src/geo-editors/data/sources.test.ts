import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resetEndpoints } from '../../core/config';
import { clearMemoryCache } from '../../core/cache';
import { HttpError } from '../../core/http';
import { loadMonth, loadMonths, loadPublishedMonths, parseDirectoryIndex, filterKey, monthUrl, forgetPageMonths } from './sources';
import { streamIntoParser } from './stream';
import { MonthParser } from './tsv';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
const sample = ( month: string ): string => readFileSync( path.join( SAMPLE_DIR, month + '.tsv' ), 'utf8' );

/** A Response whose body arrives in chunks of `size` bytes. */
function chunked( text: string, size: number, headers: Record<string, string> = {} ): Response {
	const bytes = new TextEncoder().encode( text );
	let pos = 0;
	const body = new ReadableStream<Uint8Array>( {
		pull( controller ) {
			if ( pos >= bytes.length ) {
				controller.close();
				return;
			}
			controller.enqueue( bytes.slice( pos, pos + size ) );
			pos += size;
		},
	} );
	return new Response( body, { status: 200, headers } );
}

let base = 0;
let fetchMock: ReturnType<typeof vi.fn>;
let files: Record<string, () => Response>;

beforeEach( () => {
	// A fresh endpoint per test: cache keys include it, so tests never share cached months.
	base++;
	mw.config.set( 'geoGadgetsEndpoints', { geoeditors: 'https://data.test/' + base + '/' } );
	resetEndpoints();
	clearMemoryCache();
	files = {};
	fetchMock = vi.fn( async ( url: string ) => {
		const name = url.replace( 'https://data.test/' + base + '/', '' );
		const make = files[ name ];
		return make ? make() : new Response( 'not found', { status: 404 } );
	} );
	vi.stubGlobal( 'fetch', fetchMock );
} );

afterEach( () => {
	vi.unstubAllGlobals();
	mw.config.set( 'geoGadgetsEndpoints', null );
	resetEndpoints();
} );

describe( 'streamIntoParser', () => {
	it( 'decodes UTF-8 split across chunks and keeps rows split across chunks', async () => {
		const text = 'eswiki\tes.wikipedia\tCôte d’Ivoire\tCI\t1 to 4\t1.1\t0.9\t8\t12\t15\t2023-08\n';
		for ( const size of [ 1, 2, 3, 7, 64 ] ) {
			const parser = new MonthParser();
			const result = await streamIntoParser( chunked( text, size ), parser );
			expect( result.complete ).toBe( true );
			expect( parser.rows[ 0 ].country ).toBe( 'Côte d’Ivoire' );
		}
	} );

	it( 'is incomplete when fewer bytes than Content-Length arrive', async () => {
		const text = sample( '2023-08' );
		const parser = new MonthParser();
		const result = await streamIntoParser( chunked( text, 100, { 'Content-Length': String( text.length + 50 ) } ), parser );
		expect( result.complete ).toBe( false );
	} );

	it( 'turns a broken connection into a network HttpError', async () => {
		let sent = false;
		const body = new ReadableStream<Uint8Array>( {
			pull( controller ) {
				if ( !sent ) {
					sent = true;
					controller.enqueue( new TextEncoder().encode( 'eswiki\tes.wiki' ) );
				} else {
					controller.error( new TypeError( 'network error' ) );
				}
			},
		} );
		await expect( streamIntoParser( new Response( body ), new MonthParser() ) ).rejects.toMatchObject( { kind: 'network' } );
	} );
} );

describe( 'loadMonth', () => {
	it( 'streams, filters, caches; the second load makes no request', async () => {
		files[ '2023-08.tsv' ] = () => chunked( sample( '2023-08' ), 97 );
		const first = await loadMonth( '2023-08', { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] } );
		expect( first.fromCache ).toBe( false );
		expect( first.complete ).toBe( true );
		expect( first.rows.map( ( r ) => r.editors ).sort( ( a, b ) => a - b ) )
			.toEqual( [ 76, 777, 5217 ] );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		expect( fetchMock.mock.calls[ 0 ][ 0 ] ).toBe( 'https://data.test/' + base + '/2023-08.tsv' );
		clearMemoryCache(); // as on a new page view: only IndexedDB is left
		forgetPageMonths();
		const second = await loadMonth( '2023-08', { wikiDbs: [ 'eswiki' ], countries: [ 'CL' ] } );
		expect( second.fromCache ).toBe( true );
		expect( second.rows ).toEqual( first.rows );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'rejects a truncated month (never shown as partial, never cached)', async () => {
		const text = sample( '2023-08' );
		files[ '2023-08.tsv' ] = () => chunked( text.slice( 0, 700 ), 64 );
		await expect( loadMonth( '2023-08', { countries: [ 'CL' ] } ) ).rejects.toMatchObject( { messageKey: 'geo-editors-error-truncated' } );
		// Cut exactly in a number ("…\t52" of 5217): still not accepted.
		files[ '2023-08.tsv' ] = () => chunked( text.slice( 0, text.indexOf( '\t5217\t' ) + 3 ), 64 );
		await expect( loadMonth( '2023-08', { countries: [ 'CL' ] } ) ).rejects.toMatchObject( { messageKey: 'geo-editors-error-truncated' } );
		// Shorter than its Content-Length.
		files[ '2023-08.tsv' ] = () => chunked( text, 64, { 'Content-Length': String( text.length + 10 ) } );
		await expect( loadMonth( '2023-08', { countries: [ 'CL' ] } ) ).rejects.toMatchObject( { messageKey: 'geo-editors-error-truncated' } );
		files[ '2023-08.tsv' ] = () => chunked( text, 64 );
		const full = await loadMonth( '2023-08', { countries: [ 'CL' ] } );
		expect( full.fromCache ).toBe( false );
		expect( full.rows ).toHaveLength( 23 );
		expect( fetchMock ).toHaveBeenCalledTimes( 4 );
	} );

	it( 'shows but does not cache a month with malformed lines', async () => {
		const text = sample( '2023-08' ).replace( '\n', '\nnot a row\n' );
		files[ '2023-08.tsv' ] = () => chunked( text, 128 );
		const first = await loadMonth( '2023-08', { countries: [ 'CL' ] } );
		expect( first.complete ).toBe( false );
		expect( first.stats.malformed ).toBe( 1 );
		expect( first.rows ).toHaveLength( 23 );
		clearMemoryCache();
		forgetPageMonths();
		expect( ( await loadMonth( '2023-08', { countries: [ 'CL' ] } ) ).fromCache ).toBe( false );
	} );

	it( 'does not cache after a server error, and a wrong file is a malformed error', async () => {
		files[ '2023-08.tsv' ] = () => new Response( '<html>oops</html>\n', { status: 200 } );
		await expect( loadMonth( '2023-08', { countries: [ 'CL' ] } ) ).rejects.toMatchObject( { messageKey: 'geo-editors-error-format', params: [ 11, 1 ] } );
		files[ '2023-08.tsv' ] = () => new Response( '', { status: 200 } );
		await expect( loadMonth( '2023-08', { countries: [ 'CL' ] } ) ).rejects.toMatchObject( { messageKey: 'geo-editors-error-empty' } );
		files[ '2023-08.tsv' ] = () => chunked( sample( '2023-08' ), 512 );
		expect( ( await loadMonth( '2023-08', { countries: [ 'CL' ] } ) ).rows ).toHaveLength( 23 );
	} );

	it( 'honours Retry-After on a 429 with a countdown, then loads', async () => {
		let calls = 0;
		files[ '2023-10.tsv' ] = () => ++calls === 1 ?
			new Response( 'slow down', { status: 429, headers: { 'Retry-After': '1' } } ) :
			chunked( sample( '2023-10' ), 256 );
		const waits: number[] = [];
		const data = await loadMonth( '2023-10', { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] }, { onWait: ( s ) => waits.push( s ) } );
		expect( waits ).toEqual( [ 1, 0 ] );
		expect( data.rows ).toHaveLength( 3 );
		expect( calls ).toBe( 2 );
	} );

	it( 'shares one download between requests at once, whatever their filters', async () => {
		files[ '2023-09.tsv' ] = () => chunked( sample( '2023-09' ), 512 );
		const [ a, b, c ] = await Promise.all( [ loadMonth( '2023-09', { countries: [ 'CL' ] } ), loadMonth( '2023-09', { countries: [ 'CL' ] } ),
			loadMonth( '2023-09', { wikiDbs: [ 'eswiki' ] } ) ] );
		expect( a ).toEqual( b );
		expect( c.rows.every( ( r ) => r.wikiDb === 'eswiki' ) ).toBe( true );
		expect( c.rows.length ).toBeGreaterThan( 0 );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'serves another filter later on the page, and on a later visit, without a download', async () => {
		files[ '2023-09.tsv' ] = () => chunked( sample( '2023-09' ), 512 );
		const whole = await loadMonth( '2023-09', {} );
		const chile = await loadMonth( '2023-09', { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] } );
		// The same rows the stream parser keeps when it filters while reading.
		const parser = new MonthParser( { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] }, '2023-09' );
		await streamIntoParser( chunked( sample( '2023-09' ), 97 ), parser );
		expect( chile.rows ).toEqual( parser.rows );
		expect( chile.stats.kept ).toBe( parser.rows.length );
		expect( whole.rows.length ).toBeGreaterThan( chile.rows.length );
		clearMemoryCache();
		forgetPageMonths();
		const later = await loadMonth( '2023-09', { wikiDbs: [ 'enwiki' ] } );
		expect( later.fromCache ).toBe( true );
		expect( later.rows ).toEqual( whole.rows.filter( ( r ) => r.wikiDb === 'enwiki' ) );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'remembers a month the release does not have, on this page and the next', async () => {
		await expect( loadMonth( '2031-01', {} ) ).rejects.toMatchObject( { kind: 'http', status: 404 } );
		await expect( loadMonth( '2031-01', { countries: [ 'CL' ] } ) ).rejects.toMatchObject( { kind: 'http', status: 404 } );
		clearMemoryCache();
		forgetPageMonths();
		await expect( loadMonth( '2031-01', {} ) ).rejects.toMatchObject( { kind: 'http', status: 404 } );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'rejects an invalid month before any request', () => {
		expect( () => monthUrl( '2023-13' ) ).toThrow();
		expect( () => monthUrl( '../x' ) ).toThrow();
	} );
} );

describe( 'loadMonths', () => {
	it( 'fetches only the requested months, at most 4 at a time, and reports progress', async () => {
		let active = 0;
		let peak = 0;
		const months = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];
		for ( const m of months ) {
			files[ m + '.tsv' ] = () => chunked( sample( m ), 200 );
		}
		fetchMock.mockImplementation( async ( url: string ) => {
			active++;
			peak = Math.max( peak, active );
			await new Promise( ( r ) => {
				setTimeout( r, 10 );
			} );
			active--;
			return files[ url.split( '/' ).pop()! ]();
		} );
		const progress: number[] = [];
		const result = await loadMonths( months, { countries: [ 'CL' ], wikiDbs: [ 'eswiki' ] }, { onMonth: ( p ) => progress.push( p.done ) } );
		expect( peak ).toBeLessThanOrEqual( 4 );
		expect( peak ).toBeGreaterThan( 1 );
		expect( progress ).toEqual( [ 1, 2, 3, 4, 5, 6 ] );
		expect( result.data.size ).toBe( 6 );
		expect( fetchMock ).toHaveBeenCalledTimes( 6 );
	} );

	it( 'keeps the other months when one fails', async () => {
		files[ '2023-07.tsv' ] = () => chunked( sample( '2023-07' ), 200 );
		files[ '2023-08.tsv' ] = () => new Response( 'gone', { status: 404 } );
		const result = await loadMonths( [ '2023-07', '2023-08' ], { countries: [ 'CL' ] } );
		expect( result.data.has( '2023-07' ) ).toBe( true );
		expect( result.errors.get( '2023-08' ) ).toBeInstanceOf( HttpError );
	} );
} );

describe( 'published months', () => {
	const INDEX = '<html><body><pre><a href="../">../</a>\n<a href="2023-07.tsv">2023-07.tsv</a>\n<a href="2023-12.tsv">2023-12.tsv</a>\n<a href="2018-01.tsv">2018-01.tsv</a>\n<a href="README">README</a>\n<a href="2023-13.tsv">x</a></pre></body></html>';

	it( 'reads the months from the directory index', () => {
		expect( parseDirectoryIndex( INDEX ) ).toEqual( [ '2018-01', '2023-07', '2023-12' ] );
	} );

	it( 'caches the list (second call makes no request) but never an empty one', async () => {
		files[ '' ] = () => new Response( '<html>empty</html>' );
		await expect( loadPublishedMonths() ).rejects.toMatchObject( { kind: 'malformed' } );
		files[ '' ] = () => new Response( INDEX );
		expect( await loadPublishedMonths() ).toEqual( [ '2018-01', '2023-07', '2023-12' ] );
		expect( await loadPublishedMonths() ).toEqual( [ '2018-01', '2023-07', '2023-12' ] );
		expect( fetchMock ).toHaveBeenCalledTimes( 2 );
	} );
} );

describe( 'filterKey', () => {
	it( 'ignores order', () => {
		expect( filterKey( { countries: [ 'CL', 'AR' ], wikiDbs: [ 'eswiki' ] } ) ).toBe( filterKey( { wikiDbs: [ 'eswiki' ], countries: [ 'AR', 'CL' ] } ) );
		expect( filterKey( { countries: [ 'CL' ] } ) ).not.toBe( filterKey( { wikiDbs: [ 'CL' ] } ) );
	} );
} );

describe( 'bodies that are not a release month (issue 14)', () => {
	/** A body that never ends: the same bytes for ever. */
	function endless( chunk: string ): Response {
		const bytes = new TextEncoder().encode( chunk );
		return new Response( new ReadableStream<Uint8Array>( { pull( c ) {
			c.enqueue( bytes );
		} } ), { status: 200 } );
	}

	it( 'an endless body without a newline is a format error saying so, not "could not be reached"', async () => {
		files[ '2023-08.tsv' ] = () => endless( 'x'.repeat( 1000 ) );
		const error = await loadMonth( '2023-08', { countries: [ 'CL' ] } ).catch( ( e ) => e );
		expect( error.name ).toBe( 'MonthFileError' );
		expect( error.messageKey ).toBe( 'geo-editors-error-line' );
	} );

	it( 'an endless body of lines outside the view stops at the size bound', async () => {
		const line = 'enwiki\ten.wikipedia\tX\tAR\t1 to 4\t1.1\t0.9\t8\t12\t15\t2023-08\n';
		const parser = new MonthParser( { countries: [ 'CL' ] }, '2023-08' );
		const error = await streamIntoParser(
			endless( line.repeat( 1000 ) ), parser, undefined, 5e6,
		).catch( ( e ) => e );
		expect( error.name ).toBe( 'BodyTooLargeError' );
	} );
} );
