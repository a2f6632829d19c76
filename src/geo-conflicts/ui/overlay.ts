/**
 * Conflicts as a toggleable layer on the article's own Kartographer maps (`wikipage.maps`: an array
 * of maps, or one map for the full-screen dialog). Reads the page's conflicts source (the published
 * snapshot where there is one, else the dashboard's cached query); an overlay is an extra, so a
 * failure only logs.
 */
import { addConflictOverlay } from '../map/index';
import { pageSource, toMapConflicts } from './context';

const done = new WeakSet<object>();

export async function overlayMaps( maps: unknown ): Promise<void> {
	const list = ( Array.isArray( maps ) ? maps : [ maps ] ).filter( ( m ): m is object => !!m && typeof m === 'object' && !done.has( m ) );
	if ( !list.length ) {
		return;
	}
	list.forEach( ( m ) => done.add( m ) );
	try {
		const set = await ( await pageSource() ).load( { kind: 'all' } );
		const conflicts = toMapConflicts( set.conflicts );
		list.forEach( ( m ) => addConflictOverlay( m, conflicts ) );
	} catch ( e ) {
		list.forEach( ( m ) => done.delete( m ) );
		mw.log.warn( 'Geo Conflicts: no overlay on the map', e );
	}
}
