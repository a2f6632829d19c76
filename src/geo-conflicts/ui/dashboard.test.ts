import { describe, it, expect, beforeAll, vi } from 'vitest';
import { registerEnglish, sampleSet } from './test-helpers';
import { HttpError } from '../../core/http';
import { engineSet } from '../../../tests/support/engine-answers';
import { scopeClasses } from '../data/scope';
import { DEFAULT_CONFLICT_CLASSES } from '../data/config';

const loadConflicts = vi.fn();
const setConflicts = vi.fn();
vi.mock( '../data/wdqs', async ( original ) => Object.assign( {}, await original(), { loadConflicts: ( ...a: unknown[] ) => loadConflicts( ...a ) } ) );
vi.mock( '../map/index', () => ( {
	createConflictMap: ( container: HTMLElement ) => {
		const element = document.createElement( 'div' );
		container.appendChild( element );
		return Promise.resolve( { element, setConflicts, focus: vi.fn(), destroy: vi.fn() } );
	},
} ) );

const { mountDashboard } = await import( './dashboard' );
const { SEARCH_DELAY_MS } = await import( './filters' );
const flush = (): Promise<unknown> => new Promise( ( r ) => {
	setTimeout( r, 0 );
} );
const items = ( root: HTMLElement ): NodeListOf<Element> => root.querySelectorAll( '.geo-conflicts-list-item' );

describe( 'dashboard', () => {
	beforeAll( () => {
		registerEnglish();
		vi.spyOn( console, 'error' ).mockImplementation( () => undefined ); // chart.js without a canvas context
	} );

	it( 'shows the countdown, then the conflicts; filters update list, map and URL; failures keep what is shown', async () => {
		history.replaceState( null, '', '/wiki/Special:BlankPage/GeoConflicts?country=Q414' );
		let release: ( v: unknown ) => void = () => undefined;
		loadConflicts.mockImplementationOnce( ( _q: string,
			options: { onWait( s: number ): void } ) => {
			options.onWait( 3 );
			return new Promise( ( resolve ) => {
				release = resolve;
			} );
		} );
		const root = document.createElement( 'div' );
		document.body.appendChild( root );
		mountDashboard( root );
		mountDashboard( root );
		expect( root.querySelectorAll( '.geo-conflicts-dashboard' ) ).toHaveLength( 1 );
		// The page's conflicts source is chosen first (no snapshot on this wiki: live).
		await flush();
		const countdown = root.querySelector( '.geo-conflicts-countdown' )!;
		expect( countdown.textContent ).toBe( 'The Wikidata Query Service asked us to wait. Trying again in 3 seconds…' );

		release( Object.assign( sampleSet(), { fromCache: false } ) );
		await flush();
		await flush();
		expect( root.querySelector( '.geo-conflicts-countdown' ) ).toBeNull();
		// country=Q414 from the URL: Pascua Lama and the pulp mill conflict.
		expect( items( root ) ).toHaveLength( 2 );
		expect( setConflicts.mock.calls[ setConflicts.mock.calls.length - 1 ][ 0 ] )
			.toHaveLength( 2 );

		const countries = root.querySelector<HTMLSelectElement>( '.geo-conflicts-filter-countries' )!;
		for ( const o of Array.from( countries.options ) ) {
			o.selected = o.value === 'Q298';
		}
		countries.dispatchEvent( new Event( 'change' ) );
		expect( items( root ) ).toHaveLength( 14 );
		expect( new URLSearchParams( location.search ).get( 'country' ) ).toBe( 'Q298' );
		const status = root.querySelector<HTMLSelectElement>( '.geo-conflicts-filter-status' )!;
		status.value = 'ended';
		status.dispatchEvent( new Event( 'change' ) );
		expect( items( root ) ).toHaveLength( 4 );
		expect( location.search ).toContain( 'status=ended' );

		// Select one: details and URL.
		root.querySelector<HTMLButtonElement>( '.geo-conflicts-list-item[data-id="Q5764613"] button' )!.click();
		expect( root.querySelector( '.geo-conflicts-details-title' )!.textContent ).toBe( 'HidroAysén' );
		expect( new URLSearchParams( location.search ).get( 'item' ) ).toBe( 'Q5764613' );

		// A failed reload shows an error with a retry, and the list stays.
		loadConflicts.mockRejectedValueOnce( new HttpError( 'server', 'https://query.wikidata.org/sparql', 503 ) );
		root.querySelector<HTMLButtonElement>( '.geo-conflicts-reload' )!.click();
		await flush();
		const error = root.querySelector( '.geo-conflicts-status-area [role=alert]' )!;
		expect( error.textContent ).toContain( 'HTTP 503' );
		expect( items( root ) ).toHaveLength( 4 );
		expect( loadConflicts.mock.calls[ 1 ][ 1 ].fresh ).toBe( true );
		loadConflicts.mockResolvedValueOnce( Object.assign( sampleSet(), { fromCache: false } ) );
		error.querySelector( 'button' )!.click();
		await flush();
		await flush();
		expect( root.querySelector( '.geo-conflicts-status-area [role=alert]' ) ).toBeNull();
		expect( items( root ) ).toHaveLength( 4 );
		// Quality view (built when opened) and statistics follow the filters.
		expect( root.querySelector( '.geo-conflicts-stats .geo-conflicts-total' )!.getAttribute( 'data-total' ) ).toBe( '4' );
		const quality = root.querySelector<HTMLDetailsElement>( 'details.geo-conflicts-quality' )!;
		quality.open = true;
		quality.dispatchEvent( new Event( 'toggle' ) );
		expect( root.querySelector( '.geo-conflicts-quality-group[data-issue="coordinates"]' )!.getAttribute( 'data-count' ) ).toBe( '1' );

		// Issue 14: the name search filters once typing pauses, not on every keystroke; selecting
		// keeps the list.
		const q = root.querySelector<HTMLInputElement>( '.geo-conflicts-filter-q' )!;
		const listBefore = root.querySelector( '.geo-conflicts-list-items' )!.firstElementChild;
		q.value = 'hidro';
		q.dispatchEvent( new Event( 'input' ) );
		expect( items( root ) ).toHaveLength( 4 );
		expect( root.querySelector<HTMLElement>( '.geo-conflicts-dashboard' )!.dataset.pending ).toBe( 'true' );
		await new Promise( ( r ) => {
			setTimeout( r, SEARCH_DELAY_MS + 50 );
		} );
		expect( items( root ) ).toHaveLength( 1 );
		expect( new URLSearchParams( location.search ).get( 'q' ) ).toBe( 'hidro' );
		expect( listBefore!.isConnected ).toBe( false );
		const only = root.querySelector( '.geo-conflicts-list-item' )!;
		only.querySelector<HTMLButtonElement>( 'button' )!.click();
		expect( root.querySelector( '.geo-conflicts-list-item' ) ).toBe( only );
		expect( only.classList.contains( 'geo-conflicts-list-item--selected' ) ).toBe( true );
	} );

	it( 'ignores the answer of a superseded load: wider scope on then off, the wide answer last (issue 22 item 3)', async () => {
		history.replaceState( null, '', '/wiki/Special:BlankPage/GeoConflicts' );
		loadConflicts.mockReset();
		const pending: { query: string; resolve( v: unknown ): void }[] = [];
		loadConflicts.mockImplementation( ( query: string ) => new Promise( ( resolve ) => {
			pending.push( { query, resolve } );
		} ) );
		const root = document.createElement( 'div' );
		document.body.appendChild( root );
		mountDashboard( root );
		await flush(); // the page's source is chosen first (snapshot or live)
		pending[ 0 ].resolve( Object.assign( sampleSet(), { fromCache: false } ) );
		await flush();
		const narrow = items( root ).length;
		const box = root.querySelector<HTMLInputElement>( '.geo-conflicts-scope-original' )!;
		box.checked = true;
		box.dispatchEvent( new Event( 'change' ) );
		box.checked = false;
		box.dispatchEvent( new Event( 'change' ) );
		await flush();
		expect( pending ).toHaveLength( 3 );
		expect( pending[ 1 ].query ).toContain( 'Q220187' );
		// The narrow answer first, then the slow wide one.
		pending[ 2 ].resolve( Object.assign( sampleSet(), { fromCache: false } ) );
		await flush();
		const wide = engineSet( { kind: 'all' }, { classes: scopeClasses( DEFAULT_CONFLICT_CLASSES.slice(), 'original' ) } );
		expect( wide.conflicts.length ).toBeGreaterThan( narrow );
		pending[ 1 ].resolve( Object.assign( wide, { fromCache: false } ) );
		await flush();
		await flush();
		expect( items( root ) ).toHaveLength( narrow );
		expect( root.querySelector( '.geo-conflicts-scope-note' )!.textContent ).toBe( '' );
		expect( location.search ).not.toContain( 'scope=' );
		// A failure of the superseded load does not show either.
		box.checked = true;
		box.dispatchEvent( new Event( 'change' ) );
		box.checked = false;
		box.dispatchEvent( new Event( 'change' ) );
		await flush();
		pending[ 4 ].resolve( Object.assign( sampleSet(), { fromCache: false } ) );
		await flush();
		( pending[ 3 ].resolve as ( v: unknown ) => void )( Promise.reject( new HttpError( 'server', 'https://query.wikidata.org/sparql', 503 ) ) );
		await flush();
		await flush();
		expect( root.querySelector( '.geo-conflicts-status-area [role=alert]' ) ).toBeNull();
		expect( items( root ) ).toHaveLength( narrow );
		root.remove();
		loadConflicts.mockReset();
	} );

	it( 'on another dashboard\'s page, keeps its state to itself and leaves that dashboard\'s URL alone (issue 14)', async () => {
		mw.config.set( { wgCanonicalSpecialPageName: 'Blankpage', wgTitle: 'BlankPage/GeoEditors' } );
		try {
			history.replaceState( null, '', '/wiki/Special:BlankPage/GeoEditors?country=CL&project=eswiki&from=2023-07' );
			loadConflicts.mockResolvedValue( Object.assign( sampleSet(), { fromCache: false } ) );
			const root = document.createElement( 'div' );
			document.body.appendChild( root );
			mountDashboard( root );
			await flush();
			( root.querySelector( '.geo-conflicts-filter-reset' ) as HTMLButtonElement ).click();
			( root.querySelector( '.geo-conflicts-list-button' ) as HTMLButtonElement ).click();
			expect( location.search ).toBe( '?country=CL&project=eswiki&from=2023-07' );
			expect( root.querySelector( '.geo-conflicts-details-title' ) ).not.toBeNull();
			root.remove();
		} finally {
			mw.config.set( { wgCanonicalSpecialPageName: false, wgTitle: '' } );
		}
	} );
} );
