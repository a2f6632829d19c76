import { describe, it, expect, beforeAll, beforeEach, afterEach } from 'vitest';
import { ClusterIndex, CLUSTER_MAX_ZOOM } from './clusters';
import { groupLabel, sectorGradient, groupSize } from './cluster-marker';
import { ConflictLayer } from './layer';
import { loadBundledLeaflet, type LeafletNS } from '../../core/leaflet';
import { registerMapMessages, fakeLayoutAndCanvas, HOSTILE_LABEL } from './test-helpers';
import type { MapConflict } from './index';

const at = ( id: string, lat: number, lon: number, sector: MapConflict[ 'sector' ], label = 'Conflict ' + id ): MapConflict => ( { id, label, lat, lon, approximate: false, sector } );
// Three approximate conflicts at their region's point (a stack), two more nearby, one far away.
const STACK = [ at( 'Q1', -27.5, -70, 'mining' ), at( 'Q2', -27.5, -70, 'mining', HOSTILE_LABEL ), at( 'Q3', -27.5, -70, 'water' ) ];
const SAMPLE = STACK.concat( [ at( 'Q4', -27.7, -70.2, 'energy' ), at( 'Q5', -27.9, -70.1, 'mining' ), at( 'Q6', 40, 10, 'waste' ) ] );
const WORLD: [ number, number, number, number ] = [ -180, -85, 180, 85 ];

describe( 'ClusterIndex', () => {
	it( 'groups nearby conflicts with their sector counts, and keeps a stack together at every zoom', () => {
		const index = new ClusterIndex();
		index.load( SAMPLE );
		const low = index.inView( WORLD, 3 );
		const group = low.filter( ( i ) => i.kind === 'group' )[ 0 ];
		expect( group ).toMatchObject( { kind: 'group', count: 5, sectors: { mining: 3, water: 1, energy: 1 } } );
		expect( low.filter( ( i ) => i.kind === 'single' ) ).toEqual( [ { kind: 'single', id: 'Q6' } ] );
		// At the last zoom the nearby ones are apart, the stack is still one group: a stack.
		const high = index.inView( WORLD, CLUSTER_MAX_ZOOM );
		const stack = high.filter( ( i ) => i.kind === 'group' );
		expect( stack ).toHaveLength( 1 );
		expect( stack[ 0 ].kind === 'group' && stack[ 0 ].count ).toBe( 3 );
		expect( stack[ 0 ].kind === 'group' && index.expansionZoom( stack[ 0 ].key ) ).toBeGreaterThan( CLUSTER_MAX_ZOOM );
		expect( index.members( ( stack[ 0 ] as { key: number } ).key ).sort() ).toEqual( [ 'Q1', 'Q2', 'Q3' ] );
		expect( group.kind === 'group' && index.expansionZoom( group.key ) ).toBeLessThanOrEqual( CLUSTER_MAX_ZOOM );
	} );

	it( 'counts each member once, at every zoom (sector counts add up to the count)', () => {
		const sectors: MapConflict[ 'sector' ][] = [ 'mining', 'water', 'energy', 'waste', 'other' ];
		const many: MapConflict[] = [];
		for ( let i = 0; i < 2000; i++ ) {
			many.push( at( 'Q' + ( 10 + i ), -50 + ( ( i * 7919 ) % 1000 ) / 20, -80 + ( ( i * 104729 ) % 1000 ) / 25, sectors[ i % 5 ] ) );
		}
		const index = new ClusterIndex();
		index.load( many );
		for ( let zoom = 0; zoom <= CLUSTER_MAX_ZOOM; zoom++ ) {
			let total = 0;
			for ( const item of index.inView( WORLD, zoom ) ) {
				if ( item.kind === 'group' ) {
					const sum = Object.keys( item.sectors ).reduce( ( n, k ) => n + ( item.sectors[ k as MapConflict[ 'sector' ] ] || 0 ), 0 );
					expect( sum, 'zoom ' + zoom ).toBe( item.count );
					total += item.count;
				} else {
					total++;
				}
			}
			expect( total ).toBe( many.length );
		}
	} );

	it( 'draws the sector shares as arcs in the legend order and says them in words', () => {
		registerMapMessages();
		const g = { count: 4, sectors: { water: 1, mining: 3 } };
		expect( sectorGradient( g, 'day' ) ).toBe( 'conic-gradient(#7b3000 0.00% 75.00%, #3c85df 75.00% 100.00%)' );
		expect( groupLabel( g ) ).toBe( '4 conflicts here: Mining 3, Water 1. Open the list' );
		expect( groupSize( 2 ) ).toBeLessThan( groupSize( 5000 ) );
		expect( groupSize( 1e9 ) ).toBe( 46 );
	} );
} );

describe( 'ConflictLayer with groups', () => {
	let L: LeafletNS;
	let undo: () => void;
	let el: HTMLElement;
	beforeAll( async () => {
		registerMapMessages();
		L = await loadBundledLeaflet();
	} );
	beforeEach( () => {
		undo = fakeLayoutAndCanvas();
		el = document.createElement( 'div' );
		document.body.appendChild( el );
	} );
	afterEach( () => {
		undo();
		el.remove();
	} );

	it( 'shows focusable, labelled groups whose popup reaches every member by keyboard', () => {
		const selected: string[] = [];
		const map = L.map( el, { center: [ -27.5, -70 ], zoom: 3 } );
		const layer = new ConflictLayer( L, { theme: 'day', onSelect: ( id ) => selected.push( id ) } );
		layer.group.addTo( map );
		layer.attach( map );
		expect( layer.setConflicts( SAMPLE ) ).toBe( 6 );
		const icons = Array.from( el.querySelectorAll<HTMLElement>( '.geo-conflicts-cluster' ) );
		expect( icons ).toHaveLength( 1 );
		expect( icons[ 0 ].getAttribute( 'role' ) ).toBe( 'button' );
		expect( icons[ 0 ].getAttribute( 'tabindex' ) ).toBe( '0' );
		expect( icons[ 0 ].getAttribute( 'aria-label' ) ).toBe( '5 conflicts here: Mining 3, Energy 1, Water 1. Open the list' );
		expect( icons[ 0 ].textContent ).toBe( '5' );
		// Enter on the focused group, as a keyboard sends it (Leaflet makes it a 'keypress').
		icons[ 0 ].dispatchEvent( new KeyboardEvent( 'keypress', { key: 'Enter', keyCode: 13, bubbles: true } ) );
		const buttons = Array.from( el.querySelectorAll<HTMLButtonElement>( '.leaflet-popup .geo-conflicts-cluster-member' ) );
		expect( buttons.map( ( b ) => b.dataset.id ).sort() ).toEqual( [ 'Q1', 'Q2', 'Q3', 'Q4', 'Q5' ] );
		// Hostile labels are text; the first member has the focus.
		expect( buttons.map( ( b ) => b.textContent ) ).toContain( HOSTILE_LABEL );
		expect( el.querySelector( '.leaflet-popup img' ) ).toBeNull();
		expect( document.activeElement ).toBe( buttons[ 0 ] );
		expect( el.querySelector( '.geo-conflicts-cluster-zoom' ) ).not.toBeNull();
		buttons.filter( ( b ) => b.dataset.id === 'Q2' )[ 0 ].click();
		expect( selected ).toEqual( [ 'Q2' ] );
		expect( el.querySelector( '.leaflet-popup .geo-conflicts-map-popup-label' )!.textContent ).toBe( HOSTILE_LABEL );

		// Zoomed in as far as the tiles go: the nearby ones are their own markers, the stack is
		// listed.
		map.setView( [ -27.5, -70 ], CLUSTER_MAX_ZOOM, { animate: false } );
		const stack = el.querySelectorAll<HTMLElement>( '.geo-conflicts-cluster' );
		expect( stack ).toHaveLength( 1 );
		expect( stack[ 0 ].dataset.count ).toBe( '3' );
		stack[ 0 ].click();
		expect( el.querySelector( '.leaflet-popup .geo-conflicts-map-popup-label' )!.textContent ).toBe( '3 conflicts at the same point' );
		expect( el.querySelector( '.geo-conflicts-cluster-zoom' ) ).toBeNull();
		map.remove();
	} );
} );
