// Downloads of release files for the command-line tools, through the gadget's own bounded, timed
// reader (src/core/http.ts request + readBounded, src/geo-editors/data/stream.ts): headers within a
// timeout, the body streamed into the parser (never held whole) with a byte bound, an idle bound
// (no data for this long: given up) and an overall deadline. Every failure is an Error that names
// the file and says what happened; a 404 is null (the release does not have that month).

import { request, HttpError } from '../core/http';
import { streamIntoParser, BodyTooLargeError, MAX_MONTH_BYTES } from '../geo-editors/data/stream';
import { TsvFormatError, type ParseStats, type RowParser } from '../geo-editors/data/tsv';

export interface DownloadLimits {
	/** Headers within this (ms). */
	timeoutMs: number;
	/** No data for this long ends the download (ms). */
	idleMs: number;
	/** The whole file within this (ms). */
	deadlineMs: number;
	maxBytes: number;
}

export const CLI_LIMITS: DownloadLimits = {
	timeoutMs: 30_000, idleMs: 30_000, deadlineMs: 10 * 60_000, maxBytes: MAX_MONTH_BYTES,
};

export interface ReleaseFile<R> {
	rows: R[];
	stats: ParseStats;
	/** The file's Last-Modified as ISO 8601, null when absent. */
	lastModified: string | null;
}

function describe( e: unknown, limits: DownloadLimits ): string {
	if ( e instanceof BodyTooLargeError ) {
		return `more than ${ limits.maxBytes / 1e6 } MB: not what the release looks like`;
	}
	if ( e instanceof TsvFormatError ) {
		return e.message;
	}
	if ( e instanceof HttpError ) {
		const detail = e.message.slice( e.message.indexOf( ': ' ) + 2, e.message.lastIndexOf( ' (' ) );
		return e.kind === 'timeout' ? `timed out (${ detail })` :
			e.kind === 'http' || e.kind === 'server' || e.kind === 'rate-limited' ? `HTTP ${ e.status }` :
				`${ e.kind }: ${ e.message }`;
	}
	return e instanceof Error ? e.message : String( e );
}

/** One release file streamed into `parser`; null when the release does not have it (404). */
export async function downloadReleaseFile<R extends object>( url: string, parser: RowParser<R>,
	limits: DownloadLimits = CLI_LIMITS ): Promise<ReleaseFile<R> | null> {
	try {
		const response = await request( url, { timeoutMs: limits.timeoutMs, retries: 1,
			headers: { 'user-agent': 'GeoGadgetsPublishReduced/0.1' } } );
		const result = await streamIntoParser( response, parser, undefined,
			limits.maxBytes, { idleMs: limits.idleMs, deadlineMs: limits.deadlineMs } );
		if ( !result.complete ) {
			throw new Error( 'cut off (shorter than its Content-Length, or no final newline)' );
		}
		const lm = response.headers.get( 'last-modified' );
		return { rows: parser.rows, stats: result.stats,
			lastModified: lm && !Number.isNaN( Date.parse( lm ) ) ?
				new Date( lm ).toISOString() : null };
	} catch ( e ) {
		if ( e instanceof HttpError && e.kind === 'http' && e.status === 404 ) {
			return null;
		}
		// eslint-disable-next-line preserve-caught-error -- ES2016 lib: no Error cause; the message says it
		throw new Error( `${ url }: ${ describe( e, limits ) }` );
	}
}
