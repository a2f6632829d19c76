/**
 * Geo Editors loader: runs on every page view, so it only looks. It loads the heavy module when the
 * page has a `.geo-editors` placeholder or is the dashboard (Special:BlankPage/GeoEditors).
 */
import { onPlaceholders, dashboardName, contentArea, loaderText, addToolsLink, loadCore, claimOnce, missingPage } from '../core/activation';
import strings from 'i18n-loader:geo-editors';

interface GeoEditorsLib {
	mountPanel( el: HTMLElement ): void;
	mountDashboard( container: HTMLElement ): void;
}

const GADGET = 'geo-editors';

if ( claimOnce( GADGET ) ) {
	$( () => {
		addToolsLink( 'Special:BlankPage/GeoEditors', 't-geo-editors',
			loaderText( strings, 'geo-editors-portlet' ), loaderText( strings, 'geo-editors-portlet-tooltip' ) );
	} );
	if ( dashboardName() === 'GeoEditors' ) {
		loadCore<GeoEditorsLib>( GADGET, 'geoEditors' ).then( ( lib ) => lib.mountDashboard( contentArea() ),
			missingPage( GADGET, [ contentArea() ] ) );
	} else {
		onPlaceholders( 'geo-editors', ( elements ) => {
			loadCore<GeoEditorsLib>( GADGET, 'geoEditors' ).then( ( lib ) => elements.forEach( ( el ) => lib.mountPanel( el ) ),
				missingPage( GADGET, elements ) );
		} );
	}
}
