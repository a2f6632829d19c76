/**
 * `src/` is the product: no file there but a test imports the development environment
 * (`localwiki/`, `tests/`). Test support lives in `tests/support/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve( __dirname, '../../src' );

function productFiles( dir: string ): string[] {
	return readdirSync( dir ).flatMap( ( name ) => {
		const file = path.join( dir, name );
		if ( statSync( file ).isDirectory() ) {
			return productFiles( file );
		}
		return /\.(?:ts|mts|js|mjs)$/.test( name ) && !/\.test\.ts$/.test( name ) ? [ file ] : [];
	} );
}

describe( 'product folders', () => {
	it( 'no product file in src/ imports localwiki/ or tests/', () => {
		const offenders = productFiles( SRC ).filter( ( file ) => /from\s+['"](?:\.\.\/)+(?:localwiki|tests)\//.test( readFileSync( file, 'utf8' ) ) )
			.map( ( file ) => path.relative( SRC, file ) );
		// geo-conflicts' engine-answers.ts is moved by another branch (issue 22); remove it here
		// once that lands.
		expect( offenders.filter( ( f ) => f !== path.join( 'geo-conflicts', 'data', 'engine-answers.ts' ) ) ).toEqual( [] );
	} );
} );
