/**
 * Articles: a card on the article about a conflict, an "Environmental conflicts in …" section on
 * the article about a place. Called on every view of a content article, so the first step is
 * one cached wbgetentities lookup of the page's item; the Query Service is asked only when the item
 * looks like a conflict (its class) or a place (coordinates, administrative unit).
 */
import { findPageItem, type PageItem } from '../data/entities';
import { isQid } from '../data/ids';
import { countryName } from '../data/country-names';
import { articleKeys } from '../data/snapshot-keys';
import { createConflictMap } from '../map/index';
import { getContext, conflictClasses, loadWithFeedback, pageSource, queryFor, toMapConflicts } from './context';
import { cardShell, renderCard, placeShell, renderPlace, type MapMaker } from './article-views';
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
			key = await source.article( articleKeys( { item: mw.config.get( 'wgWikibaseItemId' ),
				pageName: mw.config.get( 'wgPageName' ), redirectedFrom: mw.config.get( 'wgRedirectedFrom' ) } ) );
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

/** The core's map: Leaflet's mini map (bundled, or Kartographer's library). */
const leafletMap: MapMaker = ( area, conflicts ) => {
	createConflictMap( area, { mini: true } ).then( ( map ) => {
		map.setConflicts( toMapConflicts( conflicts ) );
	}, () => area.remove() );
};

function showCard( target: HTMLElement, item: ArticleItem ): void {
	const view = { kind: 'item' as const, item: item.id };
	const query = queryFor( view );
	const { card, status, body } = cardShell( target, item.id );
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
			renderCard( body, c, query, leafletMap );
		},
	} );
}

function showPlace( target: HTMLElement, item: ArticleItem ): void {
	const view = { kind: 'place' as const, place: item.id };
	const query = queryFor( view );
	const shell = placeShell( target, item.id, item.label );
	loadWithFeedback( view, {
		status: shell.status,
		cacheEmpty: true,
		onLoaded: ( set ) => {
			shell.settle();
			if ( !set.conflicts.length ) {
				shell.section.remove();
				return;
			}
			renderPlace( shell, set.place || item, set.conflicts, query, leafletMap );
		},
	} );
}
