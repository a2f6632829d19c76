/**
 * One reader's page view, decided by the gadgets' real code: the build's own Gadgets-definition
 * (which gadgets ResourceLoader sends with this page), the built loaders and the built probe
 * (dist/wiki/…, exactly the files deployed to a wiki) run in jsdom on a stand-in of `mw` that
 * records what they ask for. The reader's state (mw.storage, ResourceLoader's module store) lives
 * across views, as in a browser. A request the decision code sends is answered by the real thing:
 * the Query Service by the local Oxigraph engine over the sample RDF (localwiki/wdqs), the wiki's
 * pages by the files the build or the publish commands produced. What the heavy cores do once
 * loaded is not run here (their requests are counted per action in ./actions.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { createEngine, answerHttp, type Engine } from '../../localwiki/wdqs/engine.mjs';

export type Host = 'wiki' | 'wdqs' | 'wikidata' | 'release' | 'other';

export interface Request {
	host: Host;
	/** What it is, for the table: `load.php ext.gadget.x`, `WDQS probe`… */
	what: string;
	/** Body bytes (uncompressed) where the answer is known. */
	bytes: number;
}

/** A page as the model sees it: where it is, what its content holds, which item it is about. */
export interface PageSpec {
	title: string;
	namespace: number;
	/** Special:BlankPage/<name> dashboards. */
	dashboard?: string;
	/** The page's Wikidata item (wgWikibaseItemId; Spanish Wikipedia has a Wikibase client). */
	item?: string;
	/** Inner HTML of .mw-parser-output (our own fixed markup, no reader text). */
	html: string;
	/**
	 * The reader opens the article's map: Kartographer fires `wikipage.maps` (on Wikipedias
	 * mapframes are static images until opened).
	 */
	mapOpened?: boolean;
}

/** What stays in one reader's browser between views. */
export interface ReaderState {
	storage: Map<string, { value: string; expires: number }>;
	/** ResourceLoader modules in the browser's module store (localStorage). */
	modules: Set<string>;
	/** Simulated clock, seconds. */
	now: number;
}

export function newReader(): ReaderState {
	return { storage: new Map(), modules: new Set(), now: 0 };
}

/** The result of one view: requests made, and which core entry points the loaders called. */
export interface ViewResult {
	requests: Request[];
	actions: string[];
}

/** A built tree: dist/ of `node build.mjs`. */
export interface Build {
	name: string;
	dist: string;
}

interface GadgetDef {
	id: string;
	deps: string[];
	default: boolean;
	hidden: boolean;
	actions: string[] | null;
	namespaces: number[] | null;
}

/** The build's Gadgets-definition lines, parsed (the options MediaWiki's Gadgets extension reads). */
export function gadgetDefinitions( build: Build ): GadgetDef[] {
	const text = readFileSync( path.join( build.dist, 'Gadgets-definition.txt' ), 'utf8' );
	const out: GadgetDef[] = [];
	for ( const line of text.split( '\n' ) ) {
		const m = /^\*\s*([\w-]+)\s*\[([^\]]*)\]/.exec( line );
		if ( !m ) {
			continue;
		}
		const options = m[ 2 ].split( '|' );
		const value = ( name: string ): string | null => {
			const o = options.find( ( x ) => x.startsWith( name + '=' ) );
			return o ? o.slice( name.length + 1 ) : null;
		};
		const actions = value( 'actions' );
		const namespaces = value( 'namespaces' );
		out.push( { id: m[ 1 ], deps: ( value( 'dependencies' ) || '' ).split( ',' ).filter( Boolean ),
			default: options.includes( 'default' ), hidden: options.includes( 'hidden' ),
			actions: actions ? actions.split( ',' ) : null,
			namespaces: namespaces ? namespaces.split( ',' ).map( Number ) : null } );
	}
	return out;
}

/** Gadgets that ResourceLoader loads with the page: default ones whose actions/namespaces match. */
export function pageGadgets( build: Build, page: PageSpec ): string[] {
	const namespace = page.dashboard ? -1 : page.namespace;
	return gadgetDefinitions( build ).filter( ( g ) => g.default &&
		( !g.actions || g.actions.includes( 'view' ) ) &&
		( !g.namespaces || g.namespaces.includes( namespace ) ) ).map( ( g ) => g.id );
}

function script( build: Build, gadget: string ): string {
	const file = path.join( build.dist, 'wiki', 'MediaWiki:Gadget-' + gadget + '.js' );
	return existsSync( file ) ? readFileSync( file, 'utf8' ) : '';
}

let engine: Engine | null = null;
function sparql(): Engine {
	engine = engine || createEngine();
	return engine;
}

const WDQS = 'https://query.wikidata.org/sparql';

function classify( url: string ): Host {
	if ( url.startsWith( WDQS ) ) {
		return 'wdqs';
	}
	if ( url.startsWith( 'https://www.wikidata.org/' ) ) {
		return 'wikidata';
	}
	if ( url.startsWith( 'https://analytics.wikimedia.org/' ) ) {
		return 'release';
	}
	if ( url.startsWith( 'https://es.wikipedia.org/' ) ) {
		return 'wiki';
	}
	return 'other';
}

/** A minimal jQuery for the loaders: `$( fn )`, `$( el ).each`, `.find( selector )` and `.get()`. */
function miniJQuery( window: JSDOM[ 'window' ] ): unknown {
	interface Wrapped {
		each( fn: ( this: Element, i: number ) => void ): Wrapped;
		find( selector: string ): Wrapped;
		get(): Element[];
	}
	const wrap = ( els: Element[] ): Wrapped => ( {
		each( fn: ( this: Element, i: number ) => void ): Wrapped {
			els.forEach( ( el, i ) => fn.call( el, i ) );
			return this;
		},
		// jQuery's find: the descendants matching a CSS selector, in document order.
		find: ( selector: string ): Wrapped => wrap( els.flatMap( ( el ) => Array.from( el.querySelectorAll( selector ) ) ) ),
		get: (): Element[] => els.slice(),
	} );
	return ( arg: unknown ) => {
		if ( typeof arg === 'function' ) {
			window.queueMicrotask( () => ( arg as () => void )() );
			return undefined;
		}
		return wrap( [ arg as Element ] );
	};
}

/**
 * Run one view of `page` for `reader` with `build`. `wikiPages` answers the wiki's own pages
 * (action=raw and api.php) a decision reads, keyed by title; absent titles are 404s.
 */
export async function runView( build: Build, page: PageSpec, reader: ReaderState,
	wikiPages: ( url: URL ) => string | null = () => null ): Promise<ViewResult> {
	const requests: Request[] = [];
	const actions: string[] = [];
	const title = page.dashboard ? 'Especial:PáginaEnBlanco/' + page.dashboard : page.title;
	const dom = new JSDOM( '<!doctype html><html><body><div id="mw-content-text"><div class="mw-parser-output">' +
		page.html + '</div></div><div id="p-tb"></div></body></html>',
	{ url: 'https://es.wikipedia.org/wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ), runScripts: 'outside-only' } );
	const window = dom.window;
	const config: Record<string, unknown> = {
		wgNamespaceNumber: page.dashboard ? -1 : page.namespace,
		wgAction: 'view', wgIsMainPage: false, wgArticleId: page.dashboard ? 0 : 1000,
		wgPageName: title.replace( / /g, '_' ), wgTitle: page.dashboard ? 'PáginaEnBlanco/' + page.dashboard : title,
		wgCanonicalSpecialPageName: page.dashboard ? 'Blankpage' : false,
		wgWikibaseItemId: page.item || null, wgDBname: 'eswiki', wgContentLanguage: 'es', wgUserLanguage: 'es', wgScript: '/w/index.php',
	};
	interface Hook {
		add( fn: ( ...a: unknown[] ) => void ): Hook;
		fire( ...args: unknown[] ): Hook;
	}
	const hooks: Record<string, { fns: ( ( ...a: unknown[] ) => void )[]; fired: unknown[] | null }> = {};
	const hook = ( name: string ): Hook => {
		const h = hooks[ name ] = hooks[ name ] || { fns: [], fired: null };
		return {
			add( fn: ( ...a: unknown[] ) => void ) {
				h.fns.push( fn );
				if ( h.fired ) {
					fn( ...h.fired );
				}
				return this;
			},
			fire( ...args: unknown[] ) {
				h.fired = args;
				h.fns.forEach( ( fn ) => fn( ...args ) );
				return this;
			},
		};
	};
	const definitions = gadgetDefinitions( build );
	const known = new Set( definitions.map( ( g ) => 'ext.gadget.' + g.id ) );
	const libs: Record<string, unknown> = {};
	/** One load.php request for the modules of a batch that the module store does not hold. */
	const fetchModules = ( modules: string[], what: string ): void => {
		const missing = modules.filter( ( m ) => !reader.modules.has( m ) );
		if ( missing.length ) {
			missing.forEach( ( m ) => reader.modules.add( m ) );
			const bytes = missing.reduce( ( sum, m ) => sum + script( build, m.replace( /^ext\.gadget\./, '' ) ).length, 0 );
			requests.push( { host: 'wiki', what: 'load.php ' + what, bytes } );
		}
	};
	const recordingCore = ( gadget: string ): Record<string, ( ...a: unknown[] ) => unknown> => {
		const record = ( action: string ) => (): Promise<void> => {
			actions.push( gadget + ':' + action );
			return Promise.resolve();
		};
		return { mountPanel: record( 'panel' ), mountDashboard: record( 'dashboard' ),
			mountArticle: record( 'article' ), overlayMaps: record( 'maps' ) };
	};
	const using = ( list: string | string[] ): Promise<unknown> => {
		const modules = ( Array.isArray( list ) ? list : [ list ] ).filter( ( m ) => known.has( m ) ||
			!m.startsWith( 'ext.gadget.' ) );
		fetchModules( modules.filter( ( m ) => m.startsWith( 'ext.gadget.' ) ), modules.join( ',' ) );
		for ( const m of modules ) {
			const id = m.replace( /^ext\.gadget\./, '' );
			if ( /-core$/.test( id ) ) {
				libs[ id === 'geo-conflicts-core' ? 'geoConflicts' : 'geoEditors' ] = recordingCore( id.replace( /-core$/, '' ) );
			} else if ( id === 'geo-conflicts-reader' ) {
				// The reader module (card and section from the snapshot): recorded like a core.
				libs.geoConflictsReader = { mount: (): Promise<void> => {
					actions.push( 'geo-conflicts:reader' );
					return Promise.resolve();
				} };
			} else if ( m.startsWith( 'ext.gadget.' ) && !/-messages-/.test( id ) && !libs[ 'ran:' + id ] ) {
				libs[ 'ran:' + id ] = true;
				window.eval( script( build, id ) );
			}
		}
		return Promise.resolve();
	};
	const storage = {
		get( key: string ): string | null {
			const e = reader.storage.get( key );
			return e && e.expires > reader.now ? e.value : null;
		},
		set( key: string, value: string, expiry?: number ): boolean {
			reader.storage.set( key, { value, expires: expiry ? reader.now + expiry : Infinity } );
			return true;
		},
		remove( key: string ): boolean {
			return reader.storage.delete( key );
		},
	};
	const mw = {
		config: { get: ( k: string ) => config[ k ] ?? null, set: ( k: string, v: unknown ) => {
			config[ k ] = v;
		} },
		hook,
		libs,
		storage,
		loader: {
			using,
			load: ( m: string | string[] ): undefined => {
				using( m ).catch( () => undefined );
				return undefined;
			},
			getState: ( m: string ) => ( known.has( m ) ? 'registered' : null ),
		},
		util: { addPortletLink: () => null, getUrl: ( t: string ) => '/wiki/' + t },
		// mw.Map: no message overridden on-wiki (get's fallback is null).
		messages: { exists: () => false, get: () => null },
		message: ( k: string ) => ( { text: () => k } ),
	};
	const answer = ( url: string ): { status: number; body: string } => {
		const host = classify( url );
		if ( host === 'wdqs' ) {
			const r = answerHttp( sparql(), new URL( url ).searchParams, 'application/sparql-results+json' );
			return { status: r.status, body: r.body };
		}
		const u = new URL( url );
		const body = host === 'wiki' ? wikiPages( u ) : null;
		if ( body !== null ) {
			return { status: 200, body };
		}
		// MediaWiki answers action=raw of a missing page with a ctype by an empty 200, else a 404.
		return u.searchParams.get( 'action' ) === 'raw' && u.searchParams.has( 'ctype' ) ?
			{ status: 200, body: '' } : { status: 404, body: '' };
	};
	Object.assign( window, {
		mw, $: miniJQuery( window ), jQuery: miniJQuery( window ),
		fetch: ( relative: string ) => {
			// Relative URLs (the wiki's own index.php) as the browser resolves them.
			const url = new URL( String( relative ), window.location.href ).href;
			const a = answer( url );
			const what = classify( url ) === 'wdqs' ?
				'WDQS ' + ( /view%3D(\w+)|view=(\w+)/.exec( url ) || [ '', 'query' ] ).slice( 1 ).filter( Boolean )[ 0 ] :
				url.replace( /^https:\/\//, '' ).slice( 0, 80 );
			requests.push( { host: classify( url ), what, bytes: a.body.length } );
			return Promise.resolve( new window.Response( a.body, { status: a.status,
				headers: { 'Content-Type': 'application/json' } } ) );
		},
	} );
	if ( !window.Response ) {
		Object.assign( window, { Response: globalThis.Response } );
	}
	// The page's own load.php request for the default gadgets that apply here (one batch, the
	// loaders and the probe), then their code runs.
	const gadgets = pageGadgets( build, page );
	fetchModules( gadgets.map( ( g ) => 'ext.gadget.' + g ), gadgets.map( ( g ) => 'ext.gadget.' + g ).join( ',' ) );
	for ( const g of gadgets ) {
		if ( !definitions.find( ( d ) => d.id === g )?.hidden ) {
			window.eval( script( build, g ) );
		}
	}
	await tick();
	hook( 'wikipage.content' ).fire( miniJQueryWrap( window ) );
	if ( page.mapOpened ) {
		hook( 'wikipage.maps' ).fire( [] );
	}
	// Let every promise chain (probe answer → core) settle.
	for ( let i = 0; i < 20; i++ ) {
		await tick();
	}
	window.close();
	return { requests, actions };
}

function tick(): Promise<void> {
	return new Promise( ( resolve ) => {
		setTimeout( resolve, 0 );
	} );
}

function miniJQueryWrap( window: JSDOM[ 'window' ] ): unknown {
	const content = window.document.getElementById( 'mw-content-text' );
	return ( miniJQuery( window ) as ( el: unknown ) => unknown )( content );
}
