/**
 * What the one-month views load beyond the range's rows: every country of the session's first
 * wiki (the "top countries" view), the REST API's bucketed counts of that wiki (a separate source,
 * never added to or compared with the DP figures) and the country outlines of the world map. The
 * session hands in its first wiki, which changes with it.
 */
import { loadMonth, type MonthData } from './sources';
import { loadRestByCountry, type RestCountry } from './rest';
import { loadCountryOutlines, mappedCountries, type Outline } from './geoshapes';
import type { WikiRef } from './session-query';

export class SessionMonthViews {
	/** Month data of the "top countries" view (all countries of one wiki), by month. */
	public readonly top = new Map<string, MonthData>();

	/** Country outlines for the world map (loaded once per session, on first use). */
	private outlinesPromise: Promise<Map<string, Outline>> | null = null;

	public constructor( private readonly firstWiki: () => WikiRef | undefined ) {}

	/** All countries of the first wiki for one month. */
	public async loadTop( month: string, signal?: AbortSignal ): Promise<MonthData> {
		const wiki = this.firstWiki() as WikiRef;
		const data = await loadMonth( month, { wikiDbs: [ wiki.dbname ] }, { signal } );
		this.top.set( month, data );
		return data;
	}

	/** For a Wikipedia, a loader of the REST API's counts of the first wiki in one month; else null. */
	public restLoader(
		month: string,
	): ( () => Promise<{ mid: RestCountry[]; high: RestCountry[] }> ) | null {
		const wiki = this.firstWiki();
		if ( !wiki || !/^[a-z][a-z0-9-]*\.wikipedia$/.test( wiki.project ) ) {
			return null;
		}
		return () => Promise.all( [
			loadRestByCountry( wiki.project, '5..99-edits', month ),
			loadRestByCountry( wiki.project, '100..-edits', month ),
		] ).then( ( [ mid, high ] ) => ( { mid, high } ) );
	}

	/** Outlines of every country the map can draw; a failure can be retried. */
	public loadOutlines( signal?: AbortSignal ): Promise<Map<string, Outline>> {
		if ( !this.outlinesPromise ) {
			const p = loadCountryOutlines( mappedCountries(), signal );
			p.catch( () => {
				if ( this.outlinesPromise === p ) {
					this.outlinesPromise = null;
				}
			} );
			this.outlinesPromise = p;
		}
		return this.outlinesPromise;
	}
}
