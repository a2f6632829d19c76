// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { syntaxError, ES_TARGET } from '../../build/es-check.mjs';
import { definitionLine, jsonDefinition } from '../../build/definitions.mjs';
import { cssPage, jsPage } from '../../build/pages.mjs';

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

describe( 'built wiki pages depend only on their code (issue 24 item 6)', () => {
	it( 'carry neither version nor commit: a docs-only commit changes no page', () => {
		const page = jsPage( 'geo-editors loader', 'var a=1;' );
		expect( page ).toBe( jsPage( 'geo-editors loader', 'var a=1;' ) );
		expect( page ).not.toMatch( /v\d+\.\d+\.\d+|\([0-9a-f]{7,}(-dirty)?\)/ );
		expect( cssPage( 'x-core', '.a{color:red}' ) ).not.toMatch( /v\d+\.\d+\.\d+|\([0-9a-f]{7,}/ );
	} );

	it( 'keep "~~~~" and "{{subst:" inert in JS and CSS without touching the account\'s preferences (nowiki)', () => {
		expect( jsPage( 'x', 'var s="~~~~";' ) ).toMatch( /^\/\/ <nowiki>\n[\s\S]*\n\/\/ <\/nowiki>$/ );
		expect( cssPage( 'x', '.a::after{content:"~~~~"}' ) ).toMatch( /^\/\* <nowiki> \*\/\n[\s\S]*\n\/\* <\/nowiki> \*\/$/ );
	} );

	it( 'keep the nowiki closed only at the end when the code itself holds "</nowiki>"', () => {
		const page = jsPage( 'x', 'var s="</nowiki>{{subst:x}}",r=/<\\/NOWIKI >/u;' );
		expect( page.match( /<\/nowiki\s*>/gi ) ).toEqual( [ '</nowiki>' ] );
		expect( page.endsWith( '// </nowiki>' ) ).toBe( true );
		expect( syntaxError( page ) ).toBeNull();
		// The same string at run time.
		expect( page ).toContain( 'var s="<\\/nowiki>{{subst:x}}"' );
		expect( cssPage( 'x', '.a::after{content:"</nowiki>"}' ).match( /<\/nowiki>/g ) ).toEqual( [ '</nowiki>' ] );
	} );
} );

describe( 'JSON gadget definitions (MediaWiki:Gadgets/<id>.json, issue 24 item 7)', () => {
	it( 'use the keys Gadgets REL1_43 reads (settings.category, not section)', () => {
		const def = jsonDefinition( { dependencies: [ 'mediawiki.util' ], hidden: true, namespaces: [ '0' ] }, [ 'x.js', 'x.css' ], 'geo-gadgets' ) as { settings: Record<string, unknown>; module: Record<string, unknown> };
		expect( def.settings.category ).toBe( 'geo-gadgets' );
		expect( def.settings ).not.toHaveProperty( 'section' );
		// GadgetDefinitionValidator: namespaces are numbers.
		expect( def.settings.namespaces ).toEqual( [ 0 ] );
		expect( def.module.pages ).toEqual( [ 'x.js', 'x.css' ] );
	} );
} );
