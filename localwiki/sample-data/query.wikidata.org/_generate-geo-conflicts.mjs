// Generates the Geo Conflicts sample answers (WDQS and Wikidata API) from the table below.
//   node localwiki/sample-data/query.wikidata.org/_generate-geo-conflicts.mjs
// The answers have exactly the shape of the gadget's query (src/geo-conflicts/data/sparql.ts):
// one row per conflict, multi-valued facts GROUP_CONCAT'ed (fields "\t", values "\n").
// QIDs of conflicts and regions are illustrative (real ones for countries); labels are realistic.
// Deliberately bad data: a hostile label/description/sitelink/image, a missing label, a Moon
// coordinate, approximate locations, conflicts in several countries.

import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname( fileURLToPath( import.meta.url ) );
const SPARQL_DIR = path.join( HERE, 'sparql' );
const API_DIR = path.join( HERE, '..', 'www.wikidata.org', 'w', 'api.php' );
const E = 'http://www.wikidata.org/entity/';

// Places: id → [label, coordinates or null]
const P = {
	Q298: [ 'Chile', 'Point(-71.0 -33.0)' ], Q414: [ 'Argentina', 'Point(-64.0 -34.0)' ],
	Q419: [ 'Peru', 'Point(-75.0 -10.0)' ], Q155: [ 'Brazil', 'Point(-53.0 -14.0)' ], Q77: [ 'Uruguay', 'Point(-56.0 -33.0)' ],
	Q2120: [ 'Atacama Region', 'Point(-70.0 -27.5)' ], Q44818: [ 'San Juan Province', 'Point(-68.9 -30.9)' ],
	Q2109: [ 'Aysén Region', 'Point(-72.6 -46.4)' ], Q2106: [ 'Valparaíso Region', 'Point(-71.3 -32.9)' ],
	Q1024573: [ 'Puchuncaví', 'Point(-71.41 -32.72)' ], Q1024582: [ 'Quintero', 'Point(-71.53 -32.78)' ],
	Q2178: [ 'Los Ríos Region', 'Point(-72.6 -40.0)' ], Q2177: [ 'Los Lagos Region', 'Point(-73.0 -41.9)' ],
	Q1478: [ 'Chiloé Island', 'Point(-73.9 -42.6)' ], Q2131: [ 'Santiago Metropolitan Region', 'Point(-70.65 -33.45)' ],
	Q2132: [ 'Coquimbo Region', null ], Q205093: [ 'Cajamarca Region', 'Point(-78.5 -6.9)' ],
	Q39517: [ 'Pará', 'Point(-52.3 -4.0)' ], Q1189: [ 'Río Negro Department', 'Point(-57.5 -32.7)' ],
	Q1003: [ 'San José de Maipo', 'Point(-70.35 -33.64)' ], Q2180: [ 'Biobío Region', 'Point(-72.4 -37.5)' ],
	Q2118: [ 'Antofagasta Region', 'Point(-69.3 -23.6)' ], Q1056127: [ 'Salar de Atacama', 'Point(-68.25 -23.5)' ],
	Q1017: [ 'La Higuera', 'Point(-71.27 -29.5)' ], Q1202306: [ 'Petorca Province', 'Point(-70.93 -32.25)' ]
};

const y = ( year ) => `${ year }-01-01T00:00:00Z/9`;
const m = ( ym ) => `${ ym }-01T00:00:00Z/10`;
const d = ( ymd ) => `${ ymd }T00:00:00Z/11`;

// The conflicts. lang: language of label/description as the label service returns them.
const C = [
	{ id: 'Q2365301', label: 'Pascua Lama', desc: 'gold mining project on the Chile–Argentina border', countries: [ 'Q298', 'Q414' ],
		regions: [ 'Q2120', 'Q44818' ], coords: [ 'Point(-70.0167 -29.3167)' ], starts: [ y( 2000 ) ], ends: [ m( '2020-10' ) ],
		images: [ 'http://commons.wikimedia.org/wiki/Special:FilePath/Glaciar%20Toro%201.jpg' ], commons: 'Pascua Lama',
		article: 'Pascua_Lama', hints: [ 'P828:Q897', 'P710:Q808785' ] },
	{ id: 'Q5764613', label: 'HidroAysén', desc: 'hydroelectric project of five dams in Patagonia', countries: [ 'Q298' ],
		regions: [ 'Q2109' ], starts: [ d( '2007-08-14' ) ], ends: [ d( '2014-06-10' ) ],
		images: [ 'http://commons.wikimedia.org/wiki/Special:FilePath/R%C3%ADo%20Baker.jpg' ], article: 'HidroAys%C3%A9n', hints: [ 'P828:Q15911738' ] },
	{ id: 'Q28668915', label: 'Quintero-Puchuncaví sacrifice zone', desc: 'industrial pollution in the bay of Quintero', countries: [ 'Q298' ],
		regions: [ 'Q1024573', 'Q1024582' ], coords: [ 'Point(-71.4833 -32.7667)' ], starts: [ y( 1964 ) ],
		article: 'Zona_de_sacrificio_de_Quintero-Puchunca%C3%AD', hints: [ 'P361:Q329683', 'P710:Q1349532' ] },
	{ id: 'Q5759302', label: 'Caso Celco', desc: 'conflicto por la planta de celulosa de Celco en Valdivia', lang: 'es', countries: [ 'Q298' ],
		regions: [ 'Q2178' ], coords: [ 'Point(-72.95 -39.53)' ], starts: [ y( 2004 ) ] },
	{ id: 'Q5759245', label: 'Castilla Thermoelectric Plant', desc: 'coal-fired power plant project near Totoral', countries: [ 'Q298' ],
		regions: [ 'Q2120' ], coords: [ 'Point(-70.98 -27.78)' ], starts: [ y( 2008 ) ], ends: [ d( '2012-08-28' ) ], hints: [ 'P828:Q24489' ] },
	{ id: 'Q24034893', label: '2016 Chiloé red tide crisis', desc: 'algal bloom, salmon farming and fishermen protests', countries: [ 'Q298' ],
		regions: [ 'Q2177' ], locations: [ 'Q1478' ], starts: [ m( '2016-05' ) ], hints: [ 'P828:Q188989' ] },
	{ id: 'Q56326104', label: 'Water conflict in Petorca', desc: 'water scarcity and avocado plantations', countries: [ 'Q298' ],
		regions: [ 'Q1202306', 'Q2106' ], starts: [ y( 2004 ), y( 1997 ) ], hints: [ 'P828:Q37153' ] },
	{ id: 'Q63347855', label: 'Santa Marta landfill', desc: 'landfill south of Santiago, landslide and fire in 2016', countries: [ 'Q298' ],
		regions: [ 'Q2131' ], coords: [ 'Point(-70.73 -33.62)' ], starts: [ d( '2016-01-15' ) ], hints: [ 'P828:Q180388' ] },
	{ id: 'Q106593521', label: 'El Mauro tailings dam', desc: 'tailings dam of Los Pelambres above the village of Caimanes', countries: [ 'Q298' ],
		regions: [ 'Q2132' ], coords: [ 'Point(-71.10 -31.93)' ], starts: [ y( 2004 ) ], hints: [ 'P828:Q1630622' ] },
	{ id: 'Q5160174', label: 'Conga mining project', desc: 'gold and copper mining project in the highlands of Cajamarca', countries: [ 'Q419' ],
		regions: [ 'Q205093' ], coords: [ 'Point(-78.40 -6.97)' ], starts: [ m( '2011-11' ) ] },
	{ id: 'Q1130993', label: 'Belo Monte Dam', desc: 'hydroelectric dam on the Xingu River', countries: [ 'Q155' ],
		regions: [ 'Q39517' ], coords: [ 'Point(-51.78 -3.12)' ], starts: [ y( 2010 ) ], hints: [ 'P828:Q15911738' ] },
	{ id: 'Q1132390', label: 'Cellulose plant conflict between Argentina and Uruguay', desc: 'dispute over a pulp mill near Fray Bentos',
		countries: [ 'Q414', 'Q77' ], regions: [ 'Q1189' ], coords: [ 'Point(-58.27 -33.10)' ], starts: [ y( 2005 ) ], ends: [ d( '2010-04-20' ) ] },
	{ id: 'Q131000001', label: '<img src=x onerror=alert(1)>', desc: '<script>alert(3)</script>', countries: [ 'Q298' ],
		coords: [ 'Point(-70.66 -33.45)' ], starts: [ y( 2019 ) ],
		images: [ 'javascript:alert(2)' ], article: 'javascript:alert(1)', hostileArticle: true },
	{ id: 'Q4734577', label: 'Alto Maipo Hydroelectric Project', desc: 'run-of-river power plant in the Cajón del Maipo', countries: [ 'Q298' ],
		regions: [ 'Q1003' ], coords: [ 'Point(-70.30 -33.65)' ], starts: [ y( 2007 ) ], hints: [ 'P828:Q15911738' ] },
	{ id: 'Q2105693', label: 'Ralco Dam', desc: 'dam on the upper Biobío River that flooded Pehuenche lands', countries: [ 'Q298' ],
		regions: [ 'Q2180' ], coords: [ 'Point(-71.60 -37.92)' ], starts: [ y( 1993 ) ], ends: [ y( 2004 ) ], hints: [ 'P828:Q12323' ] },
	{ id: 'Q110971234', label: 'Lithium extraction in the Salar de Atacama', desc: 'brine extraction and Atacameño communities', countries: [ 'Q298' ],
		regions: [ 'Q2118' ], locations: [ 'Q1056127' ], starts: [ y( 2016 ) ], hints: [ 'P828:Q568' ] },
	{ id: 'Q24871356', label: 'Dominga mining project', desc: 'iron and copper mine and port near the Humboldt penguin reserve', countries: [ 'Q298' ],
		regions: [ 'Q1017' ], coords: [ '<http://www.wikidata.org/entity/Q405> Point(-71.2 -29.3)' ], starts: [ y( 2013 ) ], hints: [ 'P828:Q44497' ] },
	{ id: 'Q131000002', label: null, desc: null, countries: [ 'Q298' ], regions: [ 'Q2132' ] }
];

const lit = ( value, lang ) => ( lang ? { 'xml:lang': lang, type: 'literal', value } : { type: 'literal', value } );
const refs = ( ids ) => ( ids || [] ).map( ( id ) => `${ id }\t${ P[ id ][ 0 ] }\t${ P[ id ][ 1 ] || '' }` ).join( '\n' );
const countryRefs = ( ids ) => ( ids || [] ).map( ( id ) => `${ id }\t${ P[ id ][ 0 ] }\t` ).join( '\n' );

function row( c ) {
	const r = {
		item: { type: 'uri', value: E + c.id },
		label: c.label === null ? lit( c.id ) : lit( c.label, c.lang || 'en' ),
		classes: lit( [ 'Q131141356' ].concat( c.classes || [] ).join( ' ' ) ),
		countries: lit( countryRefs( c.countries ) ),
		regions: lit( refs( c.regions ) ),
		locations: lit( refs( c.locations ) ),
		coords: lit( ( c.coords || [] ).join( '\n' ) ),
		starts: lit( ( c.starts || [] ).join( ' ' ) ),
		ends: lit( ( c.ends || [] ).join( ' ' ) ),
		images: lit( ( c.images || [] ).join( '\n' ) ),
		hints: lit( ( c.hints || [] ).join( ' ' ) )
	};
	if ( c.desc !== null ) {
		r.description = lit( c.desc, c.lang || 'en' );
	}
	if ( c.commons ) {
		r.commonsCategory = lit( c.commons );
	}
	if ( c.article ) {
		r.article = { type: 'uri', value: c.hostileArticle ? c.article : 'https://es.wikipedia.org/wiki/' + c.article };
	}
	return r;
}

const VARS = [ 'item', 'label', 'description', 'classes', 'countries', 'regions', 'locations', 'coords', 'starts', 'ends',
	'images', 'commonsCategory', 'article', 'hints' ];
const answer = ( list ) => ( { head: { vars: VARS }, results: { bindings: list.map( row ) } } );
const write = ( file, data ) => {
	mkdirSync( path.dirname( file ), { recursive: true } );
	writeFileSync( file, JSON.stringify( data, null, '\t' ) + '\n' );
};

// --- WDQS ---------------------------------------------------------------------------------------
const inPlace = ( place ) => C.filter( ( c ) => ( c.countries || [] ).includes( place ) || ( c.regions || [] ).includes( place ) ||
	( c.locations || [] ).includes( place ) );
const routes = [];
for ( const c of C ) {
	write( path.join( SPARQL_DIR, 'geo-conflicts', `item-${ c.id }.json` ), answer( [ c ] ) );
	routes.push( { contains: [ '#GeoConflicts view=item', `VALUES ?item { wd:${ c.id } }` ], file: `geo-conflicts/item-${ c.id }.json` } );
}
for ( const place of [ 'Q2120', 'Q298', 'Q414' ] ) {
	write( path.join( SPARQL_DIR, 'geo-conflicts', `place-${ place }.json` ), answer( inPlace( place ) ) );
	routes.push( { contains: [ '#GeoConflicts view=place', `wdt:P17 wd:${ place } .` ], file: `geo-conflicts/place-${ place }.json` } );
}
routes.push( { contains: [ '#GeoConflicts view=place' ], file: 'geo-conflicts/empty.json' } );
write( path.join( SPARQL_DIR, 'geo-conflicts', 'empty.json' ), answer( [] ) );
for ( const country of [ 'Q298', 'Q414' ] ) {
	write( path.join( SPARQL_DIR, 'geo-conflicts', `country-${ country }.json` ), answer( C.filter( ( c ) => c.countries.includes( country ) ) ) );
	routes.push( { contains: [ '#GeoConflicts view=all country', `VALUES ?filterCountry { wd:${ country } }` ], file: `geo-conflicts/country-${ country }.json` } );
}
routes.push( { contains: [ '#GeoConflicts view=all' ], file: 'geo-conflicts/all.json' } );
write( path.join( SPARQL_DIR, 'geo-conflicts', 'all.json' ), answer( C ) );
write( path.join( SPARQL_DIR, '_routes.json' ), routes );

// --- Wikidata Action API --------------------------------------------------------------------------
const claim = ( property, value ) => ( { mainsnak: { snaktype: 'value', property, datavalue: value }, type: 'statement', rank: 'normal' } );
const item = ( property, id ) => claim( property, { value: { 'entity-type': 'item', 'numeric-id': +id.slice( 1 ), id }, type: 'wikibase-entityid' } );
const coordinate = ( lat, lon ) => claim( 'P625', { value: { latitude: lat, longitude: lon, precision: 0.01, globe: E + 'Q2' }, type: 'globecoordinate' } );
const labels = ( text, lang = 'en' ) => ( { [ lang ]: { language: lang, value: text } } );

const pageEntities = {
	'Pascua Lama': { id: 'Q2365301', labels: labels( 'Pascua Lama' ), claims: { P31: [ item( 'P31', 'Q131141356' ) ], P17: [ item( 'P17', 'Q298' ), item( 'P17', 'Q414' ) ], P625: [ coordinate( -29.3167, -70.0167 ) ] } },
	'HidroAysén': { id: 'Q5764613', labels: labels( 'HidroAysén' ), claims: { P31: [ item( 'P31', 'Q131141356' ) ], P17: [ item( 'P17', 'Q298' ) ], P131: [ item( 'P131', 'Q2109' ) ] } },
	'Región de Atacama': { id: 'Q2120', labels: labels( 'Atacama Region' ), claims: { P31: [ item( 'P31', 'Q590080' ) ], P17: [ item( 'P17', 'Q298' ) ], P625: [ coordinate( -27.5, -70.0 ) ] } },
	Chile: { id: 'Q298', labels: labels( 'Chile' ), claims: { P31: [ item( 'P31', 'Q6256' ) ], P625: [ coordinate( -33, -71 ) ] } }
};
const apiRoutes = [];
for ( const [ title, entity ] of Object.entries( pageEntities ) ) {
	const file = `geo-conflicts/page-${ entity.id }.json`;
	const full = Object.assign( { type: 'item' }, entity, { sitelinks: { eswiki: { site: 'eswiki', title, badges: [] } } } );
	write( path.join( API_DIR, file ), { entities: { [ entity.id ]: full }, success: 1 } );
	apiRoutes.push( { params: { action: 'wbgetentities', sites: 'eswiki', titles: title }, file } );
	apiRoutes.push( { params: { action: 'wbgetentities', ids: entity.id, props: 'labels|claims' }, file } );
}
// Any other page of the wiki: no item.
write( path.join( API_DIR, 'geo-conflicts', 'page-missing.json' ), { entities: { '-1': { site: 'eswiki', title: 'Missing', missing: '' } }, success: 1 } );
apiRoutes.push( { params: { action: 'wbgetentities', sites: 'eswiki' }, file: 'geo-conflicts/page-missing.json' } );
// Sitelinks of each conflict (details panel: articles in other languages).
for ( const c of C ) {
	const sitelinks = {};
	if ( c.article && !c.hostileArticle ) {
		const title = decodeURIComponent( c.article ).replace( /_/g, ' ' );
		sitelinks.eswiki = { site: 'eswiki', title, badges: [], url: 'https://es.wikipedia.org/wiki/' + c.article };
		sitelinks.enwiki = { site: 'enwiki', title: c.label, badges: [], url: 'https://en.wikipedia.org/wiki/' + encodeURIComponent( c.label.replace( / /g, '_' ) ) };
	}
	if ( c.hostileArticle ) {
		sitelinks.enwiki = { site: 'enwiki', title: c.label, badges: [], url: 'javascript:alert(4)' };
	}
	const file = `geo-conflicts/sitelinks-${ c.id }.json`;
	write( path.join( API_DIR, file ), { entities: { [ c.id ]: { type: 'item', id: c.id, sitelinks } }, success: 1 } );
	apiRoutes.push( { params: { action: 'wbgetentities', ids: c.id, props: 'sitelinks/urls' }, file } );
}
write( path.join( API_DIR, '_routes.json' ), apiRoutes );
console.log( `wrote ${ routes.length } WDQS routes and ${ apiRoutes.length } API routes` );
