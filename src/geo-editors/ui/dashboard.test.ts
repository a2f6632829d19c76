import { describe, it, expect, vi, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mountDashboardIn } from './dashboard';
import { registerMessages } from '../../core/messages';
import { resetEndpoints } from '../../core/config';
import en from '../../../i18n/geo-editors/en.json';
import core from '../../../i18n/core/en.json';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );

describe( 'dashboard', () => {
	beforeAll( () => {
		registerMessages(
			{ en: Object.assign( {}, core, en ) as unknown as Record<string, string> } );
		vi.spyOn( console, 'error' ).mockImplementation( () => undefined );
		mw.config.set( 'geoGadgetsEndpoints', { geoeditors: 'https://dash.test/monthly/' } );
		resetEndpoints();
		vi.stubGlobal( 'fetch', vi.fn( async ( url: string ) => {
			if ( url === 'https://dash.test/monthly/' ) {
				return new Response( [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ].map( ( m ) => '<a href="' + m + '.tsv">' + m + '.tsv</a>' ).join( '\n' ) );
			}
			return new Response( readFileSync( path.join( SAMPLE_DIR, url.split( '/' ).pop()! ), 'utf8' ) );
		} ) );
	} );

	afterAll( () => {
		vi.unstubAllGlobals();
		mw.config.set( 'geoGadgetsEndpoints', null );
		resetEndpoints();
	} );

	it( 'restores the view from the URL, writes changes back and keeps other parameters', async () => {
		history.replaceState( null, '', '/wiki/Special:BlankPage/GeoEditors?uselang=en&country=CL&project=eswiki&view=totals&levels=100%2B' );
		const heading = document.createElement( 'h1' );
		heading.id = 'firstHeading';
		const container = document.createElement( 'div' );
		document.body.append( heading, container );
		const explorer = mountDashboardIn( container, 'eswiki' );
		// No range in the URL: the latest 12 published months (all six here), drawn as they arrive.
		await vi.waitFor( () => {
			expect( container.querySelector( 'td[data-key="editors_100"][data-column="months_published"]' )!.getAttribute( 'data-value' ) ).toBe( '6' );
		}, { timeout: 5000 } );
		expect( heading.textContent ).toBe( 'Editors by country' );
		expect( container.querySelector( '[role=tab][aria-selected=true]' )!.getAttribute( 'data-view' ) ).toBe( 'totals' );
		await vi.waitFor( () => {
			expect( container.querySelector<HTMLSelectElement>( '.geo-editors-range select' )!.value ).toBe( '2023-07' );
		} );
		( container.querySelector( '[data-view=heatmap]' ) as HTMLButtonElement ).click();
		const params = new URLSearchParams( location.search );
		expect( params.get( 'view' ) ).toBe( 'heatmap' );
		expect( params.get( 'uselang' ) ).toBe( 'en' );
		expect( params.get( 'levels' ) ).toBe( '100+' );
		expect( explorer.getState().view ).toBe( 'heatmap' );
	} );
} );
