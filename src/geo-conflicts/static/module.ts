/**
 * Entry of the hidden gadget `geo-conflicts-static`, the check (≤ 2.5 KB gz): on an ordinary article
 * with a static mapframe (as on Wikipedias), are there conflicts in view? It reads only this wiki's
 * snapshot pages (the manifest, then the map cells the image covers that exist; CDN-cached
 * `action=raw` pages): never the Query Service, never a live query because an article has a map;
 * a wiki without a snapshot shows nothing. Only when some conflict is in view does it load the
 * overlay (geo-conflicts-static-overlay: the markers behind a small count control).
 */
import { loadModule } from '../../core/activation';
import { staticFrames, framesBounds, inView, type StaticFrame } from './frames';
import { readCellsManifest, cellConflicts } from './snapshot-read';
import type { CellConflict } from '../data/map-cells';

interface OverlayLib {
	show( frames: StaticFrame[], conflicts: CellConflict[] ): number;
}

/** Offer the conflicts in view on the static maps of `root`. Resolves with the overlays made. */
async function offer( root: ParentNode ): Promise<number> {
	const frames = staticFrames( root );
	const manifest = frames.length ? await readCellsManifest() : null;
	if ( !manifest ) {
		return 0;
	}
	const conflicts = ( await cellConflicts( manifest, framesBounds( frames ) ) || [] )
		.filter( ( c ) => inView( frames, c.lat, c.lon ) );
	if ( !conflicts.length ) {
		return 0;
	}
	const lib = await loadModule<OverlayLib>( 'geo-conflicts-static-overlay', 'geoConflictsStaticOverlay' );
	return lib.show( frames, conflicts );
}

( mw.libs as Record<string, unknown> ).geoConflictsStatic = { offer };
