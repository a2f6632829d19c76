// What the manifest says each page is built from (the deploy's dry run names the files that
// changed), and language names for descriptions.

/** Files every page depends on: how pages are built and which library versions. */
export const BUILD_SOURCES = [ 'build.mjs', 'build', 'package.json', 'package-lock.json' ];

/**
 * The repository files and packages a bundle is made of (esbuild's metafile inputs), for the
 * deploy's dry run ("which source files changed"): virtual message modules are their i18n folders,
 * npm files their package.
 */
export function bundleSources( inputs ) {
	const out = new Set( BUILD_SOURCES );
	for ( const input of inputs ) {
		const m = /^i18n:i18n(?:-loader)?:([a-z-]+)$/.exec( input );
		if ( m ) {
			out.add( 'i18n/core' );
			out.add( 'i18n/' + m[ 1 ] );
		} else if ( /^codex-tokens:/.test( input ) ) {
			out.add( 'node_modules/@wikimedia/codex-design-tokens' );
		} else if ( !/^[a-z-]+:/.test( input ) ) {
			const at = input.indexOf( 'node_modules/' );
			const parts = at === -1 ? [] : input.slice( at ).split( '/' );
			out.add( at === -1 ? input :
				parts.slice( 0, parts[ 1 ].charAt( 0 ) === '@' ? 3 : 2 ).join( '/' ) );
		}
	}
	return [ ...out ].sort();
}

/** Pages built from the gadget definitions. */
export const DEFINITION_SOURCES = [ 'build.mjs', 'build', 'gadgets' ];

/** A language's name in another language (ICU's, through Intl), with its code: "árabe (ar)". */
export function languageName( code, inLanguage ) {
	const name = new Intl.DisplayNames( [ inLanguage ], { type: 'language' } ).of( code );
	return ( name || code ) + ' (' + code + ')';
}
