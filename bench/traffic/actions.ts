/**
 * What each heavy core does once the loaders call it, per code version, in requests by host: the
 * part of a view that ./view.ts does not run (the cores need the whole MediaWiki front end). Each
 * figure names the code that sends the request. For the conflict and place articles the totals are
 * checked against the real local wiki in Chromium by tests/e2e/traffic-model.e2e.ts (cold and warm,
 * this build), so a figure that drifts from the code fails there; the other rows say where they
 * come from.
 */
import { emptyCounts, type HostCounts } from './model';
import type { KindId } from './page-kinds';
import { editorsReads, publishedIndex, PANEL_MONTHS, DASHBOARD_MONTHS } from './editors';
import { monthRange } from '../../src/geo-editors/data/types';

export type Version = 'main' | 'issue19';

export interface ActionCost {
	/**
	 * load.php batches kept in the module store (Leaflet…); the core's own batch is counted where the
	 * loader asks for it (./view.ts).
	 */
	modules: number;
	moduleBytes: number;
	data: HostCounts;
	releaseBytes: number;
}

type State = 'cold' | 'first' | 'warm';

/**
 * A month of the geoeditors release for all countries and wikis: 0.3–1 MB (issue 19's own
 * measurement of analytics.wikimedia.org's files); the middle is used.
 */
export const RELEASE_MONTH_BYTES = 650 * 1000;

interface Row {
	/** Module batches when nothing is in the module store. */
	modules: number;
	/** Data requests on a view of a page this reader has not seen today. */
	data: Partial<HostCounts>;
	/** …and on a repeat view (answers kept a day by core/cache.ts). */
	warm?: Partial<HostCounts>;
	releaseMonths?: number;
	/** Where the figure comes from. */
	source: string;
}

const TILES_MINI_MAP = 6;

/** main (523eaf9, before issue 19). */
const MAIN: Record<string, Row> = {
	'conflict/geo-conflicts:article': { modules: 1,
		data: { wiki: 3, wikidata: 1, wdqs: 2, maps: TILES_MINI_MAP, other: 1 },
		warm: { wiki: 1, maps: 1 },
		source: 'load.php: geo-conflicts-leaflet (module store; the core\'s own request is the loaders\'), the core\'s dependency ' +
			'batch with codex-styles (a style module: asked again on a warm view); api.php: the on-wiki ' +
			'message overrides (allpages, allmessages); ui/article.ts: findPageItem (wbgetentities), ' +
			'conflictClasses (the subclass query), the item query; the mini map\'s tiles (one more warm); ' +
			'the image. Measured on the local wiki by the e2e.' },
	'place/geo-conflicts:article': { modules: 0, data: { wiki: 3, wikidata: 1, wdqs: 2 },
		source: 'load.php: the core\'s dependency batch; api.php: the message overrides; ' +
			'ui/article.ts: findPageItem, conflictClasses, the place query (the section opens closed: no map ' +
			'until the reader opens it). Measured on the local wiki by the e2e.' },
	'any/geo-conflicts:maps': { modules: 1, data: { wiki: 3, wdqs: 2 },
		source: 'ui/overlay.ts: the whole dashboard query (kind all) and the subclass query, on the ' +
			'article\'s opened map (not checked by the e2e).' },
	'panels/geo-editors:panel': { modules: 1, data: { wiki: 7, release: 6 }, releaseMonths: 6,
		source: 'data/reduced-pages.ts asks the wiki for each country-month page (404 on a wiki that ' +
			'has none), then data/sources.ts reads the six month files once for the three panels ' +
			'(bench/page-cost: 6 TSV requests cold, 0 warm).' },
	'dashboard-editors/geo-editors:dashboard': { modules: 1, data: { wiki: 13, release: 12 }, releaseMonths: 12,
		source: 'the latest 12 published months (ui/state.ts): a reduced page (404) and a release file each.' },
	'dashboard-conflicts/geo-conflicts:dashboard': { modules: 1, data: { wiki: 3, wdqs: 2, maps: 8 },
		source: 'ui/dashboard.ts: the dashboard query and the subclass query; the map\'s tiles.' },
};

/** A wiki that published per-country pages and the panels' wikis' pages for 2018–2024. */
const INDEX = publishedIndex( [ 'CL', 'AR', 'PE', 'MX', 'ES', 'US' ], [ 'eswiki', 'enwiki', 'wikidatawiki' ],
	monthRange( '2018-01', '2024-12' ) );

const PANELS = editorsReads( INDEX, [ 'eswiki', 'enwiki', 'wikidatawiki' ]
	.map( ( w ) => ( { countries: [ 'CL' ], wikiDbs: [ w ] } ) ), PANEL_MONTHS );
const EDITORS_DASHBOARD = editorsReads( INDEX, [ { wikiDbs: [ 'eswiki' ] } ], DASHBOARD_MONTHS );

/**
 * Conflict pages of the published snapshot (the map layer and the dashboard read them all): the
 * bench sets it from the snapshot it publishes (the sample's; 8 at 1,000 conflicts by
 * bench/snapshot-scale.ts).
 */
let conflictShards = 1;

function snapshotRows(): Record<string, Row> {
	return {
		'conflict/geo-conflicts:reader': { modules: 0,
			data: { wiki: 4, maps: 1, other: 1 },
			source: 'reader/module.ts (its own load.php batch is the probe\'s request): api.php: the message ' +
				'overrides; data/snapshot-pages.ts: the snapshot\'s index.json and the conflict\'s page (the key ' +
				'page was the probe\'s); no Query Service, no Wikidata; reader/static-map.ts: one static map ' +
				'image (no Leaflet, no tiles), the image. Measured on the local wiki by the e2e.' },
		'place/geo-conflicts:reader': { modules: 0, data: { wiki: 4 },
			source: 'reader/module.ts: api.php: the message overrides; data/snapshot-pages.ts: index.json and ' +
				'the place\'s page (the section opens closed: no map image until the reader opens it). Measured ' +
				'on the local wiki by the e2e.' },
		'any/geo-conflicts:maps': { modules: 0, data: { wiki: 4 + conflictShards },
			source: 'ui/overlay.ts through the page\'s source: the dependency batch, the message overrides, ' +
				'index.json and every conflict page (' + conflictShards + ' in the sample) (not checked by the e2e).' },
		'dashboard-conflicts/geo-conflicts:dashboard': { modules: 1, data: { wiki: 4 + conflictShards, maps: 8 },
			source: 'ui/dashboard.ts opens from the snapshot: index.json and every conflict page; "Live from ' +
				'Wikidata" (2 queries) only when asked (not checked by the e2e).' },
	};
}

/** This issue's code (snapshot-conflicts and reduced-editors merged). */
const ISSUE19: Record<string, Row> = {
	...MAIN,
	'panels/geo-editors:panel': { modules: 1, data: { wiki: 1 + PANELS.wiki, release: PANELS.releaseMonths },
		releaseMonths: PANELS.releaseMonths,
		source: 'data/reduced-index.ts planMonth over the published index: ' + PANELS.how + '; plus the ' +
			'core\'s dependency batch (not checked by the e2e).' },
	'dashboard-editors/geo-editors:dashboard': { modules: 1,
		data: { wiki: 1 + EDITORS_DASHBOARD.wiki, release: EDITORS_DASHBOARD.releaseMonths },
		releaseMonths: EDITORS_DASHBOARD.releaseMonths,
		source: 'planMonth for the default view (es.wikipedia, the latest 12 months): ' + EDITORS_DASHBOARD.how +
			' (not checked by the e2e).' },
};

Object.assign( ISSUE19, snapshotRows() );

export function setConflictShards( n: number ): void {
	conflictShards = n;
	Object.assign( ISSUE19, snapshotRows() );
}

const TABLE: Record<Version, Record<string, Row>> = { main: MAIN, issue19: ISSUE19 };

/** The row of `action` on a page of kind `kind`, or null when the action costs nothing. */
export function actionRow( version: Version, kind: KindId, action: string ): Row | null {
	const table = TABLE[ version ];
	return table[ kind + '/' + action ] || table[ 'any/' + action ] || null;
}

/** The cost of `action` on a page of kind `kind` in cache state `state`. */
export function actionCost( version: Version, kind: KindId, action: string, state: State ): ActionCost {
	const row = actionRow( version, kind, action );
	const data = emptyCounts();
	if ( !row ) {
		return { modules: 0, moduleBytes: 0, data, releaseBytes: 0 };
	}
	const counts = state === 'warm' ? row.warm || {} : row.data;
	for ( const k of Object.keys( counts ) as ( keyof HostCounts )[] ) {
		data[ k ] = counts[ k ] || 0;
	}
	return { modules: state === 'cold' ? row.modules : 0, moduleBytes: 0, data,
		releaseBytes: state === 'warm' ? 0 : ( row.releaseMonths || 0 ) * RELEASE_MONTH_BYTES };
}
