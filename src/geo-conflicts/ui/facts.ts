/**
 * The facts of a conflict as a definition list: the details panel, the article card (core) and the
 * reader's card (reader/) share it. Light on purpose: no request, no map.
 */
import { h } from '../../core/dom';
import { msg } from '../../core/messages';
import type { Conflict } from '../data/types';
import { refsText, statusElement, sectorElement, periodText } from './format';

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
