/**
 * Reading the published snapshot (snapshot.ts) from this wiki: `index.php?action=raw` pages the
 * wiki's CDN caches. The manifest and the key pages have fixed URLs (an hour at the CDN, a day in
 * the browser); the data pages' URLs carry the manifest's generation, so a new snapshot is a new
 * URL and they are cached for a month. Every page is bounded in size and checked before use.
 */
import { boundedText, request, requestJson, HttpError } from '../../core/http';
import { rawPageUrl, wikiIndexScript } from '../../core/endpoint';
import {
	KEY_SHARDS, MANIFEST_TITLE, SNAPSHOT_FORMAT, conflictsTitle, findArticle, keysTitle, parseManifest,
	placesTitle, placeIdsTitle, shardOf, titleKey, type ConflictsPage, type PlaceIdsPage, type PlacesPage,
	type SnapshotManifest,
} from './snapshot';

const MAX_PAGE_BYTES = 4 * 1000 * 1000;
const ENTRY_MAXAGE = 86400;
const ENTRY_SMAXAGE = 3600;
const DATA_MAXAGE = 30 * 86400;

export function manifestUrl(): string {
	return rawPageUrl( MANIFEST_TITLE, 3600, 300 );
}

export function keysUrl( title: string ): string {
	return rawPageUrl( keysTitle( shardOf( titleKey( title ), KEY_SHARDS ) ), ENTRY_MAXAGE, ENTRY_SMAXAGE );
}

function dataUrl( title: string, manifest: SnapshotManifest ): string {
	return rawPageUrl( title, DATA_MAXAGE, DATA_MAXAGE, '&gen=' + manifest.generation );
}

export function conflictsUrl( id: string, manifest: SnapshotManifest ): string {
	return dataUrl( conflictsTitle( shardOf( id, manifest.conflictShards ) ), manifest );
}

export function allConflictsUrls( manifest: SnapshotManifest ): string[] {
	const out: string[] = [];
	for ( let i = 0; i < manifest.conflictShards; i++ ) {
		out.push( dataUrl( conflictsTitle( i ), manifest ) );
	}
	return out;
}

export function placesUrl( id: string, manifest: SnapshotManifest ): string {
	return dataUrl( placesTitle( shardOf( id, manifest.placeShards ) ), manifest );
}

/** A big place's every conflict id (only places the manifest lists as big have this page). */
export function placeIdsUrl( id: string, manifest: SnapshotManifest ): string {
	return dataUrl( placeIdsTitle( id ), manifest );
}

/** One page per URL per page view: views of the same page share the download. */
const pages: Record<string, Promise<unknown>> = {};

function readPage( url: string, signal?: AbortSignal ): Promise<unknown> {
	if ( !pages[ url ] ) {
		pages[ url ] = requestJson<unknown>( url, { signal, timeoutMs: 20000, retries: 1, maxBytes: MAX_PAGE_BYTES } );
		pages[ url ].catch( () => {
			delete pages[ url ];
		} );
	}
	return pages[ url ];
}

/** For tests: forget the pages read. */
export function forgetSnapshotPages(): void {
	Object.keys( pages ).forEach( ( k ) => delete pages[ k ] );
}

/**
 * The manifest, or null when this wiki publishes no snapshot (no page: an empty answer, or HTTP
 * 404) or not one of this format. Other failures (5xx, timeouts) reject.
 */
export async function readManifest( signal?: AbortSignal ): Promise<SnapshotManifest | null> {
	if ( !wikiIndexScript() ) {
		return null;
	}
	const url = manifestUrl();
	let text: string;
	try {
		text = await boundedText( await request( url, { signal, timeoutMs: 20000, retries: 1 } ), url, MAX_PAGE_BYTES );
	} catch ( e ) {
		if ( e instanceof HttpError && e.kind === 'http' && e.status === 404 ) {
			return null;
		}
		throw e;
	}
	try {
		return text.trim() ? parseManifest( JSON.parse( text ) ) : null;
	} catch ( e ) {
		return null;
	}
}

/**
 * What this wiki's article is in the snapshot: a conflict, a place, or neither (null); `keys` from
 * articleKeys() (its item id, its title, the redirect it was reached by).
 */
export function readArticleKey( keys: string[],
	signal?: AbortSignal ): Promise<{ kind: 'conflict' | 'place'; id: string } | null> {
	return findArticle( keys, ( key ) => readPage( keysUrl( key ), signal ) );
}

function checked<T extends { format: number; generation: string }>( value: unknown, url: string ): T {
	const page = value as T | null;
	if ( !page || typeof page !== 'object' || page.format !== SNAPSHOT_FORMAT || typeof page.generation !== 'string' ) {
		throw new HttpError( 'malformed', url, 200, null, 'not a conflicts snapshot page' );
	}
	return page;
}

export async function readConflictsPage( url: string, signal?: AbortSignal ): Promise<ConflictsPage> {
	const page = checked<ConflictsPage>( await readPage( url, signal ), url );
	if ( !Array.isArray( page.conflicts ) ) {
		throw new HttpError( 'malformed', url, 200, null, 'no conflicts list' );
	}
	return page;
}

export async function readPlaceIds( url: string, signal?: AbortSignal ): Promise<string[]> {
	const page = checked<PlaceIdsPage>( await readPage( url, signal ), url );
	if ( !Array.isArray( page.ids ) ) {
		throw new HttpError( 'malformed', url, 200, null, 'no ids' );
	}
	return page.ids.filter( ( id ) => /^Q[1-9]\d{0,11}$/.test( String( id ) ) );
}

export async function readPlacesPage( url: string, signal?: AbortSignal ): Promise<PlacesPage> {
	const page = checked<PlacesPage>( await readPage( url, signal ), url );
	if ( !page.places || typeof page.places !== 'object' ) {
		throw new HttpError( 'malformed', url, 200, null, 'no places' );
	}
	return page;
}
