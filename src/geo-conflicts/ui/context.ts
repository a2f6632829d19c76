/**
 * What every Geo Conflicts view shares: configuration, the reader's label languages, the site id,
 * the query for a view, and loading it with visible feedback (spinner, Retry-After countdown,
 * translated error with a retry that never clears what is already shown).
 */
import { getConflictsConfig, type ConflictsConfig } from '../data/config';
import { buildQuery, labelLanguages, type QueryView } from '../data/sparql';
import { loadConflicts, loadParsed } from '../data/wdqs';
import { chooseSource, liveSource, type ConflictSource, type LoadedSet, type SourceSettings } from '../data/source';
import { conflictClassClosure } from '../data/subclasses';
import { defaultClients, type ConflictClients } from '../data/clients';
import { localiseCountries } from '../data/country-names';
import type { ConflictSet, Conflict } from '../data/types';
import type { MapConflict } from '../map/index';
import { getEndpoints } from '../../core/config';
import { languageChain, userLanguage, msg, formatNumber, formatDate } from '../../core/messages';
import { h, replaceChildren } from '../../core/dom';
import { spinner, notice, errorBox, errorMessage } from '../../core/ui';
import { Loads } from '../../core/supersede';

/**
 * The classes that make an article's item a conflict: the configured ones and their subclasses
 * (one cached query). Never the other classes of listed conflicts: those can be anything.
 */
export function conflictClasses(): Promise<string[]> {
	const ctx = getContext();
	return conflictClassClosure( ctx.config.classes, ( query ) => ctx.clients.query( query ) );
}

export interface Context {
	config: ConflictsConfig;
	languages: string[];
	readerLanguage: string;
	siteId: string;
	/** Every request of the views goes through these (made here once, passed to data/). */
	clients: ConflictClients;
}

let context: Context | null = null;

export function getContext(): Context {
	if ( !context ) {
		context = {
			config: getConflictsConfig(),
			languages: labelLanguages( languageChain() ),
			readerLanguage: userLanguage(),
			siteId: getEndpoints().wikidataSiteId,
			clients: defaultClients(),
		};
	}
	return context;
}

export function queryFor( view: QueryView, classes?: string[] ): string {
	const ctx = getContext();
	return buildQuery( view, { classes: classes || ctx.config.classes, languages: ctx.languages,
		siteId: ctx.siteId } );
}

/** Another view's query through the context's Query Service client, parsed and cached. */
export function loadView<T>( query: string, parse: ( data: unknown ) => T,
	fresh = false ): Promise<T> {
	const ctx = getContext();
	return loadParsed( query, parse,
		{ cacheMinutes: ctx.config.cacheMinutes, run: ctx.clients.query, fresh } );
}

/** Conflicts of a query, without feedback (for a second set, e.g. the wider scope's count). */
export async function loadSet( query: string ): Promise<ConflictSet> {
	const ctx = getContext();
	const set = await loadConflicts( query, { sectorMap: ctx.config.sectorMap, languages: ctx.languages,
		siteId: ctx.siteId, cacheMinutes: ctx.config.cacheMinutes, run: ctx.clients.query } );
	return Object.assign( {}, set, { conflicts: localiseCountries( set.conflicts, ctx.languages ) } );
}

/** Conflicts with coordinates, in the shape the map takes. */
export function toMapConflicts( conflicts: Conflict[] ): MapConflict[] {
	const out: MapConflict[] = [];
	for ( const c of conflicts ) {
		if ( c.coordinates ) {
			out.push( { id: c.id, label: c.label, lat: c.coordinates.lat, lon: c.coordinates.lon,
				approximate: c.coordinates.approximate, sector: c.sector.key } );
		}
	}
	return out;
}

function sourceSettings( classes?: string[] ): SourceSettings {
	const ctx = getContext();
	return {
		classes: classes || ctx.config.classes,
		languages: ctx.languages,
		siteId: ctx.siteId,
		live: { sectorMap: ctx.config.sectorMap, cacheMinutes: ctx.config.cacheMinutes, run: ctx.clients.query },
	};
}

let source: Promise<ConflictSource> | null = null;

/**
 * The page's conflicts source, chosen once: the wiki's published snapshot where there is one for
 * the site's classes, else live from the Query Service (data/source.ts).
 */
export function pageSource(): Promise<ConflictSource> {
	return ( source = source || chooseSource( sourceSettings() ) );
}

/** Live from the Query Service whatever the page's source (the dashboard's live switch, scopes). */
export function livePageSource( classes?: string[] ): ConflictSource {
	return liveSource( sourceSettings( classes ) );
}

/**
 * "Data as of …" for an answer from the snapshot, a warning when it is older than the site's
 * freshness setting; null for a live answer.
 */
export function dataDateNote( set: LoadedSet, now = Date.now() ): HTMLElement | null {
	if ( !set.snapshot ) {
		return null;
	}
	const days = getContext().config.freshnessDays;
	const date = formatDate( set.snapshot.date.slice( 0, 10 ) );
	const stale = now - Date.parse( set.snapshot.date ) > days * 24 * 3600 * 1000;
	const box = stale ?
		notice( msg( 'geo-conflicts-snapshot-stale', date, formatNumber( days ), days ), 'warning' ) :
		h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-snapshot-date', date ) } );
	box.classList.add( 'geo-conflicts-data-date' );
	box.dataset.date = set.snapshot.date;
	if ( stale ) {
		box.dataset.stale = 'true';
	}
	return box;
}

export interface LoadFeedback {
	/** Where the spinner, countdown and errors go (kept apart from the content). */
	status: HTMLElement;
	/** Called with each successful answer (the first, and after every retry). */
	onLoaded( set: LoadedSet ): void;
	cacheEmpty?: boolean;
	/** A source other than the page's (the dashboard's live switch). */
	source?: ConflictSource;
	/**
	 * The view's loads, when a control reloads it with another query (the dashboard's scope, the
	 * live switch): answers, waits and errors of a superseded load are dropped. Without it, each
	 * retry of this query supersedes the attempts before it.
	 */
	loads?: Loads;
}

/** Load a view's conflicts with visible feedback; returns a function that reloads (fresh). */
export function loadWithFeedback( view: QueryView,
	feedback: LoadFeedback ): ( fresh?: boolean ) => void {
	const loads = feedback.loads || new Loads();
	const attempt = ( fresh = false ): void => {
		const turn = loads.begin();
		replaceChildren( feedback.status, spinner( msg( 'geo-conflicts-loading' ) ) );
		( feedback.source ? Promise.resolve( feedback.source ) : pageSource() ).then( ( s ) => s.load( view, {
			cacheEmpty: feedback.cacheEmpty,
			fresh,
			onWait: turn.only( ( seconds: number ) => {
				if ( seconds > 0 ) {
					const box = notice( msg( 'geo-conflicts-rate-limited-wait', formatNumber( seconds ), seconds ), 'warning' );
					box.classList.add( 'geo-conflicts-countdown' );
					box.dataset.seconds = String( seconds );
					replaceChildren( feedback.status, box );
				} else {
					replaceChildren( feedback.status, spinner( msg( 'geo-conflicts-loading' ) ) );
				}
			} ),
		} ) ).then( turn.only( ( set: LoadedSet ) => {
			replaceChildren( feedback.status, dataDateNote( set ) );
			if ( set.truncated ) {
				// A cut answer is never passed off as all there is.
				const box = notice( msg( 'geo-conflicts-truncated', formatNumber( set.conflicts.length ), set.conflicts.length ), 'warning' );
				box.classList.add( 'geo-conflicts-truncated' );
				feedback.status.appendChild( box );
			}
			feedback.onLoaded( set );
		} ), turn.only( ( error: unknown ) => {
			replaceChildren( feedback.status,
				errorBox( errorMessage( error ), () => attempt( true ) ) );
		} ) );
	};
	attempt( false );
	return attempt;
}
