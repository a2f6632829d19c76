/**
 * Everything a view needs from the network for one state: which wikis (sitematrix, or a guess when
 * Meta is down), which months (explicit range, or the latest 12 published), and the rows of those
 * months for the chosen countries and wikis. Failed months are remembered and can be retried alone;
 * rows already loaded are never dropped.
 */
import { loadMonths, loadPublishedMonths, type MonthData } from './sources';
import { loadSites, guessDbName, type SiteIndex } from './sitematrix';
import { RowIndex } from './aggregate';
import { addMonths, type GeoRow, type RowFilter } from './types';
import { isNoFile, DEFAULT_MONTHS, MAX_MONTHS, type SessionQuery, type WikiRef, type LabeledSelection } from './session-query';
import { SessionWeeks } from './session-weeks';
import { SessionMonthViews } from './session-month-views';
import { monthCoverage } from './coverage';
import { FIRST_MONTH, lastPublishableMonth, resolveRange } from './release-range';

// The session's types and limits, where the views import them from.
export { isNoFile, DEFAULT_MONTHS, MAX_MONTHS, FIRST_MONTH, lastPublishableMonth, type SessionQuery, type WikiRef,
	type LabeledSelection } from './session-query';

export class Session {
	public readonly state: SessionQuery;

	private sites: SiteIndex | null = null;

	/** Why Meta's wiki list could not be loaded (the view then goes on with guessed wiki names). */
	public sitesError: Error | null = null;

	public wikis: WikiRef[] = [];

	/** Projects that could not be resolved to a wiki. */
	public unknownProjects: string[] = [];

	public months: string[] = [];

	/**
	 * Months a report view needs outside the range (periods of their own, a campaign and the year
	 * before it): loaded and in `index`, never in `loadedMonths`, so periods years apart load those
	 * months, not every month between.
	 */
	public extraMonths: string[] = [];

	/**
	 * Whether the months asked for were cut to the published ones or to MAX_MONTHS (the view says
	 * so).
	 */
	public clamped = false;

	/** Months of the range after the release's last one: [first, last, count] (the view names them). */
	public notInRelease: [ string, string, number ] | null = null;

	/** The release's first and last month, when its index was read for the range. */
	public release: [ string, string ] | null = null;

	public readonly data = new Map<string, MonthData>();

	public readonly failed = new Map<string, Error>();

	/**
	 * Months the release has no file for (HTTP 404: not yet released, or not in a sample): shown as
	 * "no data for this month", not a failure to retry.
	 */
	public readonly noFile = new Set<string>();

	/** What the one-month views load: top countries, REST counts, the map's outlines. */
	public readonly monthViews = new SessionMonthViews( () => this.wikis[ 0 ] );

	/** The weekly files of the range (the weekly views load them). */
	public readonly weekly = new SessionWeeks( () => this.months, () => this.filter );

	private rowsCache: GeoRow[] | null = null;

	private indexCache: RowIndex | null = null;

	public constructor( state: SessionQuery ) {
		this.state = state;
	}

	/**
	 * Wikis of the state. Sitematrix failures are not fatal: names fall back to the usual patterns.
	 * When every project can be named by pattern (es.wikipedia → eswiki) the months do not wait for
	 * Meta at all: the wiki list improves names when it arrives (`onSites`, also on failure).
	 */
	public async resolveWikis( onSites?: () => void ): Promise<void> {
		const sites = loadSites();
		const settle = sites.then( ( index ) => {
			this.sites = index;
			this.sitesError = null;
		}, ( e: unknown ) => {
			this.sites = null;
			this.sitesError = e instanceof Error ? e : new Error( String( e ) );
		} );
		if ( this.state.projects.length &&
			this.state.projects.every( ( p ) => !!guessDbName( p ) ) ) {
			this.assignWikis();
			settle.then( () => {
				this.assignWikis();
				if ( onSites ) {
					onSites();
				}
			} );
			return;
		}
		await settle;
		this.assignWikis();
	}

	private assignWikis(): void {
		this.wikis = [];
		this.unknownProjects = [];
		for ( const p of this.state.projects ) {
			const site = this.sites ? this.sites.find( p ) : null;
			const dbname = site ? site.dbname : guessDbName( p );
			if ( !dbname ) {
				this.unknownProjects.push( p );
			} else if ( !this.wikis.some( ( w ) => w.dbname === dbname ) ) {
				this.wikis.push( { dbname, project: site ? site.project : ( /\./.test( p ) ? p : dbname ), site } );
			}
		}
	}

	/** The months of the view: the explicit range, or the latest DEFAULT_MONTHS published ones. */
	public async resolveMonths( signal?: AbortSignal, now = Date.now() ): Promise<void> {
		const { from, to } = this.state;
		if ( !from && !to ) {
			const published = await loadPublishedMonths( signal );
			this.months = published.slice( -DEFAULT_MONTHS );
			this.clamped = false;
			return;
		}
		const start = from || addMonths( to as string, 1 - DEFAULT_MONTHS );
		const end = to || addMonths( from as string, DEFAULT_MONTHS - 1 );
		// A range past the latest month that can exist: the release's own months decide, so its
		// real last month is named and nothing after it is asked for (issue 24 item 2). Without
		// the index, the months that can exist.
		const index = end > lastPublishableMonth( now ) ?
			await loadPublishedMonths( signal ).catch( () => null ) : null;
		const range = resolveRange( start, end, MAX_MONTHS, now, index );
		this.months = range.months;
		this.clamped = range.clamped;
		this.notInRelease = range.notInRelease;
		this.release = range.release;
	}

	/**
	 * The release's first and last month (its listing), to name them where a month has no file;
	 * null when the listing cannot be read.
	 */
	public async releaseRange( signal?: AbortSignal ): Promise<[ string, string ] | null> {
		if ( !this.release ) {
			const published = await loadPublishedMonths( signal ).catch( () => null );
			if ( published && published.length ) {
				this.release = [ published[ 0 ], published[ published.length - 1 ] ];
			}
		}
		return this.release;
	}

	private get filter(): RowFilter {
		return { countries: this.state.countries.slice(),
			wikiDbs: this.wikis.map( ( w ) => w.dbname ) };
	}

	public get selections(): LabeledSelection[] {
		const out: LabeledSelection[] = [];
		for ( const wiki of this.wikis ) {
			for ( const country of this.state.countries ) {
				out.push( { country, wikiDb: wiki.dbname, wiki } );
			}
		}
		return out;
	}

	/** Months not loaded yet (never tried, or failed): the range's, then the report's. */
	public get pending(): string[] {
		return this.wanted.filter( ( m ) => !this.data.has( m ) && !this.noFile.has( m ) );
	}

	/** A month that could not be loaded: no file (404) is "no data", anything else a failure. */
	public monthFailed( month: string, error: Error ): void {
		if ( isNoFile( error ) ) {
			this.noFile.add( month );
			this.failed.delete( month );
			this.indexCache = null;
		} else {
			this.failed.set( month, error );
		}
	}

	private get wanted(): string[] {
		return this.months.concat( this.extraMonths.filter( ( m ) => !this.months.includes( m ) ) );
	}

	/** Ask for a report's months too (those that can exist); true when one is not loaded yet. */
	public wantMonths( months: readonly string[], now = Date.now() ): boolean {
		const last = lastPublishableMonth( now );
		const fresh = months.filter( ( m ) => m >= FIRST_MONTH && m <= last &&
			!this.extraMonths.includes( m ) );
		if ( fresh.length ) {
			this.extraMonths = this.extraMonths.concat( fresh ).sort();
			this.rowsCache = null;
			this.indexCache = null;
		}
		return this.pending.some( ( m ) => !this.failed.has( m ) );
	}

	/** Load the pending months; `onMonth` after each (done, total). Errors are kept in `failed`. */
	public async loadPending( onMonth: ( done: number, total: number ) => void,
		signal?: AbortSignal, onWait?: ( secondsLeft: number ) => void ): Promise<void> {
		const months = this.pending;
		if ( !months.length ) {
			return;
		}
		const result = await loadMonths( months, this.filter, {
			signal,
			onWait,
			onMonth: ( p ) => {
				if ( p.data ) {
					this.data.set( p.month, p.data );
					this.failed.delete( p.month );
					this.rowsCache = null;
					this.indexCache = null;
				} else if ( p.error ) {
					this.monthFailed( p.month, p.error );
				}
				onMonth( p.done, p.total );
			},
		} );
		for ( const [ month, error ] of result.errors ) {
			this.monthFailed( month, error );
		}
	}

	public get rows(): GeoRow[] {
		if ( !this.rowsCache ) {
			const rows: GeoRow[] = [];
			for ( const m of this.wanted ) {
				const d = this.data.get( m );
				if ( d ) {
					// One by one: spreading a big month into push() overflows the call stack.
					for ( const row of d.rows ) {
						rows.push( row );
					}
				}
			}
			this.rowsCache = rows;
		}
		return this.rowsCache;
	}

	public get index(): RowIndex {
		if ( !this.indexCache ) {
			const present = new Map<string, readonly string[] | undefined>();
			this.data.forEach( ( d, m ) => present.set( m, d.countries ) );
			this.indexCache = new RowIndex( this.rows, monthCoverage( this.noFile, present ) );
		}
		return this.indexCache;
	}

	/** Months that are loaded (what the views can show). */
	public get loadedMonths(): string[] {
		return this.months.filter( ( m ) => this.data.has( m ) );
	}

	/** The range's months a view shows: loaded, or known to have no file ("no data"). */
	public get shownMonths(): string[] {
		return this.months.filter( ( m ) => this.data.has( m ) || this.noFile.has( m ) );
	}

	/** Lines the parser could not read, over the loaded months. */
	public get malformedLines(): number {
		let n = 0;
		this.data.forEach( ( d ) => {
			n += d.stats.malformed;
		} );
		return n;
	}

	/** The privacy budgets (ε) of the loaded rows, largest first. */
	public get epsilons(): number[] {
		const set: number[] = [];
		for ( const r of this.rows ) {
			if ( !set.includes( r.countEps ) ) {
				set.push( r.countEps );
			}
		}
		return set.sort( ( a, b ) => b - a );
	}
}
