/**
 * One Geo Editors view on the page (an inline panel or the dashboard's main area): view tabs, the
 * progress of the months being loaded, errors with retry that keep what is shown, the view chosen
 * from the view table (views/registry.ts), its chart and table, exports and "About this data".
 * The session (data/session.ts) does the loading; views only get the numbers they show.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { Session } from '../data/session';
import type { ViewName, ViewState } from './state';
import { tableToCsv, tableToJson } from './table-model';
import { ViewBody } from './view-body';
import { MonthViews } from './month-views';
import { renderWeekView } from './week-views';
import { VIEW_TABLE } from './views/registry';
import type { ViewOutput } from './views/types';
import { aboutPanel } from './about';
import { countryName } from './countries';
import { projectLabel } from './views/labels';
import { renderViewTabs } from './view-tabs';
import { showSitesError } from './explorer-notices';
import { loadSession } from './explorer-loading';
import { renderToolbar, exportMeta, reportSource, reportTexts } from './export-toolbar';
import { renderViewControls } from './view-controls';
import { renderReportControls } from './report-controls';
import { reportMonths, type ReportParams } from './report-state';
import { Loads, type Turn } from '../../core/supersede';
import { viewPeriodLabel } from './view-period';
import { withMissingNotes } from './views/labels';

export { DASHBOARD_PAGE, permalink } from './export-toolbar';

/** A session for the state: its range, and the months its report view reads besides. */
function sessionFor( state: ViewState ): Session {
	const session = new Session( state );
	session.wantMonths( reportMonths( state.view, state.report ) );
	return session;
}

export interface ExplorerOptions {
	mode: 'panel' | 'dashboard';
	/** Called when the reader changes something that belongs in the URL (view, selection). */
	onStateChange?: ( state: ViewState ) => void;
	/** The dashboard's guide: "About this data" offers to show it again. */
	onShowGuide?: () => void;
}

/**
 * Every view on this page: "Retry" in one of them retries what failed in all (they share the
 * files).
 */
const onPage = new Set<Explorer>();

function retryAll(): void {
	onPage.forEach( ( explorer ) => explorer.retryFailed() );
}

export class Explorer {
	public readonly element: HTMLElement;

	private state: ViewState;

	private readonly options: ExplorerOptions;

	private session: Session;

	/** Each load (a new state, a retry) supersedes the one before (core/supersede.ts). */
	private readonly loads = new Loads();

	private turn: Turn | null = null;

	/** Loads running (a new state starts one while the old one is being cancelled). */
	private loading = 0;

	private retryWhenDone = false;

	private readonly view = new ViewBody();

	private readonly monthViews = new MonthViews();

	/** Which selection one-selection views show. */
	private selectionIndex = 0;

	private readonly subtitle = h( 'p', { class: 'geo-editors-subtitle' } );

	private readonly tabs = h( 'div', { class: 'cdx-tabs__list geo-editors-tabs', attrs: { role: 'tablist' } } );

	private readonly controls = h( 'div', { class: 'geo-editors-controls' } );

	private readonly status = h( 'div', { class: 'geo-editors-status', attrs: { 'aria-live': 'polite' } } );

	private readonly errors = h( 'div', { class: 'geo-editors-errors' } );

	private readonly toolbar = h( 'div', { class: 'geo-editors-toolbar' } );

	private readonly about = h( 'div', { class: 'geo-editors-about-slot' } );

	public constructor( state: ViewState, options: ExplorerOptions ) {
		this.state = state;
		this.options = options;
		this.session = sessionFor( state );
		const heading = h( options.mode === 'dashboard' ? 'h2' : 'h3', { class: 'geo-editors-heading', text: msg( 'geo-editors-title' ) } );
		this.element = h( 'div', { class: [ 'geo-editors-explorer', 'geo-editors-' + options.mode ] },
			h( 'div', { class: 'geo-editors-head' }, heading, this.subtitle ),
			// Codex's CSS-only Tabs: the selected tab is the one with aria-selected="true".
			h( 'div', { class: 'cdx-tabs' }, h( 'div', { class: 'cdx-tabs__header' }, this.tabs ) ), this.controls, this.status, this.errors, this.view.element, this.toolbar, this.about );
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
			// Months still on their way were requested before the retry: try the failed ones again
			// after.
			this.retryWhenDone = true;
		} else if ( session.failed.size || !session.months.length || !session.wikis.length ) {
			this.load();
		}
	}

	/** Show another state (dashboard filters): new data, the old request is cancelled. */
	public setState( state: ViewState ): void {
		this.state = state;
		this.session = sessionFor( state );
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
		const turn = this.loads.begin();
		this.turn = turn;
		const session = this.session;
		await loadSession( session, turn.signal, {
			status: this.status,
			errors: this.errors,
			retry: retryAll,
			isCurrent: () => turn.current() && this.session === session,
			monthsWanted: () => !this.showsWeeks(),
			renderSubtitle: () => this.renderSubtitle(),
			render: () => this.render(),
		} );
	}

	private renderSubtitle(): void {
		const months = this.session.months;
		const parts = [
			this.state.countries.map( ( c ) => countryName( c ) ).join( ', ' ),
			this.session.wikis.map( projectLabel ).join( ', ' ),
		];
		// The period of the view shown (a campaign, a month, the compared periods), not the range.
		const period = viewPeriodLabel( this.state.view, this.state.report, months,
			months.length ? this.viewMonth() : undefined );
		if ( period ) {
			parts.push( period );
		}
		replaceChildren( this.subtitle, parts.join( ' · ' ) );
	}

	/** Tabs and toolbar, which follow the state. */
	private renderChrome(): void {
		renderViewTabs( this.tabs, this.state.view, ( view ) => this.setView( view ) );
		renderToolbar( this.toolbar, this.options.mode, {
			state: () => this.state,
			session: () => this.session,
			table: () => this.view.output ? this.view.output.table : null,
			months: () => this.sourceMonths(),
			weekly: () => this.showsWeeks(),
		} );
	}

	private setView( view: ViewName ): void {
		if ( view === this.state.view ) {
			return;
		}
		this.setReport( { view } );
	}

	/** The months the shown numbers come from (report source lines). */
	private sourceMonths(): string[] {
		const output = this.view.output;
		if ( output && output.sourceMonths ) {
			return output.sourceMonths;
		}
		return VIEW_TABLE[ this.state.view ].scope === 'month' ? [ this.viewMonth() ] :
			this.showsWeeks() ? Array.from( this.session.weekly.data.keys() ).sort() :
				this.session.loadedMonths;
	}

	/**
	 * A new view or new report parameters: shown from what is loaded, or — when the view needs
	 * months outside it (a period, a campaign and the year before it) — once those months are
	 * loaded too.
	 */
	private setReport( change: { view?: ViewName; report?: Partial<ReportParams> } ): void {
		const view = change.view || this.state.view;
		const report = Object.assign( {}, this.state.report, change.report || {} );
		this.setStateQuietly( { view, report } );
		// render() loads what is not loaded yet.
		this.session.wantMonths( reportMonths( view, report ) );
		this.render();
	}

	/** A change of what is shown that needs no new data (view, month): URL and toolbar follow. */
	private setStateQuietly( change: Partial<ViewState> ): void {
		this.state = Object.assign( {}, this.state, change );
		this.renderChrome();
		this.renderSubtitle();
		if ( this.options.onStateChange ) {
			this.options.onStateChange( this.state );
		}
	}

	/** Whether the view shown is a weekly form (granularity week, and the view has one). */
	private showsWeeks(): boolean {
		const view = VIEW_TABLE[ this.state.view ];
		return this.state.granularity === 'week' && view.scope === 'range' && !!view.weekly;
	}

	/** The month of one-month views: the state's, or the last of the range. */
	private viewMonth(): string {
		const months = this.session.months;
		return this.state.month && months.includes( this.state.month ) ? this.state.month :
			months[ months.length - 1 ];
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
			granularity: this.state.granularity,
			viewLabel: msg( 'geo-editors-view-' + this.state.view ),
			onGranularity: ( granularity ) => {
				this.setStateQuietly( { granularity } );
				this.render();
			},
		} );
		renderReportControls( this.controls, {
			view: this.state.view,
			report: this.state.report,
			selections,
			months: session.months,
			countries: this.state.countries,
			onChange: ( report ) => this.setReport( { report } ),
		} );
		if ( view.scope === 'month' ) {
			this.monthViews.render( view, {
				session,
				state: this.state,
				month: this.viewMonth(),
				signal: this.turn ? this.turn.signal : undefined,
				show: ( output ) => {
					this.view.show( withMissingNotes( output ) );
					replaceChildren( this.about,
						aboutPanel( session.epsilons, this.options.onShowGuide ) );
				},
				append: ( el ) => this.view.element.appendChild( el ),
				status: this.status,
				errors: this.errors,
				rerender: ( from ) => {
					if ( this.session === from && VIEW_TABLE[ this.state.view ].scope === 'month' ) {
						this.render();
					}
				},
			} );
			return;
		}
		if ( view.weekly && this.state.granularity === 'week' ) {
			this.monthViews.forget();
			renderWeekView( view.weekly, {
				session,
				state: this.state,
				selection: selections[ this.selectionIndex ],
				signal: this.turn ? this.turn.signal : undefined,
				show: ( output ) => this.show( output ),
				showInstead: ( element ) => this.view.showMessage( element ),
				status: this.status,
				errors: this.errors,
				rerender: ( from ) => {
					if ( this.session === from && this.showsWeeks() ) {
						this.render();
					}
				},
			} );
			return;
		}
		// Months never asked for (shown by week until now, or a report's own months): load them,
		// once (months that failed wait for Retry).
		if ( !this.loading && session.pending.some( ( m ) => !session.failed.has( m ) ) ) {
			this.load();
			return;
		}
		if ( !session.shownMonths.length ) {
			return;
		}
		// Months without data (no release file) are shown as such, among the loaded ones.
		this.show( view.build( {
			index: session.index,
			months: session.shownMonths,
			levels: this.state.levels,
			selections,
			selection: selections[ this.selectionIndex ],
			periods: this.state.report.periods,
			campaign: this.state.report.campaign || undefined,
		} ) );
	}

	private show( output: ViewOutput ): void {
		this.monthViews.forget();
		// Legend lines about the cells shown (n/p, no data), whatever view built the table.
		this.view.show( withMissingNotes( output ) );
		replaceChildren( this.about,
			aboutPanel( this.session.epsilons, this.options.onShowGuide ) );
	}

	/** Current export texts (for tests and the e2e suite). */
	public exports(): { csv: string; json: string; wikitext: string; tab: string } | null {
		const output = this.view.output;
		if ( !output ) {
			return null;
		}
		const weekly = this.showsWeeks();
		const report = reportTexts( output.table,
			reportSource( this.state, this.session, weekly, this.sourceMonths() ) );
		return { csv: tableToCsv( output.table ),
			json: tableToJson( output.table, exportMeta( this.state, this.session, weekly ) ),
			wikitext: report.wikitext, tab: report.tab };
	}
}
