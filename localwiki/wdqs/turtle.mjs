// Writes items as Turtle in Wikidata's RDF dump model (mediawiki.org
// Wikibase/Indexing/RDF_Dump_Format, checked against Wikibase's own RdfBuilder fixtures,
// repo/tests/phpunit/data/rdf/RdfBuilder/*.nt):   wd:Q a wikibase:Item; rdfs:label / skos:prefLabel
// / schema:name "…"@lang; schema:description "…"@lang   wd:Q p:P31 wds:… . wds:… a
// wikibase:Statement [, wikibase:BestRank]; wikibase:rank wikibase:NormalRank;        ps:P31 wd:Q5
// [; psv:P580 wdv:… for time and coordinate values]   wd:Q wdt:P31 wd:Q5 .            only for
// best-rank statements (preferred if any, else normal; never deprecated)   wdv:… a
// wikibase:TimeValue; wikibase:timeValue "2000-01-01T00:00:00Z"^^xsd:dateTime;
// wikibase:timePrecision 9   "Point(lon lat)"^^geo:wktLiteral, other globes as
// "<http://www.wikidata.org/entity/Q405> Point(lon lat)" <https://es.wikipedia.org/wiki/X> a
// schema:Article; schema:about wd:Q; schema:isPartOf <https://es.wikipedia.org/>; schema:inLanguage
// "es"; schema:name "X"@es
//
// An item is described compactly (see sample-data/wikidata/README.md):
//   { id, labels: { en: '…' }, descriptions: { … }, claims: { P31: [ 'Q5', { item: 'Q6', rank:
// 'preferred' } ],     P625: [ { point: [ lat, lon ], globe: 'Q405' } ], P580: [ { time:
// '2007-08-14', precision: 11 } ],     P18: [ { file: 'A.jpg' } ], P373: [ 'Category name' ] },
// sitelinks: { eswiki: 'Title' } }

import { createHash } from 'node:crypto';

export const PREFIXES = {
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
	skos: 'http://www.w3.org/2004/02/skos/core#',
	schema: 'http://schema.org/',
	geo: 'http://www.opengis.net/ont/geosparql#',
	wikibase: 'http://wikiba.se/ontology#',
	wd: 'http://www.wikidata.org/entity/',
	wds: 'http://www.wikidata.org/entity/statement/',
	wdv: 'http://www.wikidata.org/value/',
	wdt: 'http://www.wikidata.org/prop/direct/',
	p: 'http://www.wikidata.org/prop/',
	ps: 'http://www.wikidata.org/prop/statement/',
	psv: 'http://www.wikidata.org/prop/statement/value/'
};

/** The property types of the properties the sample data uses (wikibase:propertyType). */
export const PROPERTY_TYPES = {
	P17: 'WikibaseItem', P31: 'WikibaseItem', P131: 'WikibaseItem', P276: 'WikibaseItem', P279: 'WikibaseItem',
	P361: 'WikibaseItem', P710: 'WikibaseItem', P828: 'WikibaseItem', P1542: 'WikibaseItem',
	P625: 'GlobeCoordinate', P580: 'Time', P582: 'Time', P18: 'CommonsMedia', P373: 'String'
};

const WIKI_FAMILIES = { wiki: 'wikipedia', wikivoyage: 'wikivoyage', wikisource: 'wikisource', wikiquote: 'wikiquote', wiktionary: 'wiktionary' };

/** `eswiki` → { base: 'https://es.wikipedia.org/', lang: 'es' }; commonswiki → Commons. */
export function siteOf( siteId ) {
	if ( siteId === 'commonswiki' ) {
		return { base: 'https://commons.wikimedia.org/', lang: 'en' };
	}
	const m = /^([a-z_]+?)(wiki|wikivoyage|wikisource|wikiquote|wiktionary)$/.exec( siteId );
	if ( !m ) {
		throw new Error( 'unknown site id ' + siteId );
	}
	const lang = m[ 1 ].replace( /_/g, '-' );
	return { base: `https://${ lang }.${ WIKI_FAMILIES[ m[ 2 ] ] }.org/`, lang };
}

/** Turtle string literal: every character that could end or break it escaped. */
export function lit( text, lang ) {
	const escaped = String( text ).replace( /[\\"\n\r\t]/g, ( c ) => ( { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' }[ c ] ) );
	return '"' + escaped + '"' + ( lang ? '@' + lang : '' );
}

/** An IRI for Turtle: characters not allowed in IRIREF percent-encoded. */
export function iri( text ) {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what IRIREF forbids
	return '<' + String( text ).replace( /[\u0000-\u0020<>"{}|^`\\]/g, ( c ) => '%' + c.charCodeAt( 0 ).toString( 16 ).toUpperCase().padStart( 2, '0' ) ) + '>';
}

const hash = ( ...parts ) => createHash( 'sha1' ).update( parts.join( '|' ) ).digest( 'hex' );

/** Wikidata's article URL: spaces as underscores, the rest percent-encoded as MediaWiki does. */
export function articleUrl( siteId, title ) {
	return siteOf( siteId ).base + 'wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' );
}

/** `Special:FilePath` IRI of a Commons file, as the RDF writes P18 values. */
export function commonsFileIri( file ) {
	return 'http://commons.wikimedia.org/wiki/Special:FilePath/' + encodeURIComponent( file ).replace( /%2C/g, ',' );
}

function normaliseClaim( value ) {
	return typeof value === 'string' ? ( /^Q\d+$/.test( value ) ? { item: value } : { string: value } ) : value;
}

/**
 * `2007`, `2007-08` or `2007-08-14` → parts (unknown month/day as 00, as Wikibase JSON has them).
 */
export function timeParts( time, precision ) {
	const m = /^([+-]?\d{1,16})(?:-(\d\d))?(?:-(\d\d))?$/.exec( String( time ) );
	if ( !m ) {
		throw new Error( 'bad time ' + time );
	}
	const negative = m[ 1 ].startsWith( '-' );
	const year = m[ 1 ].replace( /^[+-]/, '' ).padStart( 4, '0' );
	const month = precision >= 10 && m[ 2 ] ? m[ 2 ] : '00';
	const day = precision >= 11 && m[ 3 ] ? m[ 3 ] : '00';
	return { sign: negative ? '-' : '+', year, month, day };
}

/** The RDF time literal: Wikibase writes unknown month/day (00 in JSON) as 01 in xsd:dateTime. */
function rdfTime( time, precision ) {
	const t = timeParts( time, precision );
	const one = ( s ) => ( s === '00' ? '01' : s );
	return `${ t.sign === '-' ? '-' : '' }${ t.year }-${ one( t.month ) }-${ one( t.day ) }T00:00:00Z`;
}

function valueTerms( property, claim, lines ) {
	if ( claim.item ) {
		return { simple: 'wd:' + claim.item };
	}
	if ( claim.string !== undefined ) {
		return { simple: lit( claim.string ) };
	}
	if ( claim.file !== undefined ) {
		return { simple: iri( commonsFileIri( claim.file ) ) };
	}
	if ( claim.point ) {
		const [ lat, lon ] = claim.point;
		const globe = claim.globe || 'Q2';
		const wkt = ( globe === 'Q2' ? '' : `<${ PREFIXES.wd }${ globe }> ` ) + `Point(${ lon } ${ lat })`;
		const node = 'wdv:' + hash( 'coord', lat, lon, globe );
		lines.push( `${ node } a wikibase:GlobecoordinateValue ; wikibase:geoLatitude "${ lat }"^^xsd:double ; wikibase:geoLongitude "${ lon }"^^xsd:double ; wikibase:geoPrecision "${ claim.precision ?? 0.0001 }"^^xsd:double ; wikibase:geoGlobe wd:${ globe } .` );
		return { simple: lit( wkt ) + '^^geo:wktLiteral', node };
	}
	if ( claim.time ) {
		const precision = claim.precision ?? 11;
		const value = rdfTime( claim.time, precision );
		const node = 'wdv:' + hash( 'time', claim.time, precision );
		lines.push( `${ node } a wikibase:TimeValue ; wikibase:timeValue "${ value }"^^xsd:dateTime ; wikibase:timePrecision "${ precision }"^^xsd:integer ; wikibase:timeTimezone "0"^^xsd:integer ; wikibase:timeCalendarModel wd:Q1985727 .` );
		return { simple: `"${ value }"^^xsd:dateTime`, node };
	}
	throw new Error( `${ property }: unknown value ${ JSON.stringify( claim ) }` );
}

const RANKS = { preferred: 'PreferredRank', normal: 'NormalRank', deprecated: 'DeprecatedRank' };

/** Turtle for one item. */
export function itemTurtle( item ) {
	const lines = [];
	const head = [ `wd:${ item.id } a wikibase:Item` ];
	for ( const [ lang, text ] of Object.entries( item.labels || {} ) ) {
		head.push( `rdfs:label ${ lit( text, lang ) }`, `skos:prefLabel ${ lit( text, lang ) }`, `schema:name ${ lit( text, lang ) }` );
	}
	for ( const [ lang, text ] of Object.entries( item.descriptions || {} ) ) {
		head.push( `schema:description ${ lit( text, lang ) }` );
	}
	for ( const [ property, values ] of Object.entries( item.claims || {} ) ) {
		const claims = values.map( normaliseClaim );
		const preferred = claims.some( ( c ) => c.rank === 'preferred' );
		claims.forEach( ( claim, i ) => {
			const rank = claim.rank || 'normal';
			const best = rank === ( preferred ? 'preferred' : 'normal' );
			const statement = `wds:${ item.id }-${ hash( item.id, property, i, JSON.stringify( claim ) ).slice( 0, 32 ) }`;
			const value = valueTerms( property, claim, lines );
			head.push( `p:${ property } ${ statement }` );
			if ( best ) {
				head.push( `wdt:${ property } ${ value.simple }` );
			}
			lines.push( `${ statement } a wikibase:Statement${ best ? ', wikibase:BestRank' : '' } ; wikibase:rank wikibase:${ RANKS[ rank ] } ; ps:${ property } ${ value.simple }${ value.node ? ` ; psv:${ property } ${ value.node }` : '' } .` );
		} );
	}
	head.push( `wikibase:sitelinks "${ Object.keys( item.sitelinks || {} ).length }"^^xsd:integer` );
	lines.unshift( head.join( ' ;\n\t' ) + ' .' );
	for ( const [ siteId, title ] of Object.entries( item.sitelinks || {} ) ) {
		const site = siteOf( siteId );
		lines.push( `${ iri( articleUrl( siteId, title ) ) } a schema:Article ; schema:about wd:${ item.id } ; schema:inLanguage ${ lit( site.lang ) } ; schema:isPartOf <${ site.base }> ; schema:name ${ lit( title, site.lang ) } .` );
	}
	return lines.join( '\n' ) + '\n';
}

/**
 * The property entities (wikibase:Property with their type and predicates), as the dump has them.
 */
export function propertiesTurtle( properties = PROPERTY_TYPES ) {
	return Object.entries( properties ).map( ( [ id, type ] ) => `wd:${ id } a wikibase:Property ; wikibase:propertyType wikibase:${ type } ; wikibase:directClaim wdt:${ id } ; wikibase:claim p:${ id } ; wikibase:statementProperty ps:${ id } ; wikibase:statementValue psv:${ id } .`
	).join( '\n' ) + '\n';
}

/** A whole Turtle document: prefixes, properties, items. */
export function datasetTurtle( items, { properties = true } = {} ) {
	const prefixes = Object.entries( PREFIXES ).map( ( [ k, v ] ) => `@prefix ${ k }: <${ v }> .` ).join( '\n' );
	return prefixes + '\n\n' + ( properties ? propertiesTurtle() + '\n' : '' ) + items.map( itemTurtle ).join( '\n' );
}
