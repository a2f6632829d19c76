/**
 * Per-view counts of the traffic model: the loaders' and the probe's requests as the build's own
 * code decides them (./view.ts, run in jsdom), plus the requests of each core action the loaders
 * called (./actions.ts, per code version). Split into module requests (load.php: kept in the
 * reader's module store across articles) and data requests (per page and reader).
 */
import { gzipSync } from 'node:zlib';
import { runView, newReader, type Build, type Request } from './view';
import { actionCost, type Version } from './actions';
import type { PageKind } from './page-kinds';

export interface HostCounts {
	wiki: number;
	wdqs: number;
	wikidata: number;
	release: number;
	maps: number;
	other: number;
}

export const emptyCounts = (): HostCounts => ( { wiki: 0, wdqs: 0, wikidata: 0, release: 0, maps: 0, other: 0 } );

export function addCounts( a: HostCounts, b: HostCounts, times = 1 ): HostCounts {
	const out = emptyCounts();
	for ( const k of Object.keys( out ) as ( keyof HostCounts )[] ) {
		out[ k ] = a[ k ] + b[ k ] * times;
	}
	return out;
}

/** One view's traffic in one cache state. */
export interface ViewCost {
	/** Module requests (load.php batches): none once the module store holds them. */
	modules: number;
	/** Gzipped bytes of those modules. */
	moduleBytes: number;
	/** Data requests by host (the load.php module requests are not in here). */
	data: HostCounts;
	/** Bytes from the release host. */
	releaseBytes: number;
	/** Core entry points the loaders called (`geo-conflicts:article`…). */
	actions: string[];
	/** The loader/probe stage's own requests, for the table. */
	requests: Request[];
}

export interface KindModel {
	/** A fresh profile: nothing cached. */
	cold: HostCounts;
	/** The same profile's second view of the same page. */
	warm: HostCounts;
	coldCost: ViewCost;
	/** Modules in the store (the reader has read other pages), this page not seen today. */
	firstView: ViewCost;
	warmCost: ViewCost;
}

function stageCost( requests: Request[], actions: string[] ): ViewCost {
	const data = emptyCounts();
	let modules = 0, moduleBytes = 0;
	for ( const r of requests ) {
		if ( r.host === 'wiki' && r.what.startsWith( 'load.php' ) ) {
			modules++;
			moduleBytes += r.bytes;
		} else {
			data[ r.host ]++;
		}
	}
	return { modules, moduleBytes, data, releaseBytes: 0, actions, requests };
}

function withActions( cost: ViewCost, version: Version, kind: PageKind,
	state: 'cold' | 'first' | 'warm' ): ViewCost {
	let out = cost;
	// An action costs once per page, however many placeholders it mounts.
	for ( const action of new Set( cost.actions ) ) {
		const a = actionCost( version, kind.id, action, state );
		out = { ...out, modules: out.modules + a.modules, moduleBytes: out.moduleBytes + a.moduleBytes,
			data: addCounts( out.data, a.data ), releaseBytes: out.releaseBytes + a.releaseBytes };
	}
	return out;
}

/** Module requests count as wiki requests in the browser. */
export function browserCounts( cost: ViewCost ): HostCounts {
	return addCounts( cost.data, { ...emptyCounts(), wiki: cost.modules } );
}

/** The model's view of one page kind with one build, in the three cache states. */
export async function modelView( build: Build, kind: PageKind, version: Version = 'issue19',
	wikiPages?: Parameters<typeof runView>[ 3 ] ): Promise<KindModel> {
	const reader = newReader();
	const cold = await runView( build, kind.spec, reader, wikiPages );
	reader.now += 60;
	const warm = await runView( build, kind.spec, reader, wikiPages );
	// A reader whose module store holds everything but who has not seen this page today.
	const other = newReader();
	await runView( build, kind.spec, other, wikiPages );
	other.storage.clear();
	const first = await runView( build, kind.spec, other, wikiPages );
	const coldCost = withActions( stageCost( cold.requests, cold.actions ), version, kind, 'cold' );
	const warmCost = withActions( stageCost( warm.requests, warm.actions ), version, kind, 'warm' );
	const firstView = withActions( stageCost( first.requests, first.actions ), version, kind, 'first' );
	return { cold: browserCounts( coldCost ), warm: browserCounts( warmCost ), coldCost, firstView, warmCost };
}

export const gz = ( text: string ): number => gzipSync( text, { level: 6 } ).length;
