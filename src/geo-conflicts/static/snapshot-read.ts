/**
 * The snapshot pages a static map reads: the manifest and the map cells it covers, as raw wiki
 * pages the CDN caches, at the same URLs as data/snapshot-pages.ts (the browser shares them). Small
 * on purpose: the static-map check carries it. A missing page is null, not an error.
 */
import { rawPageUrl } from '../../core/endpoint';
import { MANIFEST_TITLE } from '../data/snapshot-keys';
import { conflictsIn, mapCellTitle, type CellConflict } from '../data/map-cells';
import type { Bounds } from './geometry';

const MAX_BYTES = 2 * 1000 * 1000;
const DATA_MAXAGE = 30 * 86400;

async function readRaw( url: string ): Promise<unknown> {
	const response = await fetch( url, { credentials: 'same-origin' } );
	if ( response.status === 404 ) {
		return null;
	}
	const body = response.ok ? await response.text() : '';
	if ( !response.ok || body.length > MAX_BYTES ) {
		throw new Error( 'Geo Conflicts snapshot page: HTTP ' + response.status + ' ' + url );
	}
	// An empty page is a missing one (MediaWiki answers so when asked with a content type).
	return body.trim() ? JSON.parse( body ) : null;
}

export interface CellsManifest {
	generation: string;
	mapCells: string[];
}

/** The manifest's map fields, or null when this wiki publishes no snapshot (or one without cells). */
export async function readCellsManifest(): Promise<CellsManifest | null> {
	const m = await readRaw( rawPageUrl( MANIFEST_TITLE, 3600, 300 ) ) as Partial<CellsManifest> | null;
	return m && typeof m.generation === 'string' && Array.isArray( m.mapCells ) && m.mapCells.length ?
		{ generation: m.generation, mapCells: m.mapCells.map( String ) } : null;
}

/** The conflicts of the existing cells these bounds cover (null: the map covers too many). */
export function cellConflicts( manifest: CellsManifest, bounds: Bounds[] ): Promise<CellConflict[] | null> {
	const read = ( key: string ): Promise<unknown> => readRaw( rawPageUrl( mapCellTitle( key ),
		DATA_MAXAGE, DATA_MAXAGE, '&gen=' + manifest.generation ) );
	return conflictsIn( bounds, manifest.mapCells, manifest.generation, read );
}
