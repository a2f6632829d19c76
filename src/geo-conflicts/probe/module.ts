/**
 * Entry of the hidden gadget `geo-conflicts-probe`: mw.libs.geoConflictsProbe.needsCore() says
 * whether the core must load. Its definition loads it on every article view (namespace 0, action
 * view) in the same load.php request as the loaders, so the loader's use of it on an article with
 * coordinates or a map costs no request of its own; it runs nothing until asked.
 */
import { DEFAULT_WDQS, endpointUrl, wikidataSiteId, wikiIndexScript } from '../../core/endpoint';
import { snapshotAnswer } from './snapshot';
import { probePage } from './probe';
import { isQid, type ProbePage } from './query';
import { siteUrl } from '../data/sparql';
import { DEFAULT_CONFLICT_CLASSES } from '../data/config';
import { validQids } from '../data/ids';
import { articleKeys } from '../data/snapshot-keys';

/**
 * The site's classes (geoConflictsConfig.classes, as data/config.ts reads them), else the defaults.
 */
function classes(): string[] {
	const raw = mw.config.get( 'geoConflictsConfig' ) as { classes?: unknown } | null;
	const own = raw && typeof raw === 'object' && Array.isArray( raw.classes ) ? validQids( raw.classes ) : [];
	return own.length ? own : DEFAULT_CONFLICT_CLASSES.slice();
}

/**
 * This page on Wikidata: its item, else its sitelink (wikis without a Wikibase client); null if
 * neither. A sitelink's name carries its site's language: the site id's prefix (eswiki → es; the
 * Turtle of localwiki/wdqs does the same) or, for the few wikis named otherwise, the content
 * language.
 */
function thisPage(): ProbePage | null {
	const item = mw.config.get( 'wgWikibaseItemId' );
	if ( isQid( item ) ) {
		return { item };
	}
	const siteId = wikidataSiteId();
	const site = siteUrl( siteId );
	const title = String( mw.config.get( 'wgPageName' ) || '' ).replace( /_/g, ' ' );
	const languages = [ siteId.replace( /wik[a-z]+$/, '' ).replace( /_/g, '-' ), String( mw.config.get( 'wgContentLanguage' ) || '' ) ]
		.filter( ( l ) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test( l ) );
	return site && title && languages.length ? { site, title, languages } : null;
}

/**
 * The wiki's published snapshot first (no request outside the wiki); where it has none, one
 * cached ASK to the Query Service as before.
 */
let fromSnapshot = false;

function needsCore(): Promise<boolean> {
	const clients = { fetch: ( url: string, init: RequestInit ) => fetch( url, init ), storage: mw.storage };
	const keys = articleKeys( { item: mw.config.get( 'wgWikibaseItemId' ), pageName: mw.config.get( 'wgPageName' ),
		redirectedFrom: mw.config.get( 'wgRedirectedFrom' ) } );
	return snapshotAnswer( keys, Object.assign( { script: wikiIndexScript() }, clients ) ).then( ( answer ) => {
		if ( answer !== null ) {
			fromSnapshot = true;
			return answer;
		}
		const page = thisPage();
		return page ? probePage( page, classes(), Object.assign( { endpoint: endpointUrl( 'wdqs', DEFAULT_WDQS ) }, clients ) ) : false;
	} );
}

/**
 * A static mapframe with a fixed view (Kartographer with $wgKartographerStaticMapframe, as on
 * Wikipedias: ext.kartographer.staticframe is this page's module, not ext.kartographer.frame).
 */
function hasStaticMap(): boolean {
	const state = mw.loader.getState( 'ext.kartographer.staticframe' );
	return !!state && state !== 'registered' &&
		!!document.querySelector( 'a.mw-kartographer-map[data-mw-kartographer][data-lat][data-zoom]' );
}

/** The loader's way to load a hidden module (gadget or user-script page). */
type LoadModule = <T>( gadget: string, lib: string ) => Promise<T>;

/**
 * What the article needs, decided here rather than in the every-page loader (whose size is
 * budgeted): for a conflict or a place, the reader module where the snapshot answered (it reads
 * only the snapshot, and loads the core only for the interactive map), else the core (`core()`,
 * the loader's, then its mountArticle); otherwise, on a static map, the snapshot's conflicts in
 * view offered by the small static module. A failed probe shows nothing,
 * as the core would not either: the reader did not ask; a failed offer only logs.
 */
function run( content: HTMLElement, core: () => Promise<{ mountArticle( c: HTMLElement ): unknown }>,
	loadModule: LoadModule ): void {
	const mountArticle = (): void => {
		core().then( ( lib ) => lib.mountArticle( content ) );
	};
	needsCore().then( ( yes ) => {
		if ( yes && fromSnapshot ) {
			// From the snapshot: the light reader module, which falls back to the core itself.
			loadModule<{ mount( content: HTMLElement, fallback: () => void ): Promise<void> }>( 'geo-conflicts-reader', 'geoConflictsReader' )
				.then( ( lib ) => lib.mount( content, mountArticle ), mountArticle );
		} else if ( yes ) {
			mountArticle();
		} else if ( hasStaticMap() ) {
			loadModule<{ offer( root: ParentNode ): Promise<number> }>( 'geo-conflicts-static', 'geoConflictsStatic' )
				.then( ( lib ) => lib.offer( content ) )
				.catch( ( e ) => mw.log.warn( 'Geo Conflicts: static map', e ) );
		}
	}, () => undefined );
}

( mw.libs as Record<string, unknown> ).geoConflictsProbe = { needsCore, run };
