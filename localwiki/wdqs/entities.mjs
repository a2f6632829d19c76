// The Wikidata Action API stand-in: wbgetentities answered FROM THE SAME RDF STORE as the query
// service, in the JSON Wikidata writes (Wikibase's JSON format: labels/descriptions as
// { language, value }, with languagefallback { language: actual, value, "for-language": asked };
// claims as statements with mainsnak/datavalue/rank; sitelinks { site, title, badges, url }).
// So the card, the details panel and the dashboard always read one dataset.

import oxigraph from 'oxigraph';
import { PREFIXES, siteOf, timeParts } from './turtle.mjs';

const n = ( iri ) => oxigraph.namedNode( iri );
const RDF_TYPE = n( PREFIXES.rdf + 'type' );
const WB = PREFIXES.wikibase;
const E = PREFIXES.wd;
const DATATYPES = { WikibaseItem: 'wikibase-item', GlobeCoordinate: 'globe-coordinate', Time: 'time', CommonsMedia: 'commonsMedia', String: 'string' };
const RANKS = { PreferredRank: 'preferred', NormalRank: 'normal', DeprecatedRank: 'deprecated' };

function objects( store, subject, predicate ) {
	return store.match( subject, n( predicate ), null, null ).map( ( q ) => q.object );
}

function texts( store, item, predicate, languages, fallback ) {
	const all = {};
	for ( const o of objects( store, item, predicate ) ) {
		if ( o.termType === 'Literal' && o.language ) {
			all[ o.language ] = { language: o.language, value: o.value };
		}
	}
	if ( !languages ) {
		return all;
	}
	const out = {};
	for ( const lang of languages ) {
		if ( all[ lang ] ) {
			out[ lang ] = all[ lang ];
		} else if ( fallback ) {
			// Wikibase's chain ends in mul, then en (MediaWiki's own fallbacks are not modelled).
			const from = [ 'mul', 'en' ].find( ( l ) => all[ l ] );
			if ( from ) {
				out[ lang ] = { language: from, value: all[ from ].value, 'for-language': lang };
			}
		}
	}
	return out;
}

function datavalue( store, property, statement, type ) {
	const simple = objects( store, statement, PREFIXES.ps + property )[ 0 ];
	if ( !simple ) {
		return null;
	}
	const node = objects( store, statement, PREFIXES.psv + property )[ 0 ];
	const one = ( p ) => node && objects( store, node, WB + p )[ 0 ];
	switch ( type ) {
		case 'WikibaseItem': {
			const id = simple.value.slice( E.length );
			return { value: { 'entity-type': 'item', 'numeric-id': Number( id.slice( 1 ) ), id }, type: 'wikibase-entityid' };
		}
		case 'GlobeCoordinate':
			return { value: { latitude: Number( one( 'geoLatitude' ).value ), longitude: Number( one( 'geoLongitude' ).value ), altitude: null,
				precision: Number( one( 'geoPrecision' ).value ), globe: one( 'geoGlobe' ).value }, type: 'globecoordinate' };
		case 'Time': {
			const precision = Number( one( 'timePrecision' ).value );
			const t = timeParts( one( 'timeValue' ).value.replace( /T.*$/, '' ), precision );
			return { value: { time: `${ t.sign }${ t.year }-${ t.month }-${ t.day }T00:00:00Z`, timezone: 0, before: 0, after: 0, precision,
				calendarmodel: one( 'timeCalendarModel' ).value }, type: 'time' };
		}
		case 'CommonsMedia':
			return { value: decodeURIComponent( simple.value.replace( /^.*Special:FilePath\//, '' ) ), type: 'string' };
		default:
			return { value: simple.value, type: 'string' };
	}
}

/**
 * The property type of a statement's value when the RDF declares none (an item's own RDF, as in
 * Special:EntityData/Q….ttl or a munged dump, has no `wikibase:propertyType`): read from the value
 * as Wikibase's RDF writes each type — an entity IRI is an item, a value node with
 * geoLatitude / timeValue a coordinate / time, a Special:FilePath IRI a Commons file, anything else
 * a string (which is what Wikidata's JSON gives string, external-id and url values too).
 */
function inferredType( store, property, statement ) {
	const simple = objects( store, statement, PREFIXES.ps + property )[ 0 ];
	if ( !simple ) {
		return 'String';
	}
	if ( simple.termType === 'NamedNode' ) {
		if ( /^Q[1-9]\d*$/.test( simple.value.slice( E.length ) ) && simple.value.startsWith( E ) ) {
			return 'WikibaseItem';
		}
		if ( /\/wiki\/Special:FilePath\//.test( simple.value ) ) {
			return 'CommonsMedia';
		}
	}
	const node = objects( store, statement, PREFIXES.psv + property )[ 0 ];
	if ( node && objects( store, node, WB + 'geoLatitude' ).length ) {
		return 'GlobeCoordinate';
	}
	if ( node && objects( store, node, WB + 'timeValue' ).length ) {
		return 'Time';
	}
	return 'String';
}

function claims( store, item ) {
	const out = {};
	for ( const q of store.match( item, null, null, null ) ) {
		if ( !q.predicate.value.startsWith( PREFIXES.p ) || q.predicate.value.slice( PREFIXES.p.length ).includes( '/' ) ) {
			continue;
		}
		const property = q.predicate.value.slice( PREFIXES.p.length );
		const typeNode = objects( store, n( E + property ), WB + 'propertyType' )[ 0 ];
		const type = typeNode ? typeNode.value.slice( WB.length ) : inferredType( store, property, q.object );
		const rank = objects( store, q.object, WB + 'rank' )[ 0 ];
		const value = datavalue( store, property, q.object, type );
		( out[ property ] = out[ property ] || [] ).push( {
			mainsnak: value ? { snaktype: 'value', property, datavalue: value, datatype: DATATYPES[ type ] || 'string' } :
				{ snaktype: 'somevalue', property, datatype: DATATYPES[ type ] || 'string' },
			type: 'statement',
			id: q.object.value.slice( ( E + 'statement/' ).length ).replace( '-', '$' ),
			rank: rank ? RANKS[ rank.value.slice( WB.length ) ] : 'normal'
		} );
	}
	return out;
}

function sitelinks( store, item, withUrls ) {
	const out = {};
	for ( const q of store.match( null, n( PREFIXES.schema + 'about' ), item, null ) ) {
		const base = objects( store, q.subject, PREFIXES.schema + 'isPartOf' )[ 0 ];
		const name = objects( store, q.subject, PREFIXES.schema + 'name' )[ 0 ];
		const m = base && /^https:\/\/([a-z-]+)\.(wikipedia|wikivoyage|wikisource|wikiquote|wiktionary)\.org\/$/.exec( base.value );
		if ( !m || !name ) {
			continue;
		}
		const site = m[ 1 ].replace( /-/g, '_' ) + ( m[ 2 ] === 'wikipedia' ? 'wiki' : m[ 2 ] );
		out[ site ] = { site, title: name.value, badges: [],
			...( withUrls ? { url: q.subject.value } : {} ) };
	}
	return out;
}

/** The item a site's page is about (schema:about of its sitelink), or null. */
function itemByTitle( store, site, title ) {
	let base;
	try {
		base = siteOf( site ).base;
	} catch {
		return null;
	}
	for ( const q of store.match( null, n( PREFIXES.schema + 'name' ), null, null ) ) {
		if ( q.object.value === title && objects( store, q.subject, PREFIXES.schema + 'isPartOf' ).some( ( o ) => o.value === base ) ) {
			return objects( store, q.subject, PREFIXES.schema + 'about' )[ 0 ] || null;
		}
	}
	return null;
}

function entity( store, id, props, languages, fallback ) {
	const item = n( E + id );
	// An item: typed wikibase:Item (full RDF), or — munged RDF as WDQS loads it drops that type —
	// with a version, a label or a statement of its own.
	const own = ( predicate ) => store.match( item, n( predicate ), null, null ).length > 0;
	if ( !store.match( item, RDF_TYPE, n( WB + 'Item' ), null ).length && !own( PREFIXES.schema + 'version' ) &&
		!own( PREFIXES.rdfs + 'label' ) && !store.match( item, null, null, null ).some( ( q ) => q.predicate.value.startsWith( PREFIXES.p ) ) ) {
		return { id, missing: '' };
	}
	const out = { type: 'item', id };
	const has = ( p ) => props.some( ( x ) => x === p || x.startsWith( p + '/' ) );
	if ( has( 'labels' ) ) {
		out.labels = texts( store, item, PREFIXES.rdfs + 'label', languages, fallback );
	}
	if ( has( 'descriptions' ) ) {
		out.descriptions = texts( store, item, PREFIXES.schema + 'description', languages, fallback );
	}
	if ( has( 'claims' ) ) {
		out.claims = claims( store, item );
	}
	if ( has( 'sitelinks' ) ) {
		out.sitelinks = sitelinks( store, item, props.includes( 'sitelinks/urls' ) );
	}
	return out;
}

/** Answer `action=wbgetentities` (params: URLSearchParams) from the store. */
export function wbgetentities( store, params ) {
	const props = ( params.get( 'props' ) || 'info|sitelinks|aliases|labels|descriptions|claims|datatype' ).split( '|' );
	const languages = params.get( 'languages' ) ? params.get( 'languages' ).split( '|' ) : null;
	const fallback = params.has( 'languagefallback' ) && params.get( 'languagefallback' ) !== '0';
	const entities = {};
	if ( params.get( 'ids' ) ) {
		for ( const id of params.get( 'ids' ).split( '|' ) ) {
			if ( !/^Q[1-9]\d*$/.test( id ) ) {
				return { error: { code: 'no-such-entity', info: `Could not find an entity with the ID "${ id }".`, id } };
			}
			entities[ id ] = entity( store, id, props, languages, fallback );
		}
	} else if ( params.get( 'sites' ) && params.get( 'titles' ) ) {
		let missing = -1;
		for ( const title of params.get( 'titles' ).split( '|' ) ) {
			const item = itemByTitle( store, params.get( 'sites' ), title.replace( /_/g, ' ' ) );
			if ( item ) {
				const id = item.value.slice( E.length );
				entities[ id ] = entity( store, id, props, languages, fallback );
			} else {
				entities[ String( missing-- ) ] = { site: params.get( 'sites' ), title, missing: '' };
			}
		}
	} else {
		return { error: { code: 'param-missing', info: 'Either provide the item "ids" or pairs of "sites" and "titles" for corresponding pages' } };
	}
	return { entities, success: 1 };
}

/**
 * Answer `Special:EntityData/<id>.json` from the store, as Wikibase's EntityDataRequestHandler
 * does (read in wikimedia/mediawiki-extensions-Wikibase, repo/includes/LinkedData): the whole
 * entity — every language, claims, sitelinks without URLs (as the real answer in
 * ../shared/real-data/wikidata/Q2112-Bielefeld-entity.json) — wrapped as `{ entities: { id: … } }`;
 * a merged item (the RDF's `owl:sameAs`) answers its target's data under the target's id; an
 * unknown id is a 404. Returns { status, body }.
 */
export function entityData( store, id ) {
	if ( !/^Q[1-9]\d*$/.test( id ) ) {
		return { status: 400, body: null };
	}
	let target = id;
	const sameAs = store.match( n( E + id ), n( 'http://www.w3.org/2002/07/owl#sameAs' ), null, null )[ 0 ];
	if ( sameAs && sameAs.object.value.startsWith( E ) ) {
		target = sameAs.object.value.slice( E.length );
	}
	const data = entity( store, target, [ 'info', 'sitelinks', 'aliases', 'labels', 'descriptions', 'claims' ], null, false );
	if ( data.missing !== undefined ) {
		return { status: 404, body: null };
	}
	return { status: 200, body: { entities: { [ target ]: data } } };
}
