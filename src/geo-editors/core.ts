/**
 * Geo Editors heavy module (hidden gadget `geo-editors-core`): messages, styles and the UI.
 * The loader calls mw.libs.geoEditors.* once this has run.
 */
import '../core/styles.css';
import bundle from 'i18n:geo-editors';
import { startCore, claimPlaceholder } from '../core/gadget';
import { h, replaceChildren } from '../core/dom';
import { msg } from '../core/messages';

const ready = startCore( bundle, [ 'geo-editors-' ] );

function mountPanel( el: HTMLElement ): void {
	if ( !claimPlaceholder( el ) ) {
		return;
	}
	replaceChildren( el, h( 'h3', { text: msg( 'geo-editors-title' ) } ) );
	// On-wiki overrides may arrive a moment later: redraw with them.
	ready.then( () => replaceChildren( el, h( 'h3', { text: msg( 'geo-editors-title' ) } ) ) );
}

function mountDashboard( container: HTMLElement ): void {
	const root = h( 'div', { class: 'geo-dashboard' }, h( 'h2', { text: msg( 'geo-editors-title' ) } ) );
	replaceChildren( container, root );
}

( mw.libs as Record<string, unknown> ).geoEditors = { mountPanel, mountDashboard };
