// Message bundles for the build and the unit tests: banana JSON from i18n/core and i18n/<gadget>.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL( '..', import.meta.url ).pathname;

/** Every language's messages of a folder, without qqq and @metadata: { en: { key: text } }. */
export function readFolder( folder ) {
	const dir = join( root, 'i18n', folder );
	const bundle = {};
	if ( !existsSync( dir ) ) {
		return bundle;
	}
	for ( const file of readdirSync( dir ).sort() ) {
		if ( !file.endsWith( '.json' ) || file === 'qqq.json' ) {
			continue;
		}
		const lang = file.slice( 0, -5 );
		const data = JSON.parse( readFileSync( join( dir, file ), 'utf8' ) );
		delete data[ '@metadata' ];
		bundle[ lang ] = data;
	}
	return bundle;
}

/** The gadget's full bundle: shared core strings plus its own. */
export function gadgetBundle( gadget ) {
	const shared = readFolder( 'core' );
	const own = readFolder( gadget );
	const out = {};
	for ( const lang of new Set( Object.keys( shared ).concat( Object.keys( own ) ) ) ) {
		out[ lang ] = Object.assign( {}, shared[ lang ], own[ lang ] );
	}
	return out;
}

/** Only some keys, for the loader, which must stay tiny. */
export function pickKeys( bundle, keys ) {
	const out = {};
	for ( const lang of Object.keys( bundle ) ) {
		const picked = {};
		for ( const key of keys ) {
			if ( bundle[ lang ][ key ] !== undefined ) {
				picked[ key ] = bundle[ lang ][ key ];
			}
		}
		if ( Object.keys( picked ).length ) {
			out[ lang ] = picked;
		}
	}
	return out;
}

/**
 * esbuild/vite-compatible resolver of the virtual modules `i18n:<gadget>` and
 * `i18n-loader:<gadget>`.
 */
export function i18nModule( id, gadgets ) {
	let m = /^i18n:([a-z-]+)$/.exec( id );
	if ( m ) {
		return gadgetBundle( m[ 1 ] );
	}
	m = /^i18n-loader:([a-z-]+)$/.exec( id );
	if ( m ) {
		const def = gadgets[ m[ 1 ] ];
		return pickKeys( gadgetBundle( m[ 1 ] ), ( def && def.loader.messages ) || [] );
	}
	// One message's English text, for a loader that shows it only when the rest of its set is
	// missing (core/activation.ts): the other languages come from the language pages then.
	m = /^i18n-en:([a-z-]+)$/.exec( id );
	if ( m ) {
		const key = m[ 1 ];
		const found = [ 'core' ].concat( Object.keys( gadgets ) ).map( ( f ) => ( readFolder( f ).en || {} )[ key ] ).filter( Boolean )[ 0 ];
		if ( !found ) {
			throw new Error( 'i18n-en: no English message ' + key );
		}
		return found;
	}
	// The keys an extra module lists (`messages` of its entry in extraModules), every language.
	m = /^i18n-pick:([a-z-]+)\/([a-z-]+)$/.exec( id );
	if ( m ) {
		const extra = ( ( gadgets[ m[ 1 ] ] && gadgets[ m[ 1 ] ].extraModules ) || [] ).filter( ( e ) => e.id === m[ 2 ] )[ 0 ];
		return pickKeys( gadgetBundle( m[ 1 ] ), ( extra && extra.messages ) || [] );
	}
	return null;
}

/** gadgets/<id>.json by id. */
export function readGadgets() {
	const dir = join( root, 'gadgets' );
	const out = {};
	for ( const file of readdirSync( dir ).sort() ) {
		if ( file.endsWith( '.json' ) ) {
			const def = JSON.parse( readFileSync( join( dir, file ), 'utf8' ) );
			out[ def.id ] = def;
		}
	}
	return out;
}
