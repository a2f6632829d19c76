// Fixture server: stands in for every external host the gadgets talk to.
//
// URL scheme: http://127.0.0.1:<port>/<host>/<path>, e.g.
//   /analytics.wikimedia.org/published/datasets/geoeditors_monthly/2023-08.tsv
//   /query.wikidata.org/sparql?query=…
// Answers come from data folders ("roots") laid out by host/path; see sample-data/README.md.
// query.wikidata.org/sparql is a real SPARQL engine (Oxigraph, wdqs/engine.mjs) over the Turtle of
// the first root with a wikidata/*.ttl folder; www.wikidata.org/w/api.php?action=wbgetentities
// reads the same store. Test-only endpoints: /__faults (fault injection), /__log (requests seen),
// /__wikidata (dataset).
//
// CLI: node localwiki/fixture-server.mjs [--port 8081] [--root DIR]...

import http from 'node:http';
import { createReadStream, promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, answerHttp, turtleFiles } from './wdqs/engine.mjs';
import { entityData, wbgetentities } from './wdqs/entities.mjs';
import { tilePng } from './tiles.mjs';
import { staticMapPng } from './static-map.mjs';
import { markerPinSvg } from './marker-pins.mjs';
import { encodePng } from './png.mjs';
import { thumbnailPlaceholder } from './thumbs.mjs';
import { syntheticMonthBody, releaseNames } from './synthetic-months.mjs';
import { geoshapeAnswer } from './geoshape.mjs';

const HERE = path.dirname( fileURLToPath( import.meta.url ) );
export const DEFAULT_ROOT = path.join( HERE, 'sample-data' );

const CONTENT_TYPES = {
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.srj': 'application/sparql-results+json; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.svg': 'image/svg+xml',
	'.html': 'text/html; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.gz': 'application/gzip'
};

// Like the real hosts (analytics.wikimedia.org, query.wikidata.org, the Action API with origin=*).
const CORS_HEADERS = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
	'Access-Control-Allow-Headers': 'Api-User-Agent, Content-Type, Promise-Non-Write-API-Action',
	'Access-Control-Max-Age': '600'
};

/**
 * Which response headers each real host lets a page read (Access-Control-Expose-Headers).
 * Retry-After is not a CORS-safelisted header: without it here, fetch/XHR see no Retry-After at
 * all. Checked in:
 * - MediaWiki's Action API, includes/api/ApiMain.php handleCORS(): with origin=* every
 * non-preflight   answer exposes "MediaWiki-API-Error, Retry-After, X-Database-Lag,
 * MediaWiki-Login-Suppressed";
 * - analytics.wikimedia.org, operations/puppet
 * modules/statistics/templates/analytics.wikimedia.org.erb:   only `Header always set
 * Access-Control-Allow-Origin "*"` — nothing exposed;
 * - query.wikidata.org, operations/puppet modules/query_service/templates/nginx.erb: only
 *   `add_header Access-Control-Allow-Origin * always` on /sparql — nothing exposed.
 * The REST API (wikimedia.org/api/rest_v1) was not checked: treated as exposing nothing.
 */
const ACTION_API_EXPOSED = 'MediaWiki-API-Error, Retry-After, X-Database-Lag, MediaWiki-Login-Suppressed';

/**
 * CORS headers of an answer on `pathname` (first segment = host); `expose` (a fault's) overrides
 * the host's habit.
 */
export function corsHeadersFor( pathname, expose ) {
	const isActionApi = /^\/[^/]+\/w\/api\.php$/.test( pathname );
	const exposed = expose === undefined ? isActionApi : !!expose;
	return exposed ? { ...CORS_HEADERS, 'Access-Control-Expose-Headers': isActionApi ? ACTION_API_EXPOSED : 'Retry-After' } : CORS_HEADERS;
}

// --- grey 256×256 PNG for map tiles we have no file for ------------------------------------

/** A valid 8-bit greyscale PNG of one colour. */
export function greyPng( size = 256, grey = 0xdd ) {
	return encodePng( size, size, 1, Buffer.alloc( size * size, grey ) );
}

const GREY_TILE = greyPng();

// --- helpers ----------------------------------------------------------------------------

function contentTypeFor( file ) {
	return CONTENT_TYPES[ path.extname( file ).toLowerCase() ] ?? 'application/octet-stream';
}

async function statOrNull( p ) {
	try {
		return await fsp.stat( p );
	} catch {
		return null;
	}
}

function readBody( req ) {
	return new Promise( ( resolve, reject ) => {
		const chunks = [];
		req.on( 'data', ( c ) => chunks.push( c ) );
		req.on( 'end', () => resolve( Buffer.concat( chunks ).toString( 'utf8' ) ) );
		req.on( 'error', reject );
	} );
}

function escapeHtml( s ) {
	return s.replace( /[&<>"']/g, ( c ) => `&#${ c.charCodeAt( 0 ) };` );
}

/**
 * Pick the answer of a dynamic endpoint: the first rule whose `params` all equal the request's
 * params and whose `contains` strings all occur in the concatenated param values.
 * Exported for tests.
 */
export function matchRoute( rules, params ) {
	const haystack = [ ...params.values() ].join( '\n' );
	return rules.find( ( rule ) => Object.entries( rule.params ?? {} )
		.every( ( [ k, v ] ) => params.get( k ) === String( v ) ) &&
		( rule.contains ?? [] ).every( ( s ) => haystack.includes( s ) )
	) ?? null;
}

/** Find `rel` (a URL path without leading slash, decoded) in the roots; first hit wins. */
async function resolveInRoots( roots, rel ) {
	for ( const root of roots ) {
		const full = path.resolve( root, rel );
		// Never serve outside the data folder (../ in the URL).
		if ( full !== path.resolve( root ) &&
			!full.startsWith( path.resolve( root ) + path.sep ) ) {
			continue;
		}
		const st = await statOrNull( full );
		if ( st ) {
			return { full, st, root };
		}
	}
	return null;
}

/** Names in a directory across all roots (overlay: union of entries). */
async function listDir( roots, rel ) {
	const names = new Set();
	for ( const root of roots ) {
		try {
			for ( const ent of await fsp.readdir( path.resolve( root, rel ),
				{ withFileTypes: true } ) ) {
				if ( !ent.name.startsWith( '.' ) && !ent.name.startsWith( '_' ) ) {
					names.add( ent.isDirectory() ? ent.name + '/' : ent.name );
				}
			}
		} catch {
			// not in this root
		}
	}
	return [ ...names ].sort();
}

// --- server -------------------------------------------------------------------------------

/**
 * Start the fixture server. `roots` is an overlay list of data folders (first hit wins).
 * Resolves to { url, port, close() }.
 */
export async function startFixtureServer( { port = 0, host = '127.0.0.1', roots = [ DEFAULT_ROOT ] } = {} ) {
	// The Wikidata dataset: the first root whose wikidata/ folder holds *.ttl files (--data DIR
	// wins).
	const defaultFiles = roots.map( ( r ) => turtleFiles( path.join( r, 'wikidata' ) ) ).find( ( f ) => f.length ) || [];
	let engine = null;
	const wikidata = () => ( engine = engine || createEngine( { files: defaultFiles } ) );
	/**
	 * @type
	 * {Array<{match:string,status?:number,headers?:object,body?:string,delayMs?:number,truncateBytes?:number,reset?:boolean,hang?:boolean,times?:number}>}
	 */
	let faults = [];
	let log = [];
	const sockets = new Set();

	const server = http.createServer( ( req, res ) => {
		handle( req, res ).catch( ( err ) => {
			if ( !res.headersSent ) {
				sendJson( res, 500, { error: { code: 'fixture-server-error', info: String( err ) } } );
			} else {
				res.destroy();
			}
		} );
	} );
	server.on( 'connection', ( s ) => {
		sockets.add( s );
		s.on( 'close', () => sockets.delete( s ) );
	} );

	function sendJson( res, status, body, extra = {} ) {
		res.writeHead( status, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...extra } );
		res.end( JSON.stringify( body ) );
	}

	async function handle( req, res ) {
		const url = new URL( req.url, 'http://fixture.invalid' );

		// Control endpoints for tests (not logged, not faulted).
		if ( url.pathname === '/__faults' ) {
			if ( req.method === 'POST' ) {
				const body = JSON.parse( await readBody( req ) || '{}' );
				faults.push( ...( Array.isArray( body ) ? body : [ body ] ) );
				sendJson( res, 200, { faults } );
			} else if ( req.method === 'DELETE' ) {
				// ?match=X removes only the faults set with that match (tests running side by
				// side).
				const only = url.searchParams.get( 'match' );
				faults = only === null ? [] : faults.filter( ( f ) => f.match !== only );
				sendJson( res, 200, { faults } );
			} else {
				sendJson( res, 200, { faults } );
			}
			return;
		}
		if ( url.pathname === '/__wikidata' ) {
			// POST Turtle: the engine and the API serve only that dataset (hostile e2e); DELETE:
			// back to the default.
			if ( req.method === 'POST' ) {
				engine = createEngine( { files: [], turtle: [ await readBody( req ) ] } );
			} else if ( req.method === 'DELETE' ) {
				engine = null;
			}
			sendJson( res, 200, { files: engine ? engine.files : defaultFiles } );
			return;
		}
		if ( url.pathname === '/__log' ) {
			if ( req.method === 'DELETE' ) {
				log = [];
			}
			sendJson( res, 200, log );
			return;
		}

		if ( req.method === 'OPTIONS' ) {
			res.writeHead( 204, CORS_HEADERS );
			res.end();
			return;
		}

		// Parameters from the query string and, for POST forms, the body (WDQS, Action API).
		const params = new URLSearchParams( url.search );
		if ( req.method === 'POST' ) {
			const body = await readBody( req );
			if ( String( req.headers[ 'content-type' ] ).startsWith( 'application/x-www-form-urlencoded' ) ) {
				for ( const [ k, v ] of new URLSearchParams( body ) ) {
					params.append( k, v );
				}
			}
		}

		const pathAndQuery = url.pathname + url.search;
		log.push( {
			method: req.method,
			path: pathAndQuery,
			host: url.pathname.split( '/' )[ 1 ] ?? '',
			time: new Date().toISOString()
		} );

		// Fault injection: first active fault whose `match` occurs in path+query (or POST params).
		const faultHaystack = decodeURIComponent( pathAndQuery ) + '\n' + params.toString();
		const fault = faults.find( ( f ) => ( f.times ?? Infinity ) > 0 &&
			( faultHaystack.includes( f.match ?? '' ) || pathAndQuery.includes( f.match ?? '' ) ) );
		if ( fault ) {
			fault.times = ( fault.times ?? Infinity ) - 1;
			if ( fault.delayMs ) {
				await new Promise( ( r ) => {
					setTimeout( r, fault.delayMs );
				} );
			}
			if ( fault.hang ) {
				return; // never answer; the socket is closed when the server stops
			}
			if ( fault.reset ) {
				req.socket.destroy();
				return;
			}
			if ( fault.status !== undefined ) {
				res.writeHead( fault.status, { ...corsHeadersFor( url.pathname, fault.exposeRetryAfter ), 'Content-Type': 'text/plain; charset=utf-8', ...fault.headers } );
				res.end( fault.body ?? '' );
				return;
			}
			// Otherwise the fault only shapes the real answer (delay, truncation, extra headers).
		}

		await serveData( req, res, url, params, fault );
	}

	async function serveData( req, res, url, params, fault ) {
		let rel;
		try {
			rel = decodeURIComponent( url.pathname ).replace( /^\/+/, '' );
		} catch {
			sendJson( res, 400, { error: { code: 'badpath' } } );
			return;
		}
		if ( rel === 'query.wikidata.org/sparql' || rel === 'query.wikidata.org/bigdata/namespace/wdq/sparql' ) {
			const answer = answerHttp( wikidata(), params, String( req.headers.accept || '' ) );
			await sendBody( req, res, answer.status, Buffer.from( answer.body, 'utf8' ), { ...answer.headers, 'Cache-Control': 'no-store', ...fault?.headers }, fault );
			return;
		}
		const entityPath = /^www\.wikidata\.org\/wiki\/Special:EntityData\/(Q[1-9]\d*)\.json$/.exec( rel );
		if ( entityPath ) {
			// Special:EntityData as Wikibase answers it: cacheable by the CDN only at its canonical
			// URL (no query string: ?flavor=, ?revision= … are `private, no-cache`); 404 when unknown.
			const answer = entityData( wikidata().store, entityPath[ 1 ] );
			const cache = url.search ? 'private, no-cache, s-maxage=0' : 'public, s-maxage=3600, max-age=3600';
			const body = Buffer.from( answer.body ? JSON.stringify( answer.body ) : 'Not found: no entity with ID ' + entityPath[ 1 ] + '.', 'utf8' );
			await sendBody( req, res, answer.status, body, { 'Content-Type': answer.body ? 'application/json; charset=UTF-8' : 'text/plain; charset=UTF-8',
				'Cache-Control': cache, ...fault?.headers }, fault );
			return;
		}
		if ( rel === 'www.wikidata.org/w/api.php' && params.get( 'action' ) === 'wbgetentities' ) {
			const body = Buffer.from( JSON.stringify( wbgetentities( wikidata().store, params ) ), 'utf8' );
			await sendBody( req, res, 200, body, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...fault?.headers }, fault );
			return;
		}
		if ( rel === 'maps.wikimedia.org/geoshape' ) {
			const answer = geoshapeAnswer( params );
			await sendBody( req, res, answer.status, Buffer.from( JSON.stringify( answer.body ), 'utf8' ), { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'max-age=3600', ...fault?.headers }, fault );
			return;
		}
		const synthetic = await syntheticMonthBody( roots, rel );
		if ( synthetic ) {
			await sendBody( req, res, 200, synthetic, { 'Content-Type': CONTENT_TYPES[ '.tsv' ], 'Cache-Control': 'max-age=3600', ...fault?.headers }, fault );
			return;
		}
		const found = await resolveInRoots( roots, rel );

		if ( found?.st.isDirectory() ) {
			// Dynamic endpoint?
			const routesHit = await resolveInRoots( roots, path.join( rel, '_routes.json' ) );
			if ( routesHit ) {
				const rules = JSON.parse( await fsp.readFile( routesHit.full, 'utf8' ) );
				const rule = matchRoute( rules, params );
				if ( !rule ) {
					sendJson( res, 404, { error: { code: 'fixture-no-route', info: `no rule in ${ routesHit.full } matches`, params: Object.fromEntries( params ) } } );
					return;
				}
				const file = path.join( path.dirname( routesHit.full ), rule.file );
				// WDQS labels its JSON answers with the SPARQL results media type.
				const typeHeader = rel.startsWith( 'query.wikidata.org/' ) && file.endsWith( '.json' ) ?
					{ 'Content-Type': 'application/sparql-results+json; charset=utf-8' } : {};
				await sendFile( req, res, file, rule.status ?? 200,
					{ ...typeHeader, ...rule.headers, ...fault?.headers }, fault );
				return;
			}
			for ( const index of [ 'index.html', 'index.json' ] ) {
				const hit = await resolveInRoots( roots, path.join( rel, index ) );
				if ( hit?.st.isFile() ) {
					await sendFile( req, res, hit.full, 200, fault?.headers, fault );
					return;
				}
			}
			if ( !url.pathname.endsWith( '/' ) ) {
				res.writeHead( 301, { ...CORS_HEADERS, Location: url.pathname + '/' + url.search } );
				res.end();
				return;
			}
			sendIndex( res, url.pathname, releaseNames( await listDir( roots, rel ) ) );
			return;
		}
		if ( found?.st.isFile() ) {
			await sendFile( req, res, found.full, 200, fault?.headers, fault );
			return;
		}
		if ( /^maps\.wikimedia\.org\/img\/.*\.png$/.test( rel ) ) {
			// Kartographer's static mapframe images (static-map.mjs), drawn from the same tiles
			const image = staticMapPng( rel );
			res.writeHead( image ? 200 : 400, { ...CORS_HEADERS, 'Content-Type': image ? 'image/png' : 'text/plain', 'Cache-Control': 'max-age=3600' } );
			res.end( req.method === 'HEAD' ? undefined : image || 'Bad static map request' );
			return;
		}
		if ( /^maps\.wikimedia\.org\/osm-intl\/.*\.png$/.test( rel ) ) {
			const tile = tilePng( rel ) || GREY_TILE; // Natural Earth basemap (tiles.mjs)
			res.writeHead( 200, { ...CORS_HEADERS, 'Content-Type': 'image/png', 'Content-Length': tile.length, 'Cache-Control': 'max-age=3600' } );
			res.end( req.method === 'HEAD' ? undefined : tile );
			return;
		}
		// Marker images of saved map data (marker-pins.mjs), as maps.wikimedia.org's marker service
		const pin = markerPinSvg( rel );
		if ( pin ) {
			res.writeHead( 200, { ...CORS_HEADERS, 'Content-Type': 'image/svg+xml', 'Content-Length': Buffer.byteLength( pin ), 'Cache-Control': 'max-age=3600' } );
			res.end( req.method === 'HEAD' ? undefined : pin );
			return;
		}
		// Commons thumbnails: a placeholder that says it is one (thumbs.mjs)
		const thumb = thumbnailPlaceholder( rel );
		if ( thumb ) {
			res.writeHead( 200, { ...CORS_HEADERS, 'Content-Type': 'image/svg+xml', 'Content-Length': thumb.length, 'Cache-Control': 'max-age=3600' } );
			res.end( req.method === 'HEAD' ? undefined : thumb );
			return;
		}
		sendJson( res, 404, { error: { code: 'fixture-not-found', info: `no fixture for /${ rel }` } } );
	}

	function sendIndex( res, pathname, names ) {
		// Same shape as Apache's mod_autoindex on analytics.wikimedia.org.
		const lines = names.map( ( n ) => `<a href="${ escapeHtml( encodeURIComponent( n.replace( /\/$/, '' ) ) + ( n.endsWith( '/' ) ? '/' : '' ) ) }">${ escapeHtml( n ) }</a>` );
		const html = `<html>\n<head><title>Index of ${ escapeHtml( pathname ) }</title></head>\n<body>\n<h1>Index of ${ escapeHtml( pathname ) }</h1><hr><pre><a href="../">../</a>\n${ lines.join( '\n' ) }\n</pre><hr></body>\n</html>\n`;
		res.writeHead( 200, { ...CORS_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } );
		res.end( html );
	}

	/** An answer made here (engine, API), shaped by a fault like files are (delay, truncation). */
	async function sendBody( req, res, status, body, headers, fault ) {
		const truncate = fault?.truncateBytes;
		// Like files: the host's exposed headers (the Wikidata API's wbgetentities exposes
		// Retry-After).
		const out = { ...corsHeadersFor( new URL( req.url, 'http://fixture' ).pathname, fault?.exposeRetryAfter ), ...headers };
		if ( truncate === undefined ) {
			out[ 'Content-Length' ] = body.length;
		}
		res.writeHead( status, out );
		res.end( req.method === 'HEAD' ? undefined : truncate === undefined ? body : body.subarray( 0, truncate ) );
	}

	async function sendFile( req, res, file, status, headers, fault ) {
		const st = await statOrNull( file );
		if ( !st?.isFile() ) {
			sendJson( res, 500, { error: { code: 'fixture-missing-file', info: file } } );
			return;
		}
		const truncate = fault?.truncateBytes;
		const out = {
			...corsHeadersFor( new URL( req.url, 'http://fixture' ).pathname, fault?.exposeRetryAfter ),
			'Content-Type': contentTypeFor( file ),
			'Cache-Control': 'max-age=3600',
			...headers
		};
		// A truncated answer announces no length: the client sees a clean end of a short body.
		if ( truncate === undefined ) {
			out[ 'Content-Length' ] = st.size;
		}
		res.writeHead( status, out );
		if ( req.method === 'HEAD' ) {
			res.end();
			return;
		}
		const stream = createReadStream( file,
			truncate !== undefined ? { start: 0, end: Math.max( 0, truncate - 1 ) } : {} );
		if ( truncate === 0 ) {
			stream.destroy();
			res.end();
			return;
		}
		// Stream, never buffer whole files; delayMs (if any) slows each chunk down.
		for await ( const chunk of stream ) {
			if ( res.destroyed ) {
				stream.destroy();
				return;
			}
			if ( !res.write( chunk ) ) {
				await new Promise( ( r ) => {
					res.once( 'drain', r );
				} );
			}
		}
		res.end();
	}

	await new Promise( ( resolve, reject ) => {
		server.once( 'error', reject );
		server.listen( port, host, resolve );
	} );
	const actualPort = server.address().port;
	return {
		url: `http://${ host }:${ actualPort }`,
		port: actualPort,
		close: () => new Promise( ( resolve ) => {
			for ( const s of sockets ) {
				s.destroy();
			}
			server.close( () => resolve() );
		} )
	};
}

// --- CLI ------------------------------------------------------------------------------------

if ( process.argv[ 1 ] && path.resolve( process.argv[ 1 ] ) === fileURLToPath( import.meta.url ) ) {
	const args = process.argv.slice( 2 );
	let port = 8081;
	const roots = [];
	for ( let i = 0; i < args.length; i++ ) {
		if ( args[ i ] === '--port' ) {
			port = Number( args[ ++i ] );
		} else if ( args[ i ] === '--root' ) {
			roots.push( path.resolve( args[ ++i ] ) );
		} else {
			console.error( 'usage: node localwiki/fixture-server.mjs [--port 8081] [--root DIR]...' );
			process.exit( 1 );
		}
	}
	roots.push( DEFAULT_ROOT );
	const srv = await startFixtureServer( { port, roots } );
	console.log( `fixture server at ${ srv.url } (roots: ${ roots.join( ', ' ) })` );
	const stop = () => srv.close().then( () => process.exit( 0 ) );
	process.on( 'SIGINT', stop );
	process.on( 'SIGTERM', stop );
}
