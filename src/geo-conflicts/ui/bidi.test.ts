// Issue 22 item 5: every piece of Wikidata text a Geo Conflicts view writes sits inside an
// isolating element (<bdi>, dir=auto) or between FSI and PDI, so a label or description ending in
// an unclosed right-to-left override cannot reverse our text after it.
import { describe, it, expect, beforeAll } from 'vitest';
import { renderDetails, factList } from './details';
import { aboutList } from './about';
import { compactList } from './compact';
import { FilterForm } from './filters';
import { conflictPopup } from '../map/popup';
import { overlayStaticFrame, type StaticConflict } from '../static/overlay';
import { registerEnglish, sampleSet } from './test-helpers';
import { unisolated, unclosedRtl } from '../../core/test-helpers';
import { EMPTY_FILTER } from '../data/filter';
import type { Conflict, ItemRef } from '../data/types';

const LABEL = unclosedRtl( 'Hostile label' );
const DESCRIPTION = unclosedRtl( 'Hostile description' );
const FILE = unclosedRtl( 'Hostile file.jpg' );
const REF = unclosedRtl( 'Hostile participant' );
const COUNTRY = unclosedRtl( 'Hostile country' );

function hostile(): Conflict {
	const base = sampleSet().conflicts.filter( ( c ) => c.id === 'Q2365301' )[ 0 ];
	const ref: ItemRef = { id: 'Q9', label: REF, labelMissing: false } as ItemRef;
	return Object.assign( {}, base, {
		label: LABEL, labelMissing: false, description: DESCRIPTION, images: [ FILE ],
		countries: [ Object.assign( {}, base.countries[ 0 ], { label: COUNTRY } ) ],
		about: { P710: [ ref ] },
	} );
}

describe( 'data text is isolated in every Geo Conflicts view (issue 22 item 5)', () => {
	beforeAll( registerEnglish );

	it( 'details panel and card: label, description, file name, countries, participants', () => {
		const panel = document.createElement( 'div' );
		document.body.appendChild( panel );
		renderDetails( panel, hostile() );
		for ( const text of [ 'Hostile label', 'Hostile description', 'Hostile file.jpg', 'Hostile country', 'Hostile participant' ] ) {
			expect( unisolated( panel, text ), text ).toEqual( [] );
		}
		expect( unisolated( factList( hostile() ), 'Hostile country' ) ).toEqual( [] );
		expect( unisolated( aboutList( hostile() ), 'Hostile participant' ) ).toEqual( [] );
		panel.remove();
	} );

	it( 'compact list (cards, panels, place sections)', () => {
		expect( unisolated( compactList( [ hostile() ], 5, '#' ), 'Hostile label' ) ).toEqual( [] );
	} );

	it( 'map popup', () => {
		const popup = conflictPopup( { id: 'Q1', label: LABEL, lat: 0, lon: 0, approximate: false, sector: 'mining' } );
		expect( unisolated( popup, 'Hostile label' ) ).toEqual( [] );
	} );

	it( 'static overlay: summaries of one marker and of a group, and the group\'s name', () => {
		document.body.textContent = '';
		const thumb = document.createElement( 'div' );
		const a = document.createElement( 'a' );
		a.className = 'mw-kartographer-map';
		thumb.appendChild( a );
		document.body.appendChild( thumb );
		const c = ( id: string, dx: number ): StaticConflict => ( { id, label: unclosedRtl( 'Hostile label ' + id ), lat: -33.05, lon: -71.6 + dx * 360 / 65536, sector: 'mining', approximate: false } );
		const overlay = overlayStaticFrame( a, { lat: -33.05, lon: -71.6, zoom: 8, width: 300, height: 250 }, [ c( 'Q1', 10 ), c( 'Q2', 12 ), c( 'Q3', 80 ) ], {
			showNow: true,
			text: ( key, ...params ) => key + ':' + params.join( '|' ),
			number: String,
			articleUrl: ( t ) => '/wiki/' + t,
			wikidataUrl: ( id ) => 'https://www.wikidata.org/wiki/' + id,
		} )!;
		const markers = overlay.querySelectorAll<HTMLButtonElement>( '.geo-conflicts-static-marker' );
		// The group's name composes two labels: each between FSI and PDI.
		expect( markers[ 0 ].getAttribute( 'aria-label' ) ).toBe( 'geo-conflicts-static-group:2|\u2068Hostile label Q1\u202E\u202C\u2069, \u2068Hostile label Q2\u202E\u202C\u2069' );
		markers[ 0 ].click();
		expect( unisolated( overlay, 'Hostile label Q1' ) ).toEqual( [] );
		markers[ 1 ].click();
		expect( unisolated( overlay, 'Hostile label Q3' ) ).toEqual( [] );
	} );

	it( 'dashboard filters: country and region options', () => {
		const filters = new FilterForm( () => undefined );
		filters.show( EMPTY_FILTER, [ { id: 'Q298', label: COUNTRY, count: 3 } ], [] );
		expect( unisolated( filters.element, 'Hostile country' ) ).toEqual( [] );
	} );
} );
