// Hostile data for the e2e suite: a hostile Wikidata dataset (RDF, through the real engine and API
// stand-in), hostile geoeditors rows and a hostile sitematrix, made generically.

import { parseMonthText } from '../../src/geo-editors/data/tsv';
import { reducePage, reducedTitle } from '../../src/geo-editors/data/reduced';
import { reduceWikiPage, wikiPageTitle } from '../../src/geo-editors/data/reduced-wiki';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HUGE_LISTS, OUT_OF_BOUNDS_COUNT, OUT_OF_BOUNDS_EPSILONS, textPayload, urlPayload, type Payload } from './hostile-corpus';
import { datasetTurtle } from '../../localwiki/wdqs/turtle.mjs';
import { ITEMS } from '../../localwiki/sample-data/wikidata/items.mjs';
import { HOSTILE_CONFLICTS } from '../support/hostile-items';

const SAMPLE = path.resolve( import.meta.dirname, '../../localwiki/sample-data' );

// --- Wikidata (one hostile RDF dataset behind both the query service and the API) ---------------

/** What one item of the hostile dataset got. */
export interface HostileItem {
	label?: Payload; description?: Payload; texts: Payload[]; urls: Payload[];
}

export interface HostileDataset {
	/** Turtle in Wikidata's RDF model: load it with `loadWikidata`. */
	turtle: string;
	/** item IRI → the payloads its label and description got. */
	byItem: Map<string, HostileItem>;
}

/**
 * The sample items (and the tests' hostile conflict, which the demo sample no longer holds) with
 * every human-readable text replaced by a text payload: labels and
 * descriptions (each language), sitelink titles, Commons file and category names. They travel the
 * real path: Turtle → the engine and its label service → the gadget's query and normaliser, and the
 * same store → wbgetentities. Tabs and newlines become spaces, as Wikibase stores labels.
 * `offset` rotates the corpus so that different runs put different payloads into labels.
 */
export function hostileWikidata( offset = 0 ): HostileDataset {
	const byItem: HostileDataset[ 'byItem' ] = new Map();
	const clean = ( p: Payload ): Payload => ( { ...p, value: p.value.replace( /[\t\r\n]/g, ' ' ) } );
	const items = [ ...ITEMS, ...HOSTILE_CONFLICTS ].map( ( item, index ) => {
		let n = offset + index;
		const record: HostileItem = { texts: [], urls: [] };
		byItem.set( 'http://www.wikidata.org/entity/' + item.id, record );
		const next = (): ReturnType<typeof clean> => {
			const p = clean( textPayload( n ) );
			n += 7; // a different payload for the next field of the same item
			record.texts.push( p );
			return p;
		};
		const texts = ( map: Record<string, string> | undefined, key: 'label' | 'description' ): Record<string, string> => {
			const p = next();
			// The tests read as an English reader (chain en, mul): text only in other languages is
			// never shown to them (the item shows its id instead), so it is not expected on screen.
			if ( map && ( 'en' in map || 'mul' in map ) ) {
				record[ key ] = p;
			}
			return Object.fromEntries( Object.keys( map || {} )
				.map( ( lang ) => [ lang, p.value ] ) );
		};
		const claims = Object.fromEntries( Object.entries( item.claims || {} )
			.map( ( [ property, values ] ) => [ property,
				values.map( ( v ) => ( v && typeof v === 'object' && 'file' in v ? { ...v, file: next().value } :
					typeof v === 'string' && !/^Q\d+$/.test( v ) ? next().value : v ) ) ] ) );
		return {
			...item,
			labels: texts( item.labels, 'label' ),
			descriptions: texts( item.descriptions, 'description' ),
			claims,
			// This wiki's own sitelink stays real, so its articles (Pascua Lama, Región de Atacama)
			// still find their items and show the card and place section with the hostile text; the
			// other wikis' titles are payloads.
			sitelinks: Object.fromEntries( Object.entries( item.sitelinks || {} ).map( ( [ site, title ] ) => [ site, site === 'eswiki' ? title : next().value ] ) ),
		};
	} );
	return { turtle: datasetTurtle( items ), byItem };
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
export function hostileJson( value: unknown, textKeys: RegExp, urlKeys: RegExp,
	keep: ( key: string, v: string ) => boolean = () => false ): unknown {
	let t = 0;
	let u = 0;
	const walk = ( v: unknown, key: string ): unknown => {
		if ( Array.isArray( v ) ) {
			return v.map( ( x ) => walk( x, key ) );
		}
		if ( v && typeof v === 'object' ) {
			return Object.fromEntries( Object.entries( v )
				.map( ( [ k, x ] ) => [ k, walk( x, k ) ] ) );
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

/**
 * Sitematrix with hostile site and language names and URLs (the current wiki's entry kept usable).
 */
export function hostileSitematrix(): string {
	const real = JSON.parse( readFileSync( path.join( SAMPLE, 'meta.wikimedia.org/w/api.php/sitematrix.json' ), 'utf8' ) );
	return JSON.stringify( hostileJson( real, /^(name|localname|sitename)$/, /^url$/,
		( key, v ) => key === 'url' && v === 'https://es.wikipedia.org' ) );
}

// --- Reduced pages on the wiki (MediaWiki:Gadget-geo-editors-data/…) ----------------------------

/**
 * Reduced pages as anyone with interface-admin rights could save them (issue 22 item 4): values
 * past the release's bounds (ε = 5e-324, 0, 1e-300; counts of 1e308), a be-x-old wiki_db, an
 * 81-character project — each page the reader must refuse whole (an error for its month, never
 * "± ∞") — and text payloads as country names of a wiki page, which must reach the screen as text.
 * Built from the real rows of the sample month.
 */
export function hostileReducedPages( month: string, payloads: Payload[] ): { title: string; page: unknown; refused: boolean }[] {
	const real = readFileSync( path.join( SAMPLE, `analytics.wikimedia.org/published/datasets/geoeditors_monthly/${ month }.tsv` ), 'utf8' );
	const rows = parseMonthText( real, {}, month ).rows;
	const meta = { release: 'geoeditors_monthly', dataDate: '2024-01-05' };
	const country = reducePage( rows, 'CL', month, meta );
	const tampered = ( field: number, value: unknown ): unknown => {
		const copy = JSON.parse( JSON.stringify( country ) ) as { rows: unknown[][] };
		copy.rows[ 0 ][ field ] = value;
		return copy;
	};
	const wiki = reduceWikiPage( rows, 'eswiki', month, meta );
	payloads.forEach( ( p, i ) => {
		wiki.rows.push( [ OTHER_COUNTRIES[ i % OTHER_COUNTRIES.length ], p.value.replace( /[\t\r\n]/g, ' ' ), 0, 1.1, 0.9, 8, 900 - i, 100 ] );
	} );
	// The wiki page first: the dashboard's range still reads the real country page then.
	return [
		{ title: wikiPageTitle( 'eswiki', month ), page: wiki, refused: false },
		...OUT_OF_BOUNDS_EPSILONS.map( ( eps ) => ( { title: reducedTitle( 'CL', month ), page: tampered( 3, eps ), refused: true } ) ),
		{ title: reducedTitle( 'CL', month ), page: tampered( 6, OUT_OF_BOUNDS_COUNT ), refused: true },
		{ title: reducedTitle( 'CL', month ), page: tampered( 0, 'be-x-old' ), refused: true },
		{ title: reducedTitle( 'CL', month ), page: tampered( 1, 'p'.repeat( 81 ) ), refused: true },
	];
}

// --- Huge placeholder attributes (any editor's wikitext) ------------------------------------------

/** `n` item ids starting at Q9000001 (none is a country: they must not reach the query service). */
export function hugeQids( n: number ): string[] {
	return Array.from( { length: n }, ( _, i ) => 'Q' + ( 9_000_001 + i ) );
}

/**
 * Wikitext with the placeholders of HUGE_LISTS (hostile-corpus.ts); `small` gives the control page
 * of the timing test: lists of 400, which show the same panels (a panel reads the first 1,000
 * characters of an attribute). The Geo Conflicts panel lists Q298 (Chile) first, then the ids.
 */
export function hugeAttributePage( small = false ): string {
	const n = ( count: number ): number => ( small ? 400 : count );
	const code = ( i: number ): string => String.fromCharCode( 65 + ( i % 26 ), 65 + ( Math.floor( i / 26 ) % 26 ) );
	const codes = Array.from( { length: n( HUGE_LISTS.editorsCountries ) }, ( _, i ) => code( i ) );
	// Short names, as in the probe (0.4 MB): much longer and MediaWiki escapes the tag.
	const projects = Array.from( { length: n( HUGE_LISTS.editorsProjects ) }, ( _, i ) => 'x' + i );
	const qids = [ 'Q298' ].concat( hugeQids( n( HUGE_LISTS.conflictsCountries ) ) );
	return [
		`<div class="geo-editors" data-country="CL,${ codes.join( ',' ) }"></div>`,
		`<div class="geo-editors" data-country="CL" data-project="es.wikipedia,${ projects.join( ',' ) }"></div>`,
		`<div class="geo-conflicts" data-country="${ qids.join( ',' ) }"></div>`,
	].join( '\n\n' );
}
