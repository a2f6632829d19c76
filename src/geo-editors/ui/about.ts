/**
 * The "About this data" panel: what differential privacy means here, ε, the protection list,
 * sources.
 */
import { h, link } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { disclosure } from '../../core/ui';
import { cellHalfWidth } from '../data/uncertainty';
import { countryName, PROTECTED_SINCE_2024 } from './countries';

export const README_URL = 'https://analytics.wikimedia.org/published/datasets/geoeditors_monthly/00_README.html';
export const PROTECTION_LIST_URL = 'https://foundation.wikimedia.org/wiki/Legal:Country_and_Territory_Protection_List';

/** `onGuide`: where the dashboard's guide exists, a button that shows it again. */
export function aboutPanel( epsilons: number[], onGuide?: () => void ): HTMLDetailsElement {
	const eps = epsilons.length ? epsilons : [ 1.1 ];
	return disclosure( msg( 'geo-editors-about' ), h( 'div', { class: 'geo-editors-about' },
		h( 'p', { text: msg( 'geo-editors-about-dp' ) } ),
		h( 'p', { text: msg( 'geo-editors-about-epsilon', eps.map( ( e ) => formatNumber( e ) ).join( ', ' ),
			eps.map( ( e ) => formatNumber( cellHalfWidth( e ), { maximumFractionDigits: 1 } ) ).join( ', ' ) ) } ),
		h( 'p', { text: msg( 'geo-editors-about-np' ) } ),
		h( 'p', { text: msg( 'geo-editors-about-sums' ) } ),
		h( 'p', null, msg( 'geo-editors-about-protected', PROTECTED_SINCE_2024.map( ( c ) => countryName( c ) ).join( ', ' ) ), ' ',
			link( PROTECTION_LIST_URL, msg( 'geo-editors-about-protection-list' ) ) ),
		h( 'p', null, link( README_URL, msg( 'geo-editors-about-readme' ) ) ),
		onGuide ? h( 'p', null, h( 'button', { class: 'cdx-button', attrs: { type: 'button' }, dataset: { action: 'guide-show' }, on: { click: onGuide } },
			msg( 'geo-editors-guide-show' ) ) ) : null,
	) );
}
