import { describe, it, expect, vi, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Explorer } from './explorer';
import { parseState } from './state';
import { registerMessages } from '../../core/messages';
import { resetEndpoints } from '../../core/config';
import { clearMemoryCache, cacheDelete } from '../../core/cache';
import { resetSites } from '../data/sitematrix';
import en from '../../../i18n/geo-editors/en.json';
import core from '../../../i18n/core/en.json';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
const SITEMATRIX = JSON.parse( readFileSync( path.resolve( __dirname, '../../../localwiki/sample-data/meta.wikimedia.org/w/api.php/sitematrix.json' ), 'utf8' ) );
type Lib = { ForeignApi: unknown };
const realForeignApi = ( mw as unknown as Lib ).ForeignApi;
let metaDown = false;
let metaHangs = false;
/** Meta's answer waits for this (a slow wiki list). */
let metaGate: Promise<void> | null = null;
let base = 0;
let failing: string[] = [];
let fetchMock: ReturnType<typeof vi.fn>;

async function settle( explorer: Explorer, rowKey: string ): Promise<void> {
	await vi.waitFor( () => {
		expect( explorer.element.querySelector( 'tr[data-key="' + rowKey + '"]' ) ).not.toBeNull();
	}, { timeout: 5000 } );
}

describe( 'Explorer', () => {
	beforeAll( () => {
		registerMessages(
			{ en: Object.assign( {}, core, en ) as unknown as Record<string, string> } );
		vi.spyOn( console, 'error' ).mockImplementation( () => undefined ); // jsdom has no canvas
		( mw as unknown as Lib ).ForeignApi = class {
			public get(): Promise<unknown> {
				if ( metaGate ) {
					return metaGate.then( () => SITEMATRIX );
				}
				return metaHangs ? new Promise<unknown>( () => {
					// never settles
				} ) : metaDown ? Promise.reject( 'http' ) : Promise.resolve( SITEMATRIX );
			}
		};
	} );

	afterAll( () => {
		( mw as unknown as Lib ).ForeignApi = realForeignApi;
	} );

	beforeEach( () => {
		base++;
		mw.config.set( 'geoGadgetsEndpoints', { geoeditors: 'https://data.test/' + base + '/' } );
		resetEndpoints();
		clearMemoryCache();
		resetSites();
		metaDown = false;
		metaHangs = false;
		metaGate = null;
		failing = [];
		fetchMock = vi.fn( async ( url: string ) => {
			const name = url.split( '/' ).pop()!;
			if ( name === '' ) {
				// The release folder's index: the month files served here.
				return new Response( readdirSync( SAMPLE_DIR ).filter( ( f ) => /^\d{4}-\d{2}\.tsv$/.test( f ) ).map( ( f ) => `<a href="${ f }">${ f }</a>` ).join( '\n' ) );
			}
			if ( failing.includes( name ) ) {
				// A fault, not a missing month (a 404 is remembered for hours: see month-store.ts).
				return new Response( 'down', { status: 403 } );
			}
			return new Response( readFileSync( path.join( SAMPLE_DIR, name ), 'utf8' ) );
		} );
		vi.stubGlobal( 'fetch', fetchMock );
	} );

	afterEach( () => {
		vi.unstubAllGlobals();
		mw.config.set( 'geoGadgetsEndpoints', null );
		resetEndpoints();
	} );

	it( 'shows the months of a panel with values, intervals and not-published marks', async () => {
		const explorer = new Explorer( parseState( { country: 'CL', project: 'en.wikidata', from: '2023-07', to: '2023-09' }, 'eswiki' ), { mode: 'panel' } );
		document.body.appendChild( explorer.element );
		explorer.load();
		await settle( explorer, '2023-09' );
		const td = ( key: string, col: string ): Element => explorer.element.querySelector( 'td[data-key="' + key + '"][data-column="' + col + '"]' )!;
		expect( td( '2023-08', 'editors_1_4' ).getAttribute( 'data-value' ) ).toBe( '449' );
		expect( td( '2023-08', 'editors_100' ).textContent ).toBe( 'n/p' );
		expect( td( '2023-09', 'editors_100' ).getAttribute( 'data-value' ) ).toBe( '11' );
		expect( explorer.element.querySelector( '.geo-editors-heading' )!.textContent ).toBe( 'Editors by country' );
		expect( explorer.element.querySelector( '.geo-editors-subtitle' )!.textContent ).toContain( 'en.wikidata' );
		expect( fetchMock ).toHaveBeenCalledTimes( 3 );
		const csv = explorer.exports()!.csv.split( '\r\n' );
		expect( csv[ 0 ] ).toContain( 'editors_1_4' );
		expect( csv[ 2 ] ).toMatch( /^2023-08,449,/ );
		explorer.element.remove();
	} );

	it( 'keeps what is shown when a month fails, and retry loads only that month', async () => {
		failing = [ '2023-09.tsv' ];
		const explorer = new Explorer( parseState( { country: 'CL', project: 'es.wikipedia', from: '2023-07', to: '2023-09' }, 'eswiki' ), { mode: 'panel' } );
		explorer.load();
		await vi.waitFor( () => {
			expect( explorer.element.querySelector( '.geo-message-error' ) ).not.toBeNull();
		}, { timeout: 5000 } );
		expect( explorer.element.querySelector( '.geo-message-error' )!.textContent ).toContain( 'September 2023' );
		expect( explorer.element.querySelector( 'tr[data-key="2023-08"]' ) ).not.toBeNull();
		expect( explorer.element.querySelector( 'tr[data-key="2023-09"]' ) ).toBeNull();
		failing = [];
		fetchMock.mockClear();
		( explorer.element.querySelector( '.geo-message-error button' ) as HTMLButtonElement ).click();
		await settle( explorer, '2023-09' );
		expect( explorer.element.querySelector( 'tr[data-key="2023-08"]' ) ).not.toBeNull();
		expect( explorer.element.querySelector( '.geo-message-error' ) ).toBeNull();
		expect( fetchMock.mock.calls.map( ( c ) => String( c[ 0 ] ).split( '/' ).pop() ) ).toEqual( [ '2023-09.tsv' ] );
	} );

	it( 'switches views and reports the state change; compare lists every selection with differences', async () => {
		const changes: string[] = [];
		const explorer = new Explorer( parseState( { country: 'CL', project: 'es.wikipedia,en.wikipedia', from: '2023-08', to: '2023-08', levels: '100+' }, 'eswiki' ),
			{ mode: 'dashboard', onStateChange: ( s ) => changes.push( s.view ) } );
		explorer.load();
		await settle( explorer, '2023-08' );
		const headers = Array.from( explorer.element.querySelectorAll( 'thead th' ) ).map( ( th ) => th.textContent );
		expect( headers ).toEqual( [ 'Month', 'Chile · es.wikipedia', 'Chile · en.wikipedia', 'Chile · en.wikipedia minus Chile · es.wikipedia' ] );
		( explorer.element.querySelector( '[data-view=heatmap]' ) as HTMLButtonElement ).click();
		expect( changes ).toEqual( [ 'heatmap' ] );
		expect( explorer.element.querySelector( 'td.geo-heat' ) ).not.toBeNull();
		( explorer.element.querySelector( '[data-view=totals]' ) as HTMLButtonElement ).click();
		expect( explorer.element.querySelector( 'tr[data-key="editors_100"] td[data-column="monthly_average"]' )!.getAttribute( 'data-value' ) ).toBe( '76' );
	} );

	it( 'still shows the data when the wiki list of Meta fails, says so, and retries it', async () => {
		metaDown = true;
		await cacheDelete( 'geoeditors:sitematrix:https://meta.wikimedia.org/w/api.php' );
		const explorer = new Explorer( parseState( { country: 'CL', project: 'es.wikipedia', from: '2023-08', to: '2023-08' }, 'eswiki' ), { mode: 'panel' } );
		explorer.load();
		await settle( explorer, '2023-08' );
		// The months did not wait for Meta; its failure is said when it comes (after its retries).
		await vi.waitFor( () => {
			expect( explorer.element.querySelector( '.geo-editors-sites-error' ) ).not.toBeNull();
		}, { timeout: 8000 } );
		const alert = explorer.element.querySelector( '.geo-editors-sites-error' )!;
		expect( alert.getAttribute( 'role' ) ).toBe( 'alert' );
		expect( alert.textContent ).toContain( 'The list of wikis could not be loaded from Meta' );
		metaDown = false;
		( alert.querySelector( 'button' ) as HTMLButtonElement ).click();
		await vi.waitFor( () => {
			expect( explorer.element.querySelector( '.geo-editors-sites-error' ) ).toBeNull();
		} );
		expect( explorer.element.querySelector( 'td[data-key="2023-08"][data-column="editors_1_4"]' )!.getAttribute( 'data-value' ) ).toBe( '5217' );
	}, 15000 );

	it( 'does not wait for a hanging wiki list before loading the months (issue 14)', async () => {
		metaHangs = true;
		await cacheDelete( 'geoeditors:sitematrix:https://meta.wikimedia.org/w/api.php' );
		const explorer = new Explorer( parseState( { country: 'CL', project: 'es.wikipedia', from: '2023-08', to: '2023-08' }, 'eswiki' ), { mode: 'panel' } );
		explorer.load();
		await vi.waitFor( () => {
			expect( explorer.element.querySelector( 'td[data-key="2023-08"][data-column="editors_1_4"]' ) ).not.toBeNull();
		}, { timeout: 1500 } );
		expect( explorer.element.querySelector( '.geo-editors-subtitle' )!.textContent ).toContain( 'es.wikipedia' );
	} );

	it( 'says so when no month of a permalink range can be published, naming the release\'s own last month, with no month file asked for (issues 14, 24 item 2)', async () => {
		const explorer = new Explorer( parseState( { country: 'CL', project: 'es.wikipedia', from: '2090-01', to: '2099-12' }, 'eswiki' ), { mode: 'panel' } );
		explorer.load();
		await vi.waitFor( () => {
			expect( explorer.element.querySelector( '.geo-message-error' ) ).not.toBeNull();
		}, { timeout: 2000 } );
		// The release's first and last month from its index (the one request), not the latest month
		// that could have been published.
		expect( explorer.element.querySelector( '.geo-message-error' )!.textContent ).toMatch( /the release covers \w+ \d{4} to December 2023/ );
		expect( fetchMock.mock.calls.map( ( c ) => String( c[ 0 ] ) ) ).toEqual( [ 'https://data.test/' + base + '/' ] );
	} );

	it( 'a superseded load says nothing: its error never lands on the state that replaced it (issue 22 item 3)', async () => {
		let release: () => void = () => undefined;
		metaGate = new Promise( ( r ) => {
			release = r;
		} );
		await cacheDelete( 'geoeditors:sitematrix:https://meta.wikimedia.org/w/api.php' );
		// A wiki only Meta's list can name: the load waits for it.
		const explorer = new Explorer( parseState( { country: 'CL', project: 'nosuch.example', from: '2023-07', to: '2023-07' }, 'eswiki' ), { mode: 'dashboard' } );
		explorer.load();
		// The reader picks another wiki before the first load has said anything.
		explorer.setState( parseState( { country: 'CL', project: 'es.wikipedia', from: '2023-08', to: '2023-08' }, 'eswiki' ) );
		await settle( explorer, '2023-08' );
		release(); // the first load's answer, late
		await new Promise( ( r ) => {
			setTimeout( r, 50 );
		} );
		expect( explorer.element.querySelector( '.geo-message-error' ) ).toBeNull();
		expect( explorer.element.querySelector( 'tr[data-key="2023-08"]' ) ).not.toBeNull();
	} );
} );
