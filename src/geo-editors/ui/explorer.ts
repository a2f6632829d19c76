/**
 * One Geo Editors view on the page (an inline panel or the dashboard's main area): view tabs, the
 * progress of the months being loaded, errors with retry that keep what is shown, the view chosen
 * from the view table (views/registry.ts), its chart and table, exports and "About this data".
 * The session (data/session.ts) does the loading; views only get the numbers they show.
 */
import { h, clear, replaceChildren } from '../../core/dom';
import { msg, formatMonth, formatNumber } from '../../core/messages';
import { progressBar, errorBox, errorMessage, notice, spinner } from '../../core/ui';
import type { ThemedChart } from '../../core/charts';
import type { ChartType } from 'chart.js';
import { Session, FIRST_MONTH, lastPublishableMonth } from '../data/session';
import type { ViewName, ViewState } from './state';
import { renderTable, tableToCsv, tableToJson } from './table-model';
import { VIEW_TABLE } from './views/registry';
import type { ViewDefinition, ViewOutput } from './views/types';
import type { Outline } from '../data/geoshapes';
import { aboutPanel } from './about';
import { countryName } from './countries';
import { renderViewTabs } from './view-tabs';
import { showSitesError, showClamped, showMonthErrors } from './explorer-notices';
import { renderToolbar, exportMeta } from './export-toolbar';
import { restOffer } from './rest-offer';
import { renderViewControls } from './view-controls';

export { DASHBOARD_PAGE, permalink } from './export-toolbar';

export interface ExplorerOptions {
	mode: 'panel' | 'dashboard';
	/** Called when the reader changes something that belongs in the URL (view, selection). */
	onStateChange?: ( state: ViewState ) => void;
	/** The dashboard's guide: "About this data" offers to show it again. */
	onShowGuide?: () => void;
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

	/** Cleanup of what the shown view drew after it was shown (a map). */
	private cleanupShown: ( () => void ) | null = null;

	/** What a month view last drew (so progress of the range's months does not redraw it). */
	private monthShown: { session: Session; key: string } | null = null;

	/** Country outlines for the map: undefined until asked for, null when they failed. */
	private outlines: Map<string, Outline> | null | undefined = undefined;

	/** Which selection one-selection views show. */
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
		this.renderChrome();
		onPage.add( this );
	}

	/** Load again whatever failed (months, Meta's wiki list); nothing that is shown is dropped. */
	public retryFailed(): void {
		const session = this.session;
		if ( session.sitesError ) {
			const refresh = (): void => {
				if ( this.session === session ) {
					this.renderSubtitle();
					showSitesError( this.errors, session, retryAll );
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
		this.renderChrome();
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
						showSitesError( this.errors, session, retryAll );
					}
				} );
			}
			if ( !session.wikis.length ) {
				this.showFatal( msg( 'geo-editors-error-project', session.unknownProjects.join( ', ' ) ) );
				return;
			}
			if ( !session.months.length ) {
				await session.resolveMonths( controller.signal );
			}
		} catch ( e ) {
			if ( !controller.signal.aborted ) {
				this.showFatal( msg( 'geo-editors-error-index' ) + ' ' + errorMessage( e ), retryAll );
			}
			return;
		}
		if ( !session.months.length ) {
			// A range wholly before the first release or after the latest month: say so, not a blank view.
			this.showFatal( msg( 'geo-editors-range-empty', formatMonth( FIRST_MONTH ), formatMonth( lastPublishableMonth() ) ) );
			return;
		}
		this.renderSubtitle();
		showSitesError( this.errors, session, retryAll );
		showClamped( this.errors, session );
		if ( session.unknownProjects.length ) {
			this.errors.appendChild( notice( msg( 'geo-editors-error-project', session.unknownProjects.join( ', ' ) ), 'warning' ) );
		}
		await this.loadPending( session, controller.signal );
		if ( this.session !== session || controller.signal.aborted ) {
			return;
		}
		clear( this.status );
		showMonthErrors( this.errors, session, retryAll );
		this.render();
	}

	/** Nothing can be shown: say why (with a retry where one can help). */
	private showFatal( text: string, retry?: () => void ): void {
		clear( this.status );
		replaceChildren( this.errors, errorBox( text, retry ) );
	}

	/** The months not loaded yet, with a progress bar; the view redraws after each. */
	private async loadPending( session: Session, signal: AbortSignal ): Promise<void> {
		const pending = session.pending;
		if ( !pending.length ) {
			return;
		}
		const progress = progressBar( msg( 'geo-editors-loading-months' ) );
		progress.update( 0, pending.length );
		const waiting = h( 'div' );
		replaceChildren( this.status, progress.element, waiting );
		await session.loadPending( ( done, total ) => {
			if ( this.session === session ) {
				progress.update( done, total );
				this.render();
			}
		}, signal, ( seconds ) => {
			// The server asked us to wait (429/503 Retry-After): say so, with a countdown.
			replaceChildren( waiting, seconds ? notice( msg( 'geo-gadgets-error-rate-limited-wait', formatNumber( seconds ), seconds ) ) : null );
		} );
		waiting.remove();
		// eslint-disable-next-line no-jquery/no-done-fail -- our progress bar's done(), not a jQuery Deferred
		progress.done();
	}

	private renderSubtitle(): void {
		const months = this.session.months;
		const parts = [
			this.state.countries.map( ( c ) => countryName( c ) ).join( ', ' ),
			this.session.wikis.map( ( w ) => w.project ).join( ', ' ),
		];
		if ( months.length ) {
			parts.push( months.length === 1 ? formatMonth( months[ 0 ] ) : formatMonth( months[ 0 ] ) + ' – ' + formatMonth( months[ months.length - 1 ] ) );
		}
		this.subtitle.textContent = parts.join( ' · ' );
	}

	/** Tabs and toolbar, which follow the state. */
	private renderChrome(): void {
		renderViewTabs( this.tabs, this.state.view, ( view ) => this.setView( view ) );
		renderToolbar( this.toolbar, this.options.mode, {
			state: () => this.state,
			session: () => this.session,
			table: () => this.output ? this.output.table : null,
		} );
	}

	private setView( view: ViewName ): void {
		if ( view === this.state.view ) {
			return;
		}
		this.setStateQuietly( { view } );
		this.render();
	}

	/** A change of what is shown that needs no new data (view, month): URL and toolbar follow. */
	private setStateQuietly( change: Partial<ViewState> ): void {
		this.state = Object.assign( {}, this.state, change );
		this.renderChrome();
		if ( this.options.onStateChange ) {
			this.options.onStateChange( this.state );
		}
	}

	/** The month of one-month views: the state's, or the last of the range. */
	private viewMonth(): string {
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
		const view = VIEW_TABLE[ this.state.view ];
		renderViewControls( this.controls, {
			view,
			selections,
			selectionIndex: this.selectionIndex,
			onSelection: ( index ) => {
				this.selectionIndex = index;
				this.render();
			},
			months: session.months,
			month: this.viewMonth(),
			onMonth: ( month ) => {
				this.setStateQuietly( { month } );
				this.render();
			},
		} );
		if ( view.scope === 'month' ) {
			this.renderMonthView( view );
			return;
		}
		if ( !session.loadedMonths.length ) {
			return;
		}
		this.show( view.build( {
			index: session.index,
			months: session.loadedMonths,
			levels: this.state.levels,
			selections,
			selection: selections[ this.selectionIndex ],
		} ) );
	}

	/** A view of every country of the first wiki in one month: that month's file is loaded on its own. */
	private renderMonthView( view: Extract<ViewDefinition, { scope: 'month' }> ): void {
		const month = this.viewMonth();
		const session = this.session;
		const data = session.topData.get( month );
		const outlines = view.outlines ? this.outlines : undefined;
		const ready = !view.outlines || outlines !== undefined;
		if ( data && ready ) {
			// Months of the range arriving redraw the explorer: a month view already drawn stays (its map too).
			const key = [ this.state.view, month, this.state.levels.join( ',' ), outlines ? 1 : 0 ].join( '|' );
			if ( this.monthShown && this.monthShown.session === session && this.monthShown.key === key ) {
				return;
			}
			const wiki = session.wikis[ 0 ];
			this.show( view.build( { month, wiki, rows: data.rows, levels: this.state.levels, outlines } ) );
			this.monthShown = { session, key };
			const rest = view.offerRest ? session.restLoader( month ) : null;
			if ( rest ) {
				this.body.appendChild( restOffer( wiki.project, month, rest ) );
			}
			return;
		}
		const loading = spinner();
		this.status.appendChild( loading );
		const signal = this.controller ? this.controller.signal : undefined;
		const again = (): void => {
			loading.remove();
			if ( this.session === session && VIEW_TABLE[ this.state.view ].scope === 'month' ) {
				this.render();
			}
		};
		if ( !ready ) {
			// Shapes that fail leave the map out (the view says so), never the numbers.
			session.loadOutlines( signal ).then( ( loaded ) => {
				this.outlines = loaded;
			}, () => {
				this.outlines = null;
			} ).then( again );
		}
		if ( !data ) {
			session.loadTop( month, signal ).then( again, ( e ) => {
				loading.remove();
				if ( this.session === session ) {
					this.errors.appendChild( errorBox( msg( 'geo-editors-error-top' ) + ' ' + errorMessage( e ), () => {
						clear( this.errors );
						this.render();
					} ) );
				}
			} );
		}
	}

	private show( output: ViewOutput ): void {
		if ( this.chart ) {
			this.chart.destroy();
			this.chart = null;
		}
		if ( this.cleanupShown ) {
			this.cleanupShown();
			this.cleanupShown = null;
		}
		this.monthShown = null;
		this.output = output;
		const canvas = output.chart ? h( 'canvas', { attrs: { role: 'img', 'aria-label': output.table.caption } } ) : null;
		replaceChildren( this.body,
			output.lead ? h( 'p', { class: 'geo-editors-lead', text: output.lead } ) : null,
			output.figure || null,
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
		if ( output.onShown ) {
			this.cleanupShown = output.onShown() || null;
		}
		replaceChildren( this.about, aboutPanel( this.session.epsilons, this.options.onShowGuide ) );
	}

	/** Current export texts (for tests and the e2e suite). */
	public exports(): { csv: string; json: string } | null {
		return this.output ? { csv: tableToCsv( this.output.table ), json: tableToJson( this.output.table, exportMeta( this.state, this.session ) ) } : null;
	}
}
