/**
 * Geo Editors' reads for one view, decided by the gadget's own function (planMonth of
 * src/geo-editors/data/reduced-index.ts: which reduced pages or release file each month reads)
 * over an index of the pages the wiki publishes (buildIndex, as `npm run publish-reduced` writes
 * it). Production's publish: per-country and per-wiki pages for every month of the release.
 */
import { buildIndex, planMonth, INDEX_TITLE } from '../../src/geo-editors/data/reduced-index';
import { reducedTitle } from '../../src/geo-editors/data/reduced';
import { wikiPageTitle } from '../../src/geo-editors/data/reduced-wiki';
import { monthRange, type RowFilter } from '../../src/geo-editors/data/types';

export interface EditorsReads {
	/** Wiki requests: the index (once per view) and the reduced pages. */
	wiki: number;
	/** Release files read (months no page covers). */
	releaseMonths: number;
	/** What the decision said, for the table. */
	how: string;
}

/** The months the model's views read: the panels' six, the dashboard's latest twelve. */
export const PANEL_MONTHS = monthRange( '2023-07', '2023-12' );
export const DASHBOARD_MONTHS = monthRange( '2023-01', '2023-12' );

/** The index of a wiki that published every country and these wikis for every month. */
export function publishedIndex( countries: string[], wikis: string[], months: string[] ): ReturnType<typeof buildIndex> {
	const titles = months.flatMap( ( m ) => [ ...countries.map( ( c ) => reducedTitle( c, m ) ),
		...wikis.map( ( w ) => wikiPageTitle( w, m ) ) ] );
	return buildIndex( titles, '2024-01-15T00:00:00Z' );
}

/** The reads of a view whose filters are `filters` (one per panel) over `months`. */
export function editorsReads( index: ReturnType<typeof buildIndex> | null, filters: RowFilter[],
	months: string[] ): EditorsReads {
	const pages = new Set<string>();
	const release = new Set<string>();
	const sources = new Set<string>();
	for ( const filter of filters ) {
		for ( const month of months ) {
			const plan = planMonth( index, month, filter );
			sources.add( plan.source );
			if ( plan.source === 'release' ) {
				// A month file serves every panel of the page (the page's month store).
				release.add( month );
			} else {
				plan.titles.forEach( ( t ) => pages.add( t ) );
			}
		}
	}
	return { wiki: ( index ? 1 : 0 ) + pages.size, releaseMonths: release.size,
		how: Array.from( sources ).join( ', ' ) + ( index ? ' (index ' + INDEX_TITLE + ')' : ' (no index)' ) };
}
