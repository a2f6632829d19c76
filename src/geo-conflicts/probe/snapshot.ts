/**
 * The probe's first question, where the wiki publishes a conflicts snapshot: one key page of this
 * wiki (by a hash of the title; `action=raw`, cached by the wiki's CDN and a day in the browser)
 * says whether the article is a conflict or a place with conflicts. No request leaves the wiki.
 * Where the wiki has no snapshot (the key page is missing: an empty answer, or HTTP 404) the answer
 * is null, remembered for a few hours, and the probe asks the Query Service as before.
 */
import { rawPageUrl } from '../../core/endpoint';
import { boundedText } from '../../core/http';
import { KEY_SHARDS, keyEntry, keysTitle, shardOf, titleKey } from '../data/snapshot-keys';
import type { ProbeClients } from './probe';

const TTL_SECONDS = 24 * 3600;
const NO_SNAPSHOT_TTL_SECONDS = 3 * 3600;
const MAX_BYTES = 500 * 1000;

export function keyPageUrl( title: string ): string {
	return rawPageUrl( keysTitle( shardOf( titleKey( title ), KEY_SHARDS ) ), 86400, 3600 );
}

/** True or false from the snapshot; null when this wiki publishes none. Rejects on other errors. */
export function snapshotAnswer( title: string,
	clients: Pick<ProbeClients, 'fetch' | 'storage'> & { script: string } ): Promise<boolean | null> {
	if ( !clients.script || !title ) {
		return Promise.resolve( null );
	}
	const base = 'geo-conflicts-probe:snapshot:' + clients.script;
	const key = base + '|' + titleKey( title );
	const cached = clients.storage.get( key );
	if ( cached === '1' || cached === '0' ) {
		return Promise.resolve( cached === '1' );
	}
	if ( clients.storage.get( base ) === 'none' ) {
		return Promise.resolve( null );
	}
	const url = keyPageUrl( title );
	const none = (): null => {
		clients.storage.set( base, 'none', NO_SNAPSHOT_TTL_SECONDS );
		return null;
	};
	return clients.fetch( url, {} ).then( ( response ) => {
		if ( response.status === 404 ) {
			return none();
		}
		if ( !response.ok ) {
			throw new Error( 'Snapshot key page answered HTTP ' + response.status );
		}
		return boundedText( response, url, MAX_BYTES ).then( ( text ) => {
			if ( !text.trim() ) {
				return none();
			}
			const answer = !!keyEntry( JSON.parse( text ), title );
			clients.storage.set( key, answer ? '1' : '0', TTL_SECONDS );
			return answer;
		} );
	} );
}
