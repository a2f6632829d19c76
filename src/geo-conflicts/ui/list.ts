/** The list of conflicts shown: each entry selects the conflict (details panel, map focus). */
import { h, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import type { Conflict } from '../data/types';
import { labelElement, refsText, sectorElement, statusElement } from './format';

/**
 * Entries built at a time: at 50,000 conflicts every keystroke's list must be cheap to build (more
 * on request).
 */
const PAGE = 50;

export class ConflictList {
	public readonly element: HTMLElement;

	private readonly list = h( 'ul', { class: 'geo-conflicts-list-items' } );

	private readonly more = h( 'div' );

	private conflicts: Conflict[] = [];

	private shown = PAGE;

	private selected = '';

	public constructor( private readonly onSelect: ( id: string ) => void ) {
		this.element = h( 'section', { class: 'geo-conflicts-list', attrs: { 'aria-label': msg( 'geo-conflicts-list-title' ) } },
			h( 'h3', { text: msg( 'geo-conflicts-list-title' ) } ), this.list, this.more );
	}

	/** Mark another conflict as selected without rebuilding the list. */
	public select( selected: string ): void {
		this.selected = selected;
		for ( const li of Array.prototype.slice.call( this.list.children ) as HTMLElement[] ) {
			const on = li.dataset.id === selected;
			li.classList.toggle( 'geo-conflicts-list-item--selected', on );
			const button = li.querySelector( 'button' );
			if ( button ) {
				button.setAttribute( 'aria-pressed', on ? 'true' : 'false' );
			}
		}
	}

	public update( conflicts: Conflict[], selected: string ): void {
		this.conflicts = conflicts;
		this.selected = selected;
		this.shown = PAGE;
		this.render();
	}

	private render(): void {
		if ( !this.conflicts.length ) {
			replaceChildren( this.list, h( 'li', { class: 'geo-conflicts-muted geo-conflicts-empty', text: msg( 'geo-conflicts-list-empty' ) } ) );
			replaceChildren( this.more );
			return;
		}
		replaceChildren( this.list, this.conflicts.slice( 0, this.shown ).map( ( c ) => h( 'li', {
			class: [ 'geo-conflicts-list-item', c.id === this.selected && 'geo-conflicts-list-item--selected' ],
			dataset: { id: c.id },
		},
		h( 'button', {
			class: 'geo-conflicts-list-button',
			attrs: { type: 'button', 'aria-pressed': c.id === this.selected ? 'true' : 'false' },
			on: { click: () => this.onSelect( c.id ) },
		}, labelElement( c, 'strong' ) ),
		h( 'span', { class: 'geo-conflicts-list-meta' },
			c.countries.length ? refsText( c.countries ) + ' · ' : '', sectorElement( c.sector ), ' · ', statusElement( c ),
			c.start ? ' · ' + String( c.start.year ) : '' ),
		) ) );
		const rest = this.conflicts.length - this.shown;
		replaceChildren( this.more, rest > 0 ? h( 'button', {
			class: 'cdx-button geo-button',
			attrs: { type: 'button' },
			on: { click: () => {
				this.shown += PAGE;
				this.render();
			} },
		}, msg( 'geo-conflicts-list-more', formatNumber( Math.min( rest, PAGE ) ), formatNumber( rest ), rest ) ) : null );
	}
}
