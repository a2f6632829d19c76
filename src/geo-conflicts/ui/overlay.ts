/**
 * Conflicts as a toggleable layer on the article's own Kartographer maps (`wikipage.maps`: an array
 * of maps, or one map for the full-screen dialog). Uses the dashboard's cached query; an overlay
 * is an extra, so a failure only logs.
 */
import { addConflictOverlay } from '../map/index';
import { loadConflicts } from '../data/wdqs';
import { getContext, queryFor, toMapConflicts } from './context';

const done = new WeakSet<object>();

export async function overlayMaps( maps: unknown ): Promise<void> {
	const list = ( Array.isArray( maps ) ? maps : [ maps ] ).filter( ( m ): m is object => !!m && typeof m === 'object' && !done.has( m ) );
	if ( !list.length ) {
		return;
	}
	list.forEach( ( m ) => done.add( m ) );
	const ctx = getContext();
	try {
		const set = await loadConflicts( queryFor( { kind: 'all' } ), {
			sectorMap: ctx.config.sectorMap,
			languages: ctx.languages,
			cacheMinutes: ctx.config.cacheMinutes,
			run: ctx.clients.query,
		} );
		const conflicts = toMapConflicts( set.conflicts );
		list.forEach( ( m ) => addConflictOverlay( m, conflicts ) );
	} catch ( e ) {
		list.forEach( ( m ) => done.delete( m ) );
		mw.log.warn( 'Geo Conflicts: no overlay on the map', e );
	}
}
