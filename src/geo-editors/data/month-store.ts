/**
 * One download per month per page. Every panel, filter and view on a page asks this store; it reads
 * a month once (the whole file, stream-parsed), keeps it in memory for the page and in IndexedDB
 * for later visits, and serves any country or wiki from it. A month the release does not have
 * (HTTP 404) is remembered for a few hours, so views stop asking for it on every visit. A failed
 * or cut-off download is never kept: the next request tries again.
 */
import { HttpError } from '../../core/http';
import type { ParseStats } from './tsv';
import type { GeoRow } from './types';

/** A whole month as read from the release (monthly rows, or the weekly release's rows). */
export interface WholeMonth<R = GeoRow> {
	rows: R[];
	stats: ParseStats;
	/** Every line could be read; only such months are persisted. */
	complete: boolean;
}

export interface MonthStoreOptions {
	signal?: AbortSignal;
	onBytes?: ( bytes: number, total: number | null ) => void;
	onWait?: ( secondsLeft: number ) => void;
}

/** What the store needs: a download of one whole month, and a persistent cache (core/cache.ts). */
export interface MonthStoreClients<R = GeoRow> {
	download( month: string, options: MonthStoreOptions ): Promise<WholeMonth<R>>;
	cacheGet<T>( key: string ): Promise<T | undefined>;
	cacheSet<T>( key: string, value: T, ttlMs: number ): Promise<void>;
	/**
	 * Prefix of the persistent keys (the release's base URL: another endpoint is another dataset).
	 */
	keyPrefix: string;
	/**
	 * Which release the files are (part of every key: a weekly month is never read as a monthly
	 * one).
	 */
	release?: 'monthly' | 'weekly';
	/** How long a month and a missing month are kept. */
	monthTtlMs: number;
	missingTtlMs: number;
}

export interface StoredMonth<R = GeoRow> extends WholeMonth<R> {
	/** From IndexedDB (a previous visit) rather than downloaded on this page. */
	fromCache: boolean;
}

/** The caller's signal ends the caller's wait, not the shared download other panels may need. */
function untilAborted<T>( shared: Promise<T>, signal?: AbortSignal, url = '' ): Promise<T> {
	if ( !signal ) {
		return shared;
	}
	if ( signal.aborted ) {
		return Promise.reject( new HttpError( 'aborted', url ) );
	}
	return new Promise<T>( ( resolve, reject ) => {
		const stop = (): void => reject( new HttpError( 'aborted', url ) );
		signal.addEventListener( 'abort', stop, { once: true } );
		shared.then( ( value ) => {
			signal.removeEventListener( 'abort', stop );
			resolve( value );
		}, ( e ) => {
			signal.removeEventListener( 'abort', stop );
			reject( e );
		} );
	} );
}

export class MonthStore<R = GeoRow> {
	private readonly months = new Map<string, Promise<StoredMonth<R>>>();

	public constructor( private readonly clients: MonthStoreClients<R> ) {}

	/**
	 * The whole month: this page's copy, else the persistent one, else one download shared by all
	 * callers.
	 */
	public get( month: string, options: MonthStoreOptions = {} ): Promise<StoredMonth<R>> {
		let shared = this.months.get( month );
		if ( !shared ) {
			shared = this.read( month, options );
			this.months.set( month, shared );
			shared.then( undefined, () => {
				// Not kept: a retry downloads again (a remembered 404 answers from the cache).
				this.months.delete( month );
			} );
		}
		return untilAborted( shared, options.signal, month );
	}

	private key( kind: string, month: string ): string {
		// Monthly keys stay as they were (caches of earlier visits remain valid).
		const release = this.clients.release === 'weekly' ? 'weekly:' : '';
		return 'geoeditors:' + kind + ':' + release + this.clients.keyPrefix + month;
	}

	private async read( month: string, options: MonthStoreOptions ): Promise<StoredMonth<R>> {
		const c = this.clients;
		const missing = await c.cacheGet<number>( this.key( 'missing', month ) );
		if ( missing ) {
			throw new HttpError( 'http', this.clients.keyPrefix + month, missing );
		}
		const kept = await c.cacheGet<WholeMonth<R>>( this.key( 'whole', month ) );
		if ( kept ) {
			return Object.assign( {}, kept, { fromCache: true } );
		}
		let whole: WholeMonth<R>;
		try {
			// Not the caller's signal: one panel going away must not cut the download the others
			// share.
			whole = await c.download( month, { onBytes: options.onBytes, onWait: options.onWait } );
		} catch ( e ) {
			if ( e instanceof HttpError && e.kind === 'http' && e.status === 404 ) {
				await c.cacheSet( this.key( 'missing', month ), 404, c.missingTtlMs );
			}
			throw e;
		}
		if ( whole.complete ) {
			await c.cacheSet<WholeMonth<R>>( this.key( 'whole', month ), whole, c.monthTtlMs );
		}
		return Object.assign( {}, whole, { fromCache: false } );
	}
}
