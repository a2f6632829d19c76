/**
 * Geo Conflicts heavy module (hidden gadget `geo-conflicts-core`): messages, styles, data, map, UI.
 * The loader calls mw.libs.geoConflicts.* once this has run.
 */
import '../core/styles.css';
import bundle from 'i18n:geo-conflicts';
import { startCore, claimPlaceholder } from '../core/gadget';
import { h, replaceChildren } from '../core/dom';
import { msg } from '../core/messages';

const ready = startCore( bundle, [ 'geo-conflicts-' ] );

function mountPanel( el: HTMLElement ): void {
	if ( !claimPlaceholder( el ) ) {
		return;
	}
	ready.then( () => replaceChildren( el, h( 'h3', { text: msg( 'geo-conflicts-title' ) } ) ) );
}

function mountDashboard( container: HTMLElement ): void {
	replaceChildren( container, h( 'div', { class: 'geo-dashboard' }, h( 'h2', { text: msg( 'geo-conflicts-title' ) } ) ) );
}

async function mountArticle( _content: HTMLElement ): Promise<void> {
	// Card / place section: Geo Conflicts issue.
}

function overlayMaps( _maps: unknown ): void {
	// Overlay on Kartographer maps: Geo Conflicts issue.
}

( mw.libs as Record<string, unknown> ).geoConflicts = { mountPanel, mountDashboard, mountArticle, overlayMaps };
