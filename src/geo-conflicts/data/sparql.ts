/**
 * The one SPARQL query of a view. Every fact a view needs comes back in a single request, one row
 * per conflict: the facts are fetched as a UNION of single-fact branches (rows add up instead of
 * multiplying) and GROUP_CONCAT'ed per item, so no multi-valued property is silently cut to one value.
 * Every identifier and language code is validated before it is written into the text.
 */
import { assertQid, isLanguageCode } from './ids';

export type QueryView =
	/** Every conflict of the configured classes, optionally only in some countries (P17). */
	{ kind: 'all'; countries?: string[] } |
	/** Conflicts located in a place: its country (P17), administrative units (P131+) or location (P276). */
	{ kind: 'place'; place: string } |
	/** One conflict, by id, if it is of a configured class (conflict articles). */
	{ kind: 'item'; item: string };

export interface QueryOptions {
	classes: string[];
	/** Label languages, most preferred first; `mul` and `en` are added when missing. */
	languages: string[];
	/** This wiki's site id on Wikidata (eswiki), for the sitelink; unknown families get none. */
	siteId?: string;
	/** Upper bound of conflicts in one answer. */
	limit?: number;
}

/** Separators inside aggregated values: Wikidata labels never contain tabs or newlines. */
export const FIELD_SEPARATOR = '\t';
export const VALUE_SEPARATOR = '\n';

const FAMILIES: Record<string, string> = {
	wiki: 'wikipedia', wikivoyage: 'wikivoyage', wikisource: 'wikisource', wikiquote: 'wikiquote',
	wikinews: 'wikinews', wikibooks: 'wikibooks', wikiversity: 'wikiversity', wiktionary: 'wiktionary',
};

/** `eswiki` → `https://es.wikipedia.org/` (the schema:isPartOf of its sitelinks); null when unknown. */
export function siteUrl( siteId: string | undefined ): string | null {
	if ( !siteId ) {
		return null;
	}
	if ( siteId === 'commonswiki' ) {
		return 'https://commons.wikimedia.org/';
	}
	const m = /^([a-z]{2,3}(?:_[a-z]+)*)(wiki|wikivoyage|wikisource|wikiquote|wikinews|wikibooks|wikiversity|wiktionary)$/.exec( siteId );
	if ( !m || m[ 1 ] === 'commons' || m[ 1 ] === 'meta' || m[ 1 ] === 'species' ) {
		return null;
	}
	return 'https://' + m[ 1 ].replace( /_/g, '-' ) + '.' + FAMILIES[ m[ 2 ] ] + '.org/';
}

/** The label languages: the reader's chain, then mul and en; only valid codes. */
export function labelLanguages( chain: string[] ): string[] {
	const out: string[] = [];
	for ( const lang of chain.concat( [ 'mul', 'en' ] ) ) {
		const code = String( lang ).toLowerCase();
		if ( isLanguageCode( code ) && !out.includes( code ) ) {
			out.push( code );
		}
	}
	return out;
}

function entities( ids: string[] ): string {
	return ids.map( ( id ) => 'wd:' + assertQid( id ) ).join( ' ' );
}

function selection( view: QueryView, classes: string[], limit: number ): string {
	const classMatch = '    VALUES ?class { ' + entities( classes ) + ' }\n' +
		'    ?item wdt:P31/wdt:P279* ?class .\n';
	switch ( view.kind ) {
		case 'item':
			// The class check stays: an article whose item merely looks like a conflict gets no card.
			return '  VALUES ?item { ' + entities( [ view.item ] ) + ' }\n' +
				'  FILTER EXISTS {\n' + classMatch.replace( /^ {4}/gm, '    ' ) + '  }\n';
		case 'place': {
			const place = 'wd:' + assertQid( view.place );
			return '  {\n    SELECT DISTINCT ?item WHERE {\n' +
				'      { ?item wdt:P17 ' + place + ' . }\n' +
				'      UNION { ?item wdt:P131+ ' + place + ' . }\n' +
				'      UNION { ?item wdt:P276/wdt:P131* ' + place + ' . }\n' +
				classMatch.replace( /^ {4}/gm, '      ' ) +
				'    }\n    LIMIT ' + limit + '\n  }\n';
		}
		default: {
			const countries = view.countries && view.countries.length ?
				'    VALUES ?filterCountry { ' + entities( view.countries ) + ' }\n' +
				'    ?item wdt:P17 ?filterCountry .\n' : '';
			return '  {\n    SELECT DISTINCT ?item WHERE {\n' +
				classMatch.replace( /^ {4}/gm, '      ' ) +
				countries.replace( /^ {4}/gm, '      ' ) +
				'    }\n    LIMIT ' + limit + '\n  }\n';
		}
	}
}

/** The query text for a view. Throws when an id is not a valid QID (nothing is sent then). */
export function buildQuery( view: QueryView, options: QueryOptions ): string {
	if ( !options.classes.length ) {
		throw new Error( 'No conflict classes configured' );
	}
	const languages = labelLanguages( options.languages );
	const limit = Math.max( 1, Math.min( 50000, Math.floor( options.limit || 20000 ) ) );
	const site = siteUrl( options.siteId );
	const viewName = view.kind + ( view.kind === 'all' && view.countries && view.countries.length ? ' country' : '' );
	const pair = ( value: string, label: string, coord?: string ): string => 'CONCAT(' + value + ', "\\t", COALESCE(' + label + ', ""), "\\t", ' + ( coord ? 'COALESCE(STR(' + coord + '), "")' : '""' ) + ')';
	const id = ( v: string ): string => 'STRAFTER(STR(' + v + '), "/entity/")';
	return '#GeoConflicts view=' + viewName + '\n' +
		'SELECT ?item (SAMPLE(?itemLabel) AS ?label) (SAMPLE(?itemDescription) AS ?description)\n' +
		'  (GROUP_CONCAT(DISTINCT ' + id( '?class' ) + '; separator=" ") AS ?classes)\n' +
		'  (GROUP_CONCAT(DISTINCT ' + pair( id( '?country' ), '?countryLabel' ) + '; separator="\\n") AS ?countries)\n' +
		'  (GROUP_CONCAT(DISTINCT ' + pair( id( '?region' ), '?regionLabel', '?regionCoord' ) + '; separator="\\n") AS ?regions)\n' +
		'  (GROUP_CONCAT(DISTINCT ' + pair( id( '?location' ), '?locationLabel', '?locationCoord' ) + '; separator="\\n") AS ?locations)\n' +
		'  (GROUP_CONCAT(DISTINCT STR(?coord); separator="\\n") AS ?coords)\n' +
		'  (GROUP_CONCAT(DISTINCT CONCAT(STR(?startTime), "/", STR(?startPrecision)); separator=" ") AS ?starts)\n' +
		'  (GROUP_CONCAT(DISTINCT CONCAT(STR(?endTime), "/", STR(?endPrecision)); separator=" ") AS ?ends)\n' +
		'  (GROUP_CONCAT(DISTINCT STR(?image); separator="\\n") AS ?images)\n' +
		'  (SAMPLE(?commonsCat) AS ?commonsCategory)\n' +
		'  (SAMPLE(?sitelink) AS ?article)\n' +
		'  (GROUP_CONCAT(DISTINCT CONCAT(?hintProp, ":", ' + id( '?hint' ) + '); separator=" ") AS ?hints)\n' +
		'WHERE {\n' +
		selection( view, options.classes, limit ) +
		'  {}\n' +
		'  UNION { ?item wdt:P31 ?class . }\n' +
		'  UNION { ?item wdt:P17 ?country . }\n' +
		'  UNION { ?item wdt:P131 ?region . OPTIONAL { ?region wdt:P625 ?regionCoord . } }\n' +
		'  UNION { ?item wdt:P276 ?location . OPTIONAL { ?location wdt:P625 ?locationCoord . } }\n' +
		'  UNION { ?item wdt:P625 ?coord . }\n' +
		'  UNION { ?item p:P580 ?startStatement . ?startStatement a wikibase:BestRank ; psv:P580 ?startValue .\n' +
		'          ?startValue wikibase:timeValue ?startTime ; wikibase:timePrecision ?startPrecision . }\n' +
		'  UNION { ?item p:P582 ?endStatement . ?endStatement a wikibase:BestRank ; psv:P582 ?endValue .\n' +
		'          ?endValue wikibase:timeValue ?endTime ; wikibase:timePrecision ?endPrecision . }\n' +
		'  UNION { ?item wdt:P18 ?image . }\n' +
		'  UNION { ?item wdt:P373 ?commonsCat . }\n' +
		( site ? '  UNION { ?sitelink schema:about ?item ; schema:isPartOf <' + site + '> . }\n' : '' ) +
		'  UNION { VALUES ( ?hintProperty ?hintProp ) { ( wdt:P828 "P828" ) ( wdt:P1542 "P1542" ) ( wdt:P361 "P361" ) ( wdt:P710 "P710" ) }\n' +
		'          ?item ?hintProperty ?hint . }\n' +
		'  SERVICE wikibase:label {\n' +
		'    bd:serviceParam wikibase:language "' + languages.join( ',' ) + '" .\n' +
		'    ?item rdfs:label ?itemLabel ; schema:description ?itemDescription .\n' +
		'    ?country rdfs:label ?countryLabel .\n' +
		'    ?region rdfs:label ?regionLabel .\n' +
		'    ?location rdfs:label ?locationLabel .\n' +
		'  }\n' +
		'}\n' +
		'GROUP BY ?item\n';
}
