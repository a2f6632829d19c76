/**
 * Entry of the hidden gadget `geo-conflicts-static-overlay`: the markers over an ordinary article's
 * static maps, behind the count control, with the few messages they need in every language. Loaded
 * by the check (module.ts) only when some conflict is in view.
 */
import strings from 'i18n-pick:geo-conflicts/geo-conflicts-static-overlay';
import { loaderText } from '../../core/activation';
import { endpointUrl } from '../../core/endpoint';
import { overlayFrames, type StaticConflict } from './overlay';
import type { StaticFrame } from './frames';

function text( key: string, ...params: string[] ): string {
	let t = loaderText( strings, key );
	params.forEach( ( p, i ) => {
		t = t.split( '$' + ( i + 1 ) ).join( p );
	} );
	return t;
}

function show( frames: StaticFrame[], conflicts: StaticConflict[] ): number {
	const lang = String( mw.config.get( 'wgUserLanguage' ) || 'en' );
	return overlayFrames( frames, conflicts, {
		showNow: false,
		text,
		number: ( n ) => {
			try {
				return n.toLocaleString( lang );
			} catch ( e ) {
				return String( n );
			}
		},
		articleUrl: ( title ) => mw.util.getUrl( title ),
		wikidataUrl: ( id ) => endpointUrl( 'wikidataWiki', 'https://www.wikidata.org/wiki/' ) + id,
	} );
}

( mw.libs as Record<string, unknown> ).geoConflictsStaticOverlay = { show };
