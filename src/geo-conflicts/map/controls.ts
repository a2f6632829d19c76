/**
 * Leaflet controls whose content is our own DOM (built with h(), so no HTML strings reach Leaflet).
 */
import type * as Leaflet from 'leaflet';
import { h } from '../../core/dom';
import { codexCheckbox } from '../../core/ui';
import { attributionElement } from './attribution';
import { readerCorner, type LeafletNS } from '../../core/leaflet';

export { attributionElement };

/**
 * A control that shows `element` in `position` as a left-to-right reader sees it (mirrored for a
 * right-to-left one); clicks and wheel events inside it do not reach the map.
 */
export function domControl( L: LeafletNS, element: HTMLElement,
	position: Leaflet.ControlPosition ): Leaflet.Control {
	const control = new L.Control( { position: readerCorner( position ) } );
	control.onAdd = () => {
		element.classList.add( 'leaflet-control' );
		L.DomEvent.disableClickPropagation( element );
		L.DomEvent.disableScrollPropagation( element );
		return element;
	};
	return control;
}

let toggles = 0;

/** A checkbox that shows or hides a layer of a map. */
export function layerToggle( label: string, initial: boolean,
	onChange: ( shown: boolean ) => void ): HTMLElement {
	const box = h( 'input', { attrs: { type: 'checkbox' }, on: { change: () => onChange( box.checked ) } } );
	box.checked = initial;
	return h( 'div', { class: 'geo-conflicts-map-toggle' }, codexCheckbox( box, label, 'geo-conflicts-toggle-' + ( ++toggles ) ) );
}
