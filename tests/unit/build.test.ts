// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { es2017Error } from '../../build/es-check.mjs';
import { definitionLine } from '../../build/definitions.mjs';

describe( 'ES2017 check', () => {
	it( 'accepts ES2017 and rejects newer syntax', () => {
		expect( es2017Error( 'async function f(){ await 1; } var a = { b: 1 };' ) ).toBeNull();
		expect( es2017Error( 'var a = b?.c;' ) ).toMatch( /1:/ );
		expect( es2017Error( 'var a = b ?? c;' ) ).not.toBeNull();
		expect( es2017Error( 'var a = { ...b };' ) ).not.toBeNull();
		expect( es2017Error( 'try { x() } catch { }' ) ).not.toBeNull();
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
