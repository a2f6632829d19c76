/**
 * WDQS JSON → Conflict objects. Everything in the answer is untrusted: ids are validated, WKT is
 * parsed strictly (longitude first; non-Earth globes rejected), links kept only when https on a
 * Wikimedia host, and a label missing in every language falls back to the QID, flagged so the UI
 * can show it as such. Rows of the same item (should the query not aggregate) are merged, not
 * dropped.
 */
import { qidFromUri, isQid, validQids } from './ids';
import { siteUrl } from './sparql';
import { compareDates, decodeText, parseRefs, parseTimeWithPrecision, parseWktPoint, splitValues, stripCoord, type Binding, type RefWithCoord } from './fields';

export { parseTimeWithPrecision, parseWktPoint };
import { wikimediaHttpsUrl, titleFromArticleUrl, commonsFileName, commonsCategoryName } from './links';
import { conflictStatus } from './status';
import { classifySector, SECTOR_PROPERTIES, SECTOR_TEXT_LANGUAGES, type SectorKey, type SectorProperty, type SectorText } from './sectors';
import { ABOUT_PROPERTIES } from './about';
import type { Conflict, ConflictSet, Coordinates, WikiDate } from './types';

export type { Binding };
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

/** The `texts` column: "label:es:…" lines (field, language, escaped text), kept in SECTOR_TEXT_LANGUAGES. */
function sectorTexts( rows: Row[] ): SectorText[] {
	const out: SectorText[] = [];
	for ( const b of collect( rows, 'texts' ) ) {
		for ( const entry of splitValues( b ) ) {
			const m = /^(label|description):([a-z]{2,3}):([\s\S]*)$/.exec( entry );
			if ( m && SECTOR_TEXT_LANGUAGES.includes( m[ 2 ] ) && m[ 3 ].length <= 1000 ) {
				out.push( { field: m[ 1 ] as SectorText[ 'field' ], lang: m[ 2 ], text: decodeText( m[ 3 ] ) } );
			}
		}
	}
	return out;
}

function ownTexts( label: string | null, labelBinding: Binding | undefined, description: string | null,
	descriptionBinding: Binding | undefined ): SectorText[] {
	const out: SectorText[] = [];
	const lang = ( b: Binding | undefined ): string => ( b && b[ 'xml:lang' ] ) || '';
	if ( label && SECTOR_TEXT_LANGUAGES.includes( lang( labelBinding ) ) ) {
		out.push( { field: 'label', lang: lang( labelBinding ), text: label } );
	}
	if ( description && SECTOR_TEXT_LANGUAGES.includes( lang( descriptionBinding ) ) ) {
		out.push( { field: 'description', lang: lang( descriptionBinding ), text: description } );
	}
	return out;
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
	const commonsCategory = categoryValue ?
		commonsCategoryName( decodeText( categoryValue ) ) : null;

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
		sector: classifySector( { statements, texts: sectorTexts( rows ).concat(
			// An answer without the texts column (not our query): its own label and description.
			collect( rows, 'texts' ).length ? [] : ownTexts( labelMissing ? null : label, entry.label,
				descValue || null, entry.description ) ) }, options.sectorMap ),
	};
}
