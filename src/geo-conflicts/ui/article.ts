/**
 * Articles: a card on the article about a conflict, an "Environmental conflicts in …" section on
 * the article about a place. Called on every view of a content article, so the first step is
 * one cached wbgetentities lookup of the page's item; the Query Service is asked only when the item
 * looks like a conflict (its class) or a place (coordinates, administrative unit).
 */
import { h, isolateText, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { findPageItem, type PageItem } from '../data/entities';
import { isQid } from '../data/ids';
import { countryName } from '../data/country-names';
import type { Conflict } from '../data/types';
import { createConflictMap } from '../map/index';
import { getContext, conflictClasses, loadWithFeedback, pageSource, queryFor, toMapConflicts } from './context';
import { factList } from './details';
import { aboutList } from './about';
import { descriptionElement, labelElement, conflictLinks, thumbnail } from './format';
import { compactList, dashboardUrl } from './compact';
import { queryLink } from './tools';
import { adoptInterfaceLanguage } from '../../core/gadget';
import { overlayStaticMaps } from './overlay';

/** Classes of items that are never places for our purpose, even with coordinates (humans). */
const NOT_PLACES = [ 'Q5' ];
const COUNTRY_CLASSES = [ 'Q6256', 'Q3624078' ];

export function isPlace( item: PageItem ): boolean {
	if ( item.classes.some( ( c ) => NOT_PLACES.includes( c ) ) ) {
		return false;
	}
	return item.hasCoordinates || item.adminUnits.length > 0 ||
		item.classes.some( ( c ) => COUNTRY_CLASSES.includes( c ) );
}

function parserOutput( content: HTMLElement ): HTMLElement {
	return content.querySelector<HTMLElement>( '.mw-parser-output' ) || content;
}

/** What the card and the section need of the article's item. */
interface ArticleItem {
	id: string;
	/** The place's label (a place's section title); '' until the snapshot says it. */
	label: string;
	countries: string[];
	/** Whether the item could have a place section when it is not a conflict after all. */
	place: boolean;
}

function pageTitle(): string {
	return String( mw.config.get( 'wgPageName' ) || '' ).replace( /_/g, ' ' );
}

export async function mountArticle( content: HTMLElement ): Promise<void> {
	if ( content.dataset.geoConflictsArticle ) {
		return;
	}
	content.dataset.geoConflictsArticle = 'checking';
	const source = await pageSource();
	if ( source.article ) {
		// The published snapshot knows this wiki's articles: no request to Wikidata.
		let key;
		try {
			key = await source.article( pageTitle() );
		} catch ( e ) {
			content.dataset.geoConflictsArticle = 'unavailable';
			return;
		}
		content.dataset.geoConflictsArticle = key ? key.kind : 'none';
		const item = key ? { id: key.id, label: '', countries: [], place: key.kind === 'place' } : null;
		if ( item && key && key.kind === 'conflict' ) {
			showCard( parserOutput( content ), item );
		} else if ( item ) {
			showPlace( parserOutput( content ), item );
		}
		if ( item ) {
			overlayStaticMaps( content );
		}
		return;
	}
	await mountLiveArticle( content );
}

async function mountLiveArticle( content: HTMLElement ): Promise<void> {
	const ctx = getContext();
	const itemId = mw.config.get( 'wgWikibaseItemId' );
	let item: PageItem | null;
	try {
		item = await findPageItem( {
			itemId: isQid( itemId ) ? itemId : null,
			siteId: ctx.siteId,
			title: pageTitle(),
		}, ctx.languages, ctx.clients.wikidata );
	} catch ( e ) {
		// The reader did not ask for this: an unreachable Wikidata leaves the article as it is.
		content.dataset.geoConflictsArticle = 'unavailable';
		return;
	}
	if ( !item ) {
		content.dataset.geoConflictsArticle = 'none';
		return;
	}
	const configured = ctx.config.classes;
	// Directly of a configured class: no need for the closure (and no query when the service is
	// down).
	const known = item.classes.some( ( c ) => configured.includes( c ) ) ? configured :
		await conflictClasses();
	if ( item.classes.some( ( c ) => known.includes( c ) ) ) {
		content.dataset.geoConflictsArticle = 'conflict';
		showCard( parserOutput( content ), liveItem( item ) );
		overlayStaticMaps( content );
	} else if ( isPlace( item ) ) {
		content.dataset.geoConflictsArticle = 'place';
		showPlace( parserOutput( content ), liveItem( item ) );
		overlayStaticMaps( content );
	} else {
		content.dataset.geoConflictsArticle = 'none';
	}
}

function liveItem( item: PageItem ): ArticleItem {
	// A country's section title in the reader's language, as its conflicts' countries are.
	const label = countryName( item.id, getContext().languages ) || item.label;
	return { id: item.id, label, countries: item.countries, place: isPlace( item ) };
}

function showCard( target: HTMLElement, item: ArticleItem ): void {
	const view = { kind: 'item' as const, item: item.id };
	const query = queryFor( view );
	const status = h( 'div', { class: 'geo-conflicts-status-area', attrs: { 'aria-live': 'polite' } } );
	const body = h( 'div', { class: 'geo-conflicts-card-body' } );
	const card = h( 'aside', {
		class: 'geo-panel geo-conflicts-card',
		dataset: { id: item.id },
		attrs: { 'aria-label': msg( 'geo-conflicts-card-title' ) },
	}, h( 'div', { class: 'geo-conflicts-card-kicker', text: msg( 'geo-conflicts-card-title' ) } ), status, body );
	adoptInterfaceLanguage( card );
	target.insertBefore( card, target.firstChild );
	loadWithFeedback( view, {
		status,
		onLoaded: ( set ) => {
			const c = set.conflicts[ 0 ];
			if ( !c ) {
				// Not of a configured class after all: no card, and a place still gets its section.
				card.remove();
				if ( item.place ) {
					showPlace( target, item );
				}
				return;
			}
			renderCard( body, c, query );
		},
	} );
}

function renderCard( body: HTMLElement, c: Conflict, query: string ): void {
	const mapArea = h( 'div', { class: 'geo-conflicts-map-area geo-conflicts-map-area--mini' } );
	replaceChildren( body,
		h( 'h3', { class: 'geo-conflicts-card-label' }, labelElement( c ) ),
		descriptionElement( c, false ),
		c.images.length ? thumbnail( c.images[ 0 ], 240, c.label ) : null,
		c.coordinates ? mapArea : null,
		factList( c ),
		aboutList( c ),
		// The reader is on the article already: no link to it.
		conflictLinks( c, false ),
		h( 'p', { class: 'geo-conflicts-footer' }, queryLink( query ) ),
	);
	if ( c.coordinates ) {
		createConflictMap( mapArea, { mini: true } ).then( ( map ) => {
			map.setConflicts( toMapConflicts( [ c ] ) );
		}, () => mapArea.remove() );
	}
}

function showPlace( target: HTMLElement, item: ArticleItem ): void {
	const view = { kind: 'place' as const, place: item.id };
	const query = queryFor( view );
	const status = h( 'div', { class: 'geo-conflicts-status-area', attrs: { 'aria-live': 'polite' } } );
	const summary = h( 'summary', { class: 'geo-conflicts-place-summary' }, msg( 'geo-conflicts-place-title', isolateText( item.label ) ) );
	const body = h( 'div', { class: 'geo-conflicts-place-body' } );
	const section = h( 'details', { class: 'geo-panel geo-conflicts-place', dataset: { id: item.id } }, summary, status, body );
	// Shown at once only while there is something to say (waiting, an error); hidden when empty.
	section.hidden = true;
	adoptInterfaceLanguage( section );
	target.appendChild( section );
	const observer = new MutationObserver( () => {
		if ( status.firstChild && section.hidden && !status.querySelector( '.geo-spinner' ) ) {
			section.hidden = false;
			section.open = true;
		}
	} );
	observer.observe( status, { childList: true } );
	loadWithFeedback( view, {
		status,
		cacheEmpty: true,
		onLoaded: ( set ) => {
			observer.disconnect();
			if ( !set.conflicts.length ) {
				section.remove();
				return;
			}
			const named = set.place ? Object.assign( {}, item, { label: set.place.label, countries: set.place.countries } ) : item;
			renderPlace( section, summary, body, named, set.conflicts, query, status );
		},
	} );
}

function renderPlace( section: HTMLDetailsElement, summary: HTMLElement, body: HTMLElement,
	item: ArticleItem, conflicts: Conflict[], query: string, status: HTMLElement ): void {
	replaceChildren( summary, msg( 'geo-conflicts-place-title', isolateText( item.label ) ), ' ',
		h( 'span', { class: 'geo-conflicts-muted geo-conflicts-place-count', dataset: { total: String( conflicts.length ) } },
			msg( 'geo-conflicts-place-count', formatNumber( conflicts.length ), conflicts.length ) ) );
	const mapArea = h( 'div', { class: 'geo-conflicts-map-area geo-conflicts-map-area--mini' } );
	replaceChildren( body,
		status,
		mapArea,
		compactList( conflicts, 20, dashboardUrl( item.countries.length ? item.countries : [] ) ),
		h( 'p', { class: 'geo-conflicts-footer' }, queryLink( query ) ),
	);
	section.hidden = false;
	// A map in a closed <details> has no size: make it the first time the section opens.
	let mapStarted = false;
	const startMap = (): void => {
		if ( mapStarted || !section.open ) {
			return;
		}
		mapStarted = true;
		createConflictMap( mapArea, { mini: true } )
			.then( ( map ) => map.setConflicts( toMapConflicts( conflicts ) ),
				() => mapArea.remove() );
	};
	section.addEventListener( 'toggle', startMap );
	startMap();
}
