/**
 * Entry of the hidden gadget `geo-conflicts-static`, the check (≤ 2 KB gz): on an ordinary article
 * with a static mapframe (as on Wikipedias), are there conflicts in view? It reads only this wiki's
 * snapshot pages (the manifest, then the map cells the image covers that exist; CDN-cached
 * `action=raw` pages): never the Query Service, never a live query because an article has a map;
 * a wiki without a snapshot shows nothing. Only when some conflict is in view does it load the
 * overlay (geo-conflicts-static-overlay: the markers behind a small count control).
 */
import { loadModule } from '../../core/activation';
import { staticFrames, framesBounds, inView, type StaticFrame } from './frames';
import { conflictsIn, type CellConflict } from '../data/map-cells';
import { readSnapshotPage, SNAPSHOT_PREFIX } from './snapshot-read';

interface Manifest {
	generation?: unknown;
	mapCells?: unknown;
}

interface OverlayLib {
	show( frames: StaticFrame[], conflicts: CellConflict[] ): number;
}

/** Offer the conflicts in view on the static maps of `root`. Resolves with the overlays made. */
async function offer( root: ParentNode ): Promise<number> {
	const frames = staticFrames( root );
	if ( !frames.length ) {
		return 0;
	}
	const manifest = await readSnapshotPage( SNAPSHOT_PREFIX + 'index.json', 3600, 300 ) as Manifest | null;
	const generation = manifest && typeof manifest.generation === 'string' ? manifest.generation : '';
	const cells = manifest && Array.isArray( manifest.mapCells ) ? manifest.mapCells.map( String ) : [];
	if ( !generation || !cells.length ) {
		return 0;
	}
	const conflicts = ( await conflictsIn( framesBounds( frames ), cells, generation,
		( key ) => readSnapshotPage( SNAPSHOT_PREFIX + 'map/' + key + '.json', 2592000, 2592000, '&gen=' + generation ) ) || [] )
		.filter( ( c ) => inView( frames, c.lat, c.lon ) );
	if ( !conflicts.length ) {
		return 0;
	}
	const lib = await loadModule<OverlayLib>( 'geo-conflicts-static-overlay', 'geoConflictsStaticOverlay' );
	return lib.show( frames, conflicts );
}

( mw.libs as Record<string, unknown> ).geoConflictsStatic = { offer };
