/**
 * Loading a hidden module by its ResourceLoader name (`ext.gadget.<id>`), for the gadget and for
 * the user script alike. In the gadget that is mw.loader (the user-script code below is removed
 * from the gadget's build: `__USER_SCRIPT__` is false there). A user script has no gadget modules:
 * its loader page (build.mjs, `dist/userscript/<gadget>.js`) notes, on
 * `window.geoGadgetsUserScript`, the hidden modules of its set and its own URL with the set's
 * content hash. Each module is a page beside the loader page (`User:<you>/geo-editors-core.js`),
 * loaded only when asked for, through `action=raw` with the hash and a 30-day max-age in its URL:
 * cached like ResourceLoader's modules, fetched again only when the set changed. The page runs its
 * code once its wiki modules are there, then calls the waiting loader back. Loaders use this file:
 * keep it tiny.
 */

/** What the user-script loader page sets up (build.mjs writes it; keep the two in sync). */
interface UserScriptSet {
	/** Module id → the URL of its page (beside the loader page that listed it, with a hash). */
	p: Record<string, string>;
	/** Module id → callbacks waiting for its page, or true once it ran. */
	w: Record<string, ( () => void )[] | true>;
	/** Module id → 1 once its page arrived (the page notes it first thing, build.mjs). */
	a?: Record<string, number>;
	/** Module id → its load, shared by both gadgets' loaders (rejected: a missing page's URL). */
	q?: Record<string, Promise<void>>;
}

/*
 * A missing page of the set: its load rejects with an Error whose message is the page's action=raw
 * URL (core/activation.ts, missingPage). MediaWiki answers `action=raw&ctype=text/javascript` of a
 * missing page with an empty 200, not a 404 (RawAction::onView, 1.43: "Don't return a 404 response
 * for CSS or JavaScript"), so the page's own arrival note (`a`) is the test.
 */

const PREFIX = 'ext.gadget.';

function userSet(): UserScriptSet | null {
	const w = window as unknown as { geoGadgetsUserScript?: UserScriptSet };
	return w.geoGadgetsUserScript || null;
}

/** The user script's module id of a module name, or null when it is the wiki's. */
function userModule( name: string ): string | null {
	const set = userSet();
	// Only `ext.gadget.<id>` names can match an id of the set.
	const id = name.slice( PREFIX.length );
	// Its own URLs are strings; what `{}` inherits (`constructor`, `__proto__`) is not.
	return set && typeof set.p[ id ] === 'string' ? id : null;
}

function knownHere( name: string ): boolean {
	return !!userModule( name ) || mw.loader.getState( name ) !== null;
}

function runUserModule( id: string ): Promise<void> {
	const set = userSet() as UserScriptSet;
	const loads = set.q || ( set.q = {} );
	return loads[ id ] || ( loads[ id ] = new Promise<void>( ( resolve, reject ) => {
		const url = set.p[ id ];
		const missing = (): void => reject( new Error( url ) );
		if ( set.w[ id ] === true ) {
			resolve();
			return;
		}
		set.w[ id ] = [ resolve ];
		// jQuery runs it (same wiki: XHR; another wiki: a <script>) before this resolves.
		mw.loader.getScript( url ).then( () => {
			if ( !( set.a && set.a[ id ] ) ) {
				missing();
			}
		}, missing );
	} ) );
}

function wikiModuleKnown( name: string ): boolean {
	return mw.loader.getState( name ) !== null;
}

function useWikiModules( names: string[] ): Promise<void> {
	return Promise.resolve( mw.loader.using( names ) ).then( () => undefined );
}

function useHere( names: string[] ): Promise<void> {
	const own: string[] = [];
	const loading: PromiseLike<unknown>[] = [];
	names.forEach( ( name ) => {
		const id = userModule( name );
		if ( id ) {
			loading.push( runUserModule( id ) );
		} else {
			own.push( name );
		}
	} );
	// One load.php request for the wiki's modules (none: resolved at once). Promise.all takes
	// jQuery's promise as it is, and the callers use no value.
	loading.push( mw.loader.using( own ) );
	return Promise.all( loading ) as Promise<unknown> as Promise<void>;
}

/** Whether a module exists here: a registered ResourceLoader module or a user-script page. */
export const moduleKnown: ( name: string ) => boolean =
	__USER_SCRIPT__ ? knownHere : wikiModuleKnown;
/**
 * Load modules by ResourceLoader name: the user script's own pages where it has them, the wiki's
 * modules otherwise (one load.php request for those).
 */
export const useModules: ( names: string[] ) => Promise<void> =
	__USER_SCRIPT__ ? useHere : useWikiModules;
