// MediaWiki validates gadget JavaScript before it serves it ($wgResourceLoaderValidateJS, on by
// default) and replaces code that does not parse with an error. The grammars differ by version:
// MediaWiki 1.43 LTS parses ES2016 (Peast::ES2016 in ResourceLoader\Module::validateScriptFile),
// Wikimedia production ES2017. We build for the oldest supported one and parse every output with
// that grammar instead of trusting esbuild's target alone (a dependency could slip newer syntax
// in).
import * as acorn from 'acorn';

/** The ECMAScript edition every supported MediaWiki accepts (the build target follows it). */
export const ES_VERSION = 2016;
export const ES_TARGET = 'es' + ES_VERSION;

/** Null when the code parses as ES_VERSION, else "line:column message". */
export function syntaxError( code ) {
	try {
		acorn.parse( code, { ecmaVersion: ES_VERSION, sourceType: 'script' } );
		return null;
	} catch ( e ) {
		return ( e.loc ? e.loc.line + ':' + e.loc.column + ' ' : '' ) + e.message;
	}
}
