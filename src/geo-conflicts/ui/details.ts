/**
 * Details of one conflict: facts from the query at once, then two small lookups filled in when
 * they arrive — articles in other languages (wbgetentities sitelinks) and the intro of this wiki's
 * article (TextExtracts on the local Action API). A failure of the first says so, with Retry; the
 * summary is a nicety and is left out when it cannot be had.
 */
import { h, link, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { getEntities } from '../data/entities';
import { wikimediaHttpsUrl } from '../data/links';
import type { Conflict } from '../data/types';
import { getContext } from './context';
import { articleTitle, labelElement, refsText, statusElement, sectorElement, periodText, conflictLinks, thumbnail } from './format';
import { cacheGet, cacheSet, HOUR } from '../../core/cache';
import { errorBox, errorMessage, notice, spinner } from '../../core/ui';

interface Sitelink {
	site: string;
	title: string;
	url: string;
}

async function otherArticles( id: string ): Promise<Sitelink[]> {
	const key = 'geo-conflicts:sitelinks:' + id;
	const cached = await cacheGet<Sitelink[]>( key );
	if ( cached ) {
		return cached;
	}
	const entities = await getEntities( [ id ], 'sitelinks/urls', getContext().languages );
	const entity = entities[ id ];
	if ( !entity ) {
		return [];
	}
	const links: Sitelink[] = [];
	const sitelinks = entity.sitelinks || {};
	for ( const site of Object.keys( sitelinks ) ) {
		const s = sitelinks[ site ];
		// Wikipedias only, not this wiki (its article is linked already).
		const url = s ? wikimediaHttpsUrl( s.url ) : null;
		if ( s && url && /^[a-z_]+wiki$/.test( site ) && site !== 'commonswiki' && site !== getContext().siteId ) {
			links.push( { site, title: String( s.title ), url } );
		}
	}
	links.sort( ( a, b ) => a.site < b.site ? -1 : 1 );
	await cacheSet( key, links, HOUR );
	return links;
}

async function articleSummary( title: string ): Promise<string | null> {
	const response = await new mw.Api().get( {
		action: 'query',
		prop: 'extracts',
		exintro: 1,
		explaintext: 1,
		exsentences: 3,
		titles: title,
		formatversion: 2,
	} ) as { query?: { pages?: { extract?: string; missing?: boolean }[] } };
	const page = response.query && response.query.pages && response.query.pages[ 0 ];
	return page && typeof page.extract === 'string' && page.extract.trim() ? page.extract.trim() : null;
}

function fact( name: string, value: Node | string ): HTMLElement[] {
	return [ h( 'dt', { text: name } ), h( 'dd', null, value ) ];
}

/** The facts of a conflict as a definition list (shared with the article card). */
export function factList( c: Conflict ): HTMLElement {
	return h( 'dl', { class: 'geo-conflicts-facts' },
		c.countries.length ? fact( msg( 'geo-conflicts-fact-country' ), refsText( c.countries ) ) : null,
		c.regions.length ? fact( msg( 'geo-conflicts-fact-region' ), refsText( c.regions ) ) : null,
		fact( msg( 'geo-conflicts-fact-period' ), periodText( c ) ),
		fact( msg( 'geo-conflicts-fact-status' ), statusElement( c ) ),
		fact( msg( 'geo-conflicts-fact-sector' ), sectorElement( c.sector ) ),
		c.coordinates && c.coordinates.approximate ?
			fact( msg( 'geo-conflicts-fact-location' ), msg( 'geo-conflicts-location-approximate' ) ) :
			!c.coordinates ? fact( msg( 'geo-conflicts-fact-location' ), msg( 'geo-conflicts-location-none' ) ) : null,
	);
}

/** Fill `panel` with the details of `c`. */
export function renderDetails( panel: HTMLElement, c: Conflict, onClose?: () => void ): void {
	const others = h( 'div', { class: 'geo-conflicts-other-articles' } );
	const summary = h( 'div', { class: 'geo-conflicts-summary' } );
	replaceChildren( panel,
		h( 'div', { class: 'geo-conflicts-details-head' },
			h( 'h3', { class: 'geo-conflicts-details-title' }, labelElement( c ) ),
			onClose ? h( 'button', {
				class: 'cdx-button geo-button geo-conflicts-close',
				attrs: { type: 'button', 'aria-label': msg( 'geo-conflicts-details-close' ) },
				on: { click: onClose },
			}, '×' ) : null,
		),
		c.description ? h( 'p', { class: 'geo-conflicts-description', text: c.description } ) :
			h( 'p', { class: 'geo-conflicts-description geo-conflicts-muted', text: msg( 'geo-conflicts-no-description' ) } ),
		c.images.length ? thumbnail( c.images[ 0 ], 320, c.label ) : null,
		factList( c ),
		summary,
		conflictLinks( c ),
		others,
	);
	panel.dataset.id = c.id;
	const showOtherArticles = (): Promise<void> => otherArticles( c.id ).then( ( links ) => {
		if ( panel.dataset.id !== c.id ) {
			return;
		}
		if ( !links.length ) {
			replaceChildren( others, notice( msg( 'geo-conflicts-other-languages-none' ) ) );
			return;
		}
		const code = ( s: Sitelink ): string => s.site.replace( /wiki$/, '' ).replace( /_/g, '-' );
		replaceChildren( others, h( 'span', { text: msg( 'geo-conflicts-other-languages' ) + ' ' } ),
			links.map( ( s, i ) => [ i ? ', ' : '', link( s.url, code( s ), { attrs: { title: s.title, lang: code( s ) } } ) ] ) );
	}, ( error ) => {
		// The facts above stay; only this part failed, and can be tried again.
		if ( panel.dataset.id === c.id ) {
			replaceChildren( others, errorBox( errorMessage( error ), () => {
				replaceChildren( others, spinner() );
				showOtherArticles();
			} ) );
		}
	} );
	replaceChildren( others, spinner() );
	showOtherArticles();
	const article = articleTitle( c );
	if ( article ) {
		articleSummary( article ).then( ( text ) => {
			if ( text && panel.dataset.id === c.id ) {
				replaceChildren( summary, h( 'blockquote', { class: 'geo-conflicts-extract', text } ),
					h( 'p', null, link( mw.util.getUrl( article ), msg( 'geo-conflicts-read-more' ) ) ) );
			}
		}, () => undefined );
	}
}
