// toolforge/jobs.yaml and toolforge/run.sh (docs/operations.md): every job runs run.sh with a
// subcommand it knows, and each subcommand runs an npm script that exists. The script itself runs
// with a stand-in `npm` on PATH that prints its arguments, so the months it asks for are checked.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve( import.meta.dirname, '../..' );
const RUN = path.join( ROOT, 'toolforge', 'run.sh' );

function runScript( sub: string, env: Record<string, string> = {} ): string {
	const bin = mkdtempSync( path.join( os.tmpdir(), 'geo-run-sh-' ) );
	writeFileSync( path.join( bin, 'npm' ), '#!/bin/sh\necho "npm $*"\n' );
	chmodSync( path.join( bin, 'npm' ), 0o755 );
	return execFileSync( 'sh', [ RUN, sub ], { encoding: 'utf8',
		env: { PATH: bin + ':' + process.env.PATH, GEO_WIKI_API: 'https://es.wikipedia.org/w/api.php', ...env } } );
}

describe( 'toolforge jobs', () => {
	const jobs = readFileSync( path.join( ROOT, 'toolforge', 'jobs.yaml' ), 'utf8' );
	const scripts = ( JSON.parse( readFileSync( path.join( ROOT, 'package.json' ), 'utf8' ) ) as
		{ scripts: Record<string, string> } ).scripts;

	it( 'runs run.sh with a known subcommand in every job, with the fields the framework reads', () => {
		const names = [ ...jobs.matchAll( /^- name: ([\w-]+)$/gm ) ].map( ( m ) => m[ 1 ] );
		const commands = [ ...jobs.matchAll( /^ {2}command: ~\/geo-gadgets\/toolforge\/run\.sh (\w+)$/gm ) ].map( ( m ) => m[ 1 ] );
		expect( names ).toEqual( [ 'geo-conflicts-snapshot', 'geo-editors-reduced' ] );
		expect( commands ).toEqual( [ 'snapshot', 'reduced' ] );
		expect( [ ...jobs.matchAll( /^ {2}image: node\d+$/gm ) ] ).toHaveLength( 2 );
		expect( [ ...jobs.matchAll( /^ {2}schedule: "[\d*]+ [\d*]+ [\d*]+ [\d*]+ [\d*]+"$/gm ) ] ).toHaveLength( 2 );
		expect( [ ...jobs.matchAll( /^ {2}emails: onfailure$/gm ) ] ).toHaveLength( 2 );
	} );

	it( 'runs the publish commands of package.json, the reduced pages for the last three months', () => {
		expect( scripts[ 'publish-snapshot' ] ).toBeTruthy();
		expect( scripts[ 'publish-reduced' ] ).toBeTruthy();
		expect( runScript( 'snapshot' ).trim() ).toBe( 'npm run --silent publish-snapshot -- --wiki https://es.wikipedia.org/w/api.php' );
		const reduced = runScript( 'reduced', { GEO_WIKIS: 'eswiki' } ).trim();
		const m = /^npm run --silent publish-reduced -- --wiki \S+ --months (\d{4}-\d{2})\.\.(\d{4}-\d{2}) --countries all --wikis eswiki --weekly$/.exec( reduced );
		expect( m ).not.toBeNull();
		const months = ( a: string, b: string ): number => ( Number( b.slice( 0, 4 ) ) - Number( a.slice( 0, 4 ) ) ) * 12 +
			Number( b.slice( 5 ) ) - Number( a.slice( 5 ) );
		const now = new Date().toISOString().slice( 0, 7 );
		expect( [ months( m![ 1 ], m![ 2 ] ), months( m![ 2 ], now ) ] ).toEqual( [ 2, 1 ] );
	} );

	it( 'refuses without the wiki or with an unknown subcommand', () => {
		expect( () => execFileSync( 'sh', [ RUN, 'snapshot' ], { env: { PATH: process.env.PATH }, stdio: 'pipe' } ) ).toThrow( /GEO_WIKI_API/ );
		expect( () => runScript( 'everything' ) ).toThrow();
	} );
} );
