// @vitest-environment node
// Every `var( --token, fallback )` in our CSS falls back to the value
// @wikimedia/codex-design-tokens gives that token (its dark mode in night-mode rules): the build
// fills them from the package, and this keeps the sources honest too. After a package upgrade: node
// build/tokens.mjs --write src/**/*.css
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codexTokens, fallbackProblems, fillFallbacks, pickTokens } from '../../build/tokens.mjs';
import CODEX from 'codex-tokens:color-base,background-color-base';

const root = join( __dirname, '..', '..' );
const cssFiles = ( readdirSync( join( root, 'src' ), { recursive: true } ) as string[] )
	.filter( ( f ) => f.endsWith( '.css' ) ).map( ( f ) => join( root, 'src', f ) );

describe( 'Codex design tokens', () => {
	it( 'reads light and dark values from the package', () => {
		const { light, dark } = codexTokens();
		expect( light[ 'color-base' ] ).toBe( '#202122' );
		expect( dark[ 'color-base' ] ).toBe( '#eaecf0' );
		expect( dark[ 'color-progressive' ] ).not.toBe( light[ 'color-progressive' ] );
	} );

	it( 'every fallback in src/**/*.css is the package value', () => {
		expect( cssFiles.length ).toBeGreaterThan( 3 );
		const problems = cssFiles.flatMap( ( f ) => fallbackProblems( readFileSync( f, 'utf8' ), relative( root, f ) ) );
		expect( problems ).toEqual( [] );
	} );

	it( 'night-mode rules take dark values; our own --geo-* variables are left alone', () => {
		const css = '.a { color: var( --color-base, red ); --x: var( --geo-own, 1px ); }\n' +
			'html.skin-theme-clientpref-night .a { color: var( --color-base, red ); }\n' +
			'@media ( prefers-color-scheme: dark ) { html.skin-theme-clientpref-os .a { color: var( --color-base, red ); } }';
		expect( fallbackProblems( css, 't.css' ) ).toHaveLength( 3 );
		const filled = fillFallbacks( css, 't.css' );
		expect( filled ).toContain( '.a { color: var( --color-base, #202122 ); --x: var( --geo-own, 1px ); }' );
		expect( filled.match( /#eaecf0/g ) ).toHaveLength( 2 );
		expect( () => fillFallbacks( '.a { color: var( --color-made-up, red ); }', 't.css' ) ).toThrow( /not a Codex design token/ );
	} );

	it( 'the codex-tokens: module TypeScript imports is the package value', () => {
		expect( CODEX ).toEqual( pickTokens( [ 'color-base', 'background-color-base' ] ) );
		expect( CODEX.dark[ 'background-color-base' ] ).toBe( codexTokens().dark[ 'background-color-base' ] );
	} );
} );
