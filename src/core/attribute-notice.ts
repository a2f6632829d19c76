/**
 * What a panel says about the settings it dropped or corrected (core/attributes.ts): a short line
 * naming each one for every reader, and in a preview the full list with what each attribute takes,
 * for the editor who wrote them. The values are shown as text, isolated, never as messages.
 */
import { h, type Child } from './dom';
import { msg, formatNumber } from './messages';
import { codexMessage } from './ui';
import type { AttributeProblem, AttributeReport } from './attributes';

function written( p: AttributeProblem ): HTMLElement {
	if ( p.reason === 'too-many' ) {
		return h( 'code', { text: p.attribute } );
	}
	return h( 'code', {}, p.attribute + '="', h( 'bdi', { text: p.value } ), '"' );
}

function explanation( p: AttributeProblem ): string {
	switch ( p.reason ) {
		case 'invalid':
			return msg( 'geo-gadgets-attr-invalid', p.expected ? msg( p.expected, p.expectedParam || '' ) : '' );
		case 'duplicate':
			return msg( 'geo-gadgets-attr-duplicate' );
		case 'too-many':
			return msg( 'geo-gadgets-attr-too-many', formatNumber( p.max || 0 ), formatNumber( p.count || 0 ), p.count || 0 );
		case 'future':
			return msg( 'geo-gadgets-attr-future' );
		case 'swapped':
			return msg( 'geo-gadgets-attr-swapped' );
		default:
			return msg( 'geo-gadgets-attr-shortened' );
	}
}

/**
 * The notice, or null when nothing was dropped. `full`: the editor's version (preview), each
 * problem with its explanation.
 */
export function attributeNotice( report: AttributeReport, full: boolean ): HTMLElement | null {
	if ( report.empty ) {
		return null;
	}
	const more = report.unnamed ? msg( 'geo-gadgets-attr-more', formatNumber( report.unnamed ), report.unnamed ) : null;
	let content: Child[];
	if ( full ) {
		content = [
			h( 'p', { text: msg( 'geo-gadgets-attr-preview-intro' ) } ),
			h( 'ul', {}, report.problems.map( ( p ) => h( 'li', {}, written( p ), ' ', explanation( p ) ) ) ),
			more ? h( 'p', { text: more } ) : null,
		];
	} else {
		const names: Child[] = [];
		report.problems.forEach( ( p, i ) => {
			names.push( i ? ', ' : '', written( p ) );
			if ( p.reason === 'too-many' ) {
				names.push( ' ' + msg( 'geo-gadgets-attr-too-many-short', formatNumber( p.count || 0 ), p.count || 0 ) );
			}
		} );
		// One paragraph: the message's content area lays its children out as blocks.
		content = [ h( 'p', {}, msg( 'geo-gadgets-attr-ignored' ), ' ', names, more ? ' ' + more : '' ) ];
	}
	const box = codexMessage( 'warning', 'status', ...content );
	box.classList.add( 'geo-attribute-notice' );
	return box;
}
