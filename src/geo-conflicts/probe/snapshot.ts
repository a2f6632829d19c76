/**
 * The probe's first question, where the wiki publishes a conflicts snapshot: one key page of this
 * wiki (by a hash of the title; `action=raw`, cached by the wiki's CDN and a day in the browser)
 * says whether the article is a conflict or a place with conflicts. No request leaves the wiki.
 * Where the wiki has no snapshot (the key page is missing: an empty answer, or HTTP 404) the answer
 * is null, remembered for a few hours, and the probe asks the Query Service as before.
 */
import { rawPageUrl } from '../../core/endpoint';
import { KEY_SHARDS, findArticle, keysTitle, shardOf, titleKey } from '../data/snapshot-keys';
import type { ProbeClients } from './probe';

const TTL_SECONDS = 24 * 3600;
const NO_SNAPSHOT_TTL_SECONDS = 3 * 3600;
const MAX_BYTES = 500 * 1000;

export function keyPageUrl( title: string ): string {
	return rawPageUrl( keysTitle( shardOf( titleKey( title ), KEY_SHARDS ) ), 86400, 3600 );
}

/**
 * True or false from the snapshot; null when this wiki publishes none. Rejects on other errors.
 * `keys`: the page's lookup keys (snapshot-keys.ts articleKeys: item id, title, redirect).
 */
export function snapshotAnswer( keys: string[],
	clients: Pick<ProbeClients, 'fetch' | 'storage'> & { script: string } ): Promise<boolean | null> {
	if ( !clients.script || !keys.length ) {
		return Promise.resolve( null );
	}
	const base = 'geo-conflicts-probe:snapshot:' + clients.script;
	const key = base + '|' + keys.join( '|' );
	const cached = clients.storage.get( key );
	if ( cached === '1' || cached === '0' ) {
		return Promise.resolve( cached === '1' );
	}
	if ( clients.storage.get( base ) === 'none' ) {
		return Promise.resolve( null );
	}
	let missing = false;
	const none = (): null => {
		clients.storage.set( base, 'none', NO_SNAPSHOT_TTL_SECONDS );
		missing = true;
		return null;
	};
	// No snapshot here (the first key page missing): no request for the other keys.
	const read = ( lookup: string ): Promise<unknown> => ( missing ? Promise.resolve( null ) : clients.fetch( keyPageUrl( lookup ), {} ) ).then( ( response ) => {
		if ( !response ) {
			return null;
		}
		if ( response.status === 404 ) {
			return none();
		}
		if ( !response.ok ) {
			throw new Error( 'Snapshot key page answered HTTP ' + response.status );
		}
		// This wiki's own page, a few KB (the publish command's budget): read whole, then checked.
		return response.text().then( ( text ) => {
			if ( !text.trim() ) {
				return none();
			}
			if ( text.length > MAX_BYTES ) {
				throw new Error( 'Snapshot key page too large' );
			}
			return JSON.parse( text ) as unknown;
		} );
	} );
	return findArticle( keys, read ).then( ( entry ) => {
		if ( missing ) {
			return null;
		}
		clients.storage.set( key, entry ? '1' : '0', TTL_SECONDS );
		return !!entry;
	} );
}
