// @vitest-environment node
// The deploy command as an admin runs it (tsx, as `npm run deploy` does), without a wiki.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.resolve( import.meta.dirname, '../..' );
const TSX = path.join( REPO, 'node_modules/.bin/tsx' );
const CLI = path.join( REPO, 'src/deploy/cli.ts' );

/** Runs the CLI; stdout and stderr in one stream, in the order written. */
function run( args: string[], cwd = REPO ): { code: number | null; out: string } {
	const res = spawnSync( 'bash', [ '-c', '"$0" "$@" 2>&1', TSX, CLI, ...args ], { cwd, encoding: 'utf8',
		env: { ...process.env, MW_USERNAME: '', MW_PASSWORD: '', MW_OAUTH2_TOKEN: '' }, timeout: 60_000 } );
	return { code: res.status, out: res.stdout };
}

describe( 'deploy --help (issue 24 item 8)', () => {
	it( 'explains every option, the credentials and the exit codes', () => {
		const { code, out } = run( [ '--help' ] );
		expect( code ).toBe( 0 );
		for ( const option of [ '--wiki', '--dry-run', '--diff', '--only', '--force', '--allow-dirty', '--definitions', '--dist', '--help' ] ) {
			// Each option on its own line with words after it.
			const line = out.split( '\n' ).find( ( l ) => l.startsWith( `  ${ option } ` ) ) ?? '';
			expect( line.slice( option.length + 2 ).trim(), option ).not.toBe( '' );
		}
		expect( out ).toContain( 'MW_USERNAME' );
		expect( out ).toContain( 'MW_OAUTH2_TOKEN' );
		expect( out ).toContain( 'Edit sitewide and user CSS/JS' );
		expect( out ).toMatch( /Exit codes: 0 [\s\S]*; 1 [\s\S]*; 2 / );
	} );

	it( 'answers an unknown option with the reason and the help', () => {
		const { code, out } = run( [ '--wiki', 'x', '--no-such-option' ] );
		expect( code ).toBe( 1 );
		expect( out ).toMatch( /no-such-option/ );
		expect( out ).toContain( '--allow-dirty' );
	} );
} );

describe( 'a dirty git tree (issue 24 item 8)', () => {
	const dir = mkdtempSync( path.join( os.tmpdir(), 'geo-deploy-dirty-' ) );
	execFileSync( 'git', [ 'init', '-q', dir ] );
	writeFileSync( path.join( dir, 'uncommitted.txt' ), 'x' );
	afterAll( () => rmSync( dir, { recursive: true, force: true } ) );

	it( 'is stated before anything else, even with --dry-run', () => {
		const { out } = run( [ '--wiki', 'http://127.0.0.1:9/api.php', '--dry-run', '--dist', path.join( dir, 'no-build' ) ], dir );
		expect( out.split( '\n' )[ 0 ] ).toMatch( /^Dirty git tree: .*a real deploy would refuse/ );
		expect( out ).toContain( 'uncommitted.txt' );
	} );

	it( 'refuses a real deploy, before reading the build or the wiki', () => {
		const { code, out } = run( [ '--wiki', 'http://127.0.0.1:9/api.php', '--dist', path.join( dir, 'no-build' ) ], dir );
		expect( code ).toBe( 2 );
		expect( out.split( '\n' )[ 0 ] ).toMatch( /^Refusing to deploy from a dirty git tree/ );
	} );
} );
