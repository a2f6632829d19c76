/**
 * Test helper (never bundled, never in the demo): a conflict whose every text is attacker-shaped,
 * in the compact item format of localwiki/wdqs/turtle.mjs. It was part of the sample data until
 * issue 23 item 11 (the demo conflicts list opened with it); the tests that need it now load it
 * themselves: the unit tests through `hostileEngine()` (tests/support/engine-answers.ts), the e2e
 * through the fixture server's `/__wikidata` control with `hostileSampleTurtle()`.
 */
import { datasetTurtle, type ItemDescription } from '../../localwiki/wdqs/turtle.mjs';
import { ITEMS } from '../../localwiki/sample-data/wikidata/items.mjs';

/** The hostile conflict's QID and the texts it carries. */
export const HOSTILE_ID = 'Q131000001';
export const HOSTILE_LABEL = '<img src=x onerror=alert(1)>';
export const HOSTILE_DESCRIPTION = '<script>alert(3)</script>';

/** In Chile (Q298), its own coordinates in Santiago, a hostile file, category and sitelinks. */
export const HOSTILE_CONFLICTS: ItemDescription[] = [ {
	id: HOSTILE_ID,
	labels: { en: HOSTILE_LABEL, es: HOSTILE_LABEL },
	descriptions: { en: HOSTILE_DESCRIPTION, es: HOSTILE_DESCRIPTION },
	claims: {
		P31: [ 'Q131141356' ], P17: [ 'Q298' ], P625: [ { point: [ -33.45, -70.66 ] } ],
		P580: [ { time: '2019', precision: 9 } ],
		P18: [ { file: 'javascript:alert(2)' } ], P373: [ '<b onmouseover=alert(5)>x</b>' ],
	},
	sitelinks: { eswiki: 'javascript:alert(1)', enwiki: '"><svg onload=alert(4)>' },
	hostile: true,
} ];

/** The hostile conflicts alone, as Turtle (added to the sample store by hostileEngine()). */
export function hostileTurtle(): string {
	return datasetTurtle( HOSTILE_CONFLICTS );
}

/** The sample items plus the hostile conflicts, as one dataset for the fixture server. */
export function hostileSampleTurtle(): string {
	return datasetTurtle( [ ...ITEMS, ...HOSTILE_CONFLICTS ] );
}
