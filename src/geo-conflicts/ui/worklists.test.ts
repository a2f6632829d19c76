import { describe, it, expect, beforeAll } from 'vitest';
import { registerEnglish, sampleSet } from './test-helpers';
import { engineSet, sampleEngine } from '../../../tests/support/engine-answers';
import { clearMemoryCache } from '../../core/cache';
import { HttpError } from '../../core/http';
import { getContext } from './context';
import { CoverageView } from './coverage';
import { renderModelling } from './modelling';
import { ScopeSwitch } from './scope';
import { DEFAULT_CONFLICT_CLASSES } from '../data/config';
import { EVENTS, ITEMS } from '../../../localwiki/sample-data/wikidata/items.mjs';
import { createEngine } from '../../../localwiki/wdqs/engine.mjs';
import { datasetTurtle } from '../../../localwiki/wdqs/turtle.mjs';

const flush = async (): Promise<void> => {
	for ( let i = 0; i < 20; i++ ) {
		await new Promise( ( r ) => {
			setTimeout( r, 0 );
		} );
	}
};

describe( 'worklists on the engine', () => {
	const queries: string[] = [];
	beforeAll( () => {
		registerEnglish();
		clearMemoryCache();
		// Every query of these views goes through the context's client: here, the real engine.
		getContext().clients.query = ( text: string ) => {
			queries.push( text );
			return Promise.resolve( sampleEngine().select( text ) );
		};
	} );

	it( 'coverage: articles to translate with a Content Translation link, missing texts, downloads', async () => {
		const view = new CoverageView( () => DEFAULT_CONFLICT_CLASSES.slice() );
		view.update( sampleSet().conflicts );
		expect( view.element.querySelector( '.geo-spinner' ) ).not.toBeNull();
		await flush();
		const belo = view.element.querySelector<HTMLElement>( '[data-group="article"] li[data-id="Q1130993"]' )!;
		expect( belo.textContent ).toContain( 'Articles in: en, pt' );
		// This wiki is eswiki (its sitelinks are the "article here"): Content Translation goes into
		// Spanish.
		const cx = new URL( belo.querySelector<HTMLAnchorElement>( 'a.geo-conflicts-cx' )!.href );
		expect( cx.pathname ).toBe( '/wiki/Special:ContentTranslation' );
		expect( [ cx.searchParams.get( 'page' ), cx.searchParams.get( 'from' ), cx.searchParams.get( 'to' ) ] ).toEqual( [ 'Belo Monte Dam', 'en', 'es' ] );
		expect( view.element.querySelector( '[data-group="article"] li[data-id="Q24034893"]' )!.textContent ).toContain( 'no Wikipedia has an article yet' );
		// An English reader: the Spanish-only Caso Celco lacks both in English.
		expect( view.element.querySelector( '[data-group="text"] li[data-id="Q5759302"]' )!.textContent ).toContain( '(no label, no description)' );
		expect( view.element.querySelector( '.geo-conflicts-coverage-csv' ) ).not.toBeNull();
		// Shown again with fewer conflicts: no second query.
		const asked = queries.length;
		view.update( sampleSet().conflicts.filter( ( c ) => c.id === 'Q1130993' ) );
		expect( queries.length ).toBe( asked );
		expect( view.element.querySelector( '[data-group="article"]' )!.getAttribute( 'data-count' ) ).toBe( '1' );
	} );

	it( 'coverage: a failed query says so with a retry, keeps nothing broken, and the retry asks afresh', async () => {
		clearMemoryCache();
		const real = getContext().clients.query;
		let fail = true;
		getContext().clients.query = ( text: string ) => fail ?
			Promise.reject( new HttpError( 'server', 'https://query.wikidata.org/sparql', 503 ) ) :
			real( text );
		const view = new CoverageView( () => DEFAULT_CONFLICT_CLASSES.slice().concat( [ 'Q7' ] ) );
		view.update( sampleSet().conflicts );
		await flush();
		const retry = view.element.querySelector<HTMLButtonElement>( '.geo-message-error[role="alert"] button' );
		expect( view.element.querySelector( '.geo-message-error .geo-message-text' )!.textContent ).not.toBe( '' );
		expect( retry ).not.toBeNull();
		fail = false;
		retry!.click();
		await flush();
		expect( view.element.querySelector( '[data-group="article"] li[data-id="Q1130993"]' ) ).not.toBeNull();
		getContext().clients.query = real;
	} );

	it( 'coverage: a scope change while the sitelinks load asks again, and the superseded answer never shows (issue 22 item 3)', async () => {
		clearMemoryCache();
		const real = getContext().clients.query;
		const held: { text: string; release(): void }[] = [];
		getContext().clients.query = ( text: string ) => new Promise( ( resolve ) => {
			held.push( { text, release: () => resolve( real( text ) ) } );
		} );
		try {
			await supersededCoverage( held );
		} finally {
			getContext().clients.query = real;
		}
	} );

	async function supersededCoverage( held: { text: string; release(): void }[] ): Promise<void> {
		let classes = DEFAULT_CONFLICT_CLASSES.slice().concat( [ 'Q3193890', 'Q220187' ] );
		const view = new CoverageView( () => classes );
		view.update( sampleSet().conflicts );
		await flush();
		expect( held ).toHaveLength( 1 );
		classes = DEFAULT_CONFLICT_CLASSES.slice();
		view.reset();
		view.update( sampleSet().conflicts );
		await flush();
		// The configured scope's sitelinks: asked for (or from the cache the first test filled).
		if ( held.length > 1 ) {
			expect( held[ 1 ].text ).not.toContain( 'Q220187' );
			held[ 1 ].release();
			await flush();
		}
		const shown = view.element.firstElementChild;
		expect( view.element.querySelector( '[data-group="article"]' ) ).not.toBeNull();
		held[ 0 ].release(); // the wider scope's answer, late
		await flush();
		expect( view.element.firstElementChild ).toBe( shown );
	}

	it( 'modelling: gaps, country lines, outside items with lines, classes with counts', async () => {
		const target = document.createElement( 'div' );
		const scope = new ScopeSwitch( 'configured', () => undefined );
		renderModelling( target, sampleSet().conflicts,
			{ classes: DEFAULT_CONFLICT_CLASSES.slice(), outside: () => scope.outside() } );
		await flush();
		expect( target.querySelector( '[data-gap="country"]' )!.getAttribute( 'data-count' ) ).toBe( '1' );
		expect( target.querySelector<HTMLTextAreaElement>( '[data-gap="country"] textarea' )!.value ).toBe( 'Q110971234\tP17\tQ298' );
		const outside = target.querySelector( '.geo-conflicts-modelling-outside' )!;
		expect( outside.getAttribute( 'data-count' ) ).toBe( String( EVENTS.length ) );
		expect( outside.querySelector( 'textarea' )!.value.split( '\n' ).sort() ).toEqual( EVENTS.map( ( e ) => e.id + '\tP31\tQ5683226' ).sort() );
		const rows = Array.from( target.querySelectorAll<HTMLElement>( '.geo-conflicts-classes tbody tr' ) );
		expect( rows.map( ( r ) => r.dataset.id ) ).toContain( 'Q131000102' );
		expect( rows.filter( ( r ) => r.dataset.id === 'Q131000100' )[ 0 ].textContent ).toContain( 'mining conflict' );
	} );

	it( 'modelling: copy boxes hold lines only for the items listed, say how many more and list them on demand (issue 22 item 2)', async () => {
		// 120 conflicts without a country (their place is in Chile) and 70 oil spills, in
		// Wikidata's RDF model, through the real engine.
		const id = ( n: number ): string => 'Q1319' + String( n ).padStart( 5, '0' );
		const extra = [];
		for ( let n = 1; n <= 120; n++ ) {
			extra.push( { id: id( n ), labels: { en: 'Conflict ' + n }, claims: { P31: [ 'Q131141356' ], P276: [ 'Q1056127' ] } } );
		}
		for ( let n = 501; n <= 570; n++ ) {
			extra.push( { id: id( n ), labels: { en: 'Spill ' + n }, claims: { P31: [ 'Q220187' ], P17: [ 'Q298' ] } } );
		}
		const engine = createEngine( { turtle: [ datasetTurtle( [ ...ITEMS, ...extra ] ) ] } );
		const conflicts = engineSet( { kind: 'all' }, { engine } ).conflicts;
		const spills = engineSet( { kind: 'all' }, { engine, classes: [ 'Q220187' ] } ).conflicts;
		expect( spills ).toHaveLength( 70 + 1 );
		const real = getContext().clients.query;
		const asked: string[] = [];
		getContext().clients.query = ( text: string ) => {
			asked.push( text );
			return Promise.resolve( engine.select( text ) );
		};
		try {
			const target = document.createElement( 'div' );
			renderModelling( target, conflicts,
				{ classes: DEFAULT_CONFLICT_CLASSES.slice(),
					outside: () => Promise.resolve( spills ) } );
			await flush();
			const group = target.querySelector( '[data-gap="country"]' )!;
			expect( group.getAttribute( 'data-count' ) ).toBe( '121' );
			const listed = (): string[] => Array.from( group.querySelectorAll<HTMLElement>( 'li[data-id]' ) ).map( ( li ) => li.dataset.id! );
			const lineItems = ( box: Element ): string[] => box.querySelector<HTMLTextAreaElement>( 'textarea' )!.value.split( '\n' ).map( ( l ) => l.split( '\t' )[ 0 ] );
			expect( listed() ).toHaveLength( 50 );
			// Only the listed items were asked about, and only they have lines.
			const suggest = asked.filter( ( q ) => q.includes( 'view=suggest-country' ) );
			expect( suggest ).toHaveLength( 1 );
			expect( ( suggest[ 0 ].match( /wd:Q\d+/g ) || [] ).length ).toBe( 50 );
			expect( lineItems( group ).every( ( i ) => listed().includes( i ) ) ).toBe( true );
			expect( lineItems( group ).length ).toBeGreaterThan( 40 );
			expect( group.querySelector( '.geo-conflicts-modelling-more' )!.textContent ).toBe(
				'71 more items are not listed here and have no QuickStatements lines: list them with the button, or narrow the filters above. Show 50 more' );
			// The next ones, on demand: list and lines grow together.
			group.querySelector<HTMLButtonElement>( 'button.geo-conflicts-modelling-show-more' )!.click();
			await flush();
			expect( listed() ).toHaveLength( 100 );
			expect( lineItems( group ).every( ( i ) => listed().includes( i ) ) ).toBe( true );
			expect( lineItems( group ).length ).toBeGreaterThan( 90 );

			const outside = target.querySelector( '.geo-conflicts-modelling-outside' )!;
			expect( outside.getAttribute( 'data-count' ) ).toBe( '71' );
			const outsideListed = Array.from( outside.querySelectorAll<HTMLElement>( 'li[data-id]' ) ).map( ( li ) => li.dataset.id! );
			expect( outsideListed ).toHaveLength( 50 );
			expect( lineItems( outside ).sort() ).toEqual( outsideListed.slice().sort() );
			expect( outside.querySelector( '.geo-conflicts-modelling-more' )!.textContent ).toContain( '21 more' );
		} finally {
			getContext().clients.query = real;
		}
	} );

	it( 'scope switch: says how many more items the original tool\'s classes bring', async () => {
		const scope = new ScopeSwitch( 'original', () => undefined );
		expect( scope.query() ).toContain( 'wd:Q3193890 wd:Q220187' );
		const wide = sampleEngine().select( scope.query() );
		const { normaliseAnswer } = await import( '../data/normalise' );
		const set = normaliseAnswer( wide, { sectorMap: {}, languages: [ 'en' ], siteId: 'eswiki', query: scope.query() } );
		scope.shown( set );
		await flush();
		const note = scope.element.querySelector<HTMLElement>( '.geo-conflicts-scope-note' )!;
		expect( note.dataset.more ).toBe( String( EVENTS.length ) );
		expect( note.textContent ).toBe( EVENTS.length + ' more items from these classes (' + set.conflicts.length + ' in all)' );
	} );
} );
