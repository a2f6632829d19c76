// @vitest-environment node
// Every user-visible string is a message. This reads the source with the TypeScript parser and
// fails on a string literal with letters that reaches the screen: a text child of h()/svg(),
// a `text:` prop, textContent/title/placeholder/alt/aria-label values, or mw.notify().
import { describe, it, expect } from 'vitest';
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const src = join( __dirname, '..', '..', 'src' );
const VISIBLE_ATTRS = [ 'title', 'placeholder', 'alt', 'aria-label', 'aria-description', 'aria-valuetext', 'label' ];
const VISIBLE_PROPS = [ 'textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel', 'label' ];

function files( dir: string ): string[] {
	return readdirSync( dir ).flatMap( ( name ) => {
		const path = join( dir, name );
		if ( statSync( path ).isDirectory() ) {
			return name === 'deploy' ? [] : files( path ); // the deploy CLI talks to developers, in English
		}
		// Tests and their helpers hold sample data, not UI.
		return /\.ts$/.test( name ) && !/\.d\.ts$|test/.test( name ) ? [ path ] : [];
	} );
}

/** A literal with a letter in it is words; punctuation, numbers and CSS-ish tokens are not. */
function isWords( node: ts.Node ): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
	return ( ts.isStringLiteral( node ) || ts.isNoSubstitutionTemplateLiteral( node ) ) && /\p{L}{2,}/u.test( node.text );
}

function findings( file: string, text = readFileSync( file, 'utf8' ) ): string[] {
	const source = ts.createSourceFile( file, text, ts.ScriptTarget.Latest, true );
	const out: string[] = [];
	const report = ( node: ts.Node ): void => {
		const { line } = source.getLineAndCharacterOfPosition( node.getStart() );
		out.push( relative( src, file ) + ':' + ( line + 1 ) + ' ' + node.getText() );
	};
	const visit = ( node: ts.Node ): void => {
		if ( ts.isCallExpression( node ) ) {
			const callee = node.expression.getText();
			if ( ( callee === 'h' || callee === 'svg' ) && node.arguments.length > 2 ) {
				node.arguments.slice( 2 ).forEach( ( a ) => isWords( a ) && report( a ) );
			}
			if ( /(^|\.)notify$/.test( callee ) && node.arguments[ 0 ] && isWords( node.arguments[ 0 ] ) ) {
				report( node.arguments[ 0 ] );
			}
			if ( /setAttribute$/.test( callee ) && node.arguments.length === 2 && ts.isStringLiteral( node.arguments[ 0 ] ) &&
				VISIBLE_ATTRS.includes( node.arguments[ 0 ].text ) &&
					isWords( node.arguments[ 1 ] ) ) {
				report( node.arguments[ 1 ] );
			}
		}
		if ( ts.isPropertyAssignment( node ) ) {
			const name = node.name.getText().replace( /['"]/g, '' );
			if ( ( name === 'text' || VISIBLE_ATTRS.includes( name ) ) && isWords( node.initializer ) ) {
				report( node.initializer );
			}
		}
		if ( ts.isBinaryExpression( node ) &&
			node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
			ts.isPropertyAccessExpression( node.left ) &&
				VISIBLE_PROPS.includes( node.left.name.text ) && isWords( node.right ) ) {
			report( node.right );
		}
		ts.forEachChild( node, visit );
	};
	visit( source );
	return out;
}

describe( 'user-visible strings', () => {
	it( 'are all messages (no literal words reach the screen)', () => {
		const all = files( src ).flatMap( ( f ) => findings( f ) );
		expect( all ).toEqual( [] );
	} );

	it( 'the check itself catches each kind of literal, and not messages', () => {
		const text = "h( 'p', null, 'Hello world' ); el.textContent = 'Loading data'; h( 'b', { text: 'Oops' } );\n" +
			"h( 'i', { attrs: { title: 'Hover me' } } ); mw.notify( 'Saved it' ); el.setAttribute( 'aria-label', 'Close it' );\n" +
			"h( 'p', null, msg( 'geo-x' ), '·', ' – ' ); h( 'p', { class: 'geo-panel', text: msg( 'geo-y' ) } );";
		expect( findings( join( src, 'example.ts' ), text ).map( ( f ) => f.replace( /^.*? /, '' ) ) )
			.toEqual( [ "'Hello world'", "'Loading data'", "'Oops'", "'Hover me'", "'Saved it'", "'Close it'" ] );
	} );
} );
