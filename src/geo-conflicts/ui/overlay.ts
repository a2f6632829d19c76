/**
 * Conflicts as a toggleable layer on the article's own Kartographer maps (`wikipage.maps`: an array
 * of maps, or one map for the full-screen dialog). Reads the page's conflicts source (the published
 * snapshot where there is one, else the dashboard's cached query); an overlay is an extra, so a
 * failure only logs.
 */
import { addConflictOverlay } from '../map/index';
import { pageSource, toMapConflicts } from './context';
import { staticFrames, framesBounds } from '../static/frames';
import { cellConflicts } from '../static/snapshot-read';
import { overlayFrames } from '../static/overlay';
import type { Conflict } from '../data/types';
import { overlayOptions, toStaticConflicts } from './article-views';

const done = new WeakSet<object>();

/** Every conflict, from the page's source (the snapshot where the wiki publishes one, else live). */
async function allConflicts(): Promise<Conflict[]> {
	return ( await ( await pageSource() ).load( { kind: 'all' } ) ).conflicts;
}

/**
 * On a conflict or place article: the conflicts in view on its static mapframes (as on Wikipedias,
 * where no map library runs until the reader opens the full-screen map), shown at once.
 */
export async function overlayStaticMaps( content: HTMLElement ): Promise<void> {
	const frames = staticFrames( content );
	if ( !frames.length ) {
		return;
	}
	try {
		// From the snapshot: the map cells the images cover (not every conflict shard); live: the
		// dashboard's cached query, as the interactive maps' layer.
		const source = await pageSource();
		const manifest = source.manifest;
		const conflicts = manifest && manifest.mapCells ?
			await cellConflicts( { generation: manifest.generation, mapCells: manifest.mapCells }, framesBounds( frames ) ) || [] :
			toStaticConflicts( await allConflicts() );
		overlayFrames( frames, conflicts, overlayOptions( true ) );
	} catch ( e ) {
		mw.log.warn( 'Geo Conflicts: no conflicts on the static map', e );
	}
}

export async function overlayMaps( maps: unknown ): Promise<void> {
	const list = ( Array.isArray( maps ) ? maps : [ maps ] ).filter( ( m ): m is object => !!m && typeof m === 'object' && !done.has( m ) );
	if ( !list.length ) {
		return;
	}
	list.forEach( ( m ) => done.add( m ) );
	try {
		const conflicts = toMapConflicts( await allConflicts() );
		list.forEach( ( m ) => addConflictOverlay( m, conflicts ) );
	} catch ( e ) {
		list.forEach( ( m ) => done.delete( m ) );
		mw.log.warn( 'Geo Conflicts: no overlay on the map', e );
	}
}
