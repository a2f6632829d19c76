/**
 * Issue 19, item 9: a day of a large Wikipedia (Spanish Wikipedia), in Query Service queries,
 * release bytes and wiki requests per million article views, for main before issue 19 (523eaf9,
 * built from git into bench/.baseline/) against this tree's build (dist/). Each page kind's view is
 * decided by the build's real code (bench/traffic/view.ts: Gadgets-definition, loaders, probe and
 * its cache, answered by the real SPARQL engine) plus each core action's requests
 * (bench/traffic/actions.ts); the mix and the cache behaviour are the stated assumptions
 * (bench/traffic/assumptions.ts). tests/e2e/traffic-model.e2e.ts checks the per-view counts of the
 * four article kinds against the real local wiki in Chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildTree, ROOT } from './wiki-session';
import { PAGE_KINDS, type PageKind } from './traffic/page-kinds';
import { modelView, type ViewCost, type KindModel } from './traffic/model';
import { actionRow, setConflictShards, RELEASE_MONTH_BYTES, type Version } from './traffic/actions';
import { ALL_ASSUMPTIONS, MIX, MAP_OPENED, MODULES_COLD, REPEAT_VIEW, VIEWS_PER_DAY } from './traffic/assumptions';
import type { Build } from './traffic/view';
import { publishedSnapshot, type Published } from './traffic/published';

export const BASELINE_COMMIT = '523eaf9';

interface PerMillion {
	wdqs: number;
	releaseBytes: number;
	wiki: number;
	wikidata: number;
}

const zero = (): PerMillion => ( { wdqs: 0, releaseBytes: 0, wiki: 0, wikidata: 0 } );

function weigh( out: PerMillion, cost: ViewCost, views: number ): void {
	out.wdqs += views * cost.data.wdqs;
	out.releaseBytes += views * cost.releaseBytes;
	out.wiki += views * ( cost.data.wiki + cost.modules );
	out.wikidata += views * cost.data.wikidata;
}

/** Views of one kind spread over the three cache states by the assumptions. */
function perMillion( model: KindModel, views: number ): PerMillion {
	const out = zero();
	const fresh = views * ( 1 - REPEAT_VIEW.value );
	weigh( out, model.coldCost, fresh * MODULES_COLD.value );
	weigh( out, model.firstView, fresh * ( 1 - MODULES_COLD.value ) );
	weigh( out, model.warmCost, views * REPEAT_VIEW.value );
	return out;
}

const fmt = ( n: number, digits = 0 ): string => n.toLocaleString( 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits } );
const mb = ( bytes: number ): string => fmt( bytes / 1e6, 1 ) + ' MB';
const viewCell = ( c: ViewCost ): string => c.data.wdqs + ' · ' + fmt( c.releaseBytes / 1e3 ) + ' KB · ' +
	( c.data.wiki + c.modules ) + ' · ' + c.data.wikidata;

async function modelBuild( build: Build, version: Version,
	published: Published | null ): Promise<Map<string, KindModel>> {
	const out = new Map<string, KindModel>();
	const pages = published ? published.answer : undefined;
	for ( const kind of PAGE_KINDS ) {
		out.set( kind.id, await modelView( build, kind, version, pages ) );
	}
	// The reader opens the map of an article with coordinates (Kartographer's wikipage.maps).
	const opened: PageKind = { ...PAGE_KINDS[ 1 ], spec: { ...PAGE_KINDS[ 1 ].spec, mapOpened: true } };
	out.set( 'map', await modelView( build, opened, version, pages ) );
	return out;
}

async function main(): Promise<void> {
	const ours = path.join( ROOT, 'dist' );
	if ( !existsSync( path.join( ours, 'manifest.json' ) ) ) {
		throw new Error( 'No build in dist/: run node build.mjs first (npm run bench does).' );
	}
	const baseDist = buildTree( 'traffic-' + BASELINE_COMMIT, { commit: BASELINE_COMMIT } );
	const versions: [ string, Version, Build ][] = [
		[ 'main (' + BASELINE_COMMIT + ')', 'main', { name: 'main', dist: baseDist } ],
		[ 'this issue', 'issue19', { name: 'ours', dist: ours } ],
	];
	// The snapshot pages as this tree's publish command makes them from the local Query Service:
	// the wiki the model reads from has them (main never asks for them).
	const published = await publishedSnapshot();
	if ( published ) {
		setConflictShards( [ ...published.pages.keys() ].filter( ( t ) => t.includes( '/conflicts/' ) ).length );
	}
	const models = new Map<Version, Map<string, KindModel>>();
	for ( const [ , version, build ] of versions ) {
		console.log( 'modelling ' + version );
		models.set( version, await modelBuild( build, version, published ) );
	}

	const md: string[] = [];
	md.push( 'A day of Spanish Wikipedia, per million article views, for the code on `main` before issue 19 (`' +
		BASELINE_COMMIT + '`, built from git) and this build. Each page kind\'s view is decided by the build\'s own ' +
		'code run in jsdom (`bench/traffic/view.ts`): its `Gadgets-definition` (which gadgets load on the page), ' +
		'the built loaders (which cores they load and call) and the built probe with its day-long cache, its ' +
		'ASK answered by the real SPARQL engine over the sample RDF. What each core does once called is ' +
		'counted per action in `bench/traffic/actions.ts` (each figure names its code); for the four article ' +
		'kinds the per-view totals are checked against the real local wiki in Chromium, cold and warm, by ' +
		'`tests/e2e/traffic-model.e2e.ts`.', '' );
	md.push( '### Assumptions', '', '| assumption | value | kind | where it comes from |', '|---|---:|---|---|' );
	for ( const a of ALL_ASSUMPTIONS ) {
		const value = a.value < 1 ? fmt( a.value * 100, 1 ) + ' %' : fmt( a.value );
		md.push( '| ' + a.label + ' | ' + value + ' | ' + a.kind + ' | ' + a.why + ' |' );
	}
	md.push( '| a month of the geoeditors release | ' + fmt( RELEASE_MONTH_BYTES / 1e3 ) + ' KB | source | issue 19: ' +
		'0.3–1 MB a month on analytics.wikimedia.org; the middle |', '' );

	md.push( '### One view of each kind', '',
		'Query Service queries · release KB · wiki requests (load.php batches and pages) · Wikidata requests, ' +
		'for one view: **cold** (nothing cached), **first** (modules in the store, this page not seen today: the ' +
		'usual article view), **warm** (the same page again within a day).', '',
		'| page kind | main: cold | main: first | main: warm | this issue: cold | this issue: first | this issue: warm |',
		'|---|---|---|---|---|---|---|' );
	const rows = [ ...PAGE_KINDS.map( ( k ) => [ k.id, k.name ] ), [ 'map', 'article with coordinates whose map the reader opens' ] ];
	for ( const [ id, name ] of rows ) {
		const cells = [ 'main', 'issue19' ].flatMap( ( v ) => {
			const m = models.get( v as Version )!.get( id )!;
			return [ viewCell( m.coldCost ), viewCell( m.firstView ), viewCell( m.warmCost ) ];
		} );
		md.push( '| ' + name + ' | ' + cells.join( ' | ' ) + ' |' );
	}
	md.push( '' );

	md.push( '### Per million article views', '',
		'Each kind\'s views (the mix above) spread over the cache states: repeat views ' + fmt( REPEAT_VIEW.value * 100 ) +
		' %, and of the rest ' + fmt( MODULES_COLD.value * 100 ) + ' % without the modules. Map openings: ' +
		fmt( MAP_OPENED.value * 100, 1 ) + ' % of the views with coordinates, on top.', '',
		'| page kind | views | main: WDQS queries | main: release | main: wiki requests | this issue: WDQS queries | this issue: release | this issue: wiki requests |',
		'|---|---:|---:|---:|---:|---:|---:|---:|' );
	const totals: Record<string, PerMillion> = { main: zero(), issue19: zero() };
	const coordinateViews = MIX.coordinates.value + MIX.conflict.value + MIX.place.value;
	const views: [ string, string, number ][] = [
		...PAGE_KINDS.map( ( k ) => [ k.id, k.name, MIX[ k.id ].value ] as [ string, string, number ] ),
		[ 'map', 'map opened on an article with coordinates (beyond the article view)', coordinateViews * MAP_OPENED.value ],
	];
	for ( const [ id, name, n ] of views ) {
		const cells: string[] = [];
		for ( const v of [ 'main', 'issue19' ] as Version[] ) {
			const model = models.get( v )!.get( id )!;
			let pm = perMillion( model, n );
			if ( id === 'map' ) {
				// Beyond the article view itself, which the coordinates row counts.
				const base = perMillion( models.get( v )!.get( 'coordinates' )!, n );
				pm = { wdqs: pm.wdqs - base.wdqs, releaseBytes: pm.releaseBytes - base.releaseBytes,
					wiki: pm.wiki - base.wiki, wikidata: pm.wikidata - base.wikidata };
			}
			const sum = totals[ v ];
			sum.wdqs += pm.wdqs;
			sum.releaseBytes += pm.releaseBytes;
			sum.wiki += pm.wiki;
			sum.wikidata += pm.wikidata;
			cells.push( fmt( pm.wdqs ), mb( pm.releaseBytes ), fmt( pm.wiki ) );
		}
		md.push( '| ' + name + ' | ' + fmt( n ) + ' | ' + cells.join( ' | ' ) + ' |' );
	}
	const total = ( v: string ): string[] => [ '**' + fmt( totals[ v ].wdqs ) + '**', '**' + mb( totals[ v ].releaseBytes ) + '**', '**' + fmt( totals[ v ].wiki ) + '**' ];
	md.push( '| **all** | ' + fmt( 1e6 + 6 ) + ' | ' + total( 'main' ).concat( total( 'issue19' ) ).join( ' | ' ) + ' |', '' );
	const day = VIEWS_PER_DAY.value / 1e6;
	const readerWdqs = ( v: string ): number => totals[ v ].wdqs - [ 'dashboard-conflicts' ].reduce( ( s, id ) => s + perMillion( models.get( v as Version )!.get( id )!, MIX[ id as 'dashboard-conflicts' ].value ).wdqs, 0 );
	md.push( '**A day** (' + fmt( VIEWS_PER_DAY.value / 1e6 ) + ' million views): main sends **' + fmt( totals.main.wdqs * day ) +
		' Query Service queries** and reads **' + mb( totals.main.releaseBytes * day ) + '** from the release host; this issue **' +
		fmt( totals.issue19.wdqs * day ) + '** queries and **' + mb( totals.issue19.releaseBytes * day ) + '**. Outside the dashboards ' +
		'(reader page views only): main ' + fmt( readerWdqs( 'main' ) ) + ' queries per million, this issue ' +
		fmt( readerWdqs( 'issue19' ) ) + ' (goal 0).', '' );
	const ratio = totals.main.wiki ? totals.issue19.wiki / totals.main.wiki : 0;
	md.push( 'Reading the figures: the Query Service and the release host drop to **' + fmt( totals.issue19.wdqs ) +
		' queries and ' + mb( totals.issue19.releaseBytes ) + '** per million article views (goal: 0 and 0 outside the ' +
		'dashboards; the dashboards too, until a reader presses "Live from Wikidata"). The price is on the wiki: **' +
		fmt( ratio, 2 ) + '×** the wiki requests of before (the probe\'s key page on every first view of an article with ' +
		'coordinates, the snapshot\'s index and one conflict or place page on a card or section), all `action=raw` pages ' +
		'with `maxage`/`smaxage` that the CDN and the browser keep. The model does not credit the browser\'s HTTP cache ' +
		'across articles (a key page serves every title of its shard for a day), so the wiki figure is an upper bound. ' +
		'Every assumption above marked "estimate" moves the totals in proportion; none moves this issue\'s zeros.', '' );
	md.push( '### One publish run', '', published ?
		'`npm run publish-snapshot` on the local Query Service (Oxigraph over the sample RDF, the fixture server): **' +
		published.queries + ' queries**, one after the other, ' + fmt( published.ms ) + ' ms in all (the command\'s own code, ' +
		'`src/deploy/snapshot-data.ts`); ' + published.pages.size + ' pages, ' + fmt( published.bytes / 1e3, 1 ) + ' KB. ' +
		'Production estimate and why: `docs/operations.md`.' :
		'This tree has no `npm run publish-snapshot` (`src/deploy/snapshot-data.ts`): no snapshot pages, every view is live.', '' );
	md.push( 'Where each core action\'s figures come from (`bench/traffic/actions.ts`):', '' );
	for ( const [ label, v ] of [ [ 'main', 'main' ], [ 'this issue', 'issue19' ] ] as [ string, Version ][] ) {
		for ( const kind of [ ...PAGE_KINDS.map( ( k ) => k.id ) ] ) {
			const m = models.get( v )!.get( kind )!;
			for ( const action of new Set( m.coldCost.actions ) ) {
				const row = actionRow( v, kind, action );
				if ( row ) {
					md.push( '- ' + label + ', ' + kind + ', `' + action + '`: ' + row.source );
				}
			}
		}
	}
	md.push( '', 'Command: `npx tsx bench/run.ts traffic` (no wiki, no browser: ~1 minute; it builds `main` from git into ' +
		'`bench/.baseline/` once). The local wiki\'s check: `node build.mjs && npx vitest run --config vitest.e2e.config.ts ' +
		'tests/e2e/traffic-model.e2e.ts`.' );
	console.log( 'BENCH-RESULT ' + JSON.stringify( { title: 'Traffic model: a day of Spanish Wikipedia, per million article views', markdown: md.join( '\n' ) } ) );
}

main().catch( ( e ) => {
	console.error( e );
	process.exitCode = 1;
} );
