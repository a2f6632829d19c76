/**
 * "What it is about" on the details panel and the article card: participants, operators, owners,
 * causes, effects (always, "not recorded on Wikidata" with an edit link when absent), and part of,
 * products, uses where modelled. Labels come in the reader's language chain from the query; each
 * links to its item on Wikidata.
 */
import { bdi, h, link } from '../../core/dom';
import { msg } from '../../core/messages';
import { ABOUT_PROPERTIES, EXPECTED_ABOUT, aboutRefs } from '../data/about';
import type { Conflict, ItemRef } from '../data/types';
import { wikidataUrl } from './format';

function refLink( ref: ItemRef ): HTMLElement {
	if ( ref.labelMissing ) {
		return h( 'span', { class: 'geo-conflicts-nolabel', attrs: { title: msg( 'geo-conflicts-no-label' ) } },
			link( wikidataUrl( ref.id ), ref.id ), ' ', h( 'small', { text: msg( 'geo-conflicts-no-label-short' ) } ) );
	}
	return link( wikidataUrl( ref.id ), bdi( ref.label ), { dataset: { id: ref.id } } );
}

/** The list: the five expected properties always, the others when recorded. */
export function aboutList( c: Conflict ): HTMLElement {
	const rows: HTMLElement[] = [];
	for ( const property of ABOUT_PROPERTIES ) {
		const refs = aboutRefs( c, property );
		if ( !refs.length && !EXPECTED_ABOUT.includes( property ) ) {
			continue;
		}
		// geo-conflicts-about-p710, -p137, -p127, -p828, -p1542, -p361, -p1056, -p2283
		rows.push( h( 'dt', { text: msg( 'geo-conflicts-about-' + property.toLowerCase() ) } ) );
		rows.push( refs.length ?
			h( 'dd', { dataset: { property } }, refs.map( ( r, i ) => [ i ? msg( 'comma-separator' ) : '', refLink( r ) ] ) ) :
			h( 'dd', { class: 'geo-conflicts-not-recorded', dataset: { property, missing: 'true' } },
				h( 'span', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-about-not-recorded' ) } ), ' ',
				// The statement group's anchor on the item page (#P710) when there is one; the page
				// otherwise.
				link( wikidataUrl( c.id ) + '#' + property, msg( 'geo-conflicts-about-add' ), { class: 'geo-conflicts-edit' } ) ) );
	}
	return h( 'section', { class: 'geo-conflicts-about' },
		h( 'h4', { class: 'geo-conflicts-about-title', text: msg( 'geo-conflicts-about-title' ) } ),
		h( 'dl', { class: 'geo-conflicts-facts geo-conflicts-about-list' }, rows ) );
}
