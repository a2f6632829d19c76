import { describe, it, expect, beforeAll, beforeEach, afterEach, vi } from 'vitest';
import type * as Leaflet from 'leaflet';
import { createConflictMap, addConflictOverlay } from './index';
import { loadBundledLeaflet, type LeafletNS } from '../../core/leaflet';
import { ConflictLayer } from './layer';
import { resetEndpoints } from '../../core/config';
import { registerMapMessages, fakeLayoutAndCanvas, sampleConflicts, HOSTILE_LABEL, fakeKartographerMap } from './test-helpers';
import { PALETTES } from './palette';

const TILES = 'http://127.0.0.1:9/maps.wikimedia.org/osm-intl/{z}/{x}/{y}.png';
let L: LeafletNS;
let setGlobalL = true;
let undo: () => void;
let container: HTMLElement;

beforeAll( async () => {
	registerMapMessages();
	L = await loadBundledLeaflet();
	setGlobalL = 'L' in window;
} );

beforeEach( () => {
	undo = fakeLayoutAndCanvas();
	mw.config.set( 'geoGadgetsEndpoints', { tiles: TILES } );
	resetEndpoints();
	container = document.createElement( 'div' );
	document.body.appendChild( container );
} );

afterEach( () => {
	undo();
	vi.restoreAllMocks();
	container.remove();
	delete ( window as unknown as { L?: unknown } ).L;
	mw.config.set( 'geoGadgetsEndpoints', null );
	resetEndpoints();
} );

describe( 'createConflictMap without Kartographer (bundled Leaflet)', () => {
	it( 'loads a Leaflet that leaves the global L alone (Kartographer\'s, where there is one)', () => {
		expect( typeof L.circleMarker ).toBe( 'function' );
		expect( setGlobalL ).toBe( false );
	} );

	it( 'makes a focusable, labelled map container that follows Kartographer conventions', async () => {
		const map = await createConflictMap( container, {} );
		expect( map.element.parentNode ).toBe( container );
		expect( map.element.classList.contains( 'notheme' ) ).toBe( true );
		expect( map.element.classList.contains( 'geo-conflicts-map--bundled' ) ).toBe( true );
		expect( map.element.dataset.backend ).toBe( 'leaflet' );
		expect( map.element.tabIndex ).toBe( 0 );
		expect( map.element.getAttribute( 'aria-label' ) ).toMatch( /Map of environmental conflicts/ );
		map.destroy();
		expect( container.children.length ).toBe( 0 );
	} );

	it( 'loads tiles only from the configured tile server, marked skin-invert (the skins invert it at night)', async () => {
		const map = await createConflictMap( container, {} );
		const tiles = Array.from( map.element.querySelectorAll<HTMLImageElement>( 'img.leaflet-tile' ) );
		expect( tiles.length ).toBeGreaterThan( 0 );
		for ( const tile of tiles ) {
			expect( tile.src.startsWith( 'http://127.0.0.1:9/maps.wikimedia.org/osm-intl/' ) ).toBe( true );
		}
		expect( map.element.querySelector( '.leaflet-layer.skin-invert' ) ).not.toBeNull();
		expect( map.element.querySelector( '.geo-conflicts-map-attribution' )!.textContent ).toContain( 'OpenStreetMap' );
		map.destroy();
	} );

	it( 'draws one marker per drawable item, counts them and shows the legend', async () => {
		const map = await createConflictMap( container, {} );
		map.setConflicts( sampleConflicts() );
		expect( map.element.dataset.markerCount ).toBe( '3' );
		expect( map.element.getAttribute( 'aria-label' ) ).toContain( '3 conflicts' );
		const sectors = Array.from( map.element.querySelectorAll<HTMLElement>( '.geo-conflicts-map-legend li[data-sector]' ) ).map( ( li ) => li.dataset.sector );
		// In the fixed sector order, whatever the order of the data.
		expect( sectors ).toEqual( [ 'mining', 'energy', 'water' ] );
		// All markers share one canvas.
		expect( map.element.querySelectorAll( '.leaflet-overlay-pane canvas' ).length ).toBe( 1 );
		map.setConflicts( [] );
		expect( map.element.dataset.markerCount ).toBe( '0' );
		map.destroy();
	} );

	it( 'focus() opens the popup, where a hostile label is literal text', async () => {
		const map = await createConflictMap( container, {} );
		map.setConflicts( sampleConflicts() );
		map.focus( 'Q2' );
		const popup = map.element.querySelector( '.leaflet-popup .geo-conflicts-map-popup' );
		expect( popup ).not.toBeNull();
		expect( popup!.querySelector( 'img' ) ).toBeNull();
		expect( popup!.querySelector( '.geo-conflicts-map-popup-label' )!.textContent ).toBe( HOSTILE_LABEL );
		map.focus( 'Q999' ); // unknown: ignored
		map.destroy();
	} );

	it( 'shows an approximate-only location at a region\'s scale, an exact one closer', async () => {
		const tileZoom = ( m: { element: HTMLElement } ): number => Math.max( ...Array.from(
			m.element.querySelectorAll<HTMLImageElement>( 'img.leaflet-tile' ),
			( img ) => Number( /osm-intl\/(\d+)\//.exec( img.src )![ 1 ] ) ) );
		const [ exact, approximate ] = sampleConflicts();
		const map = await createConflictMap( container, { mini: true } );
		map.setConflicts( [ approximate ] );
		expect( tileZoom( map ) ).toBeLessThanOrEqual( 6 );
		map.setConflicts( [ exact ] );
		expect( tileZoom( map ) ).toBe( 9 );
		map.destroy();
	} );

	it( 'puts the legend top-right, away from the attribution along the bottom, on mini and large maps', async () => {
		for ( const mini of [ true, false ] ) {
			const map = await createConflictMap( container, { mini } );
			expect( map.element.querySelector( '.leaflet-top.leaflet-right .geo-conflicts-map-legend' ) ).not.toBeNull();
			expect( map.element.querySelector( '.leaflet-bottom .geo-conflicts-map-legend' ) ).toBeNull();
			map.destroy();
		}
	} );

	it( 'mirrors the zoom buttons, legend and attribution for a right-to-left reader', async () => {
		document.documentElement.dir = 'rtl';
		try {
			const map = await createConflictMap( container, {} );
			expect( map.element.querySelector( '.leaflet-top.leaflet-right .leaflet-control-zoom' ) ).not.toBeNull();
			expect( map.element.querySelector( '.leaflet-top.leaflet-left .geo-conflicts-map-legend' ) ).not.toBeNull();
			expect( map.element.querySelector( '.leaflet-bottom.leaflet-left .geo-conflicts-map-attribution' ) ).not.toBeNull();
			// Tiles and markers stay left to right, as Kartographer's.
			expect( map.element.getAttribute( 'dir' ) ).toBe( 'ltr' );
			map.destroy();
		} finally {
			document.documentElement.dir = '';
		}
		const ltr = await createConflictMap( container, {} );
		expect( ltr.element.querySelector( '.leaflet-top.leaflet-left .leaflet-control-zoom' ) ).not.toBeNull();
		ltr.destroy();
	} );

	it( 'collapses the legend on mini maps', async () => {
		const map = await createConflictMap( container, { mini: true } );
		expect( map.element.classList.contains( 'geo-conflicts-map--mini' ) ).toBe( true );
		expect( map.element.querySelector<HTMLDetailsElement>( '.geo-conflicts-map-legend' )!.open ).toBe( false );
		map.destroy();
	} );
} );

describe( 'ConflictLayer', () => {
	it( 'opens the clicked marker\'s popup, built from its own conflict', () => {
		const el = document.createElement( 'div' );
		container.appendChild( el );
		const map = L.map( el, { center: [ -30, -70 ], zoom: 4 } );
		// Every marker on its own (grouping is tested below).
		const layer = new ConflictLayer( L, { theme: 'day', cluster: false } );
		layer.setConflicts( sampleConflicts() );
		layer.group.addTo( map );
		const marker = layer.get( 'Q2' )!.marker;
		marker.fire( 'click', { latlng: marker.getLatLng() }, true );
		const label = el.querySelector( '.leaflet-popup .geo-conflicts-map-popup-label' );
		expect( label!.textContent ).toBe( HOSTILE_LABEL );
		expect( el.querySelector( '.leaflet-popup img' ) ).toBeNull();
		map.closePopup();
		map.removeLayer( layer.group );
	} );

	it( 'calls onSelect with the QID of a clicked marker and restyles for night mode', () => {
		const selected: string[] = [];
		const layer = new ConflictLayer( L, { theme: 'day', cluster: false, onSelect: ( id ) => selected.push( id ) } );
		expect( layer.setConflicts( sampleConflicts() ) ).toBe( 3 );
		layer.get( 'Q3' )!.marker.fire( 'click', { latlng: L.latLng( -32.74, -71.49 ) }, true ); // as from the map: propagates to the group
		expect( selected ).toEqual( [ 'Q3' ] );
		layer.setTheme( 'night' );
		expect( layer.get( 'Q2' )!.marker.options.color ).toBe( '#269dff' );
		expect( layer.get( 'Q2' )!.marker.options.dashArray ).toBeTruthy();
		expect( layer.bounds()!.contains( L.latLng( -30, -70.5 ) ) ).toBe( true );
		expect( layer.get( 'Q4' ) ).toBeNull();
	} );
} );

function fakeKartographer( map: () => Leaflet.Map ): { map: ReturnType<typeof vi.fn> } {
	const box = { map: vi.fn( ( options: KartographerMapOptions ) => Object.assign( map(),
		{ options2: options } ) ) };
	vi.spyOn( mw.loader, 'getState' ).mockReturnValue( 'registered' );
	vi.spyOn( mw.loader, 'using' ).mockImplementation( ( () => Promise.resolve( ( name: string ) => name === 'ext.kartographer.box' ? box : null ) ) as never );
	( window as unknown as { L: LeafletNS } ).L = L;
	return box;
}

describe( 'createConflictMap with Kartographer', () => {
	it( 'uses ext.kartographer.box and its Leaflet, not our tiles', async () => {
		let made: Leaflet.Map | null = null;
		const box = fakeKartographer( () => {
			const el = container.querySelector<HTMLElement>( '.geo-conflicts-map' )!;
			made = Object.assign( L.map( el, { center: [ 0, 0 ], zoom: 1 } ), {
				doWhenReady( cb: () => void ) {
					cb();
				},
			} );
			return made;
		} );
		const map = await createConflictMap( container, {} );
		expect( box.map ).toHaveBeenCalledTimes( 1 );
		const options = box.map.mock.calls[ 0 ][ 0 ];
		expect( options.container ).toBe( map.element );
		expect( options ).toMatchObject( { lang: 'en', alwaysInteractive: true, center: [ 0, 0 ] } );
		expect( map.element.dataset.backend ).toBe( 'kartographer' );
		expect( map.element.classList.contains( 'geo-conflicts-map--bundled' ) ).toBe( false );
		expect( map.element.querySelector( 'img.leaflet-tile' ) ).toBeNull();
		map.setConflicts( sampleConflicts() );
		expect( map.element.dataset.markerCount ).toBe( '3' );
		expect( made ).not.toBeNull();
		map.destroy();
	} );

	it( 'falls back to the bundled map when Kartographer fails to load', async () => {
		vi.spyOn( mw.loader, 'getState' ).mockReturnValue( 'registered' );
		vi.spyOn( mw.loader, 'using' ).mockImplementation( ( () => Promise.reject( new Error( 'module failed' ) ) ) as never );
		( mw as unknown as { log: unknown } ).log = { warn: vi.fn() };
		const map = await createConflictMap( container, {} );
		expect( map.element.dataset.backend ).toBe( 'leaflet' );
		map.destroy();
	} );
} );

describe( 'addConflictOverlay', () => {
	it( 'adds a layer with a toggle to a Kartographer map, and removes it', () => {
		( window as unknown as { L: LeafletNS } ).L = L;
		const el = document.createElement( 'div' );
		container.appendChild( el );
		const map = L.map( el, { center: [ -30, -70 ], zoom: 4 } );
		const overlay = addConflictOverlay( map, sampleConflicts() );
		const panel = el.querySelector<HTMLElement>( '.geo-conflicts-map-overlay' )!;
		expect( panel.dataset.markerCount ).toBe( '3' );
		expect( panel.textContent ).toContain( 'Environmental conflicts (3)' );
		// Conflicts on the map: their own markers, and the members of groups (two are 1° apart at
		// zoom 4).
		const countLayers = (): number => {
			let n = 0;
			map.eachLayer( ( layer ) => {
				const icon = layer instanceof L.Marker ? layer.getElement() : null;
				n += layer instanceof L.CircleMarker ? 1 : icon ? Number( icon.dataset.count ) : 0;
			} );
			return n;
		};
		expect( countLayers() ).toBe( 3 );
		const box = panel.querySelector<HTMLInputElement>( 'input[type=checkbox]' )!;
		box.checked = false;
		box.dispatchEvent( new Event( 'change' ) );
		expect( countLayers() ).toBe( 0 );
		box.checked = true;
		box.dispatchEvent( new Event( 'change' ) );
		expect( countLayers() ).toBe( 3 );
		overlay.remove();
		expect( countLayers() ).toBe( 0 );
		expect( el.querySelector( '.geo-conflicts-map-overlay' ) ).toBeNull();
		map.remove();
	} );

	it( 'keeps the day palette at night on Kartographer\'s light map, beside its own data layers', () => {
		( window as unknown as { L: LeafletNS } ).L = L;
		document.documentElement.classList.add( 'skin-theme-clientpref-night' );
		const el = document.createElement( 'div' );
		container.appendChild( el );
		const map = fakeKartographerMap( L, el, { center: [ -30, -70 ], zoom: 4 } );
		map.addGeoJSONLayer( { type: 'Feature', geometry: { type: 'Point', coordinates: [ -70, -30 ] }, properties: {} }, {} );
		const overlay = addConflictOverlay( map, sampleConflicts() );
		const rgb = ( hex: string ): string => 'rgb(' + [ 1, 3, 5 ].map( ( i ) => parseInt( hex.slice( i, i + 2 ), 16 ) ).join( ', ' ) + ')';
		const swatches = [ ...el.querySelectorAll<HTMLElement>( '.geo-conflicts-map-legend [data-sector] .geo-conflicts-map-swatch' ) ];
		expect( swatches.length ).toBeGreaterThan( 0 );
		for ( const s of swatches ) {
			const sector = s.closest<HTMLElement>( '[data-sector]' )!.dataset.sector as keyof typeof PALETTES.day;
			expect( s.style.backgroundColor ).toBe( rgb( PALETTES.day[ sector ] ) );
		}
		expect( el.classList.contains( 'geo-conflicts-map--light' ) ).toBe( true );
		expect( map.dataLayers!.length ).toBe( 1 );
		overlay.remove();
		map.remove();
		document.documentElement.classList.remove( 'skin-theme-clientpref-night' );
	} );

	it( 'does nothing for something that is not a map', () => {
		( window as unknown as { L: LeafletNS } ).L = L;
		expect( () => addConflictOverlay( { foo: 1 }, sampleConflicts() ).remove() ).not.toThrow();
		expect( () => addConflictOverlay( null, [] ).remove() ).not.toThrow();
	} );
} );

describe( 'Leaflet from the separate gadget module', () => {
	it( 'is taken from mw.libs.geoConflictsLeaflet when that module is registered', async () => {
		vi.resetModules();
		const libs = mw.libs as Record<string, unknown>;
		const fake = { map: () => null, circleMarker: () => null } as unknown as LeafletNS;
		vi.spyOn( mw.loader, 'getState' ).mockImplementation( ( name: string ) => name === 'ext.gadget.geo-conflicts-leaflet' ? 'registered' : null );
		const using = vi.spyOn( mw.loader, 'using' ).mockImplementation( ( () => {
			libs.geoConflictsLeaflet = fake;
			return Promise.resolve();
		} ) as never );
		const fresh = await import( '../../core/leaflet' );
		expect( await fresh.loadBundledLeaflet() ).toBe( fake );
		expect( using ).toHaveBeenCalledWith( [ 'ext.gadget.geo-conflicts-leaflet' ] );
		delete libs.geoConflictsLeaflet;
	} );
} );
