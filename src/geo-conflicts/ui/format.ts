/** Text and small elements for conflict facts, shared by the dashboard, card and place section. */
import { bdi, dataBlock, h, isolateText, link } from '../../core/dom';
import { msg, formatDate, languageName } from '../../core/messages';
import { getEndpoints } from '../../core/config';
import type { Conflict, ItemRef, WikiDate } from '../data/types';
import type { SectorResult } from '../data/sectors';

export function dateText( date: WikiDate ): string {
	// Decades and centuries (precision < 9) are shown as their year, marked approximate.
	const text = formatDate( date.iso, Math.max( 9, date.precision ) );
	return date.precision < 9 ? msg( 'geo-conflicts-date-approximate', text ) : text;
}

export function wikidataUrl( id: string ): string {
	return getEndpoints().wikidataWiki + id;
}

/** A label; when Wikidata has none in any language, the QID, visibly marked. */
export function labelElement( ref: Pick<ItemRef, 'id' | 'label' | 'labelMissing'>, tag: 'span' | 'strong' = 'span' ): HTMLElement {
	if ( ref.labelMissing ) {
		return h( tag, {
			class: 'geo-conflicts-nolabel',
			attrs: { title: msg( 'geo-conflicts-no-label' ) },
		}, ref.id, ' ', h( 'small', { text: msg( 'geo-conflicts-no-label-short' ) } ) );
	}
	// Data text, isolated: a label cannot reorder what follows it (issue 22).
	return h( tag, null, bdi( ref.label ) );
}

/** The conflict's description as a block of its own (details panel, article card), or "no description". */
export function descriptionElement( c: Pick<Conflict, 'description'>, muted = true ): HTMLElement | null {
	return c.description ? dataBlock( 'p', c.description, { class: 'geo-conflicts-description' } ) :
		muted ? h( 'p', { class: 'geo-conflicts-description geo-conflicts-muted', text: msg( 'geo-conflicts-no-description' ) } ) : null;
}

/**
 * "Chile, Peru and Bolivia" with the wiki's own separator and "and" messages (core's, per
 * language).
 */
export function refsText( refs: ItemRef[] ): string {
	return mw.language.listToText( refs.map( ( r ) => isolateText( r.label ) ) );
}

export function statusElement( c: Conflict ): HTMLElement {
	return h( 'span', { class: 'geo-conflicts-status geo-conflicts-status--' + c.status.key, dataset: { status: c.status.key } },
		msg( 'geo-conflicts-status-' + c.status.key ),
		c.status.inferred ? h( 'small', { class: 'geo-conflicts-inferred', text: ' ' + msg( 'geo-conflicts-status-inferred' ) } ) : null,
	);
}

export function sectorText( sector: SectorResult ): string {
	return msg( 'geo-conflicts-sector-' + sector.key );
}

export function sectorElement( sector: SectorResult ): HTMLElement {
	return h( 'span', { class: 'geo-conflicts-sector', dataset: { sector: sector.key } },
		sectorText( sector ),
		sector.basis === 'keyword' && sector.keyword ?
			h( 'small', { class: 'geo-conflicts-inferred', text: ' ' + sectorGuessText( sector ) } ) : null,
	);
}

/**
 * "(guessed from the word “mina” in the description in Spanish)": the word, the text and the
 * language that decided the sector (the same for every reader).
 */
export function sectorGuessText( sector: SectorResult ): string {
	if ( sector.field && sector.lang ) {
		// geo-conflicts-sector-guessed-label, geo-conflicts-sector-guessed-description
		return msg( 'geo-conflicts-sector-guessed-' + sector.field, sector.keyword || '', languageName( sector.lang ) );
	}
	return msg( 'geo-conflicts-sector-guessed', sector.keyword || '' );
}

/** "2000 – October 2020", "since 2004", or nothing known. */
export function periodText( c: Conflict ): string {
	if ( c.start && c.end ) {
		return msg( 'geo-conflicts-period', dateText( c.start ), dateText( c.end ) );
	}
	if ( c.start ) {
		return msg( 'geo-conflicts-period-start', dateText( c.start ) );
	}
	if ( c.end ) {
		return msg( 'geo-conflicts-period-end', dateText( c.end ) );
	}
	return msg( 'geo-conflicts-period-unknown' );
}

/**
 * The conflict's article on this wiki as mw.Title normalises it (local namespace names included),
 * or null: an invalid title, or a special or media page (Special:UserLogout is never linked or
 * read).
 */
export function articleTitle( c: Conflict ): string | null {
	if ( !c.article ) {
		return null;
	}
	const title = mw.Title.newFromText( c.article.title );
	return title && title.getNamespaceId() >= 0 ? title.getPrefixedText() : null;
}

/** Links of a conflict: this wiki's article, Wikidata, Commons category. */
export function conflictLinks( c: Conflict, withArticle = true ): HTMLElement {
	const endpoints = getEndpoints();
	const items: HTMLElement[] = [];
	const article = withArticle ? articleTitle( c ) : null;
	if ( article ) {
		items.push( h( 'li', null, link( mw.util.getUrl( article ), msg( 'geo-conflicts-link-article' ) ) ) );
	}
	items.push( h( 'li', null, link( wikidataUrl( c.id ), msg( 'geo-conflicts-link-wikidata', c.id ) ) ) );
	if ( c.commonsCategory ) {
		items.push( h( 'li', null, link( endpoints.commonsWiki + 'Category:' + encodeURIComponent( c.commonsCategory.replace( / /g, '_' ) ),
			msg( 'geo-conflicts-link-commons' ) ) ) );
	}
	return h( 'ul', { class: 'geo-conflicts-links' }, items );
}

/** Commons thumbnail of a file (Special:FilePath scales it), or null. */
export function thumbnail( file: string, width: number, alt: string ): HTMLElement {
	const base = getEndpoints().commonsWiki;
	const name = encodeURIComponent( file.replace( / /g, '_' ) );
	return h( 'figure', { class: 'geo-conflicts-thumb' },
		h( 'a', { attrs: { href: base + 'File:' + name } },
			h( 'img', { attrs: { src: base + 'Special:FilePath/' + name + '?width=' + width, alt, loading: 'lazy', width } } ) ),
		dataBlock( 'figcaption', file ),
	);
}

/** Link to the Query Service UI with the exact query of the view. */
export function queryLink( query: string ): HTMLElement {
	return link( getEndpoints().wdqsUi + '#' + encodeURIComponent( query ), msg( 'geo-conflicts-open-query' ), {
		class: 'geo-conflicts-query-link',
		attrs: { target: '_blank', rel: 'noopener' },
	} );
}
