import { describe, it, expect } from 'vitest';
import { csvField } from './ui';
import { wikiText } from '../geo-editors/ui/report-text';
import { literalWikitext } from '../geo-conflicts/data/map-page';

// Issue 22 item 5: text exports (CSV, wikitext tables, map pages) and their preview boxes hold
// data text next to our own on one line: each field closes the bidi controls it leaves open, so a
// name ending in U+202E cannot reverse the rest of its line (the next cells, the source line).
describe( 'exports close the bidi controls of each data field', () => {
	it( 'CSV field', () => {
		expect( csvField( 'Atlantis\u202E' ) ).toBe( 'Atlantis\u202E\u202C' );
		expect( csvField( 'a,\u2067b' ) ).toBe( '"a,\u2067b\u2069"' );
	} );
	it( 'wikitext cell', () => {
		expect( wikiText( 'Atlantis\u202B' ) ).toBe( '<nowiki>Atlantis\u202B\u202C</nowiki>' );
	} );
	it( 'map page title', () => {
		expect( literalWikitext( 'Conflict\u202D' ) ).toBe( '<nowiki>Conflict\u202D\u202C</nowiki>' );
	} );
} );
