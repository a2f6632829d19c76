/**
 * The snapshot's map cells: every conflict with coordinates, by 10° × 10° cell of latitude and
 * longitude, with what a marker on a static map needs (id, label, position, sector, approximate,
 * article). A static mapframe reads only the cells its image covers, and only those the manifest
 * lists as existing (no request for a page that does not exist); a map in an area without
 * conflicts reads none. Published with the snapshot (snapshot-build.ts). No DOM.
 */
import type { Bounds } from '../static/geometry';

export const CELL_DEG = 10;
/** The pages' names, beside the other snapshot pages (snapshot-keys.ts). */
export const MAP_CELL_PREFIX = 'MediaWiki:Gadget-geo-conflicts-snapshot/map/';

export function mapCellTitle( key: string ): string {
	return MAP_CELL_PREFIX + key + '.json';
}

export function isCellKey( key: unknown ): key is string {
	return typeof key === 'string' && /^(1[0-7]|\d)-(3[0-5]|[12]?\d)$/.test( key );
}
export const CELLS_FORMAT = 1;
/** A map wider than this many cells (a continent or the world) is not overlaid from cells. */
export const MAX_CELLS = 12;

/** [ id, label, lat, lon, sector, approximate (0|1), article title or '' ] */
export type CellRow = [ string, string, number, number, string, number, string ];

export interface CellPage {
	format: number;
	generation: string;
	conflicts: CellRow[];
}

export interface CellConflict {
	id: string;
	label: string;
	lat: number;
	lon: number;
	sector: string;
	approximate: boolean;
	article?: string;
}

/** The cell of a position: "row-col", row 0 at the south pole, col 0 at 180° W. */
export function cellKey( lat: number, lon: number ): string {
	const row = Math.min( 180 / CELL_DEG - 1, Math.floor( ( lat + 90 ) / CELL_DEG ) );
	const col = Math.floor( ( ( ( lon + 180 ) % 360 + 360 ) % 360 ) / CELL_DEG );
	return row + '-' + col;
}

/** The cells that bounds cover (longitudes past ±180 wrap), or null when more than MAX_CELLS. */
export function cellsFor( b: Bounds ): string[] | null {
	const rows = Math.floor( ( Math.min( 89.999, b.north ) + 90 ) / CELL_DEG ) - Math.floor( ( Math.max( -90, b.south ) + 90 ) / CELL_DEG ) + 1;
	const cols = Math.floor( ( b.east + 180 ) / CELL_DEG ) - Math.floor( ( b.west + 180 ) / CELL_DEG ) + 1;
	if ( rows * Math.min( cols, 360 / CELL_DEG ) > MAX_CELLS ) {
		return null;
	}
	const out: string[] = [];
	for ( let r = 0; r < rows; r++ ) {
		for ( let c = 0; c < Math.min( cols, 360 / CELL_DEG ); c++ ) {
			const key = cellKey( Math.max( -90, b.south ) + r * CELL_DEG, b.west + c * CELL_DEG );
			if ( !out.includes( key ) ) {
				out.push( key );
			}
		}
	}
	return out;
}

/** The cell pages of a snapshot: key → rows, from conflicts with coordinates. */
export function buildCells( conflicts: CellConflict[] ): Record<string, CellRow[]> {
	const cells: Record<string, CellRow[]> = {};
	for ( const c of conflicts ) {
		if ( !( Math.abs( c.lat ) <= 90 && Math.abs( c.lon ) <= 180 ) ) {
			continue;
		}
		const key = cellKey( c.lat, c.lon );
		( cells[ key ] = cells[ key ] || [] ).push( [ c.id, c.label, +c.lat.toFixed( 5 ), +c.lon.toFixed( 5 ),
			c.sector, c.approximate ? 1 : 0, c.article || '' ] );
	}
	return cells;
}

/** The rows of a cell page, each checked (the page is wiki content: anyone with the right may edit). */
export function readCell( value: unknown, generation: string ): CellConflict[] {
	const page = value as CellPage | null;
	if ( !page || typeof page !== 'object' || page.format !== CELLS_FORMAT || page.generation !== generation ||
		!Array.isArray( page.conflicts ) ) {
		throw new Error( 'not a map cell of this snapshot' );
	}
	const out: CellConflict[] = [];
	for ( const r of page.conflicts ) {
		if ( Array.isArray( r ) && /^Q[1-9]\d{0,11}$/.test( String( r[ 0 ] ) ) && typeof r[ 1 ] === 'string' &&
			typeof r[ 2 ] === 'number' && Math.abs( r[ 2 ] ) <= 90 && typeof r[ 3 ] === 'number' &&
			Math.abs( r[ 3 ] ) <= 180 && typeof r[ 4 ] === 'string' ) {
			out.push( { id: r[ 0 ], label: r[ 1 ] || r[ 0 ], lat: r[ 2 ], lon: r[ 3 ], sector: r[ 4 ],
				approximate: r[ 5 ] === 1, article: typeof r[ 6 ] === 'string' && r[ 6 ] ? r[ 6 ] : undefined } );
		}
	}
	return out;
}

/**
 * The conflicts of the cells that cover these bounds, from the existing cells only; `read` gets a
 * cell's page (a CDN-cached wiki page). Null when the map covers too many cells.
 */
export async function conflictsIn( bounds: Bounds[], existing: string[], generation: string,
	read: ( key: string ) => Promise<unknown> ): Promise<CellConflict[] | null> {
	const keys: string[] = [];
	for ( const b of bounds ) {
		const cells = cellsFor( b );
		if ( !cells ) {
			return null;
		}
		cells.filter( ( k ) => existing.includes( k ) && !keys.includes( k ) ).forEach( ( k ) => keys.push( k ) );
	}
	const pages = await Promise.all( keys.map( ( k ) => read( k ) ) );
	return ( [] as CellConflict[] ).concat( ...pages.map( ( p ) => readCell( p, generation ) ) );
}
