/**
 * Geo Conflicts heavy module (hidden gadget `geo-conflicts-core`): messages, styles, data, map, UI.
 * The loader calls mw.libs.geoConflicts.* once this has run:
 * - mountPanel(el): a `.geo-conflicts` placeholder (data-country="Q298,Q414" or
 * data-place="Q2120");
 * - mountDashboard(container): the dashboard page;
 * - mountArticle(content): card / place section on a content article (cheap when neither);
 * - overlayMaps(maps): the `wikipage.maps` hook's argument.
 * All are idempotent.
 */
import '../core/styles.css';
import './ui/conflicts.css';
import bundle from 'i18n:geo-conflicts';
import { startCore, messagesReady, claimPlaceholder, setPageHeading } from '../core/gadget';
import { msg } from '../core/messages';
import { renderPanel } from './ui/panel';
import { mountDashboard as renderDashboard } from './ui/dashboard';
import { mountArticle as renderArticle } from './ui/article';
import { overlayMaps as addOverlays } from './ui/overlay';

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

( mw.libs as Record<string, unknown> ).geoConflicts = {
	mountPanel, mountDashboard, mountArticle, overlayMaps,
};
