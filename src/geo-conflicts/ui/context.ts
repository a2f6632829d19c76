/**
 * What every Geo Conflicts view shares: configuration, the reader's label languages, the site id,
 * the query for a view, and loading it with visible feedback (spinner, Retry-After countdown,
 * translated error with a retry that never clears what is already shown).
 */
import { getConflictsConfig, type ConflictsConfig } from '../data/config';
import { buildQuery, labelLanguages, type QueryView } from '../data/sparql';
import { loadConflicts, loadParsed } from '../data/wdqs';
import { conflictClassClosure } from '../data/subclasses';
import { defaultClients, type ConflictClients } from '../data/clients';
import type { ConflictSet, Conflict } from '../data/types';
import type { MapConflict } from '../map/index';
import { getEndpoints } from '../../core/config';
import { languageChain, userLanguage, msg, formatNumber } from '../../core/messages';
import { replaceChildren, clear } from '../../core/dom';
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
export function loadSet( query: string ): Promise<ConflictSet> {
	const ctx = getContext();
	return loadConflicts( query, { sectorMap: ctx.config.sectorMap, languages: ctx.languages,
		siteId: ctx.siteId, cacheMinutes: ctx.config.cacheMinutes, run: ctx.clients.query } );
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

export interface LoadFeedback {
	/** Where the spinner, countdown and errors go (kept apart from the content). */
	status: HTMLElement;
	/** Called with each successful answer (the first, and after every retry). */
	onLoaded( set: ConflictSet & { fromCache: boolean } ): void;
	cacheEmpty?: boolean;
	/**
	 * The view's loads, when a control reloads it with another query (the dashboard's scope):
	 * answers, waits and errors of a superseded load are dropped. Without it, each retry of this
	 * query supersedes the attempts before it.
	 */
	loads?: Loads;
}

/** Load a query's conflicts with visible feedback; returns a function that reloads (fresh). */
export function loadWithFeedback( query: string,
	feedback: LoadFeedback ): ( fresh?: boolean ) => void {
	const ctx = getContext();
	const loads = feedback.loads || new Loads();
	const attempt = ( fresh = false ): void => {
		const turn = loads.begin();
		replaceChildren( feedback.status, spinner( msg( 'geo-conflicts-loading' ) ) );
		loadConflicts( query, {
			sectorMap: ctx.config.sectorMap,
			languages: ctx.languages,
			siteId: ctx.siteId,
			cacheMinutes: ctx.config.cacheMinutes,
			cacheEmpty: feedback.cacheEmpty,
			fresh,
			run: ctx.clients.query,
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
		} ).then( turn.only( ( set: ConflictSet & { fromCache: boolean } ) => {
			clear( feedback.status );
			if ( set.truncated ) {
				// A cut answer is never passed off as all there is.
				const box = notice( msg( 'geo-conflicts-truncated', formatNumber( set.conflicts.length ), set.conflicts.length ), 'warning' );
				box.classList.add( 'geo-conflicts-truncated' );
				replaceChildren( feedback.status, box );
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
