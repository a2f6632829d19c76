/**
 * Conflicts as a toggleable layer on the article's own Kartographer maps (`wikipage.maps`: an array
 * of maps, or one map for the full-screen dialog). Uses the dashboard's cached query; an overlay
 * is an extra, so a failure only logs.
 */
import { addConflictOverlay } from '../map/index';
import { loadConflicts } from '../data/wdqs';
import { getContext, queryFor, toMapConflicts } from './context';
import { staticFrames } from '../static/frames';
import { overlayFrames, type StaticConflict } from '../static/overlay';
import type { Conflict } from '../data/types';
import { msg, formatNumber } from '../../core/messages';
import { getEndpoints } from '../../core/config';

const done = new WeakSet<object>();

function allConflicts(): Promise<Conflict[]> {
	const ctx = getContext();
	return loadConflicts( queryFor( { kind: 'all' } ), {
		sectorMap: ctx.config.sectorMap,
		languages: ctx.languages,
		cacheMinutes: ctx.config.cacheMinutes,
		run: ctx.clients.query,
	} ).then( ( set ) => set.conflicts );
}

export function toStaticConflicts( conflicts: Conflict[] ): StaticConflict[] {
	const out: StaticConflict[] = [];
	for ( const c of conflicts ) {
		if ( c.coordinates ) {
			out.push( { id: c.id, label: c.label, lat: c.coordinates.lat, lon: c.coordinates.lon,
				approximate: c.coordinates.approximate, sector: c.sector.key,
				article: c.article ? c.article.title : undefined } );
		}
	}
	return out;
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
		overlayFrames( frames, toStaticConflicts( await allConflicts() ), {
			showNow: true,
			text: ( key, ...params ) => msg( key, ...params ),
			number: ( n ) => formatNumber( n ),
			articleUrl: ( title ) => mw.util.getUrl( title ),
			wikidataUrl: ( id ) => getEndpoints().wikidataWiki + id,
		} );
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
