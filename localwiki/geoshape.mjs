// maps.wikimedia.org/geoshape for the local demo: country outlines by Wikidata item from Natural
// Earth (public domain, the world-atlas package's 1:110m TopoJSON), in the answer shape of
// Wikimedia's geoshapes service with getgeojson=1 (mediawiki-services-geoshapes,
// src/lib/geoshapes.js): a FeatureCollection whose features carry the QID as `id`, empty
// `properties` and the geometry; `ids` are checked as it checks them (Q[1-9][0-9]{0,15}, at most
// 500). Items without a shape are left out, as there. The QID ↔ ISO mapping is the gadget's own
// table (country-items.json).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire( import.meta.url );
const MAX_IDS = 500;
let byQid = null;

function shapes() {
	if ( !byQid ) {
		const world = JSON.parse( readFileSync( require.resolve( 'world-atlas/countries-110m.json' ), 'utf8' ) );
		const table = JSON.parse( readFileSync( path.join( path.dirname( fileURLToPath( import.meta.url ) ), '../src/geo-editors/data/country-items.json' ), 'utf8' ) ).items;
		const qidOfNumeric = new Map( Object.values( table ).filter( ( [ , n ] ) => n )
			.map( ( [ q, n ] ) => [ n, q ] ) );
		byQid = new Map();
		for ( const f of feature( world, world.objects.countries ).features ) {
			// Kosovo has no ISO numeric code in Natural Earth: matched by name.
			const qid = f.id ? qidOfNumeric.get( f.id ) : f.properties.name === 'Kosovo' ? table.XK[ 0 ] : null;
			if ( qid ) {
				byQid.set( qid, f.geometry );
			}
		}
	}
	return byQid;
}

/** { status, body } for the query parameters of a geoshape request. */
export function geoshapeAnswer( params ) {
	const ids = ( params.get( 'ids' ) || '' ).split( ',' ).filter( ( id ) => id !== '' );
	if ( !ids.length ) {
		return { status: 400, body: { error: '"ids" or "query" parameter must be given' } };
	}
	if ( ids.length > MAX_IDS ) {
		return { status: 400, body: { error: `No more than ${ MAX_IDS } IDs is allowed` } };
	}
	if ( !ids.every( ( id ) => /^Q[1-9][0-9]{0,15}$/.test( id ) ) ) {
		return { status: 400, body: { error: 'Invalid Wikidata ID' } };
	}
	if ( !params.get( 'getgeojson' ) ) {
		return { status: 400, body: { error: 'this stand-in answers GeoJSON only (getgeojson=1); the service would send TopoJSON' } };
	}
	const all = shapes();
	const features = ids.filter( ( id ) => all.has( id ) ).map( ( id ) => ( { type: 'Feature', id, properties: {}, geometry: all.get( id ) } ) );
	return { status: 200, body: { type: 'FeatureCollection', features } };
}
