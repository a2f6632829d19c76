/**
 * The one conflicts source of a page, with two implementations chosen once per page: the
 * published snapshot (snapshot-pages.ts: this wiki's own pages, no Query Service request) where
 * the wiki has one for the site's classes, else live from the Query Service (wdqs.ts), as before.
 * Views ask for a QueryView and never know which answered, except to show the data's date.
 */
import { assertQid, isQid } from './ids';
import { loadConflicts, type LoadOptions, type RunOptions } from './wdqs';
import { buildQuery, type QueryView } from './sparql';
import { unpackAll, unpackConflict, byLabel, type SnapshotManifest, type Packed } from './snapshot';
import {
	allConflictsUrls, conflictsUrl, placeIdsUrl, placesUrl, readArticleKey, readConflictsPage, readManifest,
	readPlaceIds, readPlacesPage,
} from './snapshot-pages';
import { countryName, localiseCountries } from './country-names';
import type { Conflict, ConflictSet } from './types';

/** What an article is, with what its section needs (snapshot only). */
export interface ArticleKey {
	kind: 'conflict' | 'place';
	id: string;
}

export interface LoadedSet extends ConflictSet {
	fromCache: boolean;
	/** Set when the answer comes from the published snapshot. */
	snapshot?: { date: string; generation: string };
	/**
	 * For a place (snapshot): its label and countries, as the section shows them; `total` when the
	 * conflicts are only the first ones (by label) of a place with more (a country): how many.
	 */
	place?: { label: string; countries: string[]; total?: number };
}

export interface SourceLoadOptions extends RunOptions {
	fresh?: boolean;
	cacheEmpty?: boolean;
}

export interface ConflictSource {
	kind: 'snapshot' | 'live';
	/** The snapshot's manifest (date, counts), null live. */
	manifest: SnapshotManifest | null;
	load( view: QueryView, options?: SourceLoadOptions ): Promise<LoadedSet>;
	/**
	 * Snapshot only: what this wiki's article is (no request to Wikidata), by its keys
	 * (snapshot-keys.ts articleKeys: item id, title, redirect).
	 */
	article?( keys: string[] ): Promise<ArticleKey | null>;
}

export interface SourceSettings {
	classes: string[];
	languages: string[];
	siteId: string;
	/** Live options (sector map, cache minutes, the Query Service client). */
	live: Omit<LoadOptions, 'languages' | 'siteId'>;
	now?: () => number;
}

/**
 * What either implementation answers, with the countries named in the reader's language (issue 23
 * item 6: the snapshot's labels are in its own languages, the live ones where Wikidata has one).
 */
function inReaderLanguage( set: LoadedSet, languages: string[] ): LoadedSet {
	return Object.assign( {}, set, { conflicts: localiseCountries( set.conflicts, languages ) } );
}

/** The live implementation: today's queries through the Query Service client. */
export function liveSource( s: SourceSettings ): ConflictSource {
	return {
		kind: 'live',
		manifest: null,
		async load( view, options = {} ) {
			const query = buildQuery( view, { classes: s.classes, languages: s.languages, siteId: s.siteId } );
			return inReaderLanguage( await loadConflicts( query, Object.assign( {}, s.live, {
				languages: s.languages, siteId: s.siteId,
				fresh: options.fresh, cacheEmpty: options.cacheEmpty, signal: options.signal, onWait: options.onWait,
			} ) ), s.languages );
		},
	};
}

function emptyRejected(): ConflictSet[ 'rejected' ] {
	return { rows: 0, coordinates: 0, links: 0, dates: 0 };
}

/** The snapshot implementation over a manifest read from this wiki. */
export function snapshotSource( manifest: SnapshotManifest, s: Pick<SourceSettings, 'now' | 'classes' | 'languages' | 'siteId'> ): ConflictSource {
	const now = (): number => ( s.now ? s.now() : Date.now() );
	const meta = { date: manifest.date, generation: manifest.generation };
	const set = ( conflicts: Conflict[], bad: number, view: QueryView, rejected = emptyRejected() ): LoadedSet => ( {
		conflicts: localiseCountries( conflicts, s.languages ),
		rejected: Object.assign( rejected, { rows: rejected.rows + bad } ),
		truncated: false,
		query: buildQuery( view, { classes: s.classes, languages: s.languages, siteId: s.siteId } ),
		fetched: Date.parse( manifest.date ),
		fromCache: false,
		snapshot: meta,
	} );
	async function places( ids: string[], signal?: AbortSignal ): Promise<{ rows: Packed[]; place?: LoadedSet[ 'place' ] }> {
		const rows: Packed[] = [];
		const seen: Record<string, boolean> = {};
		let place: LoadedSet[ 'place' ];
		for ( const id of ids ) {
			const page = await readPlacesPage( placesUrl( assertQid( id ), manifest ), signal );
			const entry = Object.prototype.hasOwnProperty.call( page.places, id ) ? page.places[ id ] : null;
			if ( !entry || !Array.isArray( entry.rows ) ) {
				continue;
			}
			place = place || { label: typeof entry.label === 'string' ? entry.label : id,
				countries: Array.isArray( entry.countries ) ? entry.countries.filter( isQid ) : [] };
			if ( typeof entry.total === 'number' && entry.total > entry.rows.length && !place.total ) {
				place.total = Math.floor( entry.total );
			}
			for ( const r of entry.rows ) {
				const key = r && typeof r === 'object' ? String( ( r as Packed ).id ) : '';
				if ( !seen[ key ] ) {
					seen[ key ] = true;
					rows.push( r as Packed );
				}
			}
		}
		return { rows, place };
	}
	return {
		kind: 'snapshot',
		manifest,
		async load( view, options = {} ) {
			const signal = options.signal;
			if ( view.kind === 'item' ) {
				const page = await readConflictsPage( conflictsUrl( assertQid( view.item ), manifest ), signal );
				const found = page.conflicts.filter( ( p ) => p && ( p as Packed ).id === view.item )[ 0 ];
				const c = found ? unpackConflict( found as Packed, now() ) : null;
				return set( c ? [ c ] : [], 0, view );
			}
			const big = view.kind === 'all' && view.countries ? view.countries.filter( ( id ) => ( manifest.bigPlaces || [] ).includes( id ) ) : [];
			if ( view.kind === 'all' && big.length ) {
				// The dashboard's country panel for a country whose place page holds only its first
				// conflicts: its every id, and the conflicts from the conflict pages (as `all`).
				const wanted: Record<string, boolean> = {};
				const small = ( view.countries || [] ).filter( ( id ) => !big.includes( id ) );
				for ( const id of big ) {
					( await readPlaceIds( placeIdsUrl( assertQid( id ), manifest ), signal ) ).forEach( ( q ) => {
						wanted[ q ] = true;
					} );
				}
				( await places( small, signal ) ).rows.forEach( ( r ) => {
					wanted[ String( r.id ) ] = true;
				} );
				const all = await this.load( { kind: 'all' }, options );
				return set( all.conflicts.filter( ( c ) => wanted[ c.id ] ), 0, view );
			}
			if ( view.kind === 'place' || ( view.countries && view.countries.length ) ) {
				const ids = view.kind === 'place' ? [ view.place ] : view.countries || [];
				const found = await places( ids, signal );
				const unpacked = unpackAll( found.rows, now() );
				const result = set( unpacked.conflicts, unpacked.bad, view );
				if ( view.kind === 'place' && found.place ) {
					// A country's section title in the reader's language too.
					result.place = Object.assign( {}, found.place,
						{ label: countryName( view.place, s.languages ) || found.place.label } );
				}
				return result;
			}
			const pages = await Promise.all( allConflictsUrls( manifest ).map( ( url ) => readConflictsPage( url, signal ) ) );
			const { conflicts, bad } = unpackAll( ( [] as unknown[] ).concat( ...pages.map( ( p ) => p.conflicts ) ), now() );
			conflicts.sort( byLabel );
			return set( conflicts, bad, view, Object.assign( {}, manifest.rejected ) );
		},
		article: ( keys ) => readArticleKey( keys ),
	};
}

/**
 * Choose once: the snapshot when this wiki publishes one for these classes, else live. A wiki
 * without one (404), a snapshot of other classes, or a manifest that cannot be read: live.
 */
export async function chooseSource( s: SourceSettings ): Promise<ConflictSource> {
	let manifest: SnapshotManifest | null;
	try {
		manifest = await readManifest();
	} catch ( e ) {
		manifest = null;
	}
	if ( manifest && manifest.classes.slice().sort().join( ',' ) === s.classes.slice().sort().join( ',' ) ) {
		return snapshotSource( manifest, s );
	}
	return liveSource( s );
}
