/**
 * The dashboard's filter form. It shows the state it is given and reports every change as a new
 * state; the dashboard owns the state (and the URL).
 */
import { h, isolateText, replaceChildren } from '../../core/dom';
import { codexTextInput } from '../../core/ui';
import { msg, formatNumber } from '../../core/messages';
import { SECTORS } from '../data/sectors';
import { EMPTY_FILTER, type FilterState, type Option } from '../data/filter';
import type { StatusKey } from '../data/types';

let uid = 0;

/**
 * Pause after the last keystroke in the name search before the dashboard filters (typing stays
 * fluid at 50,000 conflicts).
 */
export const SEARCH_DELAY_MS = 200;

function field( label: string, control: HTMLElement ): HTMLElement {
	const id = 'geo-conflicts-f' + ( ++uid );
	control.id = id;
	// Codex's CSS-only controls: a select takes its class, a text or number input its wrapper.
	if ( control instanceof HTMLSelectElement && !control.multiple ) {
		control.classList.add( 'cdx-select' );
	}
	const shown = control instanceof HTMLInputElement ? codexTextInput( control ) : control;
	return h( 'div', { class: 'geo-conflicts-field' }, h( 'label', { attrs: { for: id }, text: label } ), shown );
}

function optionLabel( o: Option ): string {
	// An <option> holds text only: the label is isolated inside it.
	return msg( 'geo-conflicts-option-count', isolateText( o.label ), formatNumber( o.count ) );
}

export class FilterForm {
	public readonly element: HTMLFormElement;

	private state: FilterState = Object.assign( {}, EMPTY_FILTER );

	private readonly countries = h( 'select', { attrs: { multiple: true, size: 5 }, class: 'geo-conflicts-filter-countries' } );

	private readonly q = h( 'input', { attrs: { type: 'search', autocomplete: 'off' }, class: 'geo-conflicts-filter-q' } );

	private readonly region = h( 'select', { class: 'geo-conflicts-filter-region' } );

	private readonly sector = h( 'select', { class: 'geo-conflicts-filter-sector' } );

	private readonly status = h( 'select', { class: 'geo-conflicts-filter-status' } );

	private readonly from = h( 'input', { attrs: { type: 'number', min: 1800, max: 2100, step: 1, inputmode: 'numeric' }, class: 'geo-conflicts-filter-from' } );

	private readonly to = h( 'input', { attrs: { type: 'number', min: 1800, max: 2100, step: 1, inputmode: 'numeric' }, class: 'geo-conflicts-filter-to' } );

	private searchTimer: ReturnType<typeof setTimeout> | undefined;

	public constructor( private readonly onChange: ( state: FilterState ) => void,
		private readonly onPending: () => void = () => undefined ) {
		replaceChildren( this.sector, h( 'option', { attrs: { value: '' }, text: msg( 'geo-conflicts-filter-any' ) } ),
			SECTORS.map( ( s ) => h( 'option', { attrs: { value: s }, text: msg( 'geo-conflicts-sector-' + s ) } ) ) );
		const statuses: StatusKey[] = [ 'ongoing', 'ended', 'unknown' ];
		replaceChildren( this.status, h( 'option', { attrs: { value: '' }, text: msg( 'geo-conflicts-filter-any' ) } ),
			statuses.map( ( s ) => h( 'option', { attrs: { value: s }, text: msg( 'geo-conflicts-status-' + s ) } ) ) );
		const changed = (): void => this.read();
		for ( const el of [ this.countries, this.region, this.sector,
			this.status, this.from, this.to ] ) {
			el.addEventListener( 'change', changed );
		}
		this.q.addEventListener( 'input', () => {
			clearTimeout( this.searchTimer );
			this.onPending();
			this.searchTimer = setTimeout( changed, SEARCH_DELAY_MS );
		} );
		this.element = h( 'form', {
			class: 'geo-conflicts-filters',
			attrs: { role: 'search', 'aria-label': msg( 'geo-conflicts-filters-title' ) },
			on: { submit: ( e ) => e.preventDefault() },
		},
		field( msg( 'geo-conflicts-filter-countries' ), this.countries ),
		h( 'div', { class: 'geo-conflicts-filter-column' },
			field( msg( 'geo-conflicts-filter-name' ), this.q ),
			field( msg( 'geo-conflicts-filter-region' ), this.region ),
			field( msg( 'geo-conflicts-filter-sector' ), this.sector ),
			field( msg( 'geo-conflicts-filter-status' ), this.status ),
		),
		h( 'fieldset', { class: 'geo-conflicts-filter-dates' },
			h( 'legend', { text: msg( 'geo-conflicts-filter-start' ) } ),
			field( msg( 'geo-conflicts-filter-from' ), this.from ),
			field( msg( 'geo-conflicts-filter-to' ), this.to ),
		),
		h( 'button', {
			class: 'cdx-button geo-button geo-conflicts-filter-reset',
			attrs: { type: 'button' },
			on: { click: () => {
				clearTimeout( this.searchTimer );
				this.state = Object.assign( {}, EMPTY_FILTER );
				this.write();
				this.onChange( this.state );
			} },
		}, msg( 'geo-conflicts-filter-reset' ) ) );
	}

	/**
	 * Show a state with the options already there (they depend only on the data and the countries).
	 */
	public showState( state: FilterState ): void {
		this.state = state;
		this.write();
	}

	/**
	 * Show options (countries of all conflicts, regions of those in the chosen countries) and a
	 * state.
	 */
	public show( state: FilterState, countries: Option[], regions: Option[] ): void {
		this.state = state;
		const selected = state.countries;
		// Countries chosen in the URL but absent from the data stay visible (and selected).
		const known = countries.slice();
		for ( const id of selected ) {
			if ( !known.some( ( o ) => o.id === id ) ) {
				known.push( { id, label: id, count: 0 } );
			}
		}
		replaceChildren( this.countries, known.map( ( o ) => h( 'option', { attrs: { value: o.id }, text: optionLabel( o ) } ) ) );
		replaceChildren( this.region, h( 'option', { attrs: { value: '' }, text: msg( 'geo-conflicts-filter-any' ) } ),
			regions.map( ( o ) => h( 'option', { attrs: { value: o.id }, text: optionLabel( o ) } ) ) );
		this.write();
	}

	private write(): void {
		const s = this.state;
		for ( const option of
			Array.prototype.slice.call( this.countries.options ) as HTMLOptionElement[] ) {
			option.selected = s.countries.includes( option.value );
		}
		if ( this.q.value !== s.q ) {
			this.q.value = s.q;
		}
		// Setting a select's value scans its options (thousands of regions): only when it changed.
		for ( const [ control, value ] of [ [ this.region, s.region ], [ this.sector, s.sector ],
			[ this.status, s.status ] ] as [ HTMLSelectElement, string ][] ) {
			if ( control.value !== value ) {
				control.value = value;
			}
		}
		this.from.value = s.from === null ? '' : String( s.from );
		this.to.value = s.to === null ? '' : String( s.to );
	}

	private read(): void {
		clearTimeout( this.searchTimer );
		const year = ( input: HTMLInputElement ): number | null => /^-?\d{1,4}$/.test( input.value ) ? parseInt( input.value, 10 ) : null;
		this.state = Object.assign( {}, this.state, {
			countries: (
				Array.prototype.slice.call( this.countries.selectedOptions ) as HTMLOptionElement[]
			).map( ( o ) => o.value ),
			q: this.q.value.slice( 0, 200 ),
			region: this.region.value,
			sector: this.sector.value as FilterState[ 'sector' ],
			status: this.status.value as FilterState[ 'status' ],
			from: year( this.from ),
			to: year( this.to ),
		} );
		this.onChange( this.state );
	}
}
