/**
 * The dashboard's first-visit guide: four short steps (filters, views, ±, n/p) in a card above the
 * view. Not modal (the dashboard stays usable behind it): a labelled region whose step text is
 * announced as it changes, Back/Next/Done buttons, Escape closes. Closing remembers it (through the
 * store it is given, mw.storage on the wiki); "Show the guide" in "About this data" opens it again.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';

export const GUIDE_STEPS = [ 'filters', 'views', 'interval', 'np' ] as const;
export const GUIDE_STORAGE_KEY = 'geo-gadgets-editors-guide-seen';

/** Where "the reader has seen the guide" is kept. */
export interface GuideStore {
	seen(): boolean;
	remember(): void;
}

/** The store on a wiki: mw.storage (localStorage; nothing breaks when it is blocked). */
export function wikiGuideStore(): GuideStore {
	return {
		seen: () => !!mw.storage.get( GUIDE_STORAGE_KEY ),
		remember: () => {
			mw.storage.set( GUIDE_STORAGE_KEY, '1' );
		},
	};
}

export class Guide {
	public readonly element: HTMLElement;

	private step = 0;

	private readonly title = h( 'h3', { class: 'geo-editors-guide-title', attrs: { id: 'geo-editors-guide-title' } } );

	private readonly text = h( 'p', { class: 'geo-editors-guide-text', attrs: { 'aria-live': 'polite' } } );

	private readonly counter = h( 'span', { class: 'geo-editors-guide-counter' } );

	private readonly buttons = h( 'div', { class: 'geo-editors-guide-buttons' } );

	private readonly store: GuideStore;

	public constructor( store: GuideStore ) {
		this.store = store;
		const close = h( 'button', {
			class: 'cdx-button cdx-button--weight-quiet geo-editors-guide-close',
			attrs: { type: 'button', 'aria-label': msg( 'geo-editors-guide-close' ), title: msg( 'geo-editors-guide-close' ) },
			dataset: { action: 'guide-close' },
			on: { click: () => this.close() },
		}, '×' );
		this.element = h( 'section', {
			class: 'geo-editors-guide',
			attrs: { role: 'region', 'aria-labelledby': 'geo-editors-guide-title', hidden: true },
			on: { keydown: ( e: KeyboardEvent ) => {
				if ( e.key === 'Escape' ) {
					this.close();
				}
			} },
		}, h( 'div', { class: 'geo-editors-guide-head' }, this.title, close ), this.text, h( 'div', { class: 'geo-editors-guide-foot' }, this.counter, this.buttons ) );
	}

	/**
	 * Open at the first step unless the reader has closed it before (or `force`, from "Show the
	 * guide").
	 */
	public open( force = false ): void {
		if ( !force && this.store.seen() ) {
			return;
		}
		this.step = 0;
		this.element.hidden = false;
		this.render();
		if ( force ) {
			this.title.setAttribute( 'tabindex', '-1' );
			this.title.focus();
		}
	}

	public close(): void {
		this.element.hidden = true;
		this.store.remember();
	}

	public get isOpen(): boolean {
		return !this.element.hidden;
	}

	private go( step: number ): void {
		this.step = step;
		this.render();
		const first = this.buttons.querySelector<HTMLElement>( step === GUIDE_STEPS.length - 1 ? '[data-action=guide-done]' : '[data-action=guide-next]' );
		if ( first ) {
			first.focus();
		}
	}

	private render(): void {
		const name = GUIDE_STEPS[ this.step ];
		replaceChildren( this.title, msg( 'geo-editors-guide-title-' + name ) );
		replaceChildren( this.text, msg( 'geo-editors-guide-text-' + name ) );
		replaceChildren( this.counter, msg( 'geo-editors-guide-step', formatNumber( this.step + 1 ), formatNumber( GUIDE_STEPS.length ) ) );
		const button = ( key: string, primary: boolean, action: () => void ): HTMLButtonElement => h( 'button', {
			class: [ 'cdx-button', primary ? 'cdx-button--action-progressive cdx-button--weight-primary' : null ],
			attrs: { type: 'button' },
			dataset: { action: 'guide-' + key },
			on: { click: action },
		}, msg( 'geo-editors-guide-' + key ) );
		const last = this.step === GUIDE_STEPS.length - 1;
		replaceChildren( this.buttons,
			this.step > 0 ? button( 'back', false, () => this.go( this.step - 1 ) ) : null,
			last ? button( 'done', true, () => this.close() ) : button( 'next', true, () => this.go( this.step + 1 ) ) );
	}
}
