// What `npm run publish-snapshot` publishes: the gadget's own queries (src/geo-conflicts/data/
// sparql.ts: the dashboard's `all`, and `places`, the place query's walk for every place at once)
// run one at a time on the configured Query Service through the gadget's own client (queue, 429
// Retry-After, bounded time and size), normalised by the live views' normaliser, and cut into the
// snapshot's pages (src/geo-conflicts/data/snapshot-build.ts).

import { gzipSync } from 'node:zlib';
import { buildQuery, placesQuery, queryLimit } from '../geo-conflicts/data/sparql';
import { runQuery } from '../geo-conflicts/data/wdqs';
import { normaliseAnswer } from '../geo-conflicts/data/normalise';
import { DEFAULT_SECTOR_MAP } from '../geo-conflicts/data/sectors';
import { buildSnapshot, parsePlaces, type BuildResult, type Budgets } from '../geo-conflicts/data/snapshot-build';

export const SNAPSHOT_USER_AGENT = 'GeoGadgetsPublishSnapshot/0.1 (https://es.wikipedia.org/wiki/Wikipedia:Geo_gadgets; mwn)';

/** Conflicts asked for in one run at most (the dashboard query's own ceiling). */
export const SNAPSHOT_LIMIT = 50000;

export interface SnapshotSettings {
	wdqs: string;
	classes: string[];
	/** The wiki's content language chain (labels), `mul` and `en` are added. */
	languages: string[];
	siteId: string;
	budgets?: Budgets;
	/** Longest answer read per query, bytes. */
	maxBytes?: number;
	onWait?: ( seconds: number ) => void;
	now?: number;
}

/**
 * Bytes of a page gzipped as the wiki serves it: MediaWiki re-indents JSON pages with tabs on save
 * (JsonContent's pre-save transform), so that is what a reader downloads.
 */
export function servedGzipSize( text: string ): number {
	return gzipSync( JSON.stringify( JSON.parse( text ), null, '\t' ) ).length;
}

/** Run the two queries (one after the other) and build the pages. */
export async function collectSnapshot( s: SnapshotSettings ): Promise<BuildResult & { queries: number }> {
	const now = s.now ?? Date.now();
	const run = ( text: string ): Promise<unknown> => runQuery( text, {
		endpoint: s.wdqs,
		headers: { 'User-Agent': SNAPSHOT_USER_AGENT },
		maxBytes: s.maxBytes,
		onWait: s.onWait,
	} );
	const options = { classes: s.classes, languages: s.languages, siteId: s.siteId };
	const query = buildQuery( { kind: 'all' }, Object.assign( { limit: SNAPSHOT_LIMIT }, options ) );
	const set = normaliseAnswer( await run( query ), {
		sectorMap: DEFAULT_SECTOR_MAP,
		languages: s.languages,
		siteId: s.siteId,
		query,
		limit: queryLimit( query ),
		now,
	} );
	const places = parsePlaces( await run( placesQuery( options ) ) );
	const result = buildSnapshot( {
		set, places, classes: s.classes, languages: s.languages, siteId: s.siteId,
		date: new Date( now ).toISOString(), gzipSize: servedGzipSize, budgets: s.budgets,
	} );
	return Object.assign( result, { queries: 2 } );
}
