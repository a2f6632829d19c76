// Issue 23, "Honest about data", on the real local wiki: report panels state their own period
// (item 3), and months the release has no file for are "no data", not n/p (item 1).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, snapshotContext } from './browser';

const ctx = inject( 'e2e' );

const monthName = ( m: string, lang = 'en' ): string => new Intl.DateTimeFormat( lang, { year: 'numeric', month: 'long', timeZone: 'UTC' } )
	.format( new Date( Date.UTC( Number( m.slice( 0, 4 ) ), Number( m.slice( 5 ) ) - 1, 1 ) ) );
const spanName = ( raw: string, lang = 'en' ): string => {
	const [ from, to = from ] = raw.split( '..' );
	return from === to ? monthName( from, lang ) : monthName( from, lang ) + ' – ' + monthName( to, lang );
};

/** The labels of the datasets a panel's chart draws (chart.js's own instance on the canvas). */
function chartOf( page: Page, panel: string ): Promise<{ type: string; labels: string[] }> {
	return page.evaluate( ( sel ) => {
		const canvas = document.querySelector( sel + ' canvas' ) as HTMLCanvasElement;
		const lib = ( window as unknown as { mw: { libs: { geoChartJs: { Chart: { getChart( c: HTMLCanvasElement ): { config: { type: string }; data: { datasets: { label?: string }[] } } } } } } } ).mw.libs.geoChartJs;
		const chart = lib.Chart.getChart( canvas )!;
		return { type: chart.config.type, labels: chart.data.datasets.map( ( d ) => d.label || '' ).filter( Boolean ) };
	}, panel );
}

describe.skipIf( Boolean( ctx.skip ) )( 'honest about data', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	async function open( query: string ): Promise<Page> {
		const page = await ( await browser.newContext() ).newPage();
		await page.goto( `${ ctx.indexUrl }?title=${ query }`, { waitUntil: 'load' } );
		return page;
	}

	it( 'Informes: each panel header states its own period, from its data attributes', async () => {
		const page = await open( 'Project:Geo_Editores/Informes&uselang=en' );
		try {
			const panels = [ '#geo-demo-impact', '#geo-demo-periods', '#geo-demo-group', '#geo-demo-weekly' ];
			for ( const panel of panels ) {
				await page.locator( panel + ' .geo-editors-body canvas' ).first().waitFor( { timeout: 60_000 } );
			}
			const attrs = ( panel: string, name: string ): Promise<string | null> => page.locator( panel ).getAttribute( name );
			const subtitle = async ( panel: string ): Promise<string> => ( await page.locator( panel + ' .geo-editors-subtitle' ).innerText() ).trim();
			expect( await subtitle( '#geo-demo-impact' ) ).toMatch( new RegExp( '· ' + spanName( ( await attrs( '#geo-demo-impact', 'data-campaign' ) )! ) + '$' ) );
			const periods = ( await attrs( '#geo-demo-periods', 'data-periods' ) )!.split( ',' ).map( ( p ) => spanName( p ) ).join( ', ' );
			expect( await subtitle( '#geo-demo-periods' ) ).toMatch( new RegExp( '· ' + periods + '$' ) );
			expect( await subtitle( '#geo-demo-group' ) ).toMatch( new RegExp( '· ' + monthName( ( await attrs( '#geo-demo-group', 'data-month' ) )! ) + '$' ) );
			const weekly = ( await attrs( '#geo-demo-weekly', 'data-from' ) ) + '..' + ( await attrs( '#geo-demo-weekly', 'data-to' ) );
			expect( await subtitle( '#geo-demo-weekly' ) ).toMatch( new RegExp( '· ' + spanName( weekly ) + '$' ) );
			// No header says the default year above a panel of other months.
			for ( const panel of panels ) {
				expect( await subtitle( panel ) ).not.toMatch( /January 2023 – December 2023/ );
			}
			// The periods form: each group has its own name.
			const legends = await page.locator( '#geo-demo-periods fieldset legend' ).allInnerTexts();
			expect( legends.length ).toBe( 2 );
			expect( new Set( legends ).size ).toBe( 2 );
			// The impact legend lists only the series drawn: a year earlier is not published here.
			const impact = await chartOf( page, '#geo-demo-impact' );
			expect( impact.labels ).toEqual( [ 'Jul 2023 – Sep 2023', 'Oct 2023 – Dec 2023' ] );
		} finally {
			await page.context().close();
		}
	} );

	it( 'a one-month panel says its month and draws bars, not dots on an axis', async () => {
		const page = await open( 'Project:Geo_Editores&uselang=en' );
		try {
			await page.locator( '#geo-demo-wikidata .geo-editors-body canvas' ).waitFor( { timeout: 60_000 } );
			expect( await page.getAttribute( '#geo-demo-wikidata', 'data-from' ) ).toBe( '2023-08' );
			expect( ( await page.locator( '#geo-demo-wikidata .geo-editors-subtitle' ).innerText() ).trim() ).toMatch( /· August 2023$/ );
			await page.waitForFunction( () => {
				const lib = ( window as unknown as { mw: { libs: { geoChartJs?: { Chart: { getChart( c: Element ): unknown } } } } } ).mw.libs.geoChartJs;
				const canvas = document.querySelector( '#geo-demo-wikidata canvas' );
				return !!lib && !!canvas && !!lib.Chart.getChart( canvas );
			}, null, { timeout: 30_000 } );
			expect( ( await chartOf( page, '#geo-demo-wikidata' ) ).type ).toBe( 'bar' );
			expect( await page.locator( '#geo-demo-wikidata caption' ).innerText() ).not.toMatch( /Aug 2023\s*–\s*Aug 2023/ );
		} finally {
			await page.context().close();
		}
	} );
} );

describe.skipIf( Boolean( ctx.skip ) )( 'months the release has no data for', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	const SCOPE = '.geo-editors-dashboard';

	async function dashboard( query: string ): Promise<Page> {
		const page = await ( await browser.newContext() ).newPage();
		await page.goto( `${ ctx.indexUrl }?title=Special:BlankPage/GeoEditors${ query }`, { waitUntil: 'load' } );
		await page.locator( `${ SCOPE } .geo-editors-body table tbody tr` ).first().waitFor( { timeout: 60_000 } );
		return page;
	}

	const status = ( page: Page, month: string ): Promise<string[]> => page.locator( `${ SCOPE } td[data-key="${ month }"]` ).evaluateAll( ( tds ) => tds.map( ( td ) => td.getAttribute( 'data-status' ) || 'value' ) );

	for ( const lang of [ 'en', 'es' ] ) {
		it( `a range past the sample's last file shows "no data" with its legend, not n/p or an error (${ lang })`, async () => {
			// The sample's files end in 2023-12: 2024-01 … 2024-03 have none (the fixture answers 404).
			const page = await dashboard( `&uselang=${ lang }&country=CL&project=es.wikipedia&from=2023-10&to=2024-03&view=lines` );
			try {
				await page.locator( `${ SCOPE } tr[data-key="2024-03"]` ).waitFor( { timeout: 30_000 } );
				expect( await status( page, '2024-01' ) ).toEqual( [ 'no-data', 'no-data', 'no-data', 'no-data' ] );
				expect( await status( page, '2023-12' ) ).toEqual( [ 'value', 'value', 'value', 'value' ] );
				const mark = await page.locator( `${ SCOPE } td[data-key="2024-02"] abbr` ).first().innerText();
				expect( mark ).toBe( lang === 'es' ? 'sin datos' : 'no data' );
				const notes = await page.locator( `${ SCOPE } .geo-table-notes li` ).allInnerTexts();
				expect( notes.some( ( n ) => n.startsWith( mark + ' = ' ) ) ).toBe( true );
				// Not an error to retry.
				expect( await page.locator( `${ SCOPE } .geo-editors-errors .cdx-message--error` ).count() ).toBe( 0 );
			} finally {
				await page.context().close();
			}
		} );
	}

	it( 'the default range is the latest twelve months the release has; months without Chile are "no data"', async () => {
		const page = await dashboard( '&uselang=en' );
		try {
			// The release listing (2018-01 … 2023-12 in the sample): its latest twelve.
			await page.waitForFunction( () => new URLSearchParams( location.search ).get( 'country' ) === 'CL' );
			await page.locator( `${ SCOPE } tr[data-key="2023-12"]` ).waitFor( { timeout: 30_000 } );
			const keys = await page.locator( `${ SCOPE } .geo-editors-body tbody tr` ).evaluateAll( ( trs ) => trs.map( ( tr ) => tr.getAttribute( 'data-key' ) ) );
			expect( keys[ 0 ] ).toBe( '2023-01' );
			expect( keys[ keys.length - 1 ] ).toBe( '2023-12' );
			expect( keys ).toHaveLength( 12 );
			// The sample has no Chile row before July 2023 (its synthetic months leave Chile out).
			expect( await status( page, '2023-03' ) ).toEqual( [ 'no-data', 'no-data', 'no-data', 'no-data' ] );
			expect( await status( page, '2023-08' ) ).toEqual( [ 'value', 'value', 'value', 'value' ] );
		} finally {
			await page.context().close();
		}
	} );
} );

describe.skipIf( Boolean( ctx.skip ) )( 'a conflict\'s sector does not change with the reader\'s language', () => {
	let browser: Browser;

	beforeAll( async () => {
		browser = await launchBrowser();
	} );
	afterAll( async () => {
		await browser?.close();
	} );

	/** The sector table's counts (in SECTORS order, non-zero rows) and the number guessed. */
	async function sectorStats( snapshot: boolean, lang: string ): Promise<{ counts: string[]; guessed: string }> {
		const context = snapshot ? await snapshotContext( browser ) : await browser.newContext();
		const page = await context.newPage();
		try {
			await page.goto( `${ ctx.indexUrl }?title=Special:BlankPage/GeoConflicts&uselang=${ lang }`, { waitUntil: 'load' } );
			await page.locator( '.geo-conflicts-stats .geo-conflicts-total' ).waitFor( { timeout: 60_000 } );
			const block = page.locator( '.geo-conflicts-stats .geo-conflicts-stats-block' ).nth( 1 );
			const counts = await block.locator( 'tbody tr td:last-child' ).allInnerTexts();
			const note = await block.locator( '.geo-conflicts-note' ).innerText();
			return { counts, guessed: ( /\d+/.exec( note ) || [ '' ] )[ 0 ] };
		} finally {
			await context.close();
		}
	}

	for ( const snapshot of [ false, true ] ) {
		it( `the dashboard's sector statistics are the same with uselang=en and uselang=es (${ snapshot ? 'published snapshot' : 'live query' })`, async () => {
			const en = await sectorStats( snapshot, 'en' );
			const es = await sectorStats( snapshot, 'es' );
			expect( en.counts.length ).toBeGreaterThan( 3 );
			expect( es ).toEqual( en );
			expect( Number( en.guessed ) ).toBeGreaterThan( 0 );
		} );
	}
} );
