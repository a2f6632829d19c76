/**
 * The clients every Geo Conflicts view reads through, made once by the UI's context and passed in
 * (mwn style): the Wikidata Action API (mw.ForeignApi with the shared retry policy), this wiki's
 * Action API, and the Query Service. Tests pass their own; ui/ never makes a request itself.
 */
import { foreignGet, requestJson } from '../../core/http';
import { getEndpoints } from '../../core/config';
import type { ActionApi } from './entities';
import { assertQid } from './ids';
import { runQuery, type RunOptions } from './wdqs';

export interface ConflictClients {
	/** www.wikidata.org/w/api.php: wbgetentities (the live article view's page lookup). */
	wikidata: ActionApi;
	/**
	 * www.wikidata.org/wiki/Special:EntityData/Q….json, at its canonical URL (no query string: the
	 * one URL Wikibase lets the CDN cache): what a view shows only when the reader opens it.
	 */
	entityData( id: string ): Promise<unknown>;
	/** This wiki's api.php: TextExtracts of the conflict's article. */
	local: ActionApi;
	/** The Query Service: one query, its raw JSON. */
	query( text: string, options?: RunOptions ): Promise<unknown>;
}

export function defaultClients(): ConflictClients {
	return {
		wikidata: { get: ( params ) => foreignGet( getEndpoints().wikidataApi, params ) },
		entityData: ( id ) => requestJson( entityDataUrl( id ), { timeoutMs: 20000, retries: 1, maxBytes: 8 * 1000 * 1000 } ),
		local: new mw.Api(),
		query: runQuery,
	};
}

/** The canonical Special:EntityData URL of an item; throws on anything but a QID (nothing sent). */
export function entityDataUrl( id: string ): string {
	return getEndpoints().wikidataWiki + 'Special:EntityData/' + assertQid( id ) + '.json';
}
