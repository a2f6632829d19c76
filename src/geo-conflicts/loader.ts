/**
 * Geo Conflicts loader: runs on every page view, so it only looks. The heavy module loads for a
 * `.geo-conflicts` placeholder, the dashboard (Special:BlankPage/GeoConflicts), maps on the page
 * (Kartographer's wikipage.maps hook) and articles that show geographic content (coordinates or a
 * map): only those can be about a conflict or a place. On those a tiny probe (the hidden gadget
 * geo-conflicts-probe: one cached ASK) decides first, so an article that is neither never loads the
 * core. The probe's definition already loads it with this loader on article views, so asking for it
 * here makes no request of its own.
 */
import { onPlaceholders, dashboardName, contentArea, loaderText, addToolsLink, loadCore, loadModule, claimOnce } from '../core/activation';
import strings from 'i18n-loader:geo-conflicts';

interface GeoConflictsLib {
	mountPanel( el: HTMLElement ): void;
	mountDashboard( container: HTMLElement ): void;
	mountArticle( content: HTMLElement ): Promise<void>;
	overlayMaps( maps: unknown ): void;
}

interface ProbeLib {
	needsCore(): Promise<boolean>;
}

interface StaticLib {
	offer( root: ParentNode ): Promise<number>;
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

const GADGET = 'geo-conflicts';
const load = (): Promise<GeoConflictsLib> => loadCore<GeoConflictsLib>( GADGET, 'geoConflicts' );

function isGeographicArticle(): boolean {
	return mw.config.get( 'wgNamespaceNumber' ) === 0 && mw.config.get( 'wgAction' ) === 'view' &&
		!mw.config.get( 'wgIsMainPage' ) && !!mw.config.get( 'wgArticleId' ) &&
		!!document.querySelector( '#coordinates, .geo-conflicts-article, .mw-kartographer-maplink, .mw-kartographer-map' );
}

if ( claimOnce( GADGET ) ) {
	$( () => {
		addToolsLink( 'Special:BlankPage/GeoConflicts', 't-geo-conflicts',
			loaderText( strings, 'geo-conflicts-portlet' ), loaderText( strings, 'geo-conflicts-portlet-tooltip' ) );
		if ( isGeographicArticle() ) {
			// A failed probe shows nothing, as the core would not either: the reader did not ask.
			loadModule<ProbeLib>( 'geo-conflicts-probe', 'geoConflictsProbe' )
				.then( ( probe ) => probe.needsCore() )
				.then( ( yes ) => {
					if ( yes ) {
						load().then( ( lib ) => lib.mountArticle( contentArea() ) );
					} else if ( hasStaticMap() ) {
						// Neither conflict nor place: the map's conflicts only from the snapshot.
						// An extra the reader did not ask for: a failure only logs.
						loadModule<StaticLib>( 'geo-conflicts-static', 'geoConflictsStatic' )
							.then( ( lib ) => lib.offer( contentArea() ).catch( ( e ) => {
								mw.log.warn( 'Geo Conflicts: static map', e );
								return 0;
							} ) );
					}
				}, () => undefined );
		}
	} );
	if ( dashboardName() === 'GeoConflicts' ) {
		load().then( ( lib ) => lib.mountDashboard( contentArea() ) );
	} else {
		onPlaceholders( 'geo-conflicts', ( elements ) => {
			load().then( ( lib ) => elements.forEach( ( el ) => lib.mountPanel( el ) ) );
		} );
	}
	mw.hook( 'wikipage.maps' ).add( ( maps: unknown ) => {
		load().then( ( lib ) => lib.overlayMaps( maps ) );
	} );
}
