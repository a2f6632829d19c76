/**
 * The page kinds of the traffic model: what each looks like to the gadgets on Spanish Wikipedia
 * (the model, bench/traffic-model.bench.ts) and the page of the local wiki that stands for it (the
 * measurement, tests/e2e/traffic-model.e2e.ts). Items are the sample RDF's (localwiki/sample-data):
 * Pascua Lama (Q2365301) is a conflict, Región de Atacama (Q2120) a place with conflicts; Q4999999
 * is in no sample and so neither.
 */
import type { PageSpec } from './view';

export type KindId = 'plain' | 'coordinates' | 'conflict' | 'place' | 'panels' | 'dashboard-conflicts' | 'dashboard-editors';

export interface PageKind {
	id: KindId;
	name: string;
	/** As the model sees it on Spanish Wikipedia. */
	spec: PageSpec;
	/** The local wiki's page for the measurement, with its wikitext when the test creates it. */
	local?: { title: string; text?: string };
}

const COORDINATES = '<span id="coordinates">33°26′S 70°39′O</span>';

export const PANELS_HTML = [ 'es.wikipedia', 'en.wikipedia', 'en.wikidata' ]
	.map( ( p ) => '<div class="geo-editors" data-country="CL" data-project="' + p + '" data-from="2023-07" data-to="2023-12"></div>' )
	.join( '' );

export const PAGE_KINDS: PageKind[] = [
	{ id: 'plain', name: 'plain article', spec: { title: 'Plain', namespace: 0, item: 'Q4999998', html: '<p>Texto.</p>' },
		local: { title: 'Geo traffic plain', text: "'''Geo traffic plain''' es un artículo sin coordenadas.\n\n== Historia ==\nTexto.\n" } },
	{ id: 'coordinates', name: 'article with coordinates, neither conflict nor place',
		spec: { title: 'Coordinates', namespace: 0, item: 'Q4999999', html: COORDINATES + '<p>Texto.</p>' },
		local: { title: 'Geo traffic coordinates', text: "'''Geo traffic coordinates''' es un lugar sin conflictos.\n\n<span id=\"coordinates\">33°26′S 70°39′O</span>\n\n== Historia ==\nTexto.\n" } },
	{ id: 'conflict', name: 'conflict article (card)',
		spec: { title: 'Pascua Lama', namespace: 0, item: 'Q2365301', html: COORDINATES + '<p>Texto.</p>' },
		local: { title: 'Pascua Lama' } },
	{ id: 'place', name: 'place article (section)',
		spec: { title: 'Región de Atacama', namespace: 0, item: 'Q2120', html: COORDINATES + '<p>Texto.</p>' },
		local: { title: 'Región de Atacama' } },
	{ id: 'panels', name: 'project page with panels (three Geo Editors panels × six months)',
		spec: { title: 'Wikipedia:Geo Editores', namespace: 4, html: PANELS_HTML } },
	{ id: 'dashboard-conflicts', name: 'dashboard: Geo Conflicts',
		spec: { title: '', namespace: -1, dashboard: 'GeoConflicts', html: '' } },
	{ id: 'dashboard-editors', name: 'dashboard: Geo Editors',
		spec: { title: '', namespace: -1, dashboard: 'GeoEditors', html: '' } },
];

/** The four kinds that the local wiki's measurement checks against the model. */
export const MEASURED_KINDS: KindId[] = [ 'plain', 'coordinates', 'conflict', 'place' ];
