/**
 * WDQS JSON → Conflict objects. Everything in the answer is untrusted: ids are validated, WKT is
 * parsed strictly (longitude first; non-Earth globes rejected), links kept only when https on a
 * Wikimedia host, and a label missing in every language falls back to the QID, flagged so the UI
 * can show it as such. Rows of the same item (should the query not aggregate) are merged, not
 * dropped.
 */
import { qidFromUri, isQid, validQids } from './ids';
import { VALUE_SEPARATOR, siteUrl } from './sparql';
import { wikimediaHttpsUrl, titleFromArticleUrl, commonsFileName, commonsCategoryName } from './links';
import { conflictStatus } from './status';
import { classifySector, SECTOR_PROPERTIES, type SectorKey, type SectorProperty } from './sectors';
import { ABOUT_PROPERTIES } from './about';
import type { Conflict, ConflictSet, Coordinates, ItemRef, WikiDate } from './types';

export interface Binding {
	type: string;
	value: string;
	'xml:lang'?: string;
	datatype?: string;
}
export type Row = Record<string, Binding | undefined>;
export interface WdqsJson {
	head: { vars: string[] };
	results: { bindings: Row[] };
}

/** Thrown when the answer is not WDQS JSON at all (never cached, shown with a retry). */
export class MalformedAnswerError extends Error {
	public readonly messageKey = 'geo-conflicts-error-malformed';

	public constructor( detail: string ) {
		super( 'Malformed query answer: ' + detail );
		this.name = 'MalformedAnswerError';
	}
}

export function assertWdqsJson( data: unknown, column = 'item' ): WdqsJson {
	const d = data as WdqsJson;
	if ( !d || typeof d !== 'object' || !d.head || !Array.isArray( d.head.vars ) ||
		!d.results || !Array.isArray( d.results.bindings ) ) {
		throw new MalformedAnswerError( 'no head.vars / results.bindings' );
	}
	if ( !d.head.vars.includes( column ) ) {
		throw new MalformedAnswerError( 'no ?' + column + ' column' );
	}
	return d;
}

const EARTH = 'http://www.wikidata.org/entity/Q2';
const WKT_POINT = /^\s*(?:<([^>]*)>\s*)?Point\(\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s+([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*\)\s*$/i;

/** `Point(lon lat)` → {lat, lon}; null for other globes, bad numbers or out-of-range values. */
export function parseWktPoint( value: string ): { lat: number; lon: number } | null {
	const m = WKT_POINT.exec( value );
	if ( !m ) {
		return null;
	}
	if ( m[ 1 ] && m[ 1 ] !== EARTH ) {
		return null;
	}
	const lon = Number( m[ 2 ] );
	const lat = Number( m[ 3 ] );
	if ( !isFinite( lat ) || !isFinite( lon ) || Math.abs( lat ) > 90 || Math.abs( lon ) > 180 ) {
		return null;
	}
	return { lat, lon };
}

/**
 * Years a view can show: the year filters take four digits, and Wikibase allows sixteen (far past
 * what Date, Intl or a year-by-year timeline can handle). Dates outside are skipped and counted.
 */
export const MAX_YEAR = 9999;

/**
 * `2001-03-00T00:00:00Z/10` (value/precision as the query concatenates them) → WikiDate; null when
 * unusable.
 */
export function parseTimeWithPrecision( value: string ): WikiDate | null {
	const m = /^([+-]?\d{1,16})-(\d{2})-(\d{2})T[\d:.]+Z?(?:\/(\d{1,2}))?$/.exec( value.trim() );
	if ( !m ) {
		return null;
	}
	const year = parseInt( m[ 1 ], 10 );
	if ( !( Math.abs( year ) <= MAX_YEAR ) ) {
		return null;
	}
	const precision = m[ 4 ] === undefined ? 11 : Math.min( 14, parseInt( m[ 4 ], 10 ) );
	// Wikidata writes unknown months/days as 00 at coarser precisions.
	const month = precision >= 10 ? Math.max( 1, +m[ 2 ] ) : 1;
	const day = precision >= 11 ? Math.max( 1, +m[ 3 ] ) : 1;
	const pad = ( n: number ): string => ( n < 10 ? '0' : '' ) + n;
	// Four digits at least (String#padStart is ES2017, past the build's ES2016 built-ins).
	const digits = String( Math.abs( year ) );
	const y = ( year < 0 ? '-' : '' ) + ( digits.length >= 4 ? digits : ( '000' + digits ).slice( -4 ) );
	return { iso: y + '-' + pad( month ) + '-' + pad( day ), year, precision };
}

function compareDates( a: WikiDate, b: WikiDate ): number {
	return a.year - b.year || ( a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0 );
}

function splitValues( binding: Binding | undefined ): string[] {
	if ( !binding || typeof binding.value !== 'string' || !binding.value ) {
		return [];
	}
	return binding.value.split( VALUE_SEPARATOR ).filter( ( v ) => v.length > 0 );
}

interface RefWithCoord extends ItemRef {
	coord: string;
}

/**
 * One aggregated entry: `Q1<TAB>label<TAB>coordinate-or-empty`, entries joined by newlines. The id
 * and the coordinate are ours (STRAFTER of an entity URI, a WKT literal); the label is anyone's and
 * may itself hold tabs or newlines, so an entry is read as id, then the shortest label after which
 * a coordinate (or nothing) ends the entry, not by splitting on the separators.
 */
const REF_ENTRY = /(?:^|\n)(Q[1-9]\d{0,11})\t([\s\S]*?)\t((?:<[^>\s]*>\s*)?Point\([^()\n]*\)|)(?=\n|$)/g;

/** Whitespace, tabs and newlines in a label as single spaces (a label is one line of text). */
function oneLine( text: string ): string {
	return text.replace( /\s+/g, ' ' ).trim();
}

/** `Q1\tlabel\tPoint(...)` entries; the label may itself be anything, the id must be a QID. */
function parseRefs( binding: Binding | undefined ): RefWithCoord[] {
	const out: RefWithCoord[] = [];
	if ( !binding || typeof binding.value !== 'string' ) {
		return out;
	}
	REF_ENTRY.lastIndex = 0;
	for ( let m = REF_ENTRY.exec( binding.value ); m; m = REF_ENTRY.exec( binding.value ) ) {
		const id = m[ 1 ];
		const coord = m[ 3 ];
		const label = oneLine( m[ 2 ] );
		const existing = out.filter( ( r ) => r.id === id )[ 0 ];
		if ( existing ) {
			// DISTINCT over (id, label, coord): one region with two coordinates gives two entries.
			if ( !existing.coord && coord ) {
				existing.coord = coord;
			}
			continue;
		}
		const missing = !label || label === id;
		out.push( { id, label: missing ? id : label, labelMissing: missing, coord } );
	}
	return out;
}

function stripCoord( refs: RefWithCoord[] ): ItemRef[] {
	// GROUP_CONCAT's order is the engine's, not Wikidata's: a stable order by label instead.
	return refs.slice()
		.sort( ( a, b ) => a.label.localeCompare( b.label ) || ( a.id < b.id ? -1 : 1 ) )
		.map( ( r ) => ( { id: r.id, label: r.label, labelMissing: r.labelMissing } ) );
}

export interface NormaliseOptions {
	sectorMap: Readonly<Record<string, SectorKey>>;
	languages: string[];
	/** This wiki's site id (eswiki): only its sitelink becomes the conflict's article. */
	siteId?: string;
	query?: string;
	now?: number;
	/** The limit the query was built with: one conflict more than this means the answer was cut. */
	limit?: number | null;
}

interface Partial_ {
	id: string;
	label: Binding | undefined;
	description: Binding | undefined;
	rows: Row[];
}

/** Turn a WDQS answer into conflicts, one per item, in label order. */
export function normaliseAnswer( data: unknown, options: NormaliseOptions ): ConflictSet {
	const answer = assertWdqsJson( data );
	const rejected = { rows: 0, coordinates: 0, links: 0, dates: 0 };
	const byId: Record<string, Partial_> = {};
	const order: string[] = [];
	for ( const row of answer.results.bindings ) {
		const id = row && row.item ? qidFromUri( row.item.value ) : null;
		if ( !id ) {
			rejected.rows++;
			continue;
		}
		let entry = byId[ id ];
		if ( !entry ) {
			entry = byId[ id ] = { id, label: undefined, description: undefined, rows: [] };
			order.push( id );
		}
		entry.label = entry.label || row.label;
		entry.description = entry.description || row.description;
		entry.rows.push( row );
	}
	let conflicts = order.map( ( id ) => buildConflict( byId[ id ], options, rejected ) );
	conflicts.sort( ( a, b ) => a.label.localeCompare( b.label ) || ( a.id < b.id ? -1 : 1 ) );
	// The query asks for one conflict more than its limit: getting it means there are more.
	const truncated = !!options.limit && conflicts.length > options.limit;
	if ( truncated && options.limit ) {
		conflicts = conflicts.slice( 0, options.limit );
	}
	return { conflicts, rejected, truncated, query: options.query || '', fetched: options.now || Date.now() };
}

function collect( rows: Row[], name: string ): Binding[] {
	return rows.map( ( r ) => r[ name ] ).filter( ( b ): b is Binding => !!b );
}

function mergeRefs( rows: Row[], name: string ): RefWithCoord[] {
	const all: RefWithCoord[] = [];
	for ( const b of collect( rows, name ) ) {
		for ( const ref of parseRefs( b ) ) {
			if ( !all.some( ( r ) => r.id === ref.id ) ) {
				all.push( ref );
			}
		}
	}
	return all;
}

function buildConflict( entry: Partial_, options: NormaliseOptions, rejected: ConflictSet[ 'rejected' ] ): Conflict {
	const { id, rows } = entry;
	const labelValue = entry.label && typeof entry.label.value === 'string' ? entry.label.value.trim() : '';
	const labelMissing = !labelValue || labelValue === id;
	const descValue = entry.description && typeof entry.description.value === 'string' ? entry.description.value.trim() : '';

	const countries = mergeRefs( rows, 'countries' );
	const regions = mergeRefs( rows, 'regions' );
	const locations = mergeRefs( rows, 'locations' );

	// Coordinates: the item's own P625 first, then its location's, then its region's (approximate).
	let coordinates: Coordinates | null = null;
	const own = collect( rows, 'coords' ).reduce<string[]>( ( a, b ) => a.concat( splitValues( b ) ), [] ).sort();
	for ( const wkt of own ) {
		const point = parseWktPoint( wkt );
		if ( !point ) {
			rejected.coordinates++;
		} else if ( !coordinates ) {
			coordinates = { lat: point.lat, lon: point.lon, approximate: false, source: 'P625' };
		}
	}
	const borrow = ( refs: RefWithCoord[], source: 'P276' | 'P131' ): void => {
		for ( const ref of refs ) {
			if ( !ref.coord ) {
				continue;
			}
			const point = parseWktPoint( ref.coord );
			if ( !point ) {
				rejected.coordinates++;
			} else if ( !coordinates ) {
				coordinates = { lat: point.lat, lon: point.lon, approximate: true, source,
					from: ref.id };
			}
		}
	};
	borrow( locations, 'P276' );
	borrow( regions, 'P131' );

	let skippedDates = 0;
	const times = ( name: string ): WikiDate[] => {
		const dates: WikiDate[] = [];
		for ( const b of collect( rows, name ) ) {
			for ( const value of b.value.split( /\s+/ ).filter( Boolean ) ) {
				const date = parseTimeWithPrecision( value );
				if ( date ) {
					dates.push( date );
				} else {
					skippedDates++;
				}
			}
		}
		return dates.sort( compareDates );
	};
	const starts = times( 'starts' );
	const ends = times( 'ends' );
	rejected.dates = ( rejected.dates || 0 ) + skippedDates;
	const start = starts.length ? starts[ 0 ] : null;
	const end = ends.length ? ends[ ends.length - 1 ] : null;

	const images: string[] = [];
	for ( const b of collect( rows, 'images' ) ) {
		for ( const value of splitValues( b ) ) {
			const name = commonsFileName( value );
			if ( name === null ) {
				rejected.links++;
			} else if ( !images.includes( name ) ) {
				images.push( name );
			}
		}
	}
	// Aggregated like the rest (one value per line, "" for rows without one): the first real value.
	const firstValue = ( name: string ): string | undefined => collect( rows, name )
		.reduce<string[]>( ( a, b ) => a.concat( splitValues( b ) ), [] ).sort()[ 0 ];
	const categoryValue = firstValue( 'commonsCategory' );
	const commonsCategory = categoryValue ? commonsCategoryName( categoryValue ) : null;

	let article: Conflict[ 'article' ] = null;
	const articleValue = firstValue( 'article' );
	if ( articleValue ) {
		const url = wikimediaHttpsUrl( articleValue );
		// Only this wiki's own sitelink: another wiki's article is not "the article on this wiki".
		const site = siteUrl( options.siteId );
		const title = url && site && url.indexOf( site + 'wiki/' ) === 0 ? titleFromArticleUrl( url ) : null;
		if ( url && title ) {
			article = { title, url };
		} else {
			rejected.links++;
		}
	}

	const classes = validQids( collect( rows, 'classes' ).reduce<string[]>( ( a, b ) => a.concat( b.value.split( /\s+/ ) ), [] ) );
	const statements: Partial<Record<SectorProperty, string[]>> = { P31: classes };
	for ( const b of collect( rows, 'hints' ) ) {
		for ( const hint of b.value.split( /\s+/ ) ) {
			const [ property, value ] = hint.split( ':' );
			if ( ( SECTOR_PROPERTIES as readonly string[] ).includes( property ) &&
				isQid( value ) ) {
				const list = statements[ property as SectorProperty ] ||
					( statements[ property as SectorProperty ] = [] );
				if ( !list.includes( value ) ) {
					list.push( value );
				}
			}
		}
	}

	const about: Conflict[ 'about' ] = {};
	for ( const property of ABOUT_PROPERTIES ) {
		const refs = mergeRefs( rows, 'about' + property );
		if ( refs.length ) {
			about[ property ] = stripCoord( refs );
		}
	}

	const label = labelMissing ? id : labelValue;
	return {
		id,
		label,
		labelMissing,
		labelLang: !labelMissing && entry.label && entry.label[ 'xml:lang' ] || null,
		description: descValue || null,
		descriptionLang: descValue && entry.description && entry.description[ 'xml:lang' ] || null,
		classes,
		countries: stripCoord( countries ),
		regions: stripCoord( regions ),
		locations: stripCoord( locations ),
		coordinates,
		start,
		end,
		skippedDates,
		images,
		commonsCategory,
		article,
		about,
		statements,
		status: conflictStatus( start, end, options.now ),
		sector: classifySector( {
			statements,
			text: ( labelMissing ? '' : label ) + ' ' + ( descValue || '' ),
		}, options.sectorMap, options.languages ),
	};
}
