/**
 * A month chosen from a list in the reader's language. The browser's native `<input type=month>`
 * speaks the browser's language, not the wiki's ("January 2023" on a Spanish page), and lets the
 * reader type months the release does not have.
 */
import { h } from '../../core/dom';
import { formatMonth } from '../../core/messages';
import { monthRange } from '../data/types';
import { FIRST_MONTH, lastPublishableMonth } from '../data/session';

let release: string[] | null = null;

/** Every month of the release, newest first. */
export function releaseMonths(): string[] {
	if ( !release ) {
		release = monthRange( FIRST_MONTH, lastPublishableMonth() ).reverse();
	}
	return release;
}

export interface MonthSelectOptions {
	value: string | null;
	onChange( month: string ): void;
	/** Months offered, newest first (the release's by default). */
	months?: string[];
	/** 'long' ("enero de 2023") where there is room, 'short' in a line of controls. */
	style?: 'long' | 'short';
	attrs?: Record<string, string>;
}

export function monthSelect( options: MonthSelectOptions ): HTMLSelectElement {
	let months = options.months || releaseMonths();
	// A month from the address outside the list is shown as it is, not replaced by the first one.
	if ( options.value && !months.includes( options.value ) ) {
		months = [ options.value ].concat( months );
	}
	const select = h( 'select', {
		class: 'cdx-select',
		attrs: options.attrs,
		on: { change: () => options.onChange( select.value ) },
	}, months.map( ( m ) => h( 'option', { attrs: { value: m, selected: m === options.value } },
		formatMonth( m, options.style || 'long' ) ) ) );
	return select;
}
