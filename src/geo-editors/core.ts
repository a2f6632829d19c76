/**
 * Geo Editors heavy module (hidden gadget `geo-editors-core`): messages, styles and the UI.
 * The loader calls mw.libs.geoEditors.* once this has run.
 */
import './core-start';
import '../core/styles.css';
import './ui/geo-editors.css';
import bundle from 'i18n:geo-editors';
import { startCore, messagesReady, claimPlaceholder, adoptInterfaceLanguage, setPageHeading } from '../core/gadget';
import { replaceChildren } from '../core/dom';
import { msg } from '../core/messages';
import { Explorer } from './ui/explorer';
import { mountDashboardIn } from './ui/dashboard';
import { readPlaceholder } from './ui/state';
import { errorBox } from '../core/ui';
import { isPreview, timedRead } from '../core/attributes';
import { attributeNotice } from '../core/attribute-notice';

const ready = startCore( bundle, 'geo-editors' );

/** The current wiki, the default project of panels and of the dashboard. */
function currentWiki(): string {
	return String( mw.config.get( 'wgDBname' ) || '' );
}

/**
 * Panel from a placeholder `<div class="geo-editors" data-country="CL" data-project="es.wikipedia"
 * …>`. Idempotent.
 */
function mountPanel( el: HTMLElement ): void {
	if ( !claimPlaceholder( el ) ) {
		return;
	}
	// Read (and cut) the attributes once, before waiting: the panel works on its copy.
	const { state, report, noValidCountry } = timedRead( () => readPlaceholder( el, currentWiki() ) );
	ready.then( () => {
		// Everything dropped or corrected is named: in full to the editor in a preview.
		const problems = attributeNotice( report, isPreview() );
		if ( noValidCountry ) {
			replaceChildren( el, errorBox( msg( 'geo-gadgets-attr-no-country' ) ), problems );
			return;
		}
		const explorer = new Explorer( state, { mode: 'panel' } );
		replaceChildren( el, problems, explorer.element );
		explorer.load();
	} );
}

/** The dashboard (Special:BlankPage/GeoEditors), state in the URL. */
function mountDashboard( container: HTMLElement ): void {
	if ( container.querySelector( '.geo-dashboard' ) ) {
		return;
	}
	messagesReady().then( () => setPageHeading( msg( 'geo-editors-title' ) ) );
	ready.then( () => {
		const root = mountDashboardIn( container, currentWiki() ).element.closest( '.geo-dashboard' );
		if ( root ) {
			adoptInterfaceLanguage( root as HTMLElement );
		}
	} );
}

( mw.libs as Record<string, unknown> ).geoEditors = { mountPanel, mountDashboard };
