/**
 * The article probe: one small SPARQL ASK before any Geo Conflicts core loads on an article with
 * coordinates or a map. Most such articles are neither a conflict nor a place with conflicts; for
 * them the answer (kept a day in localStorage) is all the gadget ever downloads. A failed probe is
 * not cached and shows nothing: the reader did not ask for this.
 */
import { probeQuery, probeAnswer, type ProbePage } from './query';

/** What the probe needs from the page; the module entry passes the real ones, tests their own. */
export interface ProbeClients {
	/** SPARQL endpoint (the configured Query Service). */
	endpoint: string;
	fetch: ( url: string,
		init: { signal?: AbortSignal; headers?: Record<string, string> } ) => Promise<Response>;
	/**
	 * mw.storage's shape: get → string, null (absent) or false (unavailable); set with expiry in
	 * seconds.
	 */
	storage: {
		get( key: string ): string | null | false;
		set( key: string, value: string, expiry?: number ): boolean;
	};
}

export const PROBE_TTL_SECONDS = 24 * 3600;
const TIMEOUT_MS = 10000;

/** The storage key: the site's classes and endpoint are part of the question. */
export function probeKey( page: ProbePage, classes: string[], endpoint: string ): string {
	const who = 'item' in page ? page.item : page.site + page.languages.join( ',' ) + ':' + page.title;
	return 'geo-conflicts-probe:' + endpoint + '|' + classes.join( ',' ) + '|' + who;
}

/** True when the page needs the conflicts core; rejects when the service could not tell. */
export function probePage( page: ProbePage, classes: string[],
	clients: ProbeClients ): Promise<boolean> {
	let query: string;
	try {
		query = probeQuery( page, classes );
	} catch ( e ) {
		return Promise.resolve( false );
	}
	const key = probeKey( page, classes, clients.endpoint );
	const cached = clients.storage.get( key );
	if ( cached === '1' || cached === '0' ) {
		return Promise.resolve( cached === '1' );
	}
	// GET without custom headers: a simple CORS request (no preflight) whose answer caches can
	// keep.
	const url = clients.endpoint + ( clients.endpoint.includes( '?' ) ? '&' : '?' ) +
		'query=' + encodeURIComponent( query ) + '&format=json';
	const controller = typeof AbortController === 'function' ? new AbortController() : null;
	const timer = controller ? setTimeout( () => controller.abort(), TIMEOUT_MS ) : null;
	const done = (): void => {
		if ( timer ) {
			clearTimeout( timer );
		}
	};
	return clients.fetch( url, { signal: controller ? controller.signal : undefined } )
		.then( ( response ) => {
			if ( !response.ok ) {
				throw new Error( 'Probe answered HTTP ' + response.status );
			}
			return response.json();
		} )
		.then( ( json: unknown ) => {
			const answer = probeAnswer( json );
			if ( answer === null ) {
				throw new Error( 'Probe answer is not an ASK result' );
			}
			clients.storage.set( key, answer ? '1' : '0', PROBE_TTL_SECONDS );
			done();
			return answer;
		}, ( error: unknown ) => {
			done();
			throw error;
		} );
}
