/**
 * Light, optional source: the Wikimedia REST API's editors/by-country (Wikipedias only, values
 * rounded up to tens, not differentially private). Kept apart from the DP numbers: the views label
 * it as its own source and never add or compare it with DP counts.
 */
import { getEndpoints } from '../../core/config';
import { requestJson } from '../../core/http';
import { cacheGet, cacheSet, DAY } from '../../core/cache';

export type RestLevel = '5..99-edits' | '100..-edits';

export interface RestCountry {
	country: string;
	/** Editors rounded up to the next ten ("at most"). */
	editorsCeil: number;
}

/** Validate the REST answer; rows not shaped as documented are dropped. */
export function parseByCountry( json: unknown ): RestCountry[] {
	const items = json && typeof json === 'object' ? ( json as { items?: unknown } ).items : null;
	const out: RestCountry[] = [];
	if ( !Array.isArray( items ) || !items.length ) {
		return out;
	}
	const countries = ( items[ 0 ] as { countries?: unknown } ).countries;
	if ( !Array.isArray( countries ) ) {
		return out;
	}
	for ( const c of countries as Record<string, unknown>[] ) {
		if ( typeof c.country === 'string' && /^[A-Z]{2}$/.test( c.country ) &&
			typeof c[ 'editors-ceil' ] === 'number' && isFinite( c[ 'editors-ceil' ] as number ) ) {
			out.push( { country: c.country, editorsCeil: c[ 'editors-ceil' ] as number } );
		}
	}
	return out.sort( ( a, b ) => b.editorsCeil - a.editorsCeil );
}

/** Top countries of a Wikipedia (`es.wikipedia`) for a month and level, cached. */
export async function loadRestByCountry( project: string, level: RestLevel, month: string,
	signal?: AbortSignal ): Promise<RestCountry[]> {
	if ( !/^[a-z][a-z0-9-]{0,20}\.wikipedia$/.test( project ) || !/^\d{4}-\d{2}$/.test( month ) ) {
		throw new Error( 'The REST source covers Wikipedias only' );
	}
	const url = getEndpoints().restMetrics + 'editors/by-country/' + project + '.org/' + level + '/' +
		month.slice( 0, 4 ) + '/' + month.slice( 5 );
	const key = 'geoeditors:rest:' + url;
	const cached = await cacheGet<RestCountry[]>( key );
	if ( cached ) {
		return cached;
	}
	const rows =
		parseByCountry( await requestJson( url, { signal, userAgent: true, timeoutMs: 20000 } ) );
	if ( rows.length ) {
		await cacheSet( key, rows, 7 * DAY );
	}
	return rows;
}
