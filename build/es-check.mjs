// Production MediaWiki validates gadget JavaScript as ES2017: parse every output with that grammar
// instead of trusting esbuild's target alone (a dependency could slip newer syntax through).
import * as acorn from 'acorn';

/** Null when the code parses as ES2017, else "line:column message". */
export function es2017Error( code ) {
	try {
		acorn.parse( code, { ecmaVersion: 2017, sourceType: 'script' } );
		return null;
	} catch ( e ) {
		return ( e.loc ? e.loc.line + ':' + e.loc.column + ' ' : '' ) + e.message;
	}
}
