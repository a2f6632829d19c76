/**
 * The one small index of the wiki's reduced pages (`MediaWiki:Gadget-geo-editors-data/index.json`),
 * written by `npm run publish-reduced` from the list of pages that exist. A reader asks for a
 * reduced page only when the index lists it, so no request is ever made for a page that does not
 * exist; without an index the gadget reads the release as before. The decisions "which requests
 * does this view make" are the pure functions below (planMonth, indexMonths), exported so the
 * traffic model drives the same code. Pure, no DOM, no requests.
 */
import { isMonth, monthRange, type RowFilter } from './types';
import { isWikiDb } from './row-schema';
import { REDUCED_FORMAT, REDUCED_PREFIX, isCountryCode, reducedTitle } from './reduced';
import { wikiPageTitle } from './reduced-wiki';
import { weeklyPageTitle } from './reduced-weekly';

export const INDEX_TITLE = REDUCED_PREFIX + 'index.json';
/** More pages than this for one month of one view: the one release file is read instead. */
export const MAX_PAGES_PER_MONTH = 6;
/** Bounds of an index as read (an edited page could be anything). */
const MAX_KEYS = 5000;
const MAX_RANGES = 200;

export interface ReducedIndex {
	format: number;
	/** When the index was written (ISO 8601). */
	updated: string;
	/** Months with a per-country page, by country code. */
	countries: Record<string, string[]>;
	/** Months with a per-wiki page, by wiki_db. */
	wikis: Record<string, string[]>;
	/** Weekly files with a per-country page, by country code. */
	weekly: Record<string, string[]>;
}

/** Months as compact ranges: [ "2022-01..2023-12", "2024-03" ]. */
export function encodeMonths( months: Iterable<string> ): string[] {
	const sorted = Array.from( new Set( months ) ).filter( isMonth ).sort();
	const out: string[] = [];
	let start = '';
	let prev = '';
	const flush = (): void => {
		if ( start ) {
			out.push( start === prev ? start : start + '..' + prev );
		}
	};
	for ( const m of sorted ) {
		if ( prev && monthRange( prev, m ).length === 2 ) {
			prev = m;
			continue;
		}
		flush();
		start = m;
		prev = m;
	}
	flush();
	return out;
}

/** The months of compact ranges; null when any entry is not a month or a range of months. */
export function decodeMonths( ranges: unknown ): string[] | null {
	if ( !Array.isArray( ranges ) || ranges.length > MAX_RANGES ) {
		return null;
	}
	const out: string[] = [];
	for ( const r of ranges ) {
		const [ from, to = from, extra ] = typeof r === 'string' ? r.split( '..' ) : [];
		if ( !isMonth( from ) || !isMonth( to ) || extra !== undefined || from > to ) {
			return null;
		}
		out.push( ...monthRange( from, to ) );
	}
	return out;
}

/** The index page as read from the wiki, checked; null when it is not one. */
export function parseIndex( value: unknown ): ReducedIndex | null {
	const p = value as Partial<ReducedIndex> | null;
	if ( !p || typeof p !== 'object' || p.format !== REDUCED_FORMAT || typeof p.updated !== 'string' ) {
		return null;
	}
	const table = ( t: unknown, key: ( k: string ) => boolean ): Record<string, string[]> | null => {
		if ( !t || typeof t !== 'object' || Array.isArray( t ) || Object.keys( t ).length > MAX_KEYS ) {
			return null;
		}
		const out: Record<string, string[]> = Object.create( null );
		for ( const k of Object.keys( t ) ) {
			const v = ( t as Record<string, unknown> )[ k ];
			const months = decodeMonths( v );
			if ( !key( k ) || !months ) {
				return null;
			}
			out[ k ] = v as string[];
		}
		return out;
	};
	const countries = table( p.countries, isCountryCode );
	const wikis = table( p.wikis, isWikiDb );
	// An index written before weekly pages existed has none.
	const weekly = p.weekly === undefined ? {} : table( p.weekly, isCountryCode );
	return countries && wikis && weekly ?
		{ format: REDUCED_FORMAT, updated: p.updated, countries, wikis, weekly } : null;
}

/** The index of the pages that exist, from their titles (others are ignored). */
export function buildIndex( titles: string[], updated: string ): ReducedIndex {
	const countries = new Map<string, string[]>();
	const wikis = new Map<string, string[]>();
	const weekly = new Map<string, string[]>();
	const add = ( map: Map<string, string[]>, key: string, month: string ): void => {
		map.set( key, ( map.get( key ) || [] ).concat( month ) );
	};
	for ( const t of titles ) {
		const rest = t.startsWith( REDUCED_PREFIX ) ? t.slice( REDUCED_PREFIX.length ) : '';
		const country = /^([A-Z]{2}|--)\/(\d{4}-\d{2})\.json$/.exec( rest );
		const wiki = /^wiki\/([a-z0-9_]{2,60})\/(\d{4}-\d{2})\.json$/.exec( rest );
		const week = /^weekly\/([A-Z]{2}|--)\/(\d{4}-\d{2})\.json$/.exec( rest );
		if ( week && isMonth( week[ 2 ] ) ) {
			add( weekly, week[ 1 ], week[ 2 ] );
		} else if ( country && isMonth( country[ 2 ] ) ) {
			add( countries, country[ 1 ], country[ 2 ] );
		} else if ( wiki && isMonth( wiki[ 2 ] ) ) {
			add( wikis, wiki[ 1 ], wiki[ 2 ] );
		}
	}
	const table = ( map: Map<string, string[]> ): Record<string, string[]> => {
		const out: Record<string, string[]> = {};
		Array.from( map.keys() ).sort().forEach( ( k ) => {
			out[ k ] = encodeMonths( map.get( k ) as string[] );
		} );
		return out;
	};
	return { format: REDUCED_FORMAT, updated, countries: table( countries ),
		wikis: table( wikis ), weekly: table( weekly ) };
}

/** Where the rows of one month of a view come from. */
export type MonthPlan =
	{ source: 'countries'; keys: string[]; titles: string[] } |
	{ source: 'wikis'; keys: string[]; titles: string[] } |
	{ source: 'release' };

function covered( table: Record<string, string[]>, key: string, month: string ): boolean {
	const ranges = Object.prototype.hasOwnProperty.call( table, key ) ? table[ key ] : null;
	return !!ranges && ranges.some( ( r ) => {
		const [ from, to = from ] = r.split( '..' );
		return month >= from && month <= to;
	} );
}

/**
 * Which requests one month of a view makes: the per-country pages when the view names 1–6
 * countries that all have one, else the per-wiki pages when it names 1–6 wikis that all have one
 * (the fewer pages first), else the release file. No index (a wiki without reduced pages): the
 * release, as before.
 */
export function planMonth( index: ReducedIndex | null, month: string,
	filter: RowFilter ): MonthPlan {
	if ( !index || !isMonth( month ) ) {
		return { source: 'release' };
	}
	const countries = filter.countries || [];
	const wikis = filter.wikiDbs || [];
	const byCountry = countries.length > 0 && countries.length <= MAX_PAGES_PER_MONTH &&
		countries.every( ( c ) => covered( index.countries, c, month ) );
	const byWiki = wikis.length > 0 && wikis.length <= MAX_PAGES_PER_MONTH &&
		wikis.every( ( w ) => covered( index.wikis, w, month ) );
	if ( byWiki && ( !byCountry || wikis.length < countries.length ) ) {
		return { source: 'wikis', keys: wikis.slice(),
			titles: wikis.map( ( w ) => wikiPageTitle( w, month ) ) };
	}
	if ( byCountry ) {
		return { source: 'countries', keys: countries.slice(),
			titles: countries.map( ( c ) => reducedTitle( c, month ) ) };
	}
	return { source: 'release' };
}

/**
 * Which requests one weekly file of a view makes: the weekly page of each country when the view
 * names 1–6 countries that all have one, else the release's weekly file (as before without an
 * index).
 */
export function planWeekMonth( index: ReducedIndex | null, month: string,
	filter: RowFilter ): MonthPlan {
	const countries = filter.countries || [];
	if ( index && isMonth( month ) && countries.length > 0 &&
		countries.length <= MAX_PAGES_PER_MONTH &&
		countries.every( ( c ) => covered( index.weekly, c, month ) ) ) {
		return { source: 'countries', keys: countries.slice(),
			titles: countries.map( ( c ) => weeklyPageTitle( c, month ) ) };
	}
	return { source: 'release' };
}

/** Every month some reduced page covers, oldest first (the default ranges of a view). */
export function indexMonths( index: ReducedIndex ): string[] {
	const all = new Set<string>();
	for ( const table of [ index.countries, index.wikis ] ) {
		for ( const k of Object.keys( table ) ) {
			( decodeMonths( table[ k ] ) || [] ).forEach( ( m ) => all.add( m ) );
		}
	}
	return Array.from( all ).sort();
}
