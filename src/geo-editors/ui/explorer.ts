/**
 * One Geo Editors view on the page (an inline panel or the dashboard's main area): view tabs, the
 * progress of the months being loaded, errors with retry that keep what is shown, the chart and its
 * table, exports and the "About this data" panel.
 */
import { h, clear, replaceChildren } from '../../core/dom';
import { msg, formatMonth, formatNumber } from '../../core/messages';
import { progressBar, errorBox, errorMessage, notice, spinner, downloadFile, copyToClipboard } from '../../core/ui';
import { getEndpoints } from '../../core/config';
import type { ThemedChart } from '../../core/charts';
import type { ChartType } from 'chart.js';
import { Session, MAX_MONTHS, FIRST_MONTH, lastPublishableMonth, type LabeledSelection } from './session';
import { VIEWS, stateToParams, type ViewName, type ViewState } from './state';
import { renderTable, tableToCsv, tableToJson } from './table-model';
import { linesView, totalsView, heatmapView, editsView, topView, compareView, selectionLabel, restTable, type ViewOutput } from './views';
import { loadRestByCountry } from '../data/rest';
import { aboutPanel } from './about';
import { countryName } from './countries';

export const DASHBOARD_PAGE = 'Special:BlankPage/GeoEditors';

export interface ExplorerOptions {
	mode: 'panel' | 'dashboard';
	/** Called when the reader changes something that belongs in the URL (view, selection). */
	onStateChange?: ( state: ViewState ) => void;
}

/** Absolute URL of the dashboard showing this state. */
export function permalink( state: ViewState ): string {
	return new URL( mw.util.getUrl( DASHBOARD_PAGE, stateToParams( state ) ), location.href ).href;
}

function safeFilePart( s: string ): string {
	return s.replace( /[^A-Za-z0-9._-]+/g, '_' ).slice( 0, 60 );
}

/** Every view on this page: "Retry" in one of them retries what failed in all (they share the files). */
const onPage = new Set<Explorer>();

function retryAll(): void {
	onPage.forEach( ( explorer ) => explorer.retryFailed() );
}

export class Explorer {
	public readonly element: HTMLElement;

	private state: ViewState;

	private readonly options: ExplorerOptions;

	private session: Session;

	private controller: AbortController | null = null;

	/** Loads running (a new state starts one while the old one is being cancelled). */
	private loading = 0;

	private retryWhenDone = false;

	private chart: ThemedChart<ChartType> | null = null;

	private output: ViewOutput | null = null;

	/** Which selection single-selection views show. */
	private selectionIndex = 0;

	private readonly subtitle = h( 'p', { class: 'geo-editors-subtitle' } );

	private readonly tabs = h( 'div', { class: 'cdx-tabs__list geo-editors-tabs', attrs: { role: 'tablist' } } );

	private readonly controls = h( 'div', { class: 'geo-editors-controls' } );

	private readonly status = h( 'div', { class: 'geo-editors-status', attrs: { 'aria-live': 'polite' } } );

	private readonly errors = h( 'div', { class: 'geo-editors-errors' } );

	private readonly body = h( 'div', { class: 'geo-editors-body', attrs: { role: 'tabpanel' } } );

	private readonly toolbar = h( 'div', { class: 'geo-editors-toolbar' } );

	private readonly about = h( 'div', { class: 'geo-editors-about-slot' } );

	public constructor( state: ViewState, options: ExplorerOptions ) {
		this.state = state;
		this.options = options;
		this.session = new Session( state );
		const heading = h( options.mode === 'dashboard' ? 'h2' : 'h3', { class: 'geo-editors-heading', text: msg( 'geo-editors-title' ) } );
		this.element = h( 'div', { class: [ 'geo-editors-explorer', 'geo-editors-' + options.mode ] },
			h( 'div', { class: 'geo-editors-head' }, heading, this.subtitle ),
			// Codex's CSS-only Tabs: the selected tab is the one with aria-selected="true".
			h( 'div', { class: 'cdx-tabs' }, h( 'div', { class: 'cdx-tabs__header' }, this.tabs ) ), this.controls, this.status, this.errors, this.body, this.toolbar, this.about );
		this.renderTabs();
		this.renderToolbar();
		onPage.add( this );
	}

	/** Load again whatever failed (months, Meta's wiki list); nothing that is shown is dropped. */
	public retryFailed(): void {
		const session = this.session;
		if ( session.sitesError ) {
			const refresh = (): void => {
				if ( this.session === session ) {
					this.renderSubtitle();
					this.showSitesError();
					this.render();
				}
			};
			session.resolveWikis( refresh ).then( refresh );
		}
		if ( this.loading ) {
			// Months still on their way were requested before the retry: try the failed ones again after.
			this.retryWhenDone = true;
		} else if ( session.failed.size || !session.months.length || !session.wikis.length ) {
			this.load();
		}
	}

	/** Show another state (dashboard filters): new data, the old request is cancelled. */
	public setState( state: ViewState ): void {
		this.state = state;
		this.session = new Session( state );
		this.selectionIndex = 0;
		this.renderTabs();
		this.renderToolbar();
		this.load();
	}

	public getState(): ViewState {
		return this.state;
	}

	/** Resolve wikis and months, then load every month that is not loaded yet. */
	public async load(): Promise<void> {
		this.loading++;
		this.retryWhenDone = false;
		try {
			await this.loadNow();
		} finally {
			this.loading--;
		}
		if ( this.retryWhenDone && !this.loading ) {
			this.retryWhenDone = false;
			this.retryFailed();
		}
	}

	private async loadNow(): Promise<void> {
		if ( this.controller ) {
			this.controller.abort();
		}
		const controller = new AbortController();
		this.controller = controller;
		const session = this.session;
		clear( this.errors );
		replaceChildren( this.status, spinner() );
		try {
			if ( !session.wikis.length ) {
				// Names from Meta's list may come later; the months do not wait for them.
				await session.resolveWikis( () => {
					if ( this.session === session && session.wikis.length ) {
						this.renderSubtitle();
						this.showSitesError();
					}
				} );
			}
			if ( !session.wikis.length ) {
				clear( this.status );
				replaceChildren( this.errors, errorBox( msg( 'geo-editors-error-project', session.unknownProjects.join( ', ' ) ) ) );
				return;
			}
			if ( !session.months.length ) {
				await session.resolveMonths( controller.signal );
			}
		} catch ( e ) {
			if ( controller.signal.aborted ) {
				return;
			}
			clear( this.status );
			replaceChildren( this.errors, errorBox( msg( 'geo-editors-error-index' ) + ' ' + errorMessage( e ), retryAll ) );
			return;
		}
		if ( !session.months.length ) {
			// A range wholly before the first release or after the latest month: say so, not a blank view.
			clear( this.status );
			replaceChildren( this.errors, errorBox( msg( 'geo-editors-range-empty', formatMonth( FIRST_MONTH ), formatMonth( lastPublishableMonth() ) ) ) );
			return;
		}
		this.renderSubtitle();
		this.showSitesError();
		this.showClamped();
		if ( session.unknownProjects.length ) {
			this.errors.appendChild( notice( msg( 'geo-editors-error-project', session.unknownProjects.join( ', ' ) ), 'warning' ) );
		}
		const pending = session.pending;
		if ( pending.length ) {
			const progress = progressBar( msg( 'geo-editors-loading-months' ) );
			progress.update( 0, pending.length );
			const waiting = h( 'div' );
			replaceChildren( this.status, progress.element, waiting );
			await session.loadPending( ( done, total ) => {
				if ( this.session === session ) {
					progress.update( done, total );
					this.render();
				}
			}, controller.signal, ( seconds ) => {
				// The server asked us to wait (429/503 Retry-After): say so, with a countdown.
				replaceChildren( waiting, seconds ? notice( msg( 'geo-gadgets-error-rate-limited-wait', formatNumber( seconds ), seconds ) ) : null );
			} );
			waiting.remove();
			// eslint-disable-next-line no-jquery/no-done-fail -- our progress bar's done(), not a jQuery Deferred
			progress.done();
		}
		if ( this.session !== session || controller.signal.aborted ) {
			return;
		}
		clear( this.status );
		this.showMonthErrors();
		this.render();
	}

	/** Meta's wiki list failed: the data still loads (wiki names by pattern); say so, offer a retry. */
	private showSitesError(): void {
		const session = this.session;
		const old = this.errors.querySelector( '.geo-editors-sites-error' );
		if ( old ) {
			old.remove();
		}
		if ( !session.sitesError ) {
			return;
		}
		const box = errorBox( msg( 'geo-editors-error-sitematrix' ) + ' ' + errorMessage( session.sitesError ), () => {
			box.remove();
			retryAll();
		} );
		box.classList.add( 'geo-editors-sites-error' );
		this.errors.appendChild( box );
	}

	/** The range asked for was cut (published months, at most MAX_MONTHS): the subtitle shows what is loaded, this says why. */
	private showClamped(): void {
		const months = this.session.months;
		if ( this.session.clamped && months.length ) {
			this.errors.appendChild( notice( msg( 'geo-editors-range-clamped', formatMonth( months[ 0 ] ), formatMonth( months[ months.length - 1 ] ),
				formatNumber( MAX_MONTHS ), MAX_MONTHS ), 'warning' ) );
		}
	}

	private showMonthErrors(): void {
		clear( this.errors );
		this.showSitesError();
		this.showClamped();
		const failed = this.session.failed;
		if ( failed.size ) {
			const months = Array.from( failed.keys() ).sort();
			const first = failed.get( months[ 0 ] );
			const text = msg( 'geo-editors-error-months', months.map( ( m ) => formatMonth( m ) ).join( ', ' ), months.length ) + ' ' + errorMessage( first );
			this.errors.appendChild( errorBox( text, retryAll ) );
		}
		const malformed = this.session.malformedLines;
		if ( malformed ) {
			this.errors.appendChild( notice( msg( 'geo-editors-malformed', malformed ), 'warning' ) );
		}
	}

	private renderSubtitle(): void {
		const s = this.session;
		const months = s.months;
		const parts = [
			this.state.countries.map( ( c ) => countryName( c ) ).join( ', ' ),
			s.wikis.map( ( w ) => w.project ).join( ', ' ),
		];
		if ( months.length ) {
			parts.push( months.length === 1 ? formatMonth( months[ 0 ] ) : formatMonth( months[ 0 ] ) + ' – ' + formatMonth( months[ months.length - 1 ] ) );
		}
		this.subtitle.textContent = parts.join( ' · ' );
	}

	private renderTabs(): void {
		clear( this.tabs );
		const buttons = VIEWS.map( ( view ) => h( 'button', {
			class: [ 'cdx-tabs__list__item', 'geo-editors-tab', view === this.state.view ? 'geo-editors-tab-active' : null ],
			attrs: { type: 'button', role: 'tab', 'aria-selected': view === this.state.view ? 'true' : 'false', tabindex: view === this.state.view ? 0 : -1 },
			dataset: { view },
			on: {
				click: () => this.setView( view ),
				keydown: ( e: KeyboardEvent ) => {
					const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
					if ( step ) {
						const dir = document.documentElement.dir === 'rtl' ? -step : step;
						const next = VIEWS[ ( VIEWS.indexOf( view ) + dir + VIEWS.length ) % VIEWS.length ];
						this.setView( next );
						const target = this.tabs.querySelector<HTMLElement>( '[data-view="' + next + '"]' );
						if ( target ) {
							target.focus();
						}
					}
				},
			},
		}, msg( 'geo-editors-view-' + view ) ) );
		replaceChildren( this.tabs, buttons );
	}

	private setView( view: ViewName ): void {
		if ( view === this.state.view ) {
			return;
		}
		this.state = Object.assign( {}, this.state, { view } );
		this.renderTabs();
		this.notifyState();
		this.render();
	}

	private notifyState(): void {
		this.renderToolbar();
		if ( this.options.onStateChange ) {
			this.options.onStateChange( this.state );
		}
	}

	private renderControls( selections: LabeledSelection[] ): void {
		clear( this.controls );
		const view = this.state.view;
		if ( selections.length > 1 && view !== 'compare' && view !== 'top' ) {
			const select = h( 'select', {
				class: 'cdx-select',
				attrs: { 'aria-label': msg( 'geo-editors-selection' ) },
				on: { change: () => {
					this.selectionIndex = Number( select.value );
					this.render();
				} },
			}, selections.map( ( s, i ) => h( 'option', { attrs: { value: i, selected: i === this.selectionIndex } }, selectionLabel( s ) ) ) );
			this.controls.appendChild( h( 'label', null, msg( 'geo-editors-selection' ) + ' ', select ) );
		}
		if ( view === 'top' ) {
			const months = this.session.months;
			const select = h( 'select', {
				class: 'cdx-select',
				attrs: { 'aria-label': msg( 'geo-editors-month' ) },
				on: { change: () => {
					this.state = Object.assign( {}, this.state, { month: select.value } );
					this.notifyState();
					this.render();
				} },
			}, months.slice().reverse().map( ( m ) => h( 'option', { attrs: { value: m, selected: m === this.topMonth() } }, formatMonth( m ) ) ) );
			this.controls.appendChild( h( 'label', null, msg( 'geo-editors-month' ) + ' ', select ) );
		}
	}

	private topMonth(): string {
		const months = this.session.months;
		return this.state.month && months.includes( this.state.month ) ? this.state.month : months[ months.length - 1 ];
	}

	/** Draw the current view from what is loaded. Never clears data because something failed. */
	private render(): void {
		const session = this.session;
		if ( !session.wikis.length || !session.months.length ) {
			return;
		}
		const selections = session.selections;
		if ( this.selectionIndex >= selections.length ) {
			this.selectionIndex = 0;
		}
		this.renderControls( selections );
		if ( this.state.view === 'top' ) {
			this.renderTop();
			return;
		}
		if ( !session.loadedMonths.length ) {
			return;
		}
		const sel = selections[ this.selectionIndex ];
		const view = this.state.view;
		const output = view === 'totals' ? totalsView( session, sel ) :
			view === 'heatmap' ? heatmapView( session, sel ) :
				view === 'edits' ? editsView( session, sel ) :
					view === 'compare' ? compareView( session ) : linesView( session, sel );
		this.show( output );
	}

	private renderTop(): void {
		const month = this.topMonth();
		const data = this.session.topData.get( month );
		if ( data ) {
			this.show( topView( this.session, month, data.rows ) );
			this.offerRest( month );
			return;
		}
		const session = this.session;
		const loading = spinner();
		this.status.appendChild( loading );
		session.loadTop( month, this.controller ? this.controller.signal : undefined ).then( () => {
			loading.remove();
			if ( this.session === session && this.state.view === 'top' ) {
				this.render();
			}
		}, ( e ) => {
			loading.remove();
			if ( this.session === session ) {
				this.errors.appendChild( errorBox( msg( 'geo-editors-error-top' ) + ' ' + errorMessage( e ), () => {
					clear( this.errors );
					this.render();
				} ) );
			}
		} );
	}

	/**
	 * For a Wikipedia, the REST API's bucketed counts as a clearly separate, labelled second source
	 * (loaded only on request; never added to or compared with the DP figures).
	 */
	private offerRest( month: string ): void {
		const wiki = this.session.wikis[ 0 ];
		if ( !/^[a-z][a-z0-9-]*\.wikipedia$/.test( wiki.project ) ) {
			return;
		}
		const slot = h( 'div', { class: 'geo-editors-rest' } );
		const button = h( 'button', { class: 'cdx-button geo-button', attrs: { type: 'button' }, dataset: { action: 'rest' } }, msg( 'geo-editors-rest-show' ) );
		const load = (): void => {
			replaceChildren( slot, spinner() );
			Promise.all( [
				loadRestByCountry( wiki.project, '5..99-edits', month ),
				loadRestByCountry( wiki.project, '100..-edits', month ),
			] ).then( ( [ mid, high ] ) => {
				replaceChildren( slot, mid.length || high.length ? renderTable( restTable( wiki.project, month, mid, high ) ) : notice( msg( 'geo-editors-rest-empty' ) ) );
			}, ( e ) => {
				replaceChildren( slot, errorBox( msg( 'geo-editors-rest-error' ) + ' ' + errorMessage( e ), load ) );
			} );
		};
		button.addEventListener( 'click', load );
		slot.appendChild( button );
		this.body.appendChild( slot );
	}

	private show( output: ViewOutput ): void {
		if ( this.chart ) {
			this.chart.destroy();
			this.chart = null;
		}
		this.output = output;
		const canvas = output.chart ? h( 'canvas', { attrs: { role: 'img', 'aria-label': output.table.caption } } ) : null;
		replaceChildren( this.body,
			output.lead ? h( 'p', { class: 'geo-editors-lead', text: output.lead } ) : null,
			canvas ? h( 'div', { class: 'geo-chart', style: output.chartHeight ? { height: output.chartHeight } : undefined }, canvas ) : null,
			renderTable( output.table ),
		);
		if ( canvas && output.chart ) {
			try {
				this.chart = output.chart( canvas );
			} catch ( e ) {
				// No canvas support: the table above carries the same numbers.
				this.chart = null;
			}
		}
		replaceChildren( this.about, aboutPanel( this.session.epsilons ) );
	}

	private exportName( ext: string ): string {
		const s = this.session;
		return [ 'geo-editors', this.state.view, this.state.countries.join( '-' ), s.wikis.map( ( w ) => w.dbname ).join( '-' ),
			s.months[ 0 ] || '', s.months[ s.months.length - 1 ] || '' ].map( safeFilePart ).join( '_' ) + '.' + ext;
	}

	private renderToolbar(): void {
		const button = ( key: string, action: () => void ): HTMLButtonElement => h( 'button', { class: 'cdx-button geo-button', attrs: { type: 'button' }, dataset: { action: key }, on: { click: action } }, msg( 'geo-editors-' + key ) );
		replaceChildren( this.toolbar,
			button( 'export-csv', () => {
				if ( this.output ) {
					downloadFile( this.exportName( 'csv' ), 'text/csv;charset=utf-8', tableToCsv( this.output.table ) );
				}
			} ),
			button( 'export-json', () => {
				if ( this.output ) {
					downloadFile( this.exportName( 'json' ), 'application/json', tableToJson( this.output.table, this.exportMeta() ) );
				}
			} ),
			button( 'copy-link', () => {
				copyToClipboard( permalink( this.state ) );
			} ),
			this.options.mode === 'panel' ? h( 'a', { class: 'geo-editors-open', attrs: { href: mw.util.getUrl( DASHBOARD_PAGE, stateToParams( this.state ) ) } }, msg( 'geo-editors-open-dashboard' ) ) : null,
		);
	}

	private exportMeta(): Record<string, unknown> {
		const s = this.session;
		return {
			source: 'Wikimedia Foundation, Geoeditors Differential Privacy — Monthly',
			sourceUrl: getEndpoints().geoeditors,
			view: this.state.view,
			countries: this.state.countries,
			wikis: s.wikis.map( ( w ) => ( { dbname: w.dbname, project: w.project } ) ),
			months: s.loadedMonths,
			monthsNotLoaded: Array.from( s.failed.keys() ),
			levels: this.state.levels,
			permalink: permalink( this.state ),
		};
	}

	/** Current export texts (for tests and the e2e suite). */
	public exports(): { csv: string; json: string } | null {
		return this.output ? { csv: tableToCsv( this.output.table ), json: tableToJson( this.output.table, this.exportMeta() ) } : null;
	}
}
