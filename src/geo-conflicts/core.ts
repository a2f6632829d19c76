/**
 * Geo Conflicts heavy module (hidden gadget `geo-conflicts-core`): messages, styles, data, map, UI.
 * The loader calls mw.libs.geoConflicts.* once this has run:
 * - mountPanel(el): a `.geo-conflicts` placeholder (data-country="Q298,Q414" or
 * data-place="Q2120");
 * - mountDashboard(container): the dashboard page;
 * - mountArticle(content): card / place section on a content article (cheap when neither);
 * - overlayMaps(maps): the `wikipage.maps` hook's argument;
 * - openMap(area, conflicts): the reader module's interactive map.
 * All are idempotent.
 */
import '../core/styles.css';
import './ui/conflicts.css';
import './ui/article.css';
import bundle from 'i18n:geo-conflicts';
import { startCore, messagesReady, claimPlaceholder, setPageHeading } from '../core/gadget';
import { msg } from '../core/messages';
import { renderPanel } from './ui/panel';
import { mountDashboard as renderDashboard } from './ui/dashboard';
import { mountArticle as renderArticle } from './ui/article';
import { overlayMaps as addOverlays } from './ui/overlay';
import { toMapConflicts } from './ui/context';
import { createConflictMap } from './map/index';
import type { Conflict } from './data/types';

const ready = startCore( bundle, 'geo-conflicts' );

function mountPanel( el: HTMLElement ): void {
	if ( !claimPlaceholder( el ) ) {
		return;
	}
	ready.then( () => renderPanel( el ) );
}

function mountDashboard( container: HTMLElement ): void {
	messagesReady().then( () => setPageHeading( msg( 'geo-conflicts-title' ) ) );
	ready.then( () => renderDashboard( container ) );
}

function mountArticle( content: HTMLElement ): Promise<void> {
	return ready.then( () => renderArticle( content ) );
}

function overlayMaps( maps: unknown ): void {
	ready.then( () => addOverlays( maps ) );
}

/**
 * The reader module's "Interactive map" (reader/static-map.ts): the mini map of these conflicts in
 * place of the area's static image, once it is ready (the image stays until then).
 */
function openMap( area: HTMLElement, conflicts: Conflict[] ): Promise<void> {
	return ready.then( () => createConflictMap( area, { mini: true } ) ).then( ( map ) => {
		Array.prototype.slice.call( area.children ).forEach( ( el: Element ) => {
			if ( el !== map.element ) {
				el.remove();
			}
		} );
		map.setConflicts( toMapConflicts( conflicts ) );
		map.element.focus();
	} );
}

( mw.libs as Record<string, unknown> ).geoConflicts = {
	mountPanel, mountDashboard, mountArticle, overlayMaps, openMap,
};
