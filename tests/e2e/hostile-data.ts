// Hostile versions of the real fixture answers, made generically (by the kind of each value, not
// by knowing the gadgets' field names) so they keep working as the data layer evolves.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textPayload, urlPayload, type Payload } from './hostile-corpus';
import { sparqlMatches, type Fault } from './fixture-control';

const SAMPLE = path.resolve( import.meta.dirname, '../../localwiki/sample-data' );

// --- WDQS (SPARQL JSON results) -------------------------------------------------------------

interface Binding { type: string; value: string; [ k: string ]: string }
interface SparqlResults { head: { vars: string[] }; results: { bindings: Record<string, Binding>[] } }

/** Machine values the gadgets parse (ids, coordinates, dates, numbers, hints): kept as they are. */
const STRUCTURED = [
	/^$/,
	/^(Q|P|L)\d+$/,
	/^(Q\d+)(\s+Q\d+)+$/,
	/^((P\d+:)?Q\d+\s*)+$/,
	/^(<[^>]*>\s*)?Point\(/i,
	/^[+-]?\d{1,}-\d\d-\d\dT[\d:]+Z(\/\d+)?$/,
	/^-?\d+(\.\d+)?(e-?\d+)?$/i,
	/^https?:\/\/www\.wikidata\.org\/entity\//,
];

export interface HostileSparql {
	json: SparqlResults;
	/** item IRI → the payloads its label and description got. */
	byItem: Map<string, { label?: Payload; description?: Payload; texts: Payload[]; urls: Payload[] }>;
}

/**
 * Replace every human-readable literal (labels, descriptions, names inside aggregated
 * "QID\tname\t…" records) with text payloads and every non-entity URL with URL payloads.
 * `offset` rotates the corpus so that different runs put different payloads into labels.
 */
export function hostileSparql( original: SparqlResults, offset = 0 ): HostileSparql {
	const json = JSON.parse( JSON.stringify( original ) ) as SparqlResults;
	const byItem: HostileSparql[ 'byItem' ] = new Map();
	const items: string[] = [];
	const next = { url: offset }; // an object, so the per-item closures below share one counter
	for ( const row of json.results.bindings ) {
		const item = row.item?.value ?? `row${ items.length }`;
		if ( !items.includes( item ) ) {
			items.push( item );
		}
		// Each item starts at its own place in the corpus: its label gets payload (offset + index).
		let textCount = offset + items.indexOf( item );
		const record = byItem.get( item ) ?? { texts: [], urls: [] };
		byItem.set( item, record );
		const nextText = (): Payload => {
			const p = textPayload( textCount );
			textCount += 7; // a different payload for the next field of the same item
			record.texts.push( p );
			return p;
		};
		const nextUrl = (): Payload => {
			const p = urlPayload( next.url++ );
			record.urls.push( p );
			return p;
		};
		// Labels first, so "label" always holds the item's own payload.
		const names = Object.keys( row ).sort( ( a, b ) => Number( b === 'label' ) - Number( a === 'label' ) );
		for ( const name of names ) {
			const binding = row[ name ];
			if ( binding.type === 'uri' ) {
				if ( !STRUCTURED.some( ( re ) => re.test( binding.value ) ) ) {
					binding.value = nextUrl().value;
				}
				continue;
			}
			if ( binding.type !== 'literal' ) {
				continue;
			}
			if ( /^(label|description)$/.test( name ) || ( binding.value && !binding.value.includes( '\t' ) && !STRUCTURED.some( ( re ) => re.test( binding.value ) ) && !/^https?:/.test( binding.value ) && !/\n/.test( binding.value ) ) ) {
				const p = nextText();
				if ( name === 'label' || name === 'description' ) {
					record[ name ] = p;
				}
				binding.value = p.value;
				continue;
			}
			// Aggregated records: lines of tab-separated fields.
			binding.value = binding.value.split( '\n' ).map( ( line ) => line.split( '\t' ).map( ( field ) => {
				if ( STRUCTURED.some( ( re ) => re.test( field.trim() ) ) ) {
					return field;
				}
				return /^https?:\/\//.test( field ) ? nextUrl().value : nextText().value;
			} ).join( '\t' ) ).join( '\n' );
		}
	}
	return { json, byItem };
}

interface Route { params?: Record<string, string>; contains?: string[]; file: string }

export interface HostileWdqs {
	faults: Fault[];
	/** Per sample file (e.g. "all.json"): what each item got. */
	files: Map<string, HostileSparql>;
}

/**
 * Faults that answer every WDQS route of the sample data with the hostile version of its real
 * answer. A route is selected by its most specific `contains` string; faults keep the routes' order.
 */
export function hostileWdqsFaults( offset = 0 ): HostileWdqs {
	const dir = path.join( SAMPLE, 'query.wikidata.org/sparql' );
	const routes = JSON.parse( readFileSync( path.join( dir, '_routes.json' ), 'utf8' ) ) as Route[];
	const faults: Fault[] = [];
	const files = new Map<string, HostileSparql>();
	for ( const route of routes ) {
		const key = route.contains?.[ route.contains.length - 1 ];
		if ( !key ) {
			continue;
		}
		const hostile = files.get( route.file ) ?? hostileSparql( JSON.parse( readFileSync( path.join( dir, route.file ), 'utf8' ) ) as SparqlResults, offset );
		files.set( route.file, hostile );
		for ( const match of sparqlMatches( key ) ) {
			faults.push( {
				match, status: 200, body: JSON.stringify( hostile.json ),
				headers: { 'Content-Type': 'application/sparql-results+json; charset=utf-8', 'Cache-Control': 'no-store' },
			} );
		}
	}
	return { faults, files };
}

// --- Geoeditors month TSV ---------------------------------------------------------------------

/** ISO codes of real countries other than Chile, for rows whose country *name* is a payload. */
const OTHER_COUNTRIES = [ 'AR', 'PE', 'BO', 'UY', 'PY', 'EC', 'CO', 'VE', 'MX', 'BR', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'CU', 'DO' ];

/**
 * The real month file plus hostile rows in the release's 11-column format: payloads as country
 * names (on es.wikipedia, so a "top countries" view lists them), as country codes, and as wiki_db
 * and project values. The real Chile rows stay, so the real numbers must still be shown.
 */
export function hostileMonthTsv( month: string, payloads: Payload[] ): string {
	const real = readFileSync( path.join( SAMPLE, `analytics.wikimedia.org/published/datasets/geoeditors_monthly/${ month }.tsv` ), 'utf8' );
	const clean = ( v: string ): string => v.replace( /[\t\r\n]/g, ' ' );
	const rows = payloads.flatMap( ( p, i ) => {
		const v = clean( p.value );
		const editors = String( 900 - i );
		return [
			[ 'eswiki', 'es.wikipedia', v, OTHER_COUNTRIES[ i % OTHER_COUNTRIES.length ], '1 to 4', '1.1', '0.9', '8', editors, '100', month ],
			[ 'eswiki', 'es.wikipedia', `Country ${ i }`, v, '5 to 99', '1.1', '0.9', '8', editors, '100', month ],
			[ v, v, 'Chile', 'CL', '1 to 4', '1.1', '0.9', '8', editors, '100', month ],
		].map( ( r ) => r.join( '\t' ) );
	} );
	return real.replace( /\n?$/, '\n' ) + rows.join( '\n' ) + '\n';
}

// --- JSON answers of Action APIs (sitematrix, Wikidata) -----------------------------------------

/**
 * Walk any JSON and replace human-readable strings under the given keys with text payloads and
 * URL strings with URL payloads (identifiers, codes and dbnames stay, or nothing could be found).
 */
export function hostileJson( value: unknown, textKeys: RegExp, urlKeys: RegExp, keep: ( key: string, v: string ) => boolean = () => false ): unknown {
	let t = 0;
	let u = 0;
	const walk = ( v: unknown, key: string ): unknown => {
		if ( Array.isArray( v ) ) {
			return v.map( ( x ) => walk( x, key ) );
		}
		if ( v && typeof v === 'object' ) {
			return Object.fromEntries( Object.entries( v ).map( ( [ k, x ] ) => [ k, walk( x, k ) ] ) );
		}
		if ( typeof v === 'string' && !keep( key, v ) ) {
			if ( urlKeys.test( key ) ) {
				return urlPayload( u++ ).value;
			}
			if ( textKeys.test( key ) ) {
				return textPayload( t++ ).value;
			}
		}
		return v;
	};
	return walk( value, '' );
}

/** Sitematrix with hostile site and language names and URLs (the current wiki's entry kept usable). */
export function hostileSitematrix(): string {
	const real = JSON.parse( readFileSync( path.join( SAMPLE, 'meta.wikimedia.org/w/api.php/sitematrix.json' ), 'utf8' ) );
	return JSON.stringify( hostileJson( real, /^(name|localname|sitename)$/, /^url$/,
		( key, v ) => key === 'url' && v === 'https://es.wikipedia.org' ) );
}

/** A Wikidata API answer with hostile labels, descriptions, sitelink titles and URLs. */
export function hostileWikidataAnswer( real: unknown ): unknown {
	return hostileJson( real, /^(value|title)$/, /^url$/,
		// Claim values are ids and coordinates, not text: only label/description "value"s change.
		( key, v ) => key === 'value' && /^(Q\d+|[+-]?\d)/.test( v ) );
}
