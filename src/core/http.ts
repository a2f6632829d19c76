/**
 * One HTTP client for every fetch-based endpoint (WDQS, the geoeditors files, the REST API):
 * timeouts, abort, retries with backoff, `Retry-After` on 429/503, a serial queue so WDQS never
 * sees two queries of ours at once, and the `Api-User-Agent` header Wikimedia asks tools to send.
 * Action APIs go through mw.Api / mw.ForeignApi instead (see foreignApi below).
 */
declare const __VERSION__: string;

export type HttpErrorKind = 'rate-limited' | 'server' | 'timeout' | 'network' | 'http' | 'aborted' | 'malformed' | 'too-large';

export class HttpError extends Error {
	public readonly kind: HttpErrorKind;

	public readonly status: number;

	/** Seconds the server asked us to wait (429/503 Retry-After), when it said. */
	public readonly retryAfter: number | null;

	public readonly url: string;

	public constructor( kind: HttpErrorKind, url: string, status = 0, retryAfter: number | null = null, detail = '' ) {
		super( kind + ( status ? ' ' + status : '' ) + ( detail ? ': ' + detail : '' ) + ' (' + url + ')' );
		this.name = 'HttpError';
		this.kind = kind;
		this.status = status;
		this.retryAfter = retryAfter;
		this.url = url;
	}
}

export interface RequestOptions {
	method?: 'GET' | 'POST';
	body?: string | URLSearchParams;
	headers?: Record<string, string>;
	/**
	 * Send `Api-User-Agent` (WDQS and Wikimedia APIs; not static files, it forces a CORS
	 * preflight).
	 */
	userAgent?: boolean;
	/** Time to wait for the response headers, per attempt. */
	timeoutMs?: number;
	/** Attempts after the first one, for timeouts, network errors, 5xx and 429. */
	retries?: number;
	/** Longest Retry-After we accept before giving up and telling the user. */
	maxRetryAfterSeconds?: number;
	signal?: AbortSignal;
	/**
	 * requestJson: the longest body read (bytes); past it the answer is 'too-large', not read on.
	 */
	maxBytes?: number;
	/** requestJson: longest wait for the next chunk of the body (default BODY_IDLE_MS). */
	bodyIdleMs?: number;
	/** Requests with the same queue name run one after the other (WDQS etiquette). */
	queue?: string;
	/**
	 * Called every second while waiting for a Retry-After (for a visible countdown), and with 0 at
	 * the end.
	 */
	onWait?: ( secondsLeft: number, reason: HttpError ) => void;
}

export const USER_AGENT = 'GeoGadgets/' + ( typeof __VERSION__ === 'string' ? __VERSION__ : 'dev' ) +
	' (https://github.com/wikimedia-cl/geo-gadgets; Wikimedia Chile gadgets)';

const queues: Record<string, Promise<unknown>> = {};

/** Seconds from a Retry-After header (delta-seconds or HTTP date); null when absent or nonsense. */
export function parseRetryAfter( value: string | null, now = Date.now() ): number | null {
	if ( !value ) {
		return null;
	}
	if ( /^\s*\d+\s*$/.test( value ) ) {
		return parseInt( value, 10 );
	}
	const date = Date.parse( value );
	if ( isNaN( date ) ) {
		return null;
	}
	return Math.max( 0, Math.ceil( ( date - now ) / 1000 ) );
}

function sleep( ms: number, signal?: AbortSignal ): Promise<void> {
	return new Promise( ( resolve, reject ) => {
		if ( signal && signal.aborted ) {
			reject( new DOMException( 'Aborted', 'AbortError' ) );
			return;
		}
		const timer = setTimeout( () => {
			if ( signal ) {
				signal.removeEventListener( 'abort', onAbort );
			}
			resolve();
		}, ms );
		function onAbort(): void {
			clearTimeout( timer );
			reject( new DOMException( 'Aborted', 'AbortError' ) );
		}
		if ( signal ) {
			signal.addEventListener( 'abort', onAbort, { once: true } );
		}
	} );
}

async function waitWithCountdown( seconds: number, reason: HttpError,
	options: RequestOptions ): Promise<void> {
	for ( let left = seconds; left > 0; left-- ) {
		if ( options.onWait ) {
			options.onWait( left, reason );
		}
		await sleep( 1000, options.signal );
	}
	if ( options.onWait ) {
		options.onWait( 0, reason );
	}
}

async function attempt( url: string, options: RequestOptions ): Promise<Response> {
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout( () => {
		timedOut = true;
		controller.abort();
	}, options.timeoutMs || 30000 );
	const onOuterAbort = (): void => controller.abort();
	if ( options.signal ) {
		options.signal.addEventListener( 'abort', onOuterAbort, { once: true } );
	}
	const headers: Record<string, string> = Object.assign( {}, options.headers );
	if ( options.userAgent ) {
		headers[ 'Api-User-Agent' ] = USER_AGENT;
	}
	try {
		const response = await fetch( url, {
			method: options.method || 'GET',
			body: options.body,
			headers,
			signal: controller.signal,
			credentials: 'omit',
		} );
		if ( response.ok ) {
			return response;
		}
		const retryAfter = parseRetryAfter( response.headers.get( 'Retry-After' ) );
		const status = response.status;
		// Free the connection; the error body is of no use to the reader.
		response.body?.cancel().catch( () => undefined );
		if ( status === 429 ) {
			throw new HttpError( 'rate-limited', url, status, retryAfter );
		}
		throw new HttpError( status >= 500 ? 'server' : 'http', url, status, retryAfter );
	} catch ( e ) {
		if ( e instanceof HttpError ) {
			throw e;
		}
		if ( options.signal && options.signal.aborted ) {
			throw new HttpError( 'aborted', url );
		}
		throw new HttpError( timedOut ? 'timeout' : 'network', url, 0, null, e instanceof Error ? e.message : '' );
	} finally {
		clearTimeout( timer );
		if ( options.signal ) {
			options.signal.removeEventListener( 'abort', onOuterAbort );
		}
	}
}

/**
 * Run an attempt again on rate limits (waiting out Retry-After, with a countdown), server errors,
 * timeouts and network errors, with exponential backoff; any other failure is final.
 */
export async function withRetries<T>( attemptOnce: () => Promise<T>,
	options: RequestOptions ): Promise<T> {
	const retries = options.retries === undefined ? 2 : options.retries;
	const maxWait = options.maxRetryAfterSeconds === undefined ? 120 : options.maxRetryAfterSeconds;
	for ( let n = 0; ; n++ ) {
		try {
			return await attemptOnce();
		} catch ( e ) {
			const error = e as HttpError;
			const retryable = error.kind === 'rate-limited' || error.kind === 'server' ||
				error.kind === 'timeout' || error.kind === 'network';
			if ( !retryable || n >= retries ) {
				throw error;
			}
			if ( error.retryAfter !== null && ( error.status === 429 || error.status === 503 ) ) {
				if ( error.retryAfter > maxWait ) {
					throw error;
				}
				await waitWithCountdown( error.retryAfter, error, options );
			} else {
				// Exponential backoff with jitter: 1 s, 2 s, 4 s … so retries of many clients
				// spread out.
				await sleep( ( 1000 * 2 ** n ) * ( 0.75 + Math.random() / 2 ), options.signal );
			}
		}
	}
}

function requestNow( url: string, options: RequestOptions ): Promise<Response> {
	return withRetries( () => attempt( url, options ), options );
}

/**
 * Fetch with the policies above; resolves with an ok Response (body unread), rejects with
 * HttpError.
 */
export function request( url: string, options: RequestOptions = {} ): Promise<Response> {
	if ( !options.queue ) {
		return requestNow( url, options );
	}
	const previous = queues[ options.queue ] || Promise.resolve();
	const run = previous.then( () => requestNow( url, options ), () => requestNow( url, options ) );
	// The queue waits for the headers of the previous request; reading bodies may overlap.
	queues[ options.queue ] = run.catch( () => undefined );
	return run;
}

/** Default bound of a JSON body: far above any answer we ask for, short of filling the memory. */
export const MAX_JSON_BYTES = 64 * 1000 * 1000;
/** Longest wait for the next chunk of a body: a server that stops sending is given up on. */
export const BODY_IDLE_MS = 60 * 1000;

/** Time bounds of reading one body. */
export interface BodyLimits {
	/** Longest wait for the next chunk (default BODY_IDLE_MS). */
	idleMs?: number;
	/** Longest time for the whole body, from the first read (default: none). */
	deadlineMs?: number;
	/** The error for a body that stalled or ran out of time (default: a 'timeout' HttpError). */
	stalled?: ( seconds: number, idle: boolean ) => Error;
}

/** The next chunk of a body, or `stalled` when none comes within `ms`. */
function readWithin( reader: ReadableStreamDefaultReader<Uint8Array>, ms: number,
	stalled: () => Error ): Promise<ReadableStreamReadResult<Uint8Array>> {
	return new Promise( ( resolve, reject ) => {
		const timer = setTimeout( () => reject( stalled() ), ms );
		reader.read().then( ( r ) => {
			clearTimeout( timer );
			resolve( r );
		}, ( e ) => {
			clearTimeout( timer );
			reject( e );
		} );
	} );
}

/**
 * Read a body chunk by chunk as decoded text, stopping with `tooLarge( bytes )` past maxBytes (an
 * endless body never fills the memory) and with a timeout when no chunk comes for `idleMs` or the
 * whole body takes longer than `deadlineMs` (a stalled body never hangs the reader). Resolves to
 * the bytes read; on any error the body is cancelled and the error passed on. Shared by JSON
 * answers, the streamed month files and the command-line tools (Node's fetch has the same
 * streams).
 */
export async function readBounded(
	body: ReadableStream<Uint8Array>,
	maxBytes: number,
	onText: ( text: string, bytes: number ) => void,
	tooLarge: ( bytes: number ) => Error,
	limits: BodyLimits = {},
): Promise<number> {
	const reader = body.getReader();
	const decoder = new TextDecoder( 'utf-8' );
	const idleMs = limits.idleMs || BODY_IDLE_MS;
	const deadline = limits.deadlineMs ? Date.now() + limits.deadlineMs : Infinity;
	const stalled = limits.stalled ||
		( ( seconds: number, idle: boolean ) => new HttpError( 'timeout', '', 0, null, idle ?
			'no data for ' + seconds + ' s' : 'body not complete after ' + seconds + ' s' ) );
	let bytes = 0;
	try {
		for ( ;; ) {
			const left = deadline - Date.now();
			const idle = idleMs <= left;
			const wait = Math.max( 0, Math.min( idleMs, left ) );
			const { done, value } = await readWithin( reader, wait, () => stalled( ( idle ? idleMs : limits.deadlineMs as number ) / 1000, idle ) );
			if ( done ) {
				break;
			}
			bytes += value.byteLength;
			if ( bytes > maxBytes ) {
				throw tooLarge( bytes );
			}
			onText( decoder.decode( value, { stream: true } ), bytes );
		}
	} catch ( e ) {
		reader.cancel().catch( () => undefined );
		throw e;
	}
	onText( decoder.decode(), bytes );
	return bytes;
}

/** The body as text, at most maxBytes of it: an endless body is 'too-large', said as such. */
export async function boundedText( response: Response, url: string,
	maxBytes: number = MAX_JSON_BYTES, limits: BodyLimits = {} ): Promise<string> {
	if ( !response.body ) {
		return response.text();
	}
	const parts: string[] = [];
	await readBounded( response.body, maxBytes, ( text ) => {
		parts.push( text );
	}, () => new HttpError( 'too-large', url, response.status, null, 'more than ' + maxBytes + ' bytes' ),
	Object.assign( { stalled: ( seconds: number, idle: boolean ) => new HttpError( 'timeout', url,
		response.status, null, idle ? 'no data for ' + seconds + ' s' :
			'body not complete after ' + seconds + ' s' ) }, limits ) );
	return parts.join( '' );
}

/** `request` and parse the body as JSON; a body that is not JSON is a 'malformed' HttpError. */
export async function requestJson<T>( url: string, options: RequestOptions = {} ): Promise<T> {
	const response = await request( url, options );
	let text: string;
	try {
		text = await boundedText( response, url, options.maxBytes || MAX_JSON_BYTES,
			{ idleMs: options.bodyIdleMs } );
	} catch ( e ) {
		if ( e instanceof HttpError ) {
			throw e;
		}
		throw new HttpError( options.signal && options.signal.aborted ? 'aborted' : 'network', url, response.status, null, 'body interrupted' );
	}
	try {
		return JSON.parse( text ) as T;
	} catch ( e ) {
		throw new HttpError( 'malformed', url, response.status, null, 'invalid JSON' );
	}
}

interface ApiFailure {
	xhr?: { status?: number; getResponseHeader?( name: string ): string | null };
	textStatus?: string;
}

/** mw.Api rejects with (code, details): the HttpError the UI knows how to explain. */
export function apiError( url: string, code: unknown, details: unknown ): HttpError {
	const d = ( details && typeof details === 'object' ? details : {} ) as ApiFailure;
	const status = d.xhr && typeof d.xhr.status === 'number' ? d.xhr.status : 0;
	if ( code === 'http' ) {
		if ( d.textStatus === 'timeout' ) {
			return new HttpError( 'timeout', url );
		}
		if ( d.textStatus === 'abort' ) {
			return new HttpError( 'aborted', url );
		}
		const retryAfter = d.xhr && d.xhr.getResponseHeader ? parseRetryAfter( d.xhr.getResponseHeader( 'Retry-After' ) ) : null;
		if ( status === 429 ) {
			return new HttpError( 'rate-limited', url, status, retryAfter );
		}
		return status >= 500 ? new HttpError( 'server', url, status, retryAfter ) :
			status ? new HttpError( 'http', url, status ) : new HttpError( 'network', url );
	}
	// 'ok-but-empty', 'invalidjson', or an API error code: the answer cannot be used.
	return new HttpError( 'malformed', url, status, null, String( code ) );
}

/**
 * A GET to another wiki's Action API through mw.ForeignApi, with the same retry policy as
 * request() and failures as HttpError.
 */
export function foreignGet( apiUrl: string, params: Record<string, string | number | boolean>,
	options: RequestOptions = {} ): Promise<unknown> {
	const api = foreignApi( apiUrl );
	return withRetries( () => new Promise<unknown>( ( resolve, reject ) => {
		api.get( params ).then( resolve,
			( code: unknown, details: unknown ) => reject( apiError( apiUrl, code, details ) ) );
	} ), options );
}

/**
 * An mw.ForeignApi for another wiki's api.php, anonymous (no cookies cross-site), tagged with our
 * user agent.
 */
export function foreignApi( apiUrl: string ): mw.ForeignApi {
	return new mw.ForeignApi( apiUrl, {
		anonymous: true,
		ajax: { headers: { 'Api-User-Agent': USER_AGENT }, timeout: 30000 },
	} );
}
