/**
 * The explorer in weeks (jsdom): the weekly form of a view, the Show by menu, monthly-only views, a
 * failed weekly file.
 */
import { describe, it, expect, vi, beforeAll, beforeEach, afterEach } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Explorer } from './explorer';
import { parseState, type ViewState } from './state';
import { registerMessages } from '../../core/messages';
import { resetEndpoints } from '../../core/config';
import { clearMemoryCache } from '../../core/cache';
import { resetSites } from '../data/sitematrix';
import { weekRows } from '../../../localwiki/sample-data/geoeditors/generate-weekly.mjs';
import { weekFile } from '../../../tests/support/weekly-test-rows';
import en from '../../../i18n/geo-editors/en.json';
import core from '../../../i18n/core/en.json';

const MONTHLY = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
let base = 0;
let failing: string[] = [];

function explorerFor( raw: Record<string, string>, changes: ViewState[] = [] ): Explorer {
	const explorer = new Explorer( parseState( Object.assign( { country: 'CL', project: 'es.wikipedia', from: '2023-07', to: '2023-09' }, raw ), 'eswiki' ),
		{ mode: 'panel', onStateChange: ( s ) => changes.push( s ) } );
	document.body.appendChild( explorer.element );
	explorer.load();
	return explorer;
}

const row = ( explorer: Explorer, key: string ): Promise<void> => vi.waitFor( () => {
	expect( explorer.element.querySelector( 'tr[data-key="' + key + '"]' ) ).not.toBeNull();
}, { timeout: 5000 } );

describe( 'Explorer by week', () => {
	beforeAll( () => {
		registerMessages(
			{ en: Object.assign( {}, core, en ) as unknown as Record<string, string> } );
		vi.spyOn( console, 'error' ).mockImplementation( () => undefined ); // jsdom has no canvas
	} );

	beforeEach( () => {
		base++;
		mw.config.set( 'geoGadgetsEndpoints', { geoeditors: 'https://data.test/m' + base + '/', geoeditorsWeekly: 'https://data.test/w' + base + '/' } );
		resetEndpoints();
		clearMemoryCache();
		resetSites();
		failing = [];
		vi.stubGlobal( 'fetch', vi.fn( async ( url: string ) => {
			const name = url.split( '/' ).pop()!;
			if ( url.startsWith( 'https://data.test/w' ) ) {
				return failing.includes( name ) ? new Response( 'down', { status: 403 } ) : new Response( weekRows( name.replace( '.tsv', '' ) ) );
			}
			const file = path.join( MONTHLY, name );
			return url.startsWith( 'https://data.test/m' ) && existsSync( file ) ? new Response( readFileSync( file, 'utf8' ) ) : new Response( 'no', { status: 404 } );
		} ) );
	} );

	afterEach( () => {
		vi.unstubAllGlobals();
		mw.config.set( 'geoGadgetsEndpoints', null );
		resetEndpoints();
		document.body.textContent = '';
	} );

	it( 'shows the weeks of a data-granularity="week" panel (± where the file states ε), and switches to months from the menu', async () => {
		const changes: ViewState[] = [];
		const explorer = explorerFor( { granularity: 'week' }, changes );
		await row( explorer, '2023-09-24' );
		const served = weekFile( '2023-09' ).rows.find( ( r ) => r.countryCode === 'CL' && r.wikiDb === 'eswiki' && r.level === '1 to 4' && r.week === '2023-09-17' )!;
		expect( explorer.element.querySelector( 'td[data-key="2023-09-17"][data-column="editors_1_4"]' )!.getAttribute( 'data-value' ) ).toBe( String( served.editors ) );
		expect( explorer.element.querySelectorAll( 'tbody tr' ) ).toHaveLength( 13 );
		// 11-column files: ± from each row's ε; the 8-column July file: none; the missing week marked.
		expect( explorer.element.querySelector( 'tr[data-key="2023-09-17"] .geo-ci' ) ).not.toBeNull();
		expect( explorer.element.querySelector( 'tr[data-key="2023-07-02"] .geo-ci' ) ).toBeNull();
		expect( explorer.element.querySelector( 'td[data-key="2023-09-24"][data-column="editors_1_4"]' )!.textContent ).toBe( 'not in the release' );
		expect( explorer.exports()!.csv ).toContain( 'ci95' );
		expect( JSON.parse( explorer.exports()!.json ) ).toMatchObject( { granularity: 'week', weeksNotInRelease: [ '2023-09-24' ] } );
		const menu = explorer.element.querySelector<HTMLSelectElement>( 'select[aria-label="Show by:"]' )!;
		expect( menu.value ).toBe( 'week' );
		menu.value = 'month';
		menu.dispatchEvent( new Event( 'change' ) );
		await row( explorer, '2023-09' );
		expect( explorer.element.querySelector( 'td[data-key="2023-08"][data-column="editors_1_4"]' )!.textContent ).toMatch( /5,217\s*±/ );
		expect( changes[ changes.length - 1 ].granularity ).toBe( 'month' );
	} );

	it( 'says why a view without a weekly form stays monthly', async () => {
		const explorer = explorerFor( { granularity: 'week', view: 'totals' } );
		await row( explorer, 'editors_1_4' );
		expect( explorer.element.querySelector( '.geo-editors-controls' )!.textContent ).toContain( '“Range summary” is shown by month only' );
		expect( explorer.element.querySelector( 'select[aria-label="Show by:"]' ) ).toBeNull();
	} );

	it( 'shows a failed weekly file as an error with Retry, and the weeks once it works', async () => {
		failing = [ '2023-08.tsv' ];
		const explorer = explorerFor( { granularity: 'week' } );
		await row( explorer, '2023-09-24' );
		const box = explorer.element.querySelector( '.geo-editors-weekly-error' )!;
		expect( box.textContent ).toContain( 'The weekly data of this month could not be loaded: August 2023' );
		expect( explorer.element.querySelector( 'tr[data-key="2023-08-13"]' ) ).toBeNull();
		failing = [];
		box.querySelector( 'button' )!.click();
		await row( explorer, '2023-08-13' );
		expect( explorer.element.querySelector( '.geo-editors-weekly-error' ) ).toBeNull();
	} );
} );
