/**
 * Which classes make an item a conflict: the configured ones and their subclasses (wdt:P279*), as
 * the Query Service knows them, asked once and cached for a day. Articles decide from this list
 * only, never from the other classes a listed conflict happens to have (a conflict also typed as a
 * region must not turn every region article into a "conflict").
 */
import { cacheGet, cacheSet, DAY } from '../../core/cache';
import { assertQid, qidFromUri, validQids } from './ids';
import { assertWdqsJson } from './normalise';

/** Upper bound of the closure: broad classes configured by a site must not pull a huge answer. */
export const MAX_SUBCLASSES = 5000;

export function subclassQuery( classes: string[] ): string {
	if ( !classes.length ) {
		throw new Error( 'No conflict classes configured' );
	}
	return '#GeoConflicts view=subclasses\n' +
		'SELECT DISTINCT ?class WHERE {\n' +
		'  VALUES ?root { ' + classes.map( ( c ) => 'wd:' + assertQid( c ) ).join( ' ' ) + ' }\n' +
		'  ?class wdt:P279* ?root .\n' +
		'}\n' +
		'LIMIT ' + MAX_SUBCLASSES + '\n';
}

/** The class ids of an answer (entity URIs only); the configured classes are always included. */
export function parseSubclasses( data: unknown, classes: string[] ): string[] {
	const answer = assertWdqsJson( data, 'class' );
	const found = answer.results.bindings.map( ( row ) => row && row.class && row.class.type === 'uri' ? qidFromUri( row.class.value ) : null );
	return validQids( ( classes as unknown[] ).concat( found ) );
}

/**
 * The closure, from the cache or one query; when the service fails, the configured classes alone
 * (not cached, so the next article asks again) — an article then misses a card, never gets a wrong
 * one.
 */
export async function conflictClassClosure( classes: string[],
	run: ( query: string ) => Promise<unknown> ): Promise<string[]> {
	const key = 'geo-conflicts:classes:' + classes.join( ',' );
	const cached = await cacheGet<string[]>( key );
	if ( cached && cached.length ) {
		return validQids( cached );
	}
	try {
		const closure = parseSubclasses( await run( subclassQuery( classes ) ), classes );
		await cacheSet( key, closure, DAY );
		return closure;
	} catch ( e ) {
		return classes.slice();
	}
}
