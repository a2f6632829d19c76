/**
 * What the loaders use to decide, cheaply, whether this page needs a gadget. Nothing here may
 * import the heavy runtime: every page view runs this code.
 */
import { chainModules } from './language-modules';

/**
 * Unmounted placeholders with this class in the content, now and after every content refresh (live
 * preview, VE save).
 */
export function onPlaceholders( className: string,
	callback: ( elements: HTMLElement[] ) => void ): void {
	mw.hook( 'wikipage.content' ).add( ( $content: JQuery ) => {
		const found: HTMLElement[] = [];
		$content.each( function () {
			const list = ( this as HTMLElement ).getElementsByClassName( className );
			for ( let i = 0; i < list.length; i++ ) {
				const el = list[ i ] as HTMLElement;
				if ( !el.classList.contains( 'geo-panel' ) ) {
					found.push( el );
				}
			}
		} );
		if ( found.length ) {
			callback( found );
		}
	} );
}

/** The dashboard name when this page is Special:BlankPage/<name>, else null. */
export function dashboardName(): string | null {
	if ( mw.config.get( 'wgCanonicalSpecialPageName' ) !== 'Blankpage' ) {
		return null;
	}
	const m = /\/([^/]+)$/.exec( String( mw.config.get( 'wgTitle' ) ) );
	return m ? m[ 1 ] : null;
}

/** The content area where a dashboard is built. */
export function contentArea(): HTMLElement {
	return document.getElementById( 'mw-content-text' ) || document.body;
}

/** Pick a loader string for the user's language (the loader carries only its own few strings). */
export function loaderText( bundle: Record<string, Record<string, string>>, key: string ): string {
	const lang = String( mw.config.get( 'wgUserLanguage' ) || 'en' );
	const candidates = [ lang, lang.split( '-' )[ 0 ], 'en' ];
	for ( const c of candidates ) {
		if ( Object.prototype.hasOwnProperty.call( bundle, c ) && bundle[ c ][ key ] ) {
			// A site may have overridden it on-wiki, and mw.messages then has it already.
			return mw.messages.exists( key ) ? mw.message( key ).text() : bundle[ c ][ key ];
		}
	}
	return key;
}

/** A link in the Tools menu (p-tb) to a dashboard page. */
export function addToolsLink( page: string, id: string, label: string, tooltip: string ): void {
	mw.util.addPortletLink( 'p-tb', mw.util.getUrl( page ), label, id, tooltip );
}

interface InlineCore {
	dependencies: string[];
	run(): void;
}

/**
 * Load a hidden module once and hand back its mw.libs entry. In the gadget build that is the hidden
 * ResourceLoader module `ext.gadget.<module>`; the self-contained user-script build registers the
 * same code inline (window.geoGadgetsInlineCore, keyed by the module's id or, for a core, by its
 * gadget's id) and we run it after its dependencies.
 */
export function loadModule<T>( module: string, lib: string, inlineKey = module,
	alongside: string[] = [] ): JQuery.Promise<T> {
	const registry = ( window as unknown as {
		geoGadgetsInlineCore?: Record<string, InlineCore>;
	} ).geoGadgetsInlineCore;
	const inline = registry && registry[ inlineKey ];
	if ( inline ) {
		// A user script may run on a wiki without codex-styles (MediaWiki before 1.41, other skins'
		// setups): it then keeps its own look instead of failing to load.
		const known = inline.dependencies.filter( ( name ) => name !== 'codex-styles' || mw.loader.getState( name ) !== null );
		return mw.loader.using( known ).then( () => {
			inline.run();
			return ( mw.libs as Record<string, unknown> )[ lib ] as T;
		} );
	}
	const own = 'ext.gadget.' + module;
	const done = (): T => ( mw.libs as Record<string, unknown> )[ lib ] as T;
	if ( !alongside.length ) {
		return mw.loader.using( own ).then( done );
	}
	// One load.php request for both; should a message module fail, the module alone still comes.
	return mw.loader.using( [ own ].concat( alongside ) ).then( done,
		() => mw.loader.using( own ).then( done ) );
}

/**
 * A gadget's heavy module, `<gadget>-core`, with the message module of the reader's language in the
 * same load.php request (the core carries English only and waits for it).
 */
export function loadCore<T>( gadget: string, lib: string ): JQuery.Promise<T> {
	const lang = String( mw.config.get( 'wgUserLanguage' ) || 'en' );
	const messages = chainModules( gadget, [ lang, lang.split( '-' )[ 0 ] ] );
	return loadModule<T>( gadget + '-core', lib, gadget, messages );
}

/** True once per page and gadget: a gadget and a user-script copy of it must not both run. */
export function claimOnce( gadget: string ): boolean {
	const flags = ( mw.libs as Record<string, unknown> );
	const key = 'geoLoaded-' + gadget;
	if ( flags[ key ] ) {
		return false;
	}
	flags[ key ] = true;
	return true;
}
