// esbuild plugins of the build: the virtual message modules, libraries a hidden gadget provides,
// and our CSS with its Codex fallbacks.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { i18nModule } from './i18n.mjs';
import { fillFallbacks, pickTokens } from './tokens.mjs';

const root = join( dirname( new URL( import.meta.url ).pathname ), '..' );

/**
 * The virtual message modules. A gadget core gets English only (`englishOnly`): the other languages
 * are hidden message gadgets of their own (see messageModules); the loaders' few strings and the
 * self-contained user scripts keep every language.
 */
export function i18nPlugin( englishOnly, gadgets, userScript = false ) {
	return {
		name: 'i18n',
		setup( build ) {
			build.onResolve( { filter: /^i18n(-loader|-pick|-en)?:/ }, ( args ) => ( { path: args.path, namespace: 'i18n' } ) );
			build.onLoad( { filter: /.*/, namespace: 'i18n' }, ( args ) => {
				const messages = i18nModule( args.path, gadgets );
				// A user-script loader carries its tooltips in English only (its budget): the reader's
				// language comes from the set's language page on first hover (core/activation.ts).
				if ( userScript && args.path.startsWith( 'i18n-loader:' ) ) {
					for ( const lang of Object.keys( messages ) ) {
						for ( const key of Object.keys( messages[ lang ] ) ) {
							if ( lang !== 'en' && key.endsWith( '-tooltip' ) ) {
								delete messages[ lang ][ key ];
							}
						}
					}
				}
				// A module built English-only (cores, `englishOnly` extras) gets the other languages
				// from the hidden message gadgets; the loaders' strings keep every language.
				const full = /^i18n(-pick)?:/.test( args.path );
				return {
					contents: JSON.stringify( englishOnly && full ? { en: messages.en } :
						messages ),
					loader: 'json',
					watchDirs: [ join( root, 'i18n' ) ]
				};
			} );
		}
	};
}

/**
 * In a gadget core, an npm import that a hidden library gadget provides (chart.js, Leaflet) is
 * read from that gadget's mw.libs global instead of being bundled again. See `replaces`/`global`
 * in gadgets/*.json; the self-contained user scripts bundle everything.
 */
export function providedBy( provided ) {
	const byPath = {};
	for ( const lib of provided ) {
		for ( const path of lib.replaces || [] ) {
			byPath[ path ] = lib.global;
		}
	}
	return {
		name: 'provided-by-library-gadget',
		setup( build ) {
			build.onResolve( { filter: /.*/ }, ( args ) => ( byPath[ args.path ] ? { path: args.path, namespace: 'provided' } : undefined ) );
			build.onLoad( { filter: /.*/, namespace: 'provided' }, ( args ) => ( {
				contents: 'module.exports = mw.libs[' + JSON.stringify( byPath[ args.path ] ) + '];',
				loader: 'js'
			} ) );
		}
	};
}

/**
 * Our CSS with its Codex fallbacks filled from @wikimedia/codex-design-tokens (build/tokens.mjs).
 * CSS imported `with { type: 'text' }` (added at runtime, e.g. the map's) is minified like the
 * rest. `codex-tokens:a,b` modules give TypeScript those tokens' light and dark values.
 */
export const codexTokensPlugin = {
	name: 'codex-tokens',
	setup( build ) {
		build.onResolve( { filter: /^codex-tokens:/ }, ( args ) => ( { path: args.path, namespace: 'codex-tokens' } ) );
		build.onLoad( { filter: /.*/, namespace: 'codex-tokens' }, ( args ) => ( {
			contents: JSON.stringify( pickTokens( args.path.slice( 'codex-tokens:'.length ).split( ',' ) ) ),
			loader: 'json'
		} ) );
		build.onLoad( { filter: /\/src\/.*\.css$/ }, async ( args ) => {
			const css = fillFallbacks( readFileSync( args.path, 'utf8' ), args.path );
			// args.with is esbuild's import attributes object, not Array.prototype.with.
			// eslint-disable-next-line es-x/no-array-prototype-with
			if ( !args.with || args.with.type !== 'text' ) {
				return { contents: css, loader: 'css' };
			}
			const result = await esbuild.transform( css, { loader: 'css', minify: true, target: 'chrome80' } );
			return { contents: result.code.trim(), loader: 'text' };
		} );
	}
};
