/**
 * What the loaders use to decide, cheaply, whether this page needs a gadget. Nothing here may
 * import the heavy runtime: every page view runs this code.
 */
import { chainModules } from './language-modules';
import { useModules } from './modules';
import missingEnglish from 'i18n-en:geo-gadgets-userscript-missing';

/**
 * Unmounted placeholders with this class in the content, now and after every content refresh (live
 * preview, VE save).
 */
export function onPlaceholders( className: string,
	callback: ( elements: HTMLElement[] ) => void ): void {
	mw.hook( 'wikipage.content' ).add( ( $content: JQuery ) => {
		// A mounted panel keeps its class and gains `geo-panel`.
		const found = $content.find( '.' + className + ':not(.geo-panel)' ).get();
		if ( found.length ) {
			callback( found );
		}
	} );
}

/** The dashboard name when this page is Special:BlankPage/<name>, else null. */
export function dashboardName(): string | null {
	return mw.config.get( 'wgCanonicalSpecialPageName' ) === 'Blankpage' &&
		String( mw.config.get( 'wgTitle' ) ).split( '/' )[ 1 ] || null;
}

/** The content area where a dashboard is built. */
export function contentArea(): HTMLElement {
	return document.getElementById( 'mw-content-text' ) || document.body;
}

/** Pick a loader string for the user's language (the loader carries only its own few strings). */
export function loaderText( bundle: Record<string, Record<string, string>>, key: string ): string {
	for ( const c of readerChain().concat( 'en' ) ) {
		const text = ( bundle[ c ] || {} )[ key ];
		if ( text ) {
			// A site may have overridden it on-wiki, and mw.messages then has it already (plain
			// text: the loader's strings have no wikitext, and no parser is loaded here).
			return mw.messages.get( key ) || text;
		}
	}
	return key;
}

/** The reader's language and its base (`pt-br`, `pt`): mw.language is not loaded in a loader. */
function readerChain(): string[] {
	const lang = String( mw.config.get( 'wgUserLanguage' ) || 'en' );
	return [ lang, lang.split( '-' )[ 0 ] ];
}

/**
 * A link in the Tools menu (p-tb) to a dashboard page. The user script's loader has its tooltip in
 * English only: the reader's language page of the set gives it on first hover.
 */
export function addToolsLink( page: string, id: string, label: string, tooltip: string ): void {
	const item = mw.util.addPortletLink( 'p-tb', mw.util.getUrl( page ), label, id, tooltip );
	if ( __USER_SCRIPT__ && item ) {
		// `t-geo-editors` → gadget `geo-editors`, key `geo-editors-portlet-tooltip`.
		const gadget = id.slice( 2 );
		item.addEventListener( 'mouseenter', () => fromLanguagePage( gadget, gadget + '-portlet-tooltip', tooltip, ( text ) => {
			( item.querySelector( 'a' ) as HTMLElement ).title = text;
		} ), { once: true } );
	}
}

/**
 * Calls back with a message of the reader's language from the set's language page, loaded now
 * if need be (user script: the loader carries English only), or with the English when none.
 */
function fromLanguagePage( gadget: string, key: string, english: string, done: ( text: string ) => void ): void {
	const show = (): void => {
		const loaded = ( ( mw.libs as Record<string, unknown> ).geoMessages || {} ) as Record<string, Record<string, string>>;
		const bundle: Record<string, Record<string, string>> = {};
		readerChain().forEach( ( lang ) => {
			bundle[ lang ] = loaded[ gadget + ':' + lang ];
		} );
		bundle.en = { [ key ]: english };
		done( loaderText( bundle, key ) );
	};
	useModules( readerModules( gadget ) ).then( show, show );
}

/**
 * Load a hidden module once and hand back its mw.libs entry: the hidden gadget `ext.gadget.<module>`
 * or, in a user script, its page of the set (core/modules.ts). `alongside` modules come in the
 * same request; should one of them fail, the module alone still comes.
 */
export function loadModule<T>( module: string, lib: string,
	alongside: string[] = [] ): Promise<T> {
	const own = [ 'ext.gadget.' + module ];
	const done = (): T => ( mw.libs as Record<string, unknown> )[ lib ] as T;
	// Alone, a failed load is tried once more: harmless, and no branch in every page view's code.
	return useModules( own.concat( alongside ) ).then( done, () => useModules( own ).then( done ) );
}

/**
 * A gadget's heavy module, `<gadget>-core`, with the message module of the reader's language in the
 * same load.php request (the core carries English only and waits for it).
 */
export function loadCore<T>( gadget: string, lib: string ): Promise<T> {
	return loadModule<T>( gadget + '-core', lib, readerModules( gadget ) );
}

/** The message modules of the reader's language and its base that exist here. */
function readerModules( gadget: string ): string[] {
	return chainModules( gadget, readerChain() );
}

/**
 * User script: when a page of the set is missing on the wiki (core/modules.ts), say so where the
 * gadget would have drawn (placeholders, the dashboard) — which page, as a link, and what to do.
 * The loader has no message store: the text is the reader's language page's when that page is
 * there, else English (built in). Nothing already there is removed. The gadget's build has none.
 */
export const missingPage: ( gadget: string, elements: HTMLElement[] ) => ( error: Error ) => void =
	__USER_SCRIPT__ ? ( gadget, elements ) => ( error ) => {
		// Any other error is no URL: it throws here, and the load stays rejected.
		const title = new URL( error.message ).searchParams.get( 'title' ) || '';
		const show = ( text: string ): void => {
			// DOM by hand, text only (textContent): core/dom.ts is too big for a loader. The link:
			// the page's URL (`…?title=…&action=raw…`, core/modules.ts) without the raw part.
			const link = document.createElement( 'a' );
			link.href = error.message.replace( /&.*/, '' );
			link.textContent = title;
			const parts = text.split( '$1' );
			elements.forEach( ( el ) => {
				const note = document.createElement( 'p' );
				note.className = 'error';
				note.append( parts[ 0 ], link.cloneNode( true ), parts[ 1 ] );
				el.appendChild( note );
			} );
		};
		// The language page may still be on its way (or missing too: English then).
		fromLanguagePage( gadget, 'geo-gadgets-userscript-missing', missingEnglish, show );
	} : () => ( error ) => {
		throw error;
	};

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
