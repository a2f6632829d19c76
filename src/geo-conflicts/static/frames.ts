/**
 * The static mapframes of a page: shared by the small check module that ordinary articles load
 * (module.ts), the overlay (overlay.ts) and the core on conflict and place articles. No overlay
 * code here: the check must stay tiny.
 */
import { viewOf, boundsOf, placeOn, type Bounds, type StaticView } from './geometry';

export interface StaticFrame {
	frame: HTMLElement;
	view: StaticView;
}

/**
 * Whether Kartographer shows this page's mapframes as static images ($wgKartographerStaticMapframe,
 * as on Wikipedias): its page module is then ext.kartographer.staticframe, else
 * ext.kartographer.frame, which turns the same HTML into maps a moment later.
 */
export function staticMode(): boolean {
	const state = mw.loader.getState( 'ext.kartographer.staticframe' );
	return !!state && state !== 'registered';
}

/**
 * Kartographer's static mapframes with a fixed centre and zoom. Interactive ones
 * (`.mw-kartographer-interactive`) get the Leaflet layer through `wikipage.maps`; full-width ones
 * and maps fitted to their data have no known image position and are skipped.
 */
export function staticFrames( root: ParentNode ): StaticFrame[] {
	const out: StaticFrame[] = [];
	if ( !staticMode() ) {
		return out;
	}
	const list = root.querySelectorAll<HTMLElement>( 'a.mw-kartographer-map[data-mw-kartographer]' );
	for ( let i = 0; i < list.length; i++ ) {
		const frame = list[ i ];
		const view = frame.classList.contains( 'mw-kartographer-interactive' ) || frame.dataset.geoConflictsStatic ?
			null : viewOf( frame.dataset );
		if ( view ) {
			out.push( { frame, view } );
		}
	}
	return out;
}

export function framesBounds( frames: StaticFrame[] ): Bounds[] {
	return frames.map( ( f ) => boundsOf( f.view ) );
}

/** Whether a position is on the image of one of the frames (as shown now). */
export function inView( frames: StaticFrame[], lat: number, lon: number ): boolean {
	return frames.some( ( f ) => !!placeOn( f.view, lat, lon, f.frame.clientWidth || f.view.width,
		f.frame.clientHeight || f.view.height, 6 ) );
}
