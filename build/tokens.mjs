// Codex design tokens from @wikimedia/codex-design-tokens, the package Vector 2022 and Minerva
// take their CSS custom properties from. Our CSS writes `var( --token, fallback )` so that skins
// without the tokens still get Codex's colours; the fallbacks are filled from the package at build
// time (light values, or dark ones in night-mode rules) and a unit test checks the sources match.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';

const require = createRequire( import.meta.url );
const PACKAGE = '@wikimedia/codex-design-tokens';

/**
 * Every named token of one of the package's JSON themes, flattened: { 'color-base': '#202122' }.
 *
 * @param {string} file
 * @return {Record<string, string>}
 */
function flatten( file ) {
	const out = {};
	const walk = ( node ) => {
		if ( node && typeof node === 'object' ) {
			if ( typeof node.name === 'string' && 'value' in node ) {
				out[ node.name ] = String( node.value );
				return;
			}
			Object.keys( node ).forEach( ( key ) => walk( node[ key ] ) );
		}
	};
	walk( JSON.parse( readFileSync( require.resolve( PACKAGE + '/' + file ), 'utf8' ) ) );
	return out;
}

let cache = null;

/**
 * The package's light theme and its dark mode, and the package version.
 *
 * @return {{ version: string, light: Record<string, string>, dark: Record<string, string> }}
 */
export function codexTokens() {
	if ( !cache ) {
		const light = flatten( 'theme-wikimedia-ui.json' );
		cache = {
			version: JSON.parse( readFileSync( require.resolve( PACKAGE + '/package.json' ), 'utf8' ) ).version,
			light,
			dark: Object.assign( {}, light, flatten( 'theme-wikimedia-ui-mode-dark.json' ) )
		};
	}
	return cache;
}

/**
 * Light and dark values of the named tokens, for the TypeScript module `codex-tokens:a,b,c`.
 *
 * @param {string[]} names
 * @return {{ light: Record<string, string>, dark: Record<string, string> }}
 */
export function pickTokens( names ) {
	const { light, dark } = codexTokens();
	const out = { light: {}, dark: {} };
	for ( const name of names ) {
		if ( !( name in light ) ) {
			throw new Error( PACKAGE + ' has no token "' + name + '"' );
		}
		out.light[ name ] = light[ name ];
		out.dark[ name ] = dark[ name ];
	}
	return out;
}

const NIGHT = /\.skin-theme-clientpref-night\b/;
const OS = /\.skin-theme-clientpref-os\b/;
const VAR = /var\(\s*--([a-z0-9-]+)\s*,\s*([^()]*?)\s*\)/g;

/**
 * Whether a rule styles night mode: the skin's explicit night class, or its "follow the OS"
 * class inside a prefers-color-scheme: dark query.
 *
 * @param {import('postcss').Rule} rule
 * @return {boolean}
 */
function isNight( rule ) {
	let darkQuery = false;
	for ( let p = rule.parent; p; p = p.parent ) {
		if ( p.type === 'atrule' && p.name === 'media' && /prefers-color-scheme\s*:\s*dark/.test( p.params ) ) {
			darkQuery = true;
		}
	}
	return rule.selectors.every( ( s ) => NIGHT.test( s ) || ( darkQuery && OS.test( s ) ) );
}

/**
 * Go through every `var( --token, fallback )` of a stylesheet; our own --geo-* variables are
 * skipped.
 *
 * @param {string} css
 * @param {string} file
 * @param {( found: { name: string, fallback: string, expected: string | undefined, mode: string,
 *   line: number } ) => string | void} visit
 * @return {string} the stylesheet with the fallbacks visit returned
 */
function eachFallback( css, file, visit ) {
	const root = postcss.parse( css, { from: file } );
	root.walkDecls( ( decl ) => {
		const rule = decl.parent;
		const mode = rule && rule.type === 'rule' && isNight( rule ) ? 'dark' : 'light';
		decl.value = decl.value.replace( VAR, ( whole, name, fallback ) => {
			if ( name.startsWith( 'geo-' ) ) {
				return whole;
			}
			const expected = codexTokens()[ mode ][ name ];
			const line = decl.source && decl.source.start ? decl.source.start.line : 0;
			const replacement = visit( { name, fallback, expected, mode, line } );
			return replacement === undefined ? whole : 'var( --' + name + ', ' + replacement + ' )';
		} );
	} );
	return root.toString();
}

/**
 * Every fallback that is not the package's value, or names no Codex token.
 *
 * @param {string} css
 * @param {string} file
 * @return {string[]} one line per problem
 */
export function fallbackProblems( css, file ) {
	const problems = [];
	eachFallback( css, file, ( { name, fallback, expected, mode, line } ) => {
		if ( expected === undefined ) {
			problems.push( file + ':' + line + ': --' + name + ' is not a Codex design token' );
		} else if ( fallback.toLowerCase() !== expected.toLowerCase() ) {
			problems.push( file + ':' + line + ': --' + name + ' falls back to ' + fallback + ', ' + PACKAGE +
				' ' + codexTokens().version + ' has ' + expected + ' (' + mode + ')' );
		}
	} );
	return problems;
}

/**
 * The stylesheet with every Codex fallback set to the package's value (unknown names throw).
 *
 * @param {string} css
 * @param {string} file
 * @return {string}
 */
export function fillFallbacks( css, file ) {
	return eachFallback( css, file, ( { name, expected, line } ) => {
		if ( expected === undefined ) {
			throw new Error( file + ':' + line + ': --' + name + ' is not a Codex design token' );
		}
		return expected;
	} );
}

// `node build/tokens.mjs --write FILE…` rewrites the sources' fallbacks from the package (after an
// upgrade of @wikimedia/codex-design-tokens); without --write it lists what differs.
if ( process.argv[ 1 ] && import.meta.url === new URL( 'file://' + process.argv[ 1 ] ).href ) {
	const write = process.argv.includes( '--write' );
	const files = process.argv.slice( 2 ).filter( ( a ) => a !== '--write' );
	let problems = [];
	for ( const file of files ) {
		const css = readFileSync( file, 'utf8' );
		if ( write ) {
			writeFileSync( file, fillFallbacks( css, file ) );
		} else {
			problems = problems.concat( fallbackProblems( css, file ) );
		}
	}
	console.log( problems.length ? problems.join( '\n' ) : 'Codex fallbacks match ' + PACKAGE + ' ' + codexTokens().version );
	process.exitCode = problems.length ? 1 : 0;
}
