/**
 * The clients every Geo Conflicts view reads through, made once by the UI's context and passed in
 * (mwn style): the Wikidata Action API (mw.ForeignApi with the shared retry policy), this wiki's
 * Action API, and the Query Service. Tests pass their own; ui/ never makes a request itself.
 */
import { foreignGet } from '../../core/http';
import { getEndpoints } from '../../core/config';
import type { ActionApi } from './entities';
import { runQuery, type RunOptions } from './wdqs';

export interface ConflictClients {
	/** www.wikidata.org/w/api.php: wbgetentities. */
	wikidata: ActionApi;
	/** This wiki's api.php: TextExtracts of the conflict's article. */
	local: ActionApi;
	/** The Query Service: one query, its raw JSON. */
	query( text: string, options?: RunOptions ): Promise<unknown>;
}

export function defaultClients(): ConflictClients {
	return {
		wikidata: { get: ( params ) => foreignGet( getEndpoints().wikidataApi, params ) },
		local: new mw.Api(),
		query: runQuery,
	};
}
