/**
 * Read a response body chunk by chunk through a streaming TextDecoder into a parser (monthly or
 * weekly layout, tsv.ts), so a file is filtered while it downloads and never held whole. Reports
 * bytes as they arrive.
 */
import { HttpError, readBounded, type BodyLimits } from '../../core/http';
import type { TextSink, ParseStats } from './tsv';

/**
 * Far above any release month (estimated at 0.3–15 MB): a body past this is not read to its end.
 */
export const MAX_MONTH_BYTES = 200 * 1000 * 1000;

export class BodyTooLargeError extends Error {
	public constructor( public readonly bytes: number ) {
		super( 'Body larger than ' + MAX_MONTH_BYTES + ' bytes' );
		this.name = 'BodyTooLargeError';
	}
}

export interface StreamResult {
	stats: ParseStats;
	bytes: number;
	/** False when the body is shorter than its Content-Length or does not end with a newline. */
	complete: boolean;
}

export async function streamIntoParser(
	response: Response,
	parser: TextSink,
	onBytes?: ( bytes: number, total: number | null ) => void,
	maxBytes = MAX_MONTH_BYTES,
	limits: BodyLimits = {}
): Promise<StreamResult> {
	const lengthHeader = response.headers.get( 'Content-Length' );
	// With Content-Encoding the header counts compressed bytes, which we never see.
	const total = lengthHeader && !response.headers.get( 'Content-Encoding' ) ? Number( lengthHeader ) : null;
	let bytes: number;
	if ( !response.body ) {
		const text = await response.text();
		parser.push( text );
		bytes = text.length;
	} else {
		try {
			bytes = await readBounded( response.body, maxBytes, ( text, read ) => {
				parser.push( text );
				if ( onBytes && text ) {
					onBytes( read, total );
				}
			}, ( read ) => new BodyTooLargeError( read ), Object.assign( {
				stalled: ( seconds: number, idle: boolean ) => new HttpError( 'timeout', response.url, response.status, null,
					idle ? 'no data for ' + seconds + ' s' : 'body not complete after ' + seconds + ' s' ),
			}, limits ) );
		} catch ( e ) {
			if ( e instanceof HttpError || e instanceof BodyTooLargeError || ( e instanceof Error && e.name === 'TsvFormatError' ) ) {
				throw e;
			}
			// The connection broke mid-body.
			throw new HttpError( 'network', response.url, response.status, null, 'body interrupted' );
		}
	}
	const stats = parser.end();
	const complete = stats.terminated && ( total === null || isNaN( total ) || total === bytes );
	return { stats, bytes, complete };
}
