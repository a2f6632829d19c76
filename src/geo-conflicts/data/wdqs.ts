/**
 * The Query Service client: one query at a time (queue 'wdqs'), our Api-User-Agent, Retry-After
 * honoured with a countdown the UI shows, and complete answers cached for minutes. Failures and
 * malformed answers are never cached; the caller keeps showing what it had.
 */
import { requestJson, type RequestOptions, type HttpError } from '../../core/http';
import { cacheGet, cacheSet, MINUTE } from '../../core/cache';
import { getEndpoints } from '../../core/config';
import { normaliseAnswer, type NormaliseOptions } from './normalise';
import type { ConflictSet } from './types';
import { queryLimit } from './sparql';

/** Past this length the query goes as a POST form (WDQS accepts both; long GET URLs get cut). */
const MAX_GET_URL = 6000;

export interface RunOptions {
	signal?: AbortSignal;
	/** Countdown while the service asked us to wait (429 Retry-After); 0 when waiting is over. */
	onWait?: ( secondsLeft: number, reason: HttpError ) => void;
	/** Another Query Service than the page's (the publish command, off a wiki). */
	endpoint?: string;
	/** Extra headers (the publish command's User-Agent). */
	headers?: Record<string, string>;
	/** Longest answer read, bytes (default 150 MB). */
	maxBytes?: number;
}

/** Send a query and return the parsed JSON (not normalised). */
export function runQuery( query: string, options: RunOptions = {} ): Promise<unknown> {
	const endpoint = options.endpoint || getEndpoints().wdqs;
	const params = new URLSearchParams( { query, format: 'json' } );
	const get = endpoint + ( !endpoint.includes( '?' ) ? '?' : '&' ) + params.toString();
	const request: RequestOptions = {
		queue: 'wdqs',
		userAgent: true,
		// WDQS stops queries at 60 s; allow for the answer to travel.
		timeoutMs: 70000,
		retries: 2,
		maxRetryAfterSeconds: 300,
		// 50,000 conflicts (the most a query asks for) are ~75 MB of JSON; an endless body stops
		// here.
		maxBytes: options.maxBytes || 150 * 1000 * 1000,
		headers: options.headers,
		signal: options.signal,
		onWait: options.onWait,
	};
	if ( get.length <= MAX_GET_URL ) {
		return requestJson<unknown>( get, request );
	}
	return requestJson<unknown>( endpoint, Object.assign( request, {
		method: 'POST' as const,
		body: params,
		headers: Object.assign( { 'Content-Type': 'application/x-www-form-urlencoded' }, options.headers ),
	} ) );
}

/** A short stable hash for cache keys (FNV-1a 32 bit, hex). */
export function hashText( text: string ): string {
	let h = 0x811c9dc5;
	for ( let i = 0; i < text.length; i++ ) {
		// eslint-disable-next-line no-bitwise -- FNV-1a is defined in xor and unsigned 32-bit steps
		h ^= text.charCodeAt( i );
		h = Math.imul( h, 0x01000193 );
	}
	// eslint-disable-next-line no-bitwise -- to unsigned 32 bits, as FNV-1a defines the result
	return ( h >>> 0 ).toString( 16 ) + text.length.toString( 16 );
}

export interface LoadOptions extends RunOptions, Omit<NormaliseOptions, 'query' | 'now'> {
	cacheMinutes: number;
	/** Cache an answer with no conflicts too (a place with none is a real, common answer). */
	cacheEmpty?: boolean;
	/** Skip the cache (the reader pressed "reload"). */
	fresh?: boolean;
	/** The Query Service client (data/clients.ts); runQuery when not given. */
	run?: ( query: string, options: RunOptions ) => Promise<unknown>;
}

/** Load and normalise a query's conflicts, from the cache when fresh enough. */
export async function loadConflicts( query: string,
	options: LoadOptions ): Promise<ConflictSet & { fromCache: boolean }> {
	const key = 'geo-conflicts:wdqs:' + hashText( query );
	if ( !options.fresh ) {
		const cached = await cacheGet<ConflictSet>( key );
		if ( cached && cached.query === query ) {
			return Object.assign( {}, cached, { fromCache: true } );
		}
	}
	const data = await ( options.run || runQuery )( query,
		{ signal: options.signal, onWait: options.onWait } );
	// Throws MalformedAnswerError before anything is cached.
	const set = normaliseAnswer( data, {
		sectorMap: options.sectorMap,
		languages: options.languages,
		siteId: options.siteId,
		query,
		limit: queryLimit( query ),
	} );
	if ( set.conflicts.length || options.cacheEmpty ) {
		await cacheSet( key, set, options.cacheMinutes * MINUTE );
	}
	return Object.assign( {}, set, { fromCache: false } );
}

export interface ParsedLoadOptions extends RunOptions {
	cacheMinutes: number;
	fresh?: boolean;
	run?: ( query: string, options: RunOptions ) => Promise<unknown>;
}

/**
 * Any other view's query (sitelinks, class usage, country suggestions): run, parse (which throws
 * on a malformed answer, before anything is cached), cache the parsed value.
 */
export async function loadParsed<T>( query: string, parse: ( data: unknown ) => T,
	options: ParsedLoadOptions ): Promise<T> {
	const key = 'geo-conflicts:wdqs-parsed:' + hashText( query );
	if ( !options.fresh ) {
		const cached = await cacheGet<{ query: string; value: T }>( key );
		if ( cached && cached.query === query ) {
			return cached.value;
		}
	}
	const value = parse( await ( options.run || runQuery )( query,
		{ signal: options.signal, onWait: options.onWait } ) );
	await cacheSet( key, { query, value }, options.cacheMinutes * MINUTE );
	return value;
}
