/** Every view from the snapshot says the data's date, and warns past the site's freshness days. */
import { describe, it, expect, beforeAll } from 'vitest';
import { registerEnglish, sampleSet } from './test-helpers';

mw.config.set( 'geoConflictsConfig', { freshnessDays: 3 } );
const { dataDateNote } = await import( './context' );

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC( 2026, 11, 7 );
const at = ( date: string ): Parameters<typeof dataDateNote>[ 0 ] => Object.assign( sampleSet(), { fromCache: false, snapshot: { date, generation: 'abc' } } );

describe( 'the data\'s date', () => {
	beforeAll( () => registerEnglish() );

	it( 'says the date, and that it is old past the site\'s setting', () => {
		const fresh = dataDateNote( at( new Date( NOW - 2 * DAY ).toISOString() ), NOW )!;
		expect( fresh.textContent ).toBe( 'Data from Wikidata as of December 5, 2026.' );
		expect( fresh.dataset.stale ).toBeUndefined();
		const old = dataDateNote( at( new Date( NOW - 4 * DAY ).toISOString() ), NOW )!;
		expect( old.textContent ).toBe( 'Data from Wikidata as of December 3, 2026, older than 3 days: it may have changed since.' );
		expect( old.dataset.stale ).toBe( 'true' );
	} );

	it( 'says nothing for a live answer', () => {
		expect( dataDateNote( Object.assign( sampleSet(), { fromCache: false } ), NOW ) ).toBeNull();
	} );
} );
