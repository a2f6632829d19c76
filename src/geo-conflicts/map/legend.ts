/**
 * The legend: one swatch per sector on the map, and the two location kinds (exact / approximate).
 */
import { h, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { SECTORS, type SectorKey } from '../data/sectors';
import { sectorColor, type Theme } from './palette';

export interface Legend {
	element: HTMLDetailsElement;
	/** Show the sectors that are on the map now, in their colours for the theme. */
	update( present: ReadonlySet<SectorKey>, theme: Theme ): void;
}

export function createLegend( open: boolean ): Legend {
	const list = h( 'ul', { class: 'geo-conflicts-map-legend-list' } );
	const kinds = h( 'ul', { class: 'geo-conflicts-map-legend-list' },
		h( 'li', null, h( 'span', { class: 'geo-conflicts-map-swatch geo-conflicts-map-swatch--exact', attrs: { 'aria-hidden': 'true' } } ), msg( 'geo-conflicts-map-legend-exact' ) ),
		h( 'li', null, h( 'span', { class: 'geo-conflicts-map-swatch geo-conflicts-map-swatch--approximate', attrs: { 'aria-hidden': 'true' } } ), msg( 'geo-conflicts-map-legend-approximate' ) ),
	);
	const element = h( 'details', { class: 'geo-conflicts-map-legend' },
		h( 'summary', { text: msg( 'geo-conflicts-map-legend' ) } ),
		list,
		kinds,
	);
	element.open = open;
	return {
		element,
		update( present, theme ) {
			const items = SECTORS.filter( ( key ) => present.has( key ) ).map( ( key ) => h( 'li', { dataset: { sector: key } },
				h( 'span', { class: 'geo-conflicts-map-swatch', style: { 'background-color': sectorColor( key, theme ) }, attrs: { 'aria-hidden': 'true' } } ),
				msg( 'geo-conflicts-sector-' + key ),
			) );
			replaceChildren( list, items );
		},
	};
}
