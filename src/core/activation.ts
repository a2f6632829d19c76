/**
 * What the loaders use to decide, cheaply, whether this page needs a gadget. Nothing here may
 * import the heavy runtime: every page view runs this code.
 */
import { chainModules } from './language-modules';
import { useModules } from './modules';

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

/**
 * Load a hidden module once and hand back its mw.libs entry: the hidden gadget `ext.gadget.<module>`
 * or, in a user script, its page of the set (core/modules.ts). `alongside` modules come in the
 * same request; should one of them fail, the module alone still comes.
 */
export function loadModule<T>( module: string, lib: string,
	alongside: string[] = [] ): Promise<T> {
	const own = 'ext.gadget.' + module;
	const done = (): T => ( mw.libs as Record<string, unknown> )[ lib ] as T;
	if ( !alongside.length ) {
		return useModules( [ own ] ).then( done );
	}
	return useModules( [ own ].concat( alongside ) ).then( done, () => useModules( [ own ] ).then( done ) );
}

/**
 * A gadget's heavy module, `<gadget>-core`, with the message module of the reader's language in the
 * same load.php request (the core carries English only and waits for it).
 */
export function loadCore<T>( gadget: string, lib: string ): Promise<T> {
	const lang = String( mw.config.get( 'wgUserLanguage' ) || 'en' );
	const messages = chainModules( gadget, [ lang, lang.split( '-' )[ 0 ] ] );
	return loadModule<T>( gadget + '-core', lib, messages );
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
