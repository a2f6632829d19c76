/**
 * Geo Conflicts loader: runs on every page view, so it only looks. The heavy module loads for a
 * `.geo-conflicts` placeholder, the dashboard (Special:BlankPage/GeoConflicts), maps on the page
 * (Kartographer's wikipage.maps hook) and articles that show geographic content (coordinates or a
 * map): only those can be about a conflict or a place. On those a tiny probe (the hidden gadget
 * geo-conflicts-probe: one cached ASK) decides first, so an article that is neither never loads the
 * core. The probe's definition already loads it with this loader on article views, so asking for it
 * here makes no request of its own.
 */
import { onPlaceholders, dashboardName, contentArea, loaderText, addToolsLink, loadCore, loadModule, claimOnce, missingPage } from '../core/activation';
import strings from 'i18n-loader:geo-conflicts';

interface GeoConflictsLib {
	mountPanel( el: HTMLElement ): void;
	mountDashboard( container: HTMLElement ): void;
	mountArticle( content: HTMLElement ): Promise<void>;
	overlayMaps( maps: unknown ): void;
}

interface ProbeLib {
	run( content: HTMLElement, core: () => Promise<GeoConflictsLib>, load: typeof loadModule ): void;
}

const GADGET = 'geo-conflicts';
const load = (): Promise<GeoConflictsLib> => loadCore<GeoConflictsLib>( GADGET, 'geoConflicts' );

function isGeographicArticle(): boolean {
	return mw.config.get( 'wgNamespaceNumber' ) === 0 && mw.config.get( 'wgAction' ) === 'view' &&
		!mw.config.get( 'wgIsMainPage' ) &&
		// (A page that does not exist has none of these: no wgArticleId test needed.)
		!!document.querySelector( '#coordinates,.geo-conflicts-article,.mw-kartographer-maplink,.mw-kartographer-map' );
}

if ( claimOnce( GADGET ) ) {
	$( () => {
		addToolsLink( 'Special:BlankPage/GeoConflicts', 't-geo-conflicts',
			loaderText( strings, 'geo-conflicts-portlet' ), loaderText( strings, 'geo-conflicts-portlet-tooltip' ) );
		if ( isGeographicArticle() ) {
			// The probe decides (core, static-map offer, or nothing) in its own module.
			loadModule<ProbeLib>( 'geo-conflicts-probe', 'geoConflictsProbe' )
				.then( ( probe ) => probe.run( contentArea(), load, loadModule ), () => undefined );
		}
	} );
	if ( dashboardName() === 'GeoConflicts' ) {
		load().then( ( lib ) => lib.mountDashboard( contentArea() ), missingPage( GADGET, [ contentArea() ] ) );
	} else {
		onPlaceholders( 'geo-conflicts', ( elements ) => {
			load().then( ( lib ) => elements.forEach( ( el ) => lib.mountPanel( el ) ), missingPage( GADGET, elements ) );
		} );
	}
	mw.hook( 'wikipage.maps' ).add( ( maps: unknown ) => {
		// Not asked for by the reader: a missing core (user script) stays silent here.
		load().then( ( lib ) => lib.overlayMaps( maps ), () => undefined );
	} );
}
