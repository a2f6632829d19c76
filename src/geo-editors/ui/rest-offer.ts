/**
 * A button that shows the REST API's bucketed counts as a clearly separate, labelled second source
 * (loaded only on request, through the loader it is given; never added to or compared with the DP
 * figures).
 */
import { h, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { errorBox, errorMessage, notice, spinner } from '../../core/ui';
import type { RestCountry } from '../data/rest';
import { renderTable } from './table-model';
import { restTable } from './views/rest';

export function restOffer( project: string, month: string,
	load: () => Promise<{ mid: RestCountry[]; high: RestCountry[] }> ): HTMLElement {
	const slot = h( 'div', { class: 'geo-editors-rest' } );
	const button = h( 'button', { class: 'cdx-button geo-button', attrs: { type: 'button' }, dataset: { action: 'rest' } }, msg( 'geo-editors-rest-show' ) );
	const show = (): void => {
		replaceChildren( slot, spinner() );
		load().then( ( { mid, high } ) => {
			replaceChildren( slot, mid.length || high.length ? renderTable( restTable( project, month, mid, high ) ) : notice( msg( 'geo-editors-rest-empty' ) ) );
		}, ( e ) => {
			replaceChildren( slot, errorBox( msg( 'geo-editors-rest-error' ) + ' ' + errorMessage( e ), show ) );
		} );
	};
	button.addEventListener( 'click', show );
	slot.appendChild( button );
	return slot;
}
