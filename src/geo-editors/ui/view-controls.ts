/** The menus above a view: which selection a one-selection view shows, which month a one-month view shows. */
import { h, clear } from '../../core/dom';
import { msg, formatMonth } from '../../core/messages';
import type { LabeledSelection } from '../data/session';
import { selectionLabel } from './views/labels';
import type { ViewDefinition } from './views/types';

export interface ControlsInput {
	view: ViewDefinition;
	selections: LabeledSelection[];
	selectionIndex: number;
	onSelection( index: number ): void;
	/** Months of the range, oldest first, and the one shown by one-month views. */
	months: string[];
	month: string;
	onMonth( month: string ): void;
}

function menu( labelKey: string, options: [ string, string ][], selected: string, change: ( value: string ) => void ): HTMLElement {
	const select = h( 'select', {
		class: 'cdx-select',
		attrs: { 'aria-label': msg( labelKey ) },
		on: { change: () => change( select.value ) },
	}, options.map( ( [ value, label ] ) => h( 'option', { attrs: { value, selected: value === selected } }, label ) ) );
	return h( 'label', null, msg( labelKey ) + ' ', select );
}

export function renderViewControls( controls: HTMLElement, input: ControlsInput ): void {
	clear( controls );
	const view = input.view;
	if ( view.scope === 'range' && view.selections === 'one' && input.selections.length > 1 ) {
		controls.appendChild( menu( 'geo-editors-selection', input.selections.map( ( s, i ) => [ String( i ), selectionLabel( s ) ] ),
			String( input.selectionIndex ), ( value ) => input.onSelection( Number( value ) ) ) );
	}
	if ( view.scope === 'month' ) {
		controls.appendChild( menu( 'geo-editors-month', input.months.slice().reverse().map( ( m ) => [ m, formatMonth( m ) ] ), input.month, input.onMonth ) );
	}
}
