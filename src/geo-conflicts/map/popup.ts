/** The popup of a conflict marker, built as DOM text: labels come from Wikidata and are hostile. */
import { bdi, h, link } from '../../core/dom';
import { msg } from '../../core/messages';
import { getEndpoints } from '../../core/config';
import type { MapConflict } from './index';

const QID = /^Q[1-9]\d*$/;

export function conflictPopup( conflict: MapConflict ): HTMLElement {
	return h( 'div', { class: 'geo-conflicts-map-popup', attrs: { dir: document.documentElement.dir || 'ltr' }, dataset: { id: conflict.id } },
		h( 'div', { class: 'geo-conflicts-map-popup-label' }, bdi( conflict.label ) ),
		h( 'div', { class: 'geo-conflicts-map-popup-sector', text: msg( 'geo-conflicts-sector-' + conflict.sector ) } ),
		conflict.approximate ? h( 'div', { class: 'geo-conflicts-map-popup-approximate', text: msg( 'geo-conflicts-map-popup-approximate' ) } ) : null,
		QID.test( conflict.id ) ? link( getEndpoints().wikidataWiki + conflict.id, msg( 'geo-conflicts-map-popup-wikidata', conflict.id ), { class: 'geo-conflicts-map-popup-link' } ) : null,
	);
}
