import { describe, it, expect, beforeAll } from 'vitest';
import { groupView } from './group';
import { useEnglish, monthInput, wiki, cellOf } from './test-helpers';
import { findGroup } from '../../data/m49';
import { Z95 } from '../../data/uncertainty';

const ES = wiki( 'eswiki', 'es.wikipedia' );
const WD = wiki( 'wikidatawiki', 'en.wikidata' );

describe( 'groupView', () => {
	beforeAll( useEnglish );

	it( 'lists every country of the group, n/p where not published, and the total with the combined interval', () => {
		const sa = findGroup( '005' )!;
		const input = Object.assign( monthInput( '2023-08', ES ), { group: { label: 'South America', countries: sa.countries, wikis: 1 } } );
		const out = groupView( input );
		const keys = out.table.rows.map( ( r ) => r.key );
		expect( keys ).toHaveLength( sa.countries.length + 1 );
		expect( keys[ keys.length - 1 ] ).toBe( 'group_total' );
		const chile = cellOf( out.table, 'CL', 'editors_total' ) as { estimate: { value: number } };
		expect( chile.estimate.value ).toBe( 5217 + 777 + 76 );
		const total = cellOf( out.table, 'group_total', 'editors_total' ) as { estimate: { value: number; half: number }; partial: boolean };
		const published = input.rows.filter( ( r ) => sa.countries.includes( r.countryCode ) );
		expect( total.estimate.value ).toBe( published.reduce( ( n, r ) => n + r.editors, 0 ) );
		expect( total.estimate.half )
			.toBeCloseTo( Z95 * Math.sqrt( published.length * 2 ) / 1.1, 10 );
		expect( total.partial ).toBe( published.length < sa.countries.length * 3 );
		expect( out.table.rows[ 0 ].label ).toBe( 'Chile' );
		expect( out.lead ).toMatch( /^South America on es\.wikipedia, August 2023: \d+ of 16 countries have published figures\./ );
		expect( out.figure!.textContent ).toMatch( /counted once on each/ );
	} );

	it( 'a level not published is n/p and makes the totals lower bounds', () => {
		const out = groupView( Object.assign( monthInput( '2023-08', WD ), { group: { label: 'Chile', countries: [ 'CL' ], wikis: 2 } } ) );
		expect( cellOf( out.table, 'CL', 'editors_100' ) ).toEqual( { kind: 'np' } );
		expect( cellOf( out.table, 'group_total', 'editors_100' ) ).toEqual( { kind: 'np' } );
		const total = cellOf( out.table, 'group_total', 'editors_total' ) as { estimate: { value: number }; partial: boolean };
		expect( total.estimate.value ).toBe( 449 + 99 );
		expect( total.partial ).toBe( true );
		// Several wikis in the state: the total is this wiki's, and the lead says so.
		expect( out.lead ).toMatch( /Group totals are per wiki: this is en\.wikidata\.$/ );
	} );
} );
