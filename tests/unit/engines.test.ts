// A fresh `npm install` warns EBADENGINE when a dependency's `engines` excludes a Node version that
// package.json says we support. Hold every locked dependency to our stated range.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve( import.meta.dirname, '../..' );
const read = ( file: string ): Record<string, unknown> =>
	JSON.parse( readFileSync( path.join( REPO, file ), 'utf8' ) ) as Record<string, unknown>;

describe( 'engines', () => {
	it( 'every locked dependency accepts every Node version package.json accepts', () => {
		const ours = ( read( 'package.json' ).engines as { node: string } ).node;
		expect( semver.validRange( ours ) ).toBeTruthy();
		const packages = read( 'package-lock.json' ).packages as
			Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[] }>;
		const refused = Object.entries( packages )
			.filter( ( [ name, p ] ) => name && !p.optional && p.engines && !Array.isArray( p.engines ) &&
				p.engines.node && !semver.subset( ours, p.engines.node ) )
			.map( ( [ name, p ] ) => name + ' wants ' + ( p.engines as { node: string } ).node );
		expect( refused ).toEqual( [] );
	} );

	it( 'this machine runs a Node version we state', () => {
		const ours = ( read( 'package.json' ).engines as { node: string } ).node;
		expect( semver.satisfies( process.version, ours ) ).toBe( true );
	} );
} );
