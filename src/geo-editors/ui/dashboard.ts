/**
 * The dashboard at Special:BlankPage/GeoEditors: filters and an explorer, with the whole state in
 * the URL query (history.replaceState), so any view can be shared and reloaded as it was.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { loadSites, type SiteIndex } from '../data/sitematrix';
import { loadPublishedMonths } from '../data/sources';
import { Explorer } from './explorer';
import { DEFAULT_MONTHS } from '../data/session';
import { buildFilters } from './filters';
import { Guide, wikiGuideStore, type GuideStore } from './guide';
import { stateFromQuery, stateToParams, type ViewState } from './state';
import { claimUrlState } from '../../core/gadget';

/** The current URL with the state's parameters (others, such as uselang, are kept). */
export function urlWithState( href: string, state: ViewState ): string {
	const url = new URL( href );
	// Every parameter the state may write, also the views' own (a campaign left behind would come
	// back when the link is opened on the impact view).
	const keys = [ 'country', 'project', 'from', 'to', 'view', 'levels', 'month', 'granularity', 'periods', 'campaign', 'group' ];
	for ( const key of keys ) {
		url.searchParams.delete( key );
	}
	const params = stateToParams( state );
	for ( const key of Object.keys( params ) ) {
		url.searchParams.set( key, params[ key ] );
	}
	return url.href;
}

export function mountDashboardIn( container: HTMLElement, defaultProject: string,
	guideStore: GuideStore = wikiGuideStore() ): Explorer {
	// Another dashboard on the page may own the URL (both use country/from/to): then state stays in
	// memory.
	const ownsUrl = claimUrlState( 'GeoEditors' );
	const state = stateFromQuery( ownsUrl ? location.search : '', defaultProject );
	const remember = ( s: ViewState ): void => {
		if ( ownsUrl ) {
			history.replaceState( history.state, '', urlWithState( location.href, s ) );
		}
	};
	const guide = new Guide( guideStore );
	const explorer = new Explorer( state, { mode: 'dashboard', onStateChange: remember, onShowGuide: () => {
		guide.open( true );
		guide.element.scrollIntoView( { block: 'nearest' } );
	} } );
	const filtersSlot = h( 'div', { class: 'geo-editors-filters-slot' } );
	const root = h( 'div', { class: 'geo-dashboard geo-editors-dashboard-root' },
		h( 'p', { class: 'geo-editors-intro', text: msg( 'geo-editors-dashboard-intro' ) } ),
		guide.element, filtersSlot, explorer.element );
	guide.open();
	replaceChildren( container, root );
	// Special:BlankPage is titled "Blank page": name the page after what it shows.
	const heading = document.getElementById( 'firstHeading' );
	if ( heading ) {
		replaceChildren( heading, msg( 'geo-editors-title' ) );
	}
	document.title = msg( 'geo-editors-title' ) + ' – ' + document.title.split( ' – ' ).pop();
	remember( state );
	const drawFilters = ( sites: SiteIndex | null, published: string[] | null ): void => {
		let shown = explorer.getState();
		if ( published && published.length && !shown.from && !shown.to ) {
			// "Latest months" made visible: the range inputs show what the view loads.
			const latest = published.slice( -DEFAULT_MONTHS );
			shown = Object.assign( {}, shown,
				{ from: latest[ 0 ], to: latest[ latest.length - 1 ] } );
		}
		replaceChildren( filtersSlot, buildFilters( shown, sites, published, ( s ) => {
			const next = Object.assign( {}, s, { view: explorer.getState().view } );
			remember( next );
			explorer.setState( next );
		} ) );
	};
	drawFilters( null, null );
	// Names and the list of months improve the filters when they arrive; the view does not wait for
	// them.
	Promise.all( [ loadSites().catch( () => null ), loadPublishedMonths().catch( () => null ) ] )
		.then( ( [ sites, published ] ) => drawFilters( sites, published ) );
	explorer.load();
	return explorer;
}
