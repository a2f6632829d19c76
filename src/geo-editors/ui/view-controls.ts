/**
 * The menus above a view: which selection a one-selection view shows, which month a one-month view
 * shows.
 */
import { h, clear } from '../../core/dom';
import { msg, formatMonth } from '../../core/messages';
import { notice } from '../../core/ui';
import type { Granularity } from './state';
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
	/** Months or weeks, and the name of the view's tab (for "this view is monthly only"). */
	granularity: Granularity;
	viewLabel: string;
	onGranularity( granularity: Granularity ): void;
}

function menu( labelKey: string, options: [ string, string ][], selected: string,
	change: ( value: string ) => void ): HTMLElement {
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
	if ( view.scope === 'range' && view.weekly ) {
		controls.appendChild( menu( 'geo-editors-granularity', [ [ 'month', msg( 'geo-editors-granularity-month' ) ], [ 'week', msg( 'geo-editors-granularity-week' ) ] ],
			input.granularity, ( value ) => input.onGranularity( value === 'week' ? 'week' : 'month' ) ) );
	} else if ( input.granularity === 'week' ) {
		// Weeks were asked for (URL, attribute, another tab) but this view has no weekly form: say
		// why.
		const why = notice( msg( 'geo-editors-weekly-monthly-only', input.viewLabel, msg( 'geo-editors-view-lines' ) ) );
		why.classList.add( 'geo-editors-monthly-only' );
		controls.appendChild( why );
	}
}
