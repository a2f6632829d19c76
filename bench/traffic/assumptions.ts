/**
 * The traffic model's assumptions for a day of Spanish Wikipedia, each with where it comes from.
 * "Measured" figures come from a source; "estimate" figures are ours, with the reasoning, and the
 * table says so. Shares are of article views (namespace 0) unless said otherwise.
 */
import type { KindId } from './page-kinds';

export interface Assumption {
	label: string;
	value: number;
	/** 'source' when read from a published figure, 'estimate' when ours. */
	kind: 'source' | 'estimate';
	why: string;
}

export const VIEWS_PER_DAY: Assumption = {
	label: 'Spanish Wikipedia page views a day', value: 40e6, kind: 'source',
	why: '16,000 million views in the year before its 20th anniversary (May 2021; Wikimedia España, ' +
		'reported by explica.co, "Wikipedia in Spanish turns 20") ≈ 44 million a day; rounded down to 40 ' +
		'million because the Foundation reclassified part of 2025\'s "human" views as bots ' +
		'(diff.wikimedia.org, 2025-11-17, "Nuevas tendencias en el uso de Wikipedia"). Only scales the daily ' +
		'totals: every other figure is per million article views.',
};

/** Views of each page kind per million article views (the first four add up to a million). */
export const MIX: Record<KindId, Assumption> = {
	plain: { label: 'plain article (no coordinates, no map)', value: 0, kind: 'estimate',
		why: 'the rest of the million' },
	coordinates: { label: 'article with coordinates or a map, neither conflict nor place', value: 0, kind: 'estimate',
		why: 'coordinates/maps on 15 % of article views, minus the two kinds below. Roughly one article ' +
			'in five on large Wikipedias carries coordinates (Wikidata P625 on the items of geographic ' +
			'articles), but per article they are read less than biographies and current events: estimate.' },
	conflict: { label: 'conflict article (card)', value: 20, kind: 'estimate',
		why: 'a few hundred Spanish articles about conflicts that Wikidata models with the gadget\'s classes ' +
			'(the real-data README found no real conflict item at all; the Environmental Justice Atlas lists ' +
			'≈ 4,000 cases, few with an article), each read ~100 times a day at most: ≈ 20 per million.' },
	place: { label: 'place article with conflicts (section)', value: 30000, kind: 'estimate',
		why: 'every place up the P131 chain of a conflict: countries (Chile, Perú, México…), their regions and ' +
			'communes. Countries and capitals are among the most read geographic articles: 3 % of article views.' },
	panels: { label: 'project page with Geo Editors panels', value: 2, kind: 'estimate',
		why: 'pages such as Wikipedia:Geo Editores are read by editors, tens a day: ≈ 2 per million.' },
	'dashboard-conflicts': { label: 'Geo Conflicts dashboard', value: 2, kind: 'estimate',
		why: 'special pages reached from the Tools menu, tens a day: ≈ 2 per million.' },
	'dashboard-editors': { label: 'Geo Editors dashboard', value: 2, kind: 'estimate',
		why: 'as the Geo Conflicts dashboard.' },
};

export const COORDINATE_SHARE = 0.15;
MIX.coordinates.value = 1e6 * COORDINATE_SHARE - MIX.conflict.value - MIX.place.value;
MIX.plain.value = 1e6 * ( 1 - COORDINATE_SHARE );

export const MAP_OPENED: Assumption = {
	label: 'article views with coordinates whose reader opens the map', value: 0.005, kind: 'estimate',
	why: 'on Wikipedias mapframes are static images (production sets $wgKartographerStaticMapframe, ' +
		'DESIGN.md 3d): the interactive map, and with it wikipage.maps, comes only when the reader clicks it. ' +
		'0.5 % of such views: estimate.',
};

export const MODULES_COLD: Assumption = {
	label: 'views whose reader has no copy of the gadget modules', value: 0.2, kind: 'estimate',
	why: 'ResourceLoader keeps modules in the browser (module store and HTTP cache) until their version ' +
		'changes. First visits, private windows, cleared storage and weekly deploys: 20 % of views: estimate.',
};

export const REPEAT_VIEW: Assumption = {
	label: 'views that repeat a page the same reader saw in the last 24 h', value: 0.05, kind: 'estimate',
	why: 'the probe keeps its answer a day per reader and item (PROBE_TTL_SECONDS); the cores keep their ' +
		'answers a day too. Returning to an article the same day (back button, tabs, reading again): 5 %: ' +
		'estimate.',
};

export const ALL_ASSUMPTIONS: Assumption[] = [ VIEWS_PER_DAY, ...Object.values( MIX ), MAP_OPENED, MODULES_COLD, REPEAT_VIEW ];
