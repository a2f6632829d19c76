// The local Wikidata Query Service: Oxigraph (SPARQL 1.1, WASM) over Turtle in Wikidata's RDF
// model, with WDQS's predefined prefixes and an emulated `SERVICE wikibase:label`. Used by the
// fixture server (HTTP, like query.wikidata.org/sparql), the unit tests and the bench. Differences
// from WDQS (Blazegraph) are listed in README.md beside this file.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import oxigraph from 'oxigraph';
import { rewriteLabelService, LabelServiceError } from './label-service.mjs';

const HERE = path.dirname( fileURLToPath( import.meta.url ) );
export const SAMPLE_RDF_DIR = path.join( HERE, '..', 'sample-data', 'wikidata' );

// What WDQS declares without PREFIX lines: wikidata-query-rdf's WikibaseContextListener.addPrefixes
// (every PropertyType prefix, wikibase, wd/wdata, wds/wdv/wdref, schema, prov, skos, owl, geo,
// geof, mediawiki, mwapi, gas, ontolex, dct, wikibaseqs), its prefixes.conf (psn/pqn/prn …) and
// Blazegraph's own defaults (rdf, rdfs, xsd, owl, bd, hint, bds, fn, foaf, dc).
const W = 'http://www.wikidata.org/';
export const WDQS_PREFIXES = {
	wd: W + 'entity/', wdata: 'https://www.wikidata.org/wiki/Special:EntityData/',
	wds: W + 'entity/statement/', wdv: W + 'value/', wdref: W + 'reference/',
	wdt: W + 'prop/direct/', wdtn: W + 'prop/direct-normalized/', p: W + 'prop/',
	ps: W + 'prop/statement/', psv: W + 'prop/statement/value/', psn: W + 'prop/statement/value-normalized/',
	pq: W + 'prop/qualifier/', pqv: W + 'prop/qualifier/value/', pqn: W + 'prop/qualifier/value-normalized/',
	pr: W + 'prop/reference/', prv: W + 'prop/reference/value/', prn: W + 'prop/reference/value-normalized/',
	wdno: W + 'prop/novalue/',
	wikibase: 'http://wikiba.se/ontology#', wikibaseqs: 'http://wikiba.se/queryService#',
	schema: 'http://schema.org/', prov: 'http://www.w3.org/ns/prov#', skos: 'http://www.w3.org/2004/02/skos/core#',
	owl: 'http://www.w3.org/2002/07/owl#', geo: 'http://www.opengis.net/ont/geosparql#',
	geof: 'http://www.opengis.net/def/geosparql/function/', mediawiki: 'https://www.mediawiki.org/ontology#',
	mwapi: 'https://www.mediawiki.org/ontology#API/', gas: 'http://www.bigdata.com/rdf/gas#',
	ontolex: 'http://www.w3.org/ns/lemon/ontolex#', dct: 'http://purl.org/dc/terms/',
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
	xsd: 'http://www.w3.org/2001/XMLSchema#', bd: 'http://www.bigdata.com/rdf#', bds: 'http://www.bigdata.com/rdf/search#',
	hint: 'http://www.bigdata.com/queryHints#', fn: 'http://www.w3.org/2005/xpath-functions#',
	foaf: 'http://xmlns.com/foaf/0.1/', dc: 'http://purl.org/dc/elements/1.1/'
};

/** A query WDQS would refuse (400) or fail on (500), with the body text WDQS sends. */
export class QueryError extends Error {
	constructor( status, message ) {
		super( message );
		this.status = status;
	}
}

/** The query's own PREFIX declarations, added to WDQS's (the query's win). */
function prefixesOf( query ) {
	const own = {};
	for ( const m of query.matchAll( /PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>/gi ) ) {
		own[ m[ 1 ] || '' ] = m[ 2 ];
	}
	return own;
}

/** The query text Oxigraph runs: WDQS prefixes first (on one line), the label service rewritten. */
export function prepareQuery( query ) {
	const own = prefixesOf( query );
	const all = { ...WDQS_PREFIXES, ...own };
	let rewritten;
	try {
		rewritten = rewriteLabelService( query, all );
	} catch ( e ) {
		if ( e instanceof LabelServiceError ) {
			throw new QueryError( 400, 'java.lang.IllegalArgumentException: ' + e.message );
		}
		throw e;
	}
	const declared = Object.entries( WDQS_PREFIXES ).filter( ( [ k ] ) => !( k in own ) )
		.map( ( [ k, v ] ) => `PREFIX ${ k }: <${ v }>` ).join( ' ' );
	return declared + '\n' + rewritten;
}

/** Turtle files of a folder (sorted), or [] when it has none. */
export function turtleFiles( dir ) {
	try {
		return readdirSync( dir ).filter( ( f ) => f.endsWith( '.ttl' ) ).sort().map( ( f ) => path.join( dir, f ) );
	} catch {
		return [];
	}
}

/**
 * An engine over Turtle documents (`turtle`: strings) and/or files (`files`: paths).
 * `select(query)` → SPARQL JSON results (an object); throws QueryError.
 */
export function createEngine( { turtle = [], files } = {} ) {
	const store = new oxigraph.Store();
	const sources = files ?? ( turtle.length ? [] : turtleFiles( SAMPLE_RDF_DIR ) );
	// Lenient, as WDQS loads Wikidata's RDF (Blazegraph does not check language tags): Wikidata's
	// own tags include subtags over eight characters (`zh-classical`, `be-tarask`'s siblings),
	// which Oxigraph's strict Turtle parser refuses (BCP 47 allows at most eight). Oxigraph's
	// `lenient` skips such checks and keeps the tag as written (tests/unit/wdqs-real-rdf.test.ts).
	for ( const file of sources ) {
		store.load( readFileSync( file, 'utf8' ), // eslint-disable-next-line camelcase -- Oxigraph's option name
			{ format: 'text/turtle', base_iri: 'http://www.wikidata.org/', lenient: true } );
	}
	for ( const text of turtle ) {
		store.load( text, { format: 'text/turtle', lenient: true } );
	}
	function run( query, format ) {
		const prepared = prepareQuery( query );
		try {
			// eslint-disable-next-line camelcase -- Oxigraph's option name
			return store.query( prepared, { results_format: format } );
		} catch ( e ) {
			// Line numbers as in the query sent (our PREFIX line comes first).
			const text = String( e && e.message || e ).replace( /error at (\d+):/, ( _, line ) => `error at ${ Math.max( 1, line - 1 ) }:` );
			// Oxigraph's parse errors → WDQS's 400 MalformedQueryException; anything else → 500.
			if ( /pars|syntax|expected|unexpected|unknown prefix|not defined/i.test( text ) ) {
				throw new QueryError( 400, 'java.util.concurrent.ExecutionException: org.openrdf.query.MalformedQueryException: ' + text );
			}
			throw new QueryError( 500, 'java.util.concurrent.ExecutionException: java.lang.RuntimeException: ' + text );
		}
	}
	return {
		store,
		files: sources,
		/** SPARQL JSON results of a SELECT/ASK query. */
		select( query ) {
			return JSON.parse( run( query, 'application/sparql-results+json' ) );
		},
		/** The serialised answer (json or xml), as WDQS sends it. */
		serialise( query, format ) {
			return run( query, format === 'xml' ? 'application/sparql-results+xml' : 'application/sparql-results+json' );
		}
	};
}

/**
 * Answer an HTTP request to /sparql as WDQS does: `query` (GET or POST form), `format=json` or an
 * Accept header asking for JSON → application/sparql-results+json, else SPARQL XML; errors as
 * text/plain with "SPARQL-QUERY: queryStr=…" and the Java exception, 400 for a malformed query.
 */
export function answerHttp( engine, params, accept = '' ) {
	const query = params.get( 'query' );
	if ( !query ) {
		return { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'ERROR: Missing query parameter' };
	}
	const json = params.get( 'format' ) === 'json' || /json/.test( accept );
	try {
		const body = engine.serialise( query, json ? 'json' : 'xml' );
		return {
			status: 200,
			headers: { 'Content-Type': json ? 'application/sparql-results+json;charset=utf-8' : 'application/sparql-results+xml;charset=utf-8' },
			body
		};
	} catch ( e ) {
		if ( e instanceof QueryError ) {
			return { status: e.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'SPARQL-QUERY: queryStr=' + query + '\n' + e.message };
		}
		throw e;
	}
}
