// @vitest-environment node
// Every message file is valid banana JSON, every key is in en and documented in qqq, and every
// language we ship is complete: a missing translation fails here, not in front of a reader.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join( __dirname, '..', '..', 'i18n' );
const params = ( s: string ): string[] => ( s.match( /\$\d+/g ) || [] ).filter( ( p, i, a ) => a.indexOf( p ) === i );
const REQUIRED = [ 'en', 'es', 'pt', 'fr', 'it', 'de', 'ja', 'ar' ];

function load( folder: string, lang: string ): Record<string, unknown> {
	return JSON.parse( readFileSync( join( root, folder, lang + '.json' ), 'utf8' ) );
}

for ( const folder of readdirSync( root ) ) {
	describe( 'i18n/' + folder, () => {
		const files = readdirSync( join( root, folder ) ).filter( ( f ) => f.endsWith( '.json' ) );
		const en = load( folder, 'en' );
		const qqq = load( folder, 'qqq' );
		const keys = Object.keys( en ).filter( ( k ) => k !== '@metadata' );
		// translatewiki.net keeps MediaWiki messages of every project in one namespace: each key
		// starts with its component's name (the shared core's is geo-gadgets; a library gadget
		// such as geo-charts names its own description).
		const prefixes = folder === 'core' ? [ 'geo-gadgets-', 'geo-charts-' ] : [ folder + '-' ];

		it( 'has every required language', () => {
			for ( const lang of REQUIRED.concat( 'qqq' ) ) {
				expect( files, lang ).toContain( lang + '.json' );
			}
		} );

		for ( const file of files ) {
			it( file + ' is banana JSON: @metadata and string values only, prefixed keys', () => {
				const data = JSON.parse( readFileSync( join( root, folder, file ), 'utf8' ) );
				expect( typeof data[ '@metadata' ] ).toBe( 'object' );
				// translatewiki.net adds its translators here on export; ours are listed by hand.
				const authors = data[ '@metadata' ].authors;
				expect( Array.isArray( authors ) && authors.length > 0 && authors.every( ( a: unknown ) => typeof a === 'string' && a ), file + ' @metadata.authors' ).toBe( true );
				for ( const [ key, value ] of Object.entries( data ) ) {
					if ( key === '@metadata' ) {
						continue;
					}
					expect( typeof value, key ).toBe( 'string' );
					expect( prefixes.some( ( prefix ) => key.startsWith( prefix ) ), key )
						.toBe( true );
					expect( keys, file + ': ' + key + ' is not in en.json' ).toContain( key );
				}
			} );
		}

		it( 'documents every key in qqq.json', () => {
			for ( const key of keys ) {
				expect( typeof qqq[ key ], key ).toBe( 'string' );
			}
		} );

		for ( const lang of REQUIRED.filter( ( l ) => l !== 'en' ) ) {
			it( lang + ' is complete and uses the same parameters', () => {
				const data = load( folder, lang );
				for ( const key of keys ) {
					expect( typeof data[ key ], lang + ': ' + key ).toBe( 'string' );
					const translated = data[ key ] as string;
					// No parameter English lacks; every parameter English shows outside
					// {{PLURAL:…}} (a language without plurals, like Japanese, may leave out the
					// one PLURAL reads).
					for ( const p of params( translated ) ) {
						expect( params( en[ key ] as string ), lang + ': ' + key + ' uses ' + p ).toContain( p );
					}
					for ( const p of params( ( en[ key ] as string ).replace( /\{\{PLURAL:\$\d+/g, '' ) ) ) {
						expect( params( translated ), lang + ': ' + key + ' lacks ' + p ).toContain( p );
					}
				}
			} );
		}
	} );
}
