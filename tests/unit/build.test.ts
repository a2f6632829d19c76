// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { syntaxError, ES_TARGET } from '../../build/es-check.mjs';
import { definitionLine } from '../../build/definitions.mjs';

describe( 'syntax check (the grammar of MediaWiki 1.43 LTS, ES2016)', () => {
	it( 'accepts ES2016 and rejects newer syntax', () => {
		expect( ES_TARGET ).toBe( 'es2016' );
		expect( syntaxError( 'function* f(){ yield 2 ** 3; } var a = { b: 1 }; [ 1 ].includes( 1 );' ) ).toBeNull();
		// 1.43's validator (Peast::ES2016) rejects async functions, which production's ES2017
		// accepts.
		expect( syntaxError( 'async function f(){ await 1; }' ) ).toMatch( /1:/ );
		expect( syntaxError( 'var a = b?.c;' ) ).toMatch( /1:/ );
		expect( syntaxError( 'var a = b ?? c;' ) ).not.toBeNull();
		expect( syntaxError( 'var a = { ...b };' ) ).not.toBeNull();
		expect( syntaxError( 'try { x() } catch { }' ) ).not.toBeNull();
	} );
} );

describe( 'Gadgets-definition line', () => {
	it( 'uses the production format', () => {
		expect( definitionLine( 'geo-editors', { dependencies: [ 'mediawiki.util' ], default: true, actions: [ 'view' ], supportsUrlLoad: true }, [ 'geo-editors.js' ] ) )
			.toBe( '* geo-editors[ResourceLoader|dependencies=mediawiki.util|actions=view|default|supportsUrlLoad] | geo-editors.js' );
		expect( definitionLine( 'x-core', { hidden: true }, [ 'x-core.js', 'x-core.css' ] ) )
			.toBe( '* x-core[ResourceLoader|hidden] | x-core.js | x-core.css' );
	} );
} );
