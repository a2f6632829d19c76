/**
 * Dashboard filters: countries and wikis (searchable, several at once), month range and activity
 * levels. Every change produces a new ViewState; the dashboard puts it in the URL and reloads.
 */
import { h, clear, isolateText, replaceChildren } from '../../core/dom';
import { codexCheckbox, codexTextInput } from '../../core/ui';
import { msg, languageName } from '../../core/messages';
import { LEVELS, isMonth, monthRange } from '../data/types';
import type { SiteIndex, WikiSite } from '../data/sitematrix';
import { allCountries, countryName } from './countries';
import { levelLabel } from './views/labels';
import { monthSelect } from './month-select';
import { MAX_SELECTIONS, type ViewState } from './state';

let uid = 0;

/** "es.wikipedia — Wikipedia (español)" */
export function wikiOptionLabel( site: WikiSite ): string {
	return isolateText( site.project ) + ' — ' + isolateText( site.sitename || site.family ) + ( site.lang ? ' (' + languageName( site.lang ) + ')' : '' );
}

interface ChipPicker {
	element: HTMLElement;
}

/**
 * A searchable multi-picker: a text input with suggestions (datalist) and the chosen values as
 * removable chips. `resolve` turns typed text into a value (or null when it matches nothing).
 */
function chipPicker( label: string, options: { value: string; label: string }[], chosen: string[],
	chipLabel: ( value: string ) => string, resolve: ( text: string ) => string | null,
	onChange: ( values: string[] ) => void ): ChipPicker {
	const id = 'geo-editors-picker-' + ( ++uid );
	const values = chosen.slice();
	const chips = h( 'ul', { class: 'geo-editors-chips' } );
	const input = h( 'input', { attrs: { type: 'search', id, list: id + '-list', autocomplete: 'off', placeholder: msg( 'geo-editors-search' ) } } );
	const datalist = h( 'datalist', { attrs: { id: id + '-list' } }, options.map( ( o ) => h( 'option', { attrs: { value: o.label } } ) ) );
	const problem = h( 'span', { class: 'geo-editors-picker-problem', attrs: { role: 'status' } } );
	const drawChips = (): void => {
		clear( chips );
		// Codex's InfoChip look (cdx-info-chip), with our remove button inside.
		values.forEach( ( v ) => chips.appendChild( h( 'li', { class: 'cdx-info-chip geo-editors-chip' }, h( 'span', { class: 'cdx-info-chip__text', text: chipLabel( v ) } ),
			values.length > 1 ? h( 'button', {
				class: 'geo-editors-chip-remove',
				attrs: { type: 'button', 'aria-label': msg( 'geo-editors-remove', chipLabel( v ) ) },
				on: { click: () => {
					values.splice( values.indexOf( v ), 1 );
					drawChips();
					onChange( values.slice() );
				} },
			}, '×' ) : null ) ) );
	};
	const add = (): void => {
		const text = input.value.trim();
		if ( !text ) {
			return;
		}
		const value = resolve( text );
		if ( !value ) {
			replaceChildren( problem, msg( 'geo-editors-no-match', isolateText( text ) ) );
			return;
		}
		clear( problem );
		input.value = '';
		if ( !values.includes( value ) && values.length < MAX_SELECTIONS ) {
			values.push( value );
			drawChips();
			onChange( values.slice() );
		}
	};
	input.addEventListener( 'change', add );
	input.addEventListener( 'keydown', ( e ) => {
		if ( e.key === 'Enter' ) {
			e.preventDefault();
			add();
		}
	} );
	drawChips();
	return {
		element: h( 'div', { class: 'geo-editors-picker' },
			h( 'label', { attrs: { for: id } }, label ), chips, codexTextInput( input ), datalist, problem ),
	};
}

/** Text typed in the country box → code: "Chile", "chile (CL)", "CL". */
export function resolveCountry( text: string ): string | null {
	const t = text.trim();
	const paren = /\(([A-Za-z]{2}|--)\)\s*$/.exec( t );
	if ( paren ) {
		return paren[ 1 ].toUpperCase();
	}
	if ( /^[A-Za-z]{2}$/.test( t ) ) {
		return t.toUpperCase();
	}
	const lower = t.toLowerCase();
	const hit = allCountries().filter( ( c ) => c.name.toLowerCase() === lower )[ 0 ];
	return hit ? hit.code : null;
}

export function buildFilters( state: ViewState, sites: SiteIndex | null, published: string[] | null,
	onChange: ( state: ViewState ) => void ): HTMLElement {
	let current = state;
	const update = ( patch: Partial<ViewState> ): void => {
		current = Object.assign( {}, current, patch );
		onChange( current );
	};
	const countries = chipPicker( msg( 'geo-editors-filter-countries' ),
		allCountries().map( ( c ) => ( { value: c.code, label: c.name + ' (' + c.code + ')' } ) ),
		state.countries, ( c ) => countryName( c ), resolveCountry,
		( values ) => update( { countries: values } ) );
	const siteList = sites ? sites.sites.filter( ( s ) => !s.closed ) : [];
	const projects = chipPicker( msg( 'geo-editors-filter-projects' ),
		siteList.map( ( s ) => ( { value: s.project, label: wikiOptionLabel( s ) } ) ),
		state.projects, ( p ) => {
			const site = sites && sites.find( p );
			return site ? site.project : p;
		}, ( text ) => {
			const key = text.split( ' — ' )[ 0 ].trim().toLowerCase();
			const site = sites && sites.find( key );
			return site ? site.project : /^[a-z0-9_.-]{2,60}$/.test( key ) && !sites ? key : null;
		}, ( values ) => update( { projects: values } ) );

	// Months in the reader's language, from the release's list (the native month input spoke the
	// browser's language).
	const offered = published && published.length ?
		monthRange( published[ 0 ], published[ published.length - 1 ] ).reverse() : undefined;
	const monthInput = ( label: string, value: string | null,
		apply: ( v: string ) => void ): HTMLDivElement => {
		const id = 'geo-editors-month-' + ( ++uid );
		const select = monthSelect( { value, months: offered, attrs: { id },
			onChange: ( v ) => {
				if ( isMonth( v ) ) {
					apply( v );
				}
			} } );
		return h( 'div', { class: 'geo-editors-field' }, h( 'label', { attrs: { for: id } }, label ), select );
	};

	const levels = h( 'fieldset', { class: 'geo-editors-levels' },
		h( 'legend', { text: msg( 'geo-editors-filter-levels' ) } ),
		LEVELS.map( ( level ) => {
			const box = h( 'input', { attrs: { type: 'checkbox', checked: state.levels.includes( level ) } } );
			box.addEventListener( 'change', () => {
				const chosen = LEVELS.filter( ( l ) => ( l === level ? box.checked :
					current.levels.includes( l ) ) );
				if ( !chosen.length ) {
					box.checked = true;
					return;
				}
				update( { levels: chosen } );
			} );
			const option = codexCheckbox( box, levelLabel( level ), 'geo-editors-level-' + ( ++uid ) );
			option.classList.add( 'geo-editors-level-option' );
			return option;
		} ),
	);

	return h( 'form', { class: 'geo-editors-filters', attrs: { role: 'search', 'aria-label': msg( 'geo-editors-filters' ) }, on: { submit: ( e: Event ) => e.preventDefault() } },
		countries.element,
		projects.element,
		h( 'div', { class: 'geo-editors-range' },
			monthInput( msg( 'geo-editors-filter-from' ), state.from, ( v ) => update( { from: v, to: current.to && current.to < v ? v : current.to } ) ),
			monthInput( msg( 'geo-editors-filter-to' ), state.to, ( v ) => update( { to: v, from: current.from && current.from > v ? v : current.from } ) ) ),
		levels,
	);
}
