/**
 * A short list of conflicts for cards, panels and place sections: label links to the article here,
 * else Wikidata.
 */
import { h, link } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import type { Conflict } from '../data/types';
import { articleTitle, labelElement, sectorElement, statusElement, wikidataUrl } from './format';

export function compactList( conflicts: Conflict[], limit: number,
	moreHref?: string ): HTMLElement {
	const items = conflicts.slice( 0, limit ).map( ( c ) => {
		const article = articleTitle( c );
		return h( 'li', { class: 'geo-conflicts-compact-item', dataset: { id: c.id } },
			h( 'a', { attrs: { href: article ? mw.util.getUrl( article ) : wikidataUrl( c.id ) } }, labelElement( c ) ),
			' ', h( 'span', { class: 'geo-conflicts-list-meta' }, sectorElement( c.sector ), ' · ', statusElement( c ),
				c.start ? ' · ' + String( c.start.year ) : '' )
		);
	} );
	const rest = conflicts.length - limit;
	return h( 'div', { class: 'geo-conflicts-compact' },
		h( 'ul', null, items ),
		rest > 0 ? h( 'p', null, moreHref ?
			link( moreHref, msg( 'geo-conflicts-compact-more', formatNumber( rest ), rest ) ) :
			msg( 'geo-conflicts-compact-more', formatNumber( rest ), rest ) ) : null,
	);
}

/** URL of the dashboard with some countries selected. */
export function dashboardUrl( countries: string[] ): string {
	return mw.util.getUrl( 'Special:BlankPage/GeoConflicts', countries.length ? { country: countries.join( ',' ) } : undefined );
}
