// Test controls of the fixture server (localwiki/fixture-server.mjs): fault injection and the
// request log. Faults are global to the server: tests that set them run one at a time
// (vitest.e2e.config.ts) and clear them when done.

import type { E2EContext } from './global-setup';

export interface Fault {
	/**
	 * Substring of the decoded path + query (or of the encoded POST form) that selects requests.
	 */
	match: string;
	status?: number;
	headers?: Record<string, string>;
	body?: string;
	delayMs?: number;
	truncateBytes?: number;
	reset?: boolean;
	hang?: boolean;
	times?: number;
	/**
	 * Whether the answer lets the page read Retry-After (Access-Control-Expose-Headers). Unset: as
	 * the real host does (the Action API exposes it; analytics.wikimedia.org and WDQS do not).
	 */
	exposeRetryAfter?: boolean;
}

export async function setFaults( ctx: E2EContext, faults: Fault[] ): Promise<void> {
	const res = await fetch( `${ ctx.fixtureUrl }/__faults`, { method: 'POST', body: JSON.stringify( faults ) } );
	if ( !res.ok ) {
		throw new Error( `POST /__faults answered ${ res.status }` );
	}
}

/** Remove all faults, or only those set with one of `matches`. */
export async function clearFaults( ctx: E2EContext, matches?: string[] ): Promise<void> {
	if ( !matches ) {
		await fetch( `${ ctx.fixtureUrl }/__faults`, { method: 'DELETE' } );
		return;
	}
	for ( const match of matches ) {
		await fetch( `${ ctx.fixtureUrl }/__faults?match=${ encodeURIComponent( match ) }`, { method: 'DELETE' } );
	}
}

export interface LoggedRequest { method: string; path: string; host: string; time: string }

export async function fixtureLog( ctx: E2EContext, clear = false ): Promise<LoggedRequest[]> {
	const res = await fetch( `${ ctx.fixtureUrl }/__log`, { method: clear ? 'DELETE' : 'GET' } );
	return await res.json() as LoggedRequest[];
}

/**
 * Match strings for a piece of SPARQL as the fixture server sees it: a GET query string decoded
 * with decodeURIComponent (spaces stay "+", as URLSearchParams wrote them) and a POST form
 * re-encoded by URLSearchParams.
 */
export function sparqlMatches( text: string ): string[] {
	const encoded = new URLSearchParams( { q: text } ).toString().slice( 2 );
	return [ ...new Set( [ text.replace( / /g, '+' ), encoded, text ] ) ];
}

/** Serve only this Turtle dataset from the local query service and Wikidata API (hostile e2e). */
export async function loadWikidata( ctx: E2EContext, turtle: string ): Promise<void> {
	const res = await fetch( `${ ctx.fixtureUrl }/__wikidata`, { method: 'POST', body: turtle } );
	if ( !res.ok ) {
		throw new Error( 'loading the dataset failed: ' + await res.text() );
	}
}

/** Back to the default dataset (the sample data, or --data DIR/wikidata). */
export async function resetWikidata( ctx: E2EContext ): Promise<void> {
	await fetch( `${ ctx.fixtureUrl }/__wikidata`, { method: 'DELETE' } );
}
