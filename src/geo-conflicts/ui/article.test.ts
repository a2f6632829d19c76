import { describe, it, expect, beforeAll, beforeEach, vi } from 'vitest';
import { registerEnglish, sampleSet } from './test-helpers';
import type { PageItem } from '../data/entities';

const findPageItem = vi.fn();
const loadConflicts = vi.fn();
const runQuery = vi.fn();
const setConflicts = vi.fn();
vi.mock( '../data/entities', async ( original ) => Object.assign( {}, await original(), { findPageItem: ( ...a: unknown[] ) => findPageItem( ...a ) } ) );
vi.mock( '../data/wdqs', async ( original ) => Object.assign( {}, await original(), {
	loadConflicts: ( ...a: unknown[] ) => loadConflicts( ...a ),
	runQuery: ( ...a: unknown[] ) => runQuery( ...a ),
} ) );
vi.mock( '../map/index', () => ( {
	createConflictMap: ( container: HTMLElement ) => {
		const element = document.createElement( 'div' );
		container.appendChild( element );
		return Promise.resolve( { element, setConflicts, focus: vi.fn(), destroy: vi.fn() } );
	},
	addConflictOverlay: vi.fn( () => ( { remove: vi.fn() } ) ),
} ) );

const { mountArticle, isPlace } = await import( './article' );
const { loadWithFeedback } = await import( './context' );
const { cacheDelete, clearMemoryCache } = await import( '../../core/cache' );
const { overlayMaps } = await import( './overlay' );
const { addConflictOverlay } = await import( '../map/index' );

const all = sampleSet();
const place = sampleSet( { kind: 'place', place: 'Q2120' } );
const item = ( over: Partial<PageItem> ): PageItem => Object.assign( { id: 'Q1', label: 'X', classes: [], hasCoordinates: false, adminUnits: [], countries: [] }, over );
const flush = (): Promise<unknown> => new Promise( ( r ) => {
	setTimeout( r, 0 );
} );

function article(): HTMLElement {
	const content = document.createElement( 'div' );
	const output = document.createElement( 'div' );
	output.className = 'mw-parser-output';
	output.appendChild( document.createElement( 'p' ) );
	content.appendChild( output );
	document.body.appendChild( content );
	return content;
}

describe( 'mountArticle', () => {
	beforeAll( () => {
		registerEnglish();
		mw.config.set( 'wgPageName', 'Pascua_Lama' );
	} );
	beforeEach( () => {
		findPageItem.mockReset();
		loadConflicts.mockReset();
		setConflicts.mockReset();
		document.body.textContent = '';
	} );

	it( 'does nothing more than the page lookup for pages without an item or of other kinds', async () => {
		findPageItem.mockResolvedValueOnce( null );
		const a = article();
		await mountArticle( a );
		expect( findPageItem.mock.calls[ 0 ][ 0 ] ).toEqual( { itemId: null, siteId: 'eswiki', title: 'Pascua Lama' } );
		findPageItem.mockResolvedValueOnce( item( { classes: [ 'Q5' ], hasCoordinates: true } ) );
		const b = article();
		await mountArticle( b );
		expect( loadConflicts ).not.toHaveBeenCalled();
		expect( b.dataset.geoConflictsArticle ).toBe( 'none' );
		expect( b.querySelector( '.geo-conflicts-card, .geo-conflicts-place' ) ).toBeNull();
	} );

	it( 'shows a card on a conflict article, once', async () => {
		findPageItem.mockResolvedValue( item( { id: 'Q2365301', classes: [ 'Q131141356' ], hasCoordinates: true } ) );
		loadConflicts.mockResolvedValue( Object.assign( sampleSet( { kind: 'item', item: 'Q2365301' } ), { fromCache: false } ) );
		const a = article();
		await mountArticle( a );
		await mountArticle( a );
		await flush();
		expect( loadConflicts ).toHaveBeenCalledTimes( 1 );
		expect( loadConflicts.mock.calls[ 0 ][ 0 ] ).toContain( 'VALUES ?item { wd:Q2365301 }' );
		const card = a.querySelectorAll( '.mw-parser-output > .geo-conflicts-card' );
		expect( card ).toHaveLength( 1 );
		expect( card[ 0 ].querySelector( '.geo-conflicts-card-label' )!.textContent ).toBe( 'Pascua Lama' );
		expect( a.querySelector( '.mw-parser-output' )!.firstElementChild ).toBe( card[ 0 ] );
		await flush();
		expect( setConflicts.mock.calls[ 0 ][ 0 ] ).toEqual( [ { id: 'Q2365301', label: 'Pascua Lama', lat: -29.3167, lon: -70.0167, approximate: false, sector: 'mining' } ] );
	} );

	it( 'removes the card when the query does not confirm the class', async () => {
		findPageItem.mockResolvedValue( item( { id: 'Q9', classes: [ 'Q131141356' ] } ) );
		loadConflicts.mockResolvedValue( Object.assign( sampleSet( { kind: 'item', item: 'Q298' } ), { fromCache: false } ) );
		const a = article();
		await mountArticle( a );
		await flush();
		expect( a.querySelector( '.geo-conflicts-card' ) ).toBeNull();
	} );

	it( 'adds a collapsed place section with the conflicts located there', async () => {
		findPageItem.mockResolvedValue( item( { id: 'Q2120', label: 'Atacama Region', classes: [ 'Q590080' ], hasCoordinates: true, countries: [ 'Q298' ] } ) );
		loadConflicts.mockResolvedValue( Object.assign( place, { fromCache: false } ) );
		const a = article();
		await mountArticle( a );
		await flush();
		expect( loadConflicts.mock.calls[ 0 ][ 0 ] ).toContain( '"http://www.wikidata.org/entity/Q2120"' );
		expect( loadConflicts.mock.calls[ 0 ][ 1 ].cacheEmpty ).toBe( true );
		const section = a.querySelector<HTMLDetailsElement>( '.geo-conflicts-place' )!;
		expect( section.hidden ).toBe( false );
		expect( section.open ).toBe( false );
		expect( section.querySelector( 'summary' )!.textContent ).toBe( 'Environmental conflicts in Atacama Region (2 conflicts)' );
		expect( Array.from( section.querySelectorAll( '.geo-conflicts-compact-item' ) ).map( ( li ) => li.getAttribute( 'data-id' ) ).sort() ).toEqual( [ 'Q2365301', 'Q5759245' ] );
		// The map is made when the section opens (a closed <details> has no size).
		expect( setConflicts ).not.toHaveBeenCalled();
		section.open = true;
		section.dispatchEvent( new Event( 'toggle' ) );
		await flush();
		expect( setConflicts.mock.calls[ 0 ][ 0 ] ).toHaveLength( 2 );
	} );

	it( 'leaves no trace on a place without conflicts', async () => {
		findPageItem.mockResolvedValue( item( { id: 'Q77', hasCoordinates: true } ) );
		loadConflicts.mockResolvedValue( Object.assign( sampleSet( { kind: 'item', item: 'Q298' } ), { fromCache: false } ) );
		const a = article();
		await mountArticle( a );
		await flush();
		expect( a.querySelector( '.geo-conflicts-place' ) ).toBeNull();
	} );

	it( 'a listed conflict that is also typed as a region does not make region articles conflicts (issue 14)', async () => {
		// The dashboard lists a conflict whose direct classes include "region of Chile" (Q590080).
		const poisoned = sampleSet( { kind: 'item', item: 'Q2365301' } );
		poisoned.conflicts[ 0 ].classes = [ 'Q131141356', 'Q590080' ];
		loadConflicts.mockResolvedValueOnce( Object.assign( poisoned, { fromCache: false } ) );
		loadWithFeedback( { kind: 'all' }, { status: document.createElement( 'div' ), onLoaded: () => undefined } );
		await flush();
		await flush();
		// The subclass closure of the configured classes (one cached query) does not contain
		// Q590080.
		runQuery.mockResolvedValue( { head: { vars: [ 'class' ] }, results: { bindings: [ { class: { type: 'uri', value: 'http://www.wikidata.org/entity/Q131141356' } } ] } } );
		findPageItem.mockResolvedValue( item( { id: 'Q2120', label: 'Atacama Region', classes: [ 'Q590080' ], hasCoordinates: true, countries: [ 'Q298' ] } ) );
		loadConflicts.mockResolvedValue( Object.assign( place, { fromCache: false } ) );
		const a = article();
		await mountArticle( a );
		await flush();
		expect( a.dataset.geoConflictsArticle ).toBe( 'place' );
		expect( a.querySelector( '.geo-conflicts-card' ) ).toBeNull();
		expect( a.querySelector( '.geo-conflicts-place' ) ).not.toBeNull();
	} );

	it( 'a subclass of a configured class (from the cached closure) gets a card (issue 14)', async () => {
		await cacheDelete( 'geo-conflicts:classes:Q5683226,Q183129,Q131141356,Q18353204' );
		clearMemoryCache();
		runQuery.mockReset();
		runQuery.mockResolvedValue( { head: { vars: [ 'class' ] }, results: { bindings: [
			{ class: { type: 'uri', value: 'http://www.wikidata.org/entity/Q131141356' } },
			{ class: { type: 'uri', value: 'http://www.wikidata.org/entity/Q7777' } },
			{ class: { type: 'literal', value: 'Q590080' } },
		] } } );
		findPageItem.mockResolvedValue( item( { id: 'Q2365301', classes: [ 'Q7777' ], hasCoordinates: true } ) );
		loadConflicts.mockResolvedValue( Object.assign( sampleSet( { kind: 'item', item: 'Q2365301' } ), { fromCache: false } ) );
		const a = article();
		await mountArticle( a );
		await flush();
		expect( runQuery.mock.calls[ 0 ][ 0 ] ).toContain( 'wdt:P279*' );
		expect( a.dataset.geoConflictsArticle ).toBe( 'conflict' );
		// The closure is cached: a second article asks no second time.
		findPageItem.mockResolvedValue( item( { id: 'Q2120', classes: [ 'Q590080' ], hasCoordinates: true } ) );
		const b = article();
		await mountArticle( b );
		expect( runQuery ).toHaveBeenCalledTimes( 1 );
		expect( b.dataset.geoConflictsArticle ).toBe( 'place' );
	} );

	it( 'tells places apart', () => {
		expect( isPlace( item( { hasCoordinates: true } ) ) ).toBe( true );
		expect( isPlace( item( { adminUnits: [ 'Q2120' ] } ) ) ).toBe( true );
		expect( isPlace( item( { classes: [ 'Q6256' ] } ) ) ).toBe( true );
		expect( isPlace( item( { countries: [ 'Q298' ] } ) ) ).toBe( false );
		expect( isPlace( item( { classes: [ 'Q5' ], hasCoordinates: true } ) ) ).toBe( false );
	} );
} );

describe( 'overlayMaps', () => {
	it( 'adds one layer per map, for an array or a single map, once each', async () => {
		loadConflicts.mockResolvedValue( Object.assign( all, { fromCache: true } ) );
		const a = {}, b = {};
		await overlayMaps( [ a, b ] );
		await overlayMaps( b );
		await overlayMaps( null );
		expect( addConflictOverlay ).toHaveBeenCalledTimes( 2 );
		expect( vi.mocked( addConflictOverlay ).mock.calls[ 0 ][ 1 ] ).toHaveLength( 17 );
		const c = {};
		await overlayMaps( c );
		expect( vi.mocked( addConflictOverlay ).mock.calls[ 2 ][ 0 ] ).toBe( c );
	} );
} );
