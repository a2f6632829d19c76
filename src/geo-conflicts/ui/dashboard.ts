/**
 * The full dashboard (Special:BlankPage/GeoConflicts): filters, map, details, statistics, list,
 * data quality, exports. One query loads every conflict; filters apply in the browser and live in
 * the URL (country=Q298,Q414&sector=…&item=Q…) so a view can be shared.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { disclosure, notice } from '../../core/ui';
import { adoptInterfaceLanguage, claimUrlState } from '../../core/gadget';
import { applyFilter, computeStats, filterFromParams, filterToParams, refOptions, EMPTY_FILTER, type FilterState } from '../data/filter';
import type { Conflict, ConflictSet } from '../data/types';
import { createConflictMap, type ConflictMap } from '../map/index';
import { getContext, livePageSource, loadWithFeedback, toMapConflicts } from './context';
import { conflictChanges } from '../data/changes';
import type { LoadedSet } from '../data/source';
import { formatDate } from '../../core/messages';
import { FilterForm } from './filters';
import { StatsView } from './stats';
import { ConflictList } from './list';
import { renderDetails } from './details';
import { renderQuality } from './quality';
import { exportButtons, queryLink } from './tools';
import { ScopeSwitch } from './scope';
import { Worklists } from './worklists';
import { Loads } from '../../core/supersede';

class Dashboard {
	public readonly element: HTMLElement;

	/** Whether this dashboard keeps its state in the URL (not when another dashboard owns it). */
	private readonly ownsUrl = claimUrlState( 'GeoConflicts' );

	private state: FilterState = filterFromParams( new URLSearchParams( this.ownsUrl ? location.search : '' ) );

	private set: ConflictSet | null = null;

	private shown: Conflict[] = [];

	private map: ConflictMap | null = null;

	/** The original tool's classes, on or off (`scope=original` in the URL). */
	private readonly scope = new ScopeSwitch( new URLSearchParams( this.ownsUrl ? location.search : '' ).get( 'scope' ) === 'original' ? 'original' : 'configured',
		() => this.changeScope() );

	private query = this.scope.query();

	/** Each scope change is a new load; a superseded one's answer never shows (issue 22). */
	private readonly loads = new Loads();

	private readonly queryLinkArea = h( 'span', null, queryLink( this.query ) );

	private readonly status = h( 'div', { class: 'geo-conflicts-status-area', attrs: { 'aria-live': 'polite' } } );

	private readonly meta = h( 'p', { class: 'geo-conflicts-muted geo-conflicts-meta' } );

	/** Live from the Query Service instead of the page's source (the snapshot). */
	private live = false;

	/** The snapshot's answer, kept to say what the live answer changed. */
	private snapshotSet: LoadedSet | null = null;

	/** Answers of a load that another load replaced are ignored. */

	private readonly liveNote = h( 'div', { class: 'geo-conflicts-live-note', attrs: { 'aria-live': 'polite' } } );

	private readonly liveButton = h( 'button', {
		class: 'cdx-button geo-button geo-conflicts-live',
		attrs: { type: 'button' },
		on: { click: () => this.goLive() },
	}, msg( 'geo-conflicts-live-button' ) );

	/**
	 * "Reload from Wikidata": shown only while the data shown came live from the Query Service. On
	 * the published snapshot it would only reload the snapshot, so there the "Live from Wikidata"
	 * switch is the one control that asks Wikidata (issue 19).
	 */
	private readonly reloadButton = h( 'button', {
		class: 'cdx-button geo-button geo-conflicts-reload',
		attrs: { type: 'button' },
		on: { click: () => this.reload( true ) },
	}, msg( 'geo-conflicts-reload' ) );

	private readonly mapArea = h( 'div', { class: 'geo-conflicts-map-area' } );

	private readonly details = h( 'aside', { class: 'geo-conflicts-details', attrs: { 'aria-live': 'polite', tabindex: '-1' } } );

	private readonly quality = h( 'div' );

	private readonly qualitySection = disclosure( msg( 'geo-conflicts-quality-title' ), this.quality );

	/**
	 * What the filter options were built from (the data and the chosen countries): rebuilt only
	 * when that changes.
	 */
	private optionsFor: { set: ConflictSet; countries: string } | null = null;

	private qualityFor: Conflict[] | null = null;

	private readonly worklists = new Worklists( this.scope );

	private readonly filters = new FilterForm( ( s ) => this.setState( s ), () => {
		this.element.dataset.pending = 'true';
	} );

	private readonly stats = new StatsView();

	private readonly list = new ConflictList( ( id ) => this.select( id ) );

	public constructor() {
		// The page heading already names the dashboard (setPageHeading in core.ts).
		this.element = h( 'div', { class: 'geo-dashboard geo-conflicts-dashboard' },
			h( 'p', { class: 'geo-conflicts-intro', text: msg( 'geo-conflicts-intro' ) } ),
			this.status,
			this.liveNote,
			this.filters.element,
			this.meta,
			h( 'div', { class: 'geo-conflicts-main' }, this.mapArea, this.details ),
			this.stats.element,
			this.list.element,
			this.qualitySection,
			this.worklists.elements,
			h( 'div', { class: 'geo-conflicts-footer' },
				this.scope.element,
				exportButtons( () => this.shown, 'environmental-conflicts' ),
				this.queryLinkArea,
				this.liveButton,
				this.reloadButton,
			),
		);
		this.liveButton.classList.add( 'geo-conflicts-live--off' );
		this.renderDetails();
		// The quality lists are built when they are opened, not on every keystroke.
		this.qualitySection.classList.add( 'geo-conflicts-quality' );
		this.qualitySection.addEventListener( 'toggle', () => this.renderQualityIfOpen() );
	}

	/**
	 * The scope switch changed: another query, the same filters; what is shown stays until it
	 * arrives.
	 */
	private changeScope(): void {
		this.query = this.scope.query();
		replaceChildren( this.queryLinkArea, queryLink( this.query ) );
		this.worklists.reset();
		this.writeUrl();
		this.load();
	}

	/** "Live from Wikidata": today's live query, and what changed since the snapshot. */
	private goLive(): void {
		this.live = true;
		this.liveButton.classList.add( 'geo-conflicts-live--off' );
		this.load();
	}

	private load(): void {
		const live = this.live || this.scope.scope === 'original';
		this.reload = loadWithFeedback( { kind: 'all' }, {
			status: this.status,
			source: live ? livePageSource( this.scope.classes() ) : undefined,
			// Scope, live switch: an answer of a superseded load is dropped (core/supersede.ts).
			loads: this.loads,
			onLoaded: ( set ) => {
				this.element.dataset.source = set.snapshot ? 'snapshot' : 'live';
				this.reloadButton.classList.toggle( 'geo-conflicts-reload--off', !!set.snapshot );
				if ( set.snapshot && this.scope.scope === 'configured' ) {
					this.snapshotSet = set;
					this.liveButton.classList.remove( 'geo-conflicts-live--off' );
				}
				this.showChanges( set );
				this.set = set;
				this.scope.shown( set );
				this.render();
			},
		} );
	}

	private reload: ( fresh?: boolean ) => void = () => undefined;

	private showChanges( set: LoadedSet ): void {
		if ( set.snapshot || !this.snapshotSet || this.scope.scope !== 'configured' ) {
			replaceChildren( this.liveNote );
			return;
		}
		const c = conflictChanges( this.snapshotSet.conflicts, set.conflicts );
		const date = formatDate( ( this.snapshotSet.snapshot as { date: string } ).date.slice( 0, 10 ) );
		const note = notice( msg( 'geo-conflicts-live-changes', formatNumber( c.added.length ),
			formatNumber( c.removed.length ), formatNumber( c.changed.length ), date ) );
		note.dataset.added = c.added.join( ' ' );
		note.dataset.removed = c.removed.join( ' ' );
		note.dataset.changed = c.changed.join( ' ' );
		replaceChildren( this.liveNote, note );
	}

	public start(): void {
		createConflictMap( this.mapArea, { onSelect: ( id ) => this.select( id ) } )
			.then( ( map ) => {
				this.map = map;
				this.render();
			}, () => {
				replaceChildren( this.mapArea, notice( msg( 'geo-conflicts-map-unavailable' ), 'warning' ) );
			} );
		this.load();
	}

	private setState( state: FilterState ): void {
		this.state = state;
		this.writeUrl();
		this.render();
	}

	private writeUrl(): void {
		if ( this.ownsUrl ) {
			const params = filterToParams( this.state, new URLSearchParams( location.search ) );
			if ( this.scope.scope === 'original' ) {
				params.set( 'scope', 'original' );
			} else {
				params.delete( 'scope' );
			}
			const search = params.toString();
			history.replaceState( history.state, '', location.pathname + ( search ? '?' + search : '' ) + location.hash );
		}
	}

	/**
	 * Selecting changes the details, the list's mark and the map's focus: nothing is filtered
	 * again.
	 */
	private select( id: string ): void {
		this.state = Object.assign( {}, this.state, { selected: id } );
		this.writeUrl();
		this.list.select( id );
		this.renderDetails();
		if ( this.map ) {
			this.map.focus( id );
		}
		// Chosen in the list far below, the details (beside the map) would fill out of sight: bring
		// them into view. Chosen on the map, they are in view already and the page stays put.
		const box = this.details.getBoundingClientRect();
		if ( box.bottom < 0 || box.top > window.innerHeight ) {
			this.details.scrollIntoView( { block: 'start' } );
		}
		this.details.focus( { preventScroll: true } );
	}

	private render(): void {
		if ( !this.set ) {
			return;
		}
		// For the bench and the tests: a filtering run starts and ends (the pending mark goes).
		this.element.dispatchEvent( new CustomEvent( 'geo-conflicts-filtering' ) );
		const all = this.set.conflicts;
		const countriesKey = this.state.countries.join( ',' );
		if ( !this.optionsFor || this.optionsFor.set !== this.set ||
			this.optionsFor.countries !== countriesKey ) {
			// Thousands of region options: built when the data or the countries change, not per
			// keystroke.
			const inCountries = this.state.countries.length ? applyFilter( all,
				Object.assign( {}, EMPTY_FILTER, { countries: this.state.countries } ) ) : all;
			this.filters.show( this.state, refOptions( all, 'countries' ), refOptions( inCountries, 'regions' ) );
			this.optionsFor = { set: this.set, countries: countriesKey };
		} else {
			this.filters.showState( this.state );
		}
		this.shown = applyFilter( all, this.state );
		const onMap = toMapConflicts( this.shown );
		if ( this.map ) {
			this.map.setConflicts( onMap );
		}
		replaceChildren( this.meta, msg( 'geo-conflicts-shown', formatNumber( this.shown.length ), formatNumber( all.length ),
			formatNumber( onMap.length ), this.shown.length ) );
		this.stats.update( computeStats( this.shown ) );
		this.list.update( this.shown, this.state.selected );
		this.qualityFor = null;
		this.renderQualityIfOpen();
		this.worklists.update( this.shown );
		this.renderDetails();
		delete this.element.dataset.pending;
		this.element.dispatchEvent( new CustomEvent( 'geo-conflicts-filtered' ) );
	}

	private renderQualityIfOpen(): void {
		if ( this.qualitySection.open && this.qualityFor !== this.shown ) {
			this.qualityFor = this.shown;
			renderQuality( this.quality, this.shown, getContext().readerLanguage );
		}
	}

	private renderDetails(): void {
		const selected = this.set && this.state.selected ?
			this.set.conflicts.filter( ( c ) => c.id === this.state.selected )[ 0 ] : undefined;
		if ( !selected ) {
			replaceChildren( this.details, h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-details-empty' ) } ) );
			delete this.details.dataset.id;
			return;
		}
		if ( this.details.dataset.id !== selected.id ) {
			renderDetails( this.details, selected, () => this.setState( Object.assign( {}, this.state, { selected: '' } ) ) );
		}
	}
}

export function mountDashboard( container: HTMLElement ): void {
	if ( container.querySelector( '.geo-conflicts-dashboard' ) ) {
		return;
	}
	const dashboard = new Dashboard();
	adoptInterfaceLanguage( dashboard.element );
	replaceChildren( container, dashboard.element );
	dashboard.start();
}
