/**
 * What every gadget core does when it starts: register its messages, apply the site's on-wiki
 * overrides, and publish its entry points on mw.libs for the loader.
 */
import { registerMessages, loadSiteOverrides, userLanguage, languageChain, type MessageBundle } from './messages';
import { dashboardName } from './activation';
import { withReaderLanguages, loadedLanguages } from './language-modules';

let overridesLoaded: Promise<void> | null = null;
let languagesLoaded: Promise<void> = Promise.resolve();

/** When the reader's language is registered (before the overrides, which may take longer). */
export function messagesReady(): Promise<void> {
	return languagesLoaded;
}

/**
 * Longest a core waits for the site's on-wiki message overrides before it shows its views with the
 * bundled strings (mw.Api has no timeout of its own; the views must not wait on a nicety).
 */
export const START_TIMEOUT_MS = 3000;

/**
 * Register the gadget's messages: what is on the page now (English, or every language in a user
 * script), then the reader's language modules once they ran, then the site's on-wiki overrides, so
 * those always win. Resolves when the views may be drawn.
 */
export function startCore( bundle: MessageBundle, gadget: string ): Promise<void> {
	registerMessages( Object.assign( {}, loadedLanguages( gadget ), bundle ) );
	const languages = languagesLoaded = withReaderLanguages( gadget, bundle, languageChain() )
		.then( ( full ) => {
			registerMessages( full );
		} );
	return siteOverrides( languages );
}

/** The site's on-wiki overrides after `languages`, once per page, waited for START_TIMEOUT_MS at most. */
function siteOverrides( languages: Promise<void> ): Promise<void> {
	if ( !overridesLoaded ) {
		// One prefix for every key of both gadgets and the shared strings: one cached request.
		const loading = languages.then( () => loadSiteOverrides( [ 'geo-' ] ) ).catch( () => undefined );
		overridesLoaded = new Promise<void>( ( resolve ) => {
			const timer = setTimeout( resolve, START_TIMEOUT_MS );
			loading.then( () => {
				clearTimeout( timer );
				resolve();
			} );
		} );
	}
	return overridesLoaded;
}

/**
 * Mark a placeholder as mounted. False when it already was: mounting is idempotent, so a second
 * `wikipage.content` run (live preview, a gadget and a user script both present) changes nothing.
 */
export function claimPlaceholder( el: HTMLElement ): boolean {
	if ( el.classList.contains( 'geo-panel' ) ) {
		return false;
	}
	el.classList.add( 'geo-panel' );
	adoptInterfaceLanguage( el );
	return true;
}

/**
 * Our panels speak the reader's interface language inside content of the wiki's language (an Arabic
 * interface on a Spanish wiki): give them that language's lang and direction, which MediaWiki puts
 * on <html>.
 */
export function adoptInterfaceLanguage( el: HTMLElement ): void {
	el.setAttribute( 'lang', userLanguage() );
	el.setAttribute( 'dir', document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr' );
}

/** A dashboard lives on Special:BlankPage/<name>: give the page its own heading and tab title. */
export function setPageHeading( text: string ): void {
	const heading = document.getElementById( 'firstHeading' );
	if ( heading ) {
		heading.textContent = text;
	}
	document.title = text + ' – ' + String( mw.config.get( 'wgSiteName' ) || '' );
}

/**
 * Whether the dashboard `name` may keep its state in the page URL. One dashboard owns the URL: on
 * Special:BlankPage/<name> only that one, elsewhere the first to ask. Both gadgets use `country`,
 * `from` and `to` with different meanings, so a second dashboard on the page keeps its state in
 * memory instead of overwriting the first one's parameters. The claim lives on mw.libs: the gadgets
 * are separate bundles.
 */
export function claimUrlState( name: string ): boolean {
	const page = dashboardName();
	if ( page && page !== name ) {
		return false;
	}
	const libs = mw.libs as Record<string, unknown>;
	const owner = libs.geoUrlOwner;
	if ( owner && owner !== name ) {
		return false;
	}
	libs.geoUrlOwner = name;
	return true;
}
