// Issue 22 item 5: every piece of release or sitematrix text a Geo Editors view writes — project
// and site names, country names from the release — sits inside an isolating element or between
// FSI and PDI, so a name ending in an unclosed right-to-left override cannot reverse our text.
import { describe, it, expect, beforeAll } from 'vitest';
import { groupView } from './views/group';
import { mapView } from './views/map';
import { topView } from './views/top';
import { linesView } from './views/lines';
import { useEnglish, monthInput, rangeInput, selection, wiki } from './views/test-helpers';
import { renderTable } from './table-model';
import { wikiOptionLabel } from './filters';
import { countryName } from './countries';
import { findGroup } from '../data/m49';
import { unisolated, unclosedRtl } from '../../core/test-helpers';
import { h } from '../../core/dom';

const PROJECT = unclosedRtl( 'Hostile project' );
const HOSTILE = wiki( 'eswiki', PROJECT );
/** FSI + the name + its closer + PDI: how a composed string carries it. */
const ISOLATED = '\u2068' + PROJECT + '\u202C\u2069';

describe( 'data text is isolated in every Geo Editors view (issue 22 item 5)', () => {
	beforeAll( useEnglish );

	it( 'a release project name in the leads and captions of the month views, and in their tables', () => {
		const sa = findGroup( '005' )!;
		const outputs = [
			groupView( Object.assign( monthInput( '2023-08', HOSTILE ), { group: { label: 'South America', countries: sa.countries, wikis: 2 } } ) ),
			mapView( Object.assign( monthInput( '2023-12', HOSTILE ), { outlines: new Map() } ) ),
			topView( monthInput( '2023-12', HOSTILE ) ),
		];
		for ( const out of outputs ) {
			if ( out.lead && out.lead.includes( 'Hostile' ) ) {
				expect( out.lead ).toContain( ISOLATED );
			}
			expect( out.table.caption ).toContain( ISOLATED );
			expect( unisolated( renderTable( out.table ), 'Hostile project' ) ).toEqual( [] );
		}
	} );

	it( 'a release project name in a range view\'s series and caption', () => {
		const out = linesView( rangeInput( [ '2023-07', '2023-08' ], [ selection( 'CL', HOSTILE ) ] ) );
		expect( out.table.caption ).toContain( ISOLATED );
	} );

	it( 'a country name only the release knows', () => {
		const name = countryName( 'XK', unclosedRtl( 'Hostile country' ) );
		const cell = h( 'th', null, name );
		// Intl may know XK: then the release's name is not used at all.
		if ( name.includes( 'Hostile' ) ) {
			expect( unisolated( cell, 'Hostile country' ) ).toEqual( [] );
		}
	} );

	it( 'a sitematrix site name in the wiki picker', () => {
		const label = wikiOptionLabel( { dbname: 'eswiki', project: PROJECT, url: 'https://es.wikipedia.org', lang: 'es', family: 'wikipedia', sitename: unclosedRtl( 'Hostile site' ) } as never );
		expect( label ).toContain( ISOLATED );
		expect( label ).toContain( '\u2068' + unclosedRtl( 'Hostile site' ) + '\u202C\u2069' );
	} );
} );
