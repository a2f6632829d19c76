/**
 * The one SPARQL query of a view. Every fact a view needs comes back in a single request, one row
 * per conflict: the facts are fetched as a UNION of single-fact branches (rows add up instead of
 * multiplying) and GROUP_CONCAT'ed per item, so no multi-valued property is silently cut to one
 * value. Every identifier and language code is validated before it is written into the text.
 */
import { assertQid, isLanguageCode } from './ids';
import { ABOUT_PROPERTIES } from './about';
import { SECTOR_TEXT_LANGUAGES } from './sector-languages';

export type QueryView =
	/** Every conflict of the configured classes, optionally only in some countries (P17). */
	{ kind: 'all'; countries?: string[] } |
	/**
	 * Conflicts located in a place: its country (P17), administrative units (P131+) or location
	 * (P276).
	 */
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

/**
 * Separators inside aggregated values. Wikidata refuses tabs and newlines in labels, but a
 * configured endpoint other than Wikidata's may hold them: every text written between separators
 * goes through escapeText(), so no text can end a field or an entry (issue 22).
 */
export const FIELD_SEPARATOR = '\t';
export const VALUE_SEPARATOR = '\n';

/**
 * SPARQL for a text with the escape character and both separators percent-encoded (`%` → `%25`,
 * TAB → `%09`, newline → `%0A`); normalise.ts decodeText() reverses it. Plain SPARQL 1.1 REPLACE,
 * on Blazegraph as on Oxigraph; far smaller than ENCODE_FOR_URI for non-Latin labels.
 */
export function escapeText( expression: string ): string {
	return 'REPLACE(REPLACE(REPLACE(' + expression + ', "%", "%25"), "\\t", "%09"), "\\n", "%0A")';
}

const FAMILIES: Record<string, string> = {
	wiki: 'wikipedia', wikivoyage: 'wikivoyage', wikisource: 'wikisource', wikiquote: 'wikiquote',
	wikinews: 'wikinews', wikibooks: 'wikibooks', wikiversity: 'wikiversity', wiktionary: 'wiktionary',
};

/**
 * `eswiki` → `https://es.wikipedia.org/` (the schema:isPartOf of its sitelinks); null when unknown.
 * The exceptions are the Foundation's wiki table's (wikis.tsv; sparql.test.ts holds this to it row
 * by row): be_x_oldwiki is be-tarask.wikipedia.org, `simple` is a language wiki, and fdcwiki looks
 * like one but is a committee's wiki. Short: the probe runs it on many articles.
 */
export function siteUrl( siteId: string | undefined ): string | null {
	if ( siteId === 'commonswiki' ) {
		return 'https://commons.wikimedia.org/';
	}
	const m = /^([a-z]{2,3}(?:_[a-z]+)*|simple)(wiki|wikivoyage|wikisource|wikiquote|wikinews|wikibooks|wikiversity|wiktionary)$/.exec( siteId || '' );
	return m && siteId !== 'fdcwiki' ? 'https://' + ( m[ 1 ] === 'be_x_old' ? 'be-tarask' : m[ 1 ].replace( /_/g, '-' ) ) +
		'.' + FAMILIES[ m[ 2 ] ] + '.org/' : null;
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

const ENTITY = 'http://www.wikidata.org/entity/';

/**
 * Which conflicts a view selects. Every view starts from the conflicts of the configured classes
 * (a few thousand on Wikidata) and, for a place, walks UP from each conflict's P17/P131/P276 to
 * the place — never down the place's administrative tree (millions of items under a country).
 * The place is compared as a string so no engine turns it into a starting point of the walk.
 * A country panel (`all` with countries) uses the same rule as the place section, so the same
 * country shows the same conflicts in both.
 */
function selection( view: QueryView, classes: string[], limit: number ): string {
	const lines = [ 'VALUES ?matchClass { ' + entities( classes ) + ' }' ];
	let places: string[] = [];
	if ( view.kind === 'item' ) {
		// The class check stays: an article whose item merely looks like a conflict gets no card.
		lines.unshift( 'VALUES ?item { ' + entities( [ view.item ] ) + ' }' );
	} else if ( view.kind === 'place' ) {
		places = [ assertQid( view.place ) ];
	} else if ( view.countries && view.countries.length ) {
		places = view.countries.map( assertQid );
	}
	lines.push( '?item wdt:P31/wdt:P279* ?matchClass .' );
	if ( places.length ) {
		lines.push( '?item (wdt:P17|wdt:P131|wdt:P276)/wdt:P131* ?matchPlace .',
			'FILTER(STR(?matchPlace) IN (' + places.map( ( id ) => '"' + ENTITY + id + '"' ).join( ', ' ) + '))' );
	}
	// One more than the limit: the normaliser can then tell a cut answer from a complete one.
	return '  { SELECT DISTINCT ?item WHERE {\n' + lines.map( ( l ) => '    ' + l + '\n' ).join( '' ) +
		'  } LIMIT ' + ( limit + 1 ) + ' }\n';
}

/** The limit a query was built with (from its first line), or null. */
export function queryLimit( query: string ): number | null {
	const m = /^#GeoConflicts view=[^\n]* limit=(\d+)/.exec( query );
	return m ? Number( m[ 1 ] ) : null;
}

/**
 * A GROUP_CONCAT that survives rows where its variables are unbound: on Blazegraph an expression
 * over an unbound variable is an error and one error leaves the whole aggregate unbound (on
 * Oxigraph even a bare unbound variable does). COALESCE turns those rows into "", which the
 * normaliser drops.
 */
function concat( expression: string, name: string, separator: string ): string {
	return '  (GROUP_CONCAT(DISTINCT COALESCE(' + expression + ', ""); separator="' + separator + '") AS ?' + name + ')\n';
}

/*
 * Written so that Oxigraph (the local engine the tests and `npm start` run) plans them linearly;
 * each is equivalent to the plain pattern on Wikidata, so WDQS (Blazegraph) answers the same:
 * - the site as `schema:isPartOf ?site . FILTER(?site = <site>)`: the same sitelinks (an IRI equals
 *   only itself), but Oxigraph no longer starts the pattern from every sitelink of the site (with
 *   the subject still unbound it judged `?s schema:isPartOf <site>` the cheaper start: one scan
 *   of all the site's sitelinks per conflict or place, quadratic);
 * - the best rank as `?statement a ?rank . FILTER(?rank = wikibase:BestRank)`: a statement node's
 *   types are wikibase:Statement and, for the best ones, wikibase:BestRank, so exactly the best
 *   statements pass, once each; with the constant type Oxigraph joined the selection with the facts'
 *   union by a far slower plan.
 */
function sameSite( site: string ): string {
	return 'FILTER(?site = <' + site + '>)';
}

/** The UNION branch of a time property's best-ranked values, with their precision. */
function bestRankTime( property: string, name: string ): string {
	const s = '?' + name + 'Statement';
	const v = '?' + name + 'Value';
	return '  UNION { ?item p:' + property + ' ' + s + ' . ' + s + ' a ?' + name + 'Rank ; psv:' + property + ' ' + v + ' .\n' +
		'          ' + v + ' wikibase:timeValue ?' + name + 'Time ; wikibase:timePrecision ?' + name + 'Precision .\n' +
		'          FILTER(?' + name + 'Rank = wikibase:BestRank) }\n';
}

/** The query text for a view. Throws when an id is not a valid QID (nothing is sent then). */
export function buildQuery( view: QueryView, options: QueryOptions ): string {
	if ( !options.classes.length ) {
		throw new Error( 'No conflict classes configured' );
	}
	const languages = labelLanguages( options.languages ).join( ',' );
	const limit = Math.max( 1, Math.min( 50000, Math.floor( options.limit || 20000 ) ) );
	const site = siteUrl( options.siteId );
	const viewName = view.kind + ( view.kind === 'all' && view.countries && view.countries.length ? ' country' : '' );
	const id = ( v: string ): string => 'STRAFTER(STR(' + v + '), "/entity/")';
	const ref = ( v: string, coord?: string ): string => 'CONCAT(' + id( v ) + ', "\\t", ' + escapeText( 'COALESCE(' + v + 'Label, "")' ) + ', "\\t", ' + ( coord ? 'COALESCE(STR(' + coord + '), "")' : '""' ) + ')';
	return '#GeoConflicts view=' + viewName + ' limit=' + limit + '\n' +
		'SELECT ?item (SAMPLE(?itemLabel) AS ?label) (SAMPLE(?itemDescription) AS ?description)\n' +
		concat( id( '?class' ), 'classes', ' ' ) +
		concat( ref( '?country' ), 'countries', '\\n' ) +
		concat( ref( '?region', '?regionCoord' ), 'regions', '\\n' ) +
		concat( ref( '?location', '?locationCoord' ), 'locations', '\\n' ) +
		concat( 'STR(?coord)', 'coords', '\\n' ) +
		concat( 'CONCAT(STR(?startTime), "/", STR(?startPrecision))', 'starts', ' ' ) +
		concat( 'CONCAT(STR(?endTime), "/", STR(?endPrecision))', 'ends', ' ' ) +
		concat( 'STR(?image)', 'images', '\\n' ) +
		concat( escapeText( 'STR(?commonsCat)' ), 'commonsCategory', '\\n' ) +
		concat( 'STR(?sitelink)', 'article', '\\n' ) +
		concat( 'CONCAT(?hintProp, ":", ' + id( '?hint' ) + ')', 'hints', ' ' ) +
		// The texts a sector guess reads: label and description in fixed languages, whatever the
		// reader's (issue 23 item 2). "label:es:…", one per line, each text escaped.
		concat( 'CONCAT(?textField, ":", LANG(?sectorText), ":", ' + escapeText( 'STR(?sectorText)' ) + ')', 'texts', '\\n' ) +
		// What the conflict is about, one column per property, each entry as the regions' are.
		ABOUT_PROPERTIES.map( ( p ) => concat( 'IF(?hintProp = "' + p + '", ' + ref( '?hint' ) + ', "")', 'about' + p, '\\n' ) ).join( '' ) +
		'WHERE {\n' +
		selection( view, options.classes, limit ) +
		// No empty `{}` branch: every selected item has a wdt:P31 (the selection walks
		// wdt:P31/wdt:P279*), so the class branch already gives each item a row. An empty branch
		// would leave ?item possibly unbound in the union, and Oxigraph then joins the selection
		// with the union without a key (a nested loop, quadratic: it took ~45 s per 1,000 conflicts).
		'  { ?item wdt:P31 ?class . }\n' +
		'  UNION { ?item wdt:P17 ?country . }\n' +
		'  UNION { ?item wdt:P131 ?region . OPTIONAL { ?region wdt:P625 ?regionCoord . } }\n' +
		'  UNION { ?item wdt:P276 ?location . OPTIONAL { ?location wdt:P625 ?locationCoord . } }\n' +
		'  UNION { ?item wdt:P625 ?coord . }\n' +
		bestRankTime( 'P580', 'start' ) +
		bestRankTime( 'P582', 'end' ) +
		'  UNION { ?item wdt:P18 ?image . }\n' +
		'  UNION { ?item wdt:P373 ?commonsCat . }\n' +
		( site ? '  UNION { ?sitelink schema:about ?item ; schema:isPartOf ?site . ' + sameSite( site ) + ' }\n' : '' ) +
		'  UNION { VALUES ( ?textProperty ?textField ) { ( rdfs:label "label" ) ( schema:description "description" ) }\n' +
		'          ?item ?textProperty ?sectorText . FILTER( LANG( ?sectorText ) IN ( ' + SECTOR_TEXT_LANGUAGES.map( ( l ) => '"' + l + '"' ).join( ', ' ) + ' ) ) }\n' +
		'  UNION { VALUES ( ?hintProperty ?hintProp ) { ' + ABOUT_PROPERTIES.map( ( p ) => '( wdt:' + p + ' "' + p + '" )' ).join( ' ' ) + ' }\n' +
		'          ?item ?hintProperty ?hint . }\n' +
		// ?item is bound in every row (it comes from the selection), so its label and description
		// are the same in every row of a group and SAMPLE never meets an unbound one by chance.
		'  SERVICE wikibase:label {\n' +
		'    bd:serviceParam wikibase:language "' + languages + '" .\n' +
		'    ?item rdfs:label ?itemLabel ; schema:description ?itemDescription .\n' +
		'    ?country rdfs:label ?countryLabel .\n' +
		'    ?region rdfs:label ?regionLabel .\n' +
		'    ?location rdfs:label ?locationLabel .\n' +
		'    ?hint rdfs:label ?hintLabel .\n' +
		'  }\n' +
		'}\n' +
		'GROUP BY ?item\n';
}

/**
 * The place index of a published snapshot (`npm run publish-snapshot`): every place a conflict of
 * the configured classes is in, by the same walk as the place query's selection (P17, or
 * P131/P276 followed by P131*, walked UP from the conflicts), with the conflicts found there, the
 * place's label, its sitelink on this wiki and its countries. One row per place.
 */
export function placesQuery( options: QueryOptions ): string {
	if ( !options.classes.length ) {
		throw new Error( 'No conflict classes configured' );
	}
	const languages = labelLanguages( options.languages ).join( ',' );
	const limit = Math.max( 1, Math.min( 200000, Math.floor( options.limit || 100000 ) ) );
	const site = siteUrl( options.siteId );
	const id = ( v: string ): string => 'STRAFTER(STR(' + v + '), "/entity/")';
	return '#GeoConflicts view=places limit=' + limit + '\n' +
		'SELECT ?place (SAMPLE(?placeLabel) AS ?label)\n' +
		concat( id( '?item' ), 'items', ' ' ) +
		concat( id( '?country' ), 'countries', ' ' ) +
		concat( 'STR(?name)', 'title', '\\n' ) +
		'WHERE {\n' +
		'  { SELECT DISTINCT ?place ?item WHERE {\n' +
		'    VALUES ?matchClass { ' + entities( options.classes ) + ' }\n' +
		'    ?item wdt:P31/wdt:P279* ?matchClass .\n' +
		'    ?item (wdt:P17|wdt:P131|wdt:P276)/wdt:P131* ?place .\n' +
		'  } LIMIT ' + ( limit + 1 ) + ' }\n' +
		'  OPTIONAL { ?place wdt:P17 ?country . }\n' +
		( site ? '  OPTIONAL { ?sitelink schema:about ?place ; schema:isPartOf ?site ; schema:name ?name . ' + sameSite( site ) + ' }\n' : '' ) +
		'  SERVICE wikibase:label {\n' +
		'    bd:serviceParam wikibase:language "' + languages + '" .\n' +
		'    ?place rdfs:label ?placeLabel .\n' +
		'  }\n' +
		'}\n' +
		'GROUP BY ?place\n';
}
