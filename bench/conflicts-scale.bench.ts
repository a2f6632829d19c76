/**
 * The Geo Conflicts dashboard at 50,000 conflicts: typing in the name search and selecting a
 * conflict, ours against the code before issue 14 (its `src/` taken from git at BASELINE_COMMIT
 * into bench/.baseline/, gitignored), both in the same jsdom process on the same conflicts. The
 * work runs in bench/conflicts-scale.jsdom.ts under vitest (the unit tests' mw stand-in and message
 * modules); this file only prepares the baseline and passes the result on to bench/run.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The last commit of main before the issue-14 changes. */
export const BASELINE_COMMIT = 'd3d34e3';
const ROOT = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '..' );
const BASE_DIR = path.join( ROOT, 'bench', '.baseline', BASELINE_COMMIT );

if ( !existsSync( path.join( BASE_DIR, 'src' ) ) ) {
	mkdirSync( BASE_DIR, { recursive: true } );
	const archive = spawnSync( 'git', [ 'archive', BASELINE_COMMIT, 'src' ], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 } );
	if ( archive.status !== 0 ) {
		throw new Error( 'git archive failed: ' + archive.stderr.toString() );
	}
	const untar = spawnSync( 'tar', [ '-x', '-C', BASE_DIR ], { input: archive.stdout } );
	if ( untar.status !== 0 ) {
		throw new Error( 'tar failed: ' + untar.stderr.toString() );
	}
}
const out = path.join( ROOT, 'bench', '.baseline', 'result.json' );
const run = spawnSync( process.execPath, [ path.join( ROOT, 'node_modules', 'vitest', 'vitest.mjs' ), 'run', '--config', 'vitest.bench.config.ts', 'bench/conflicts-scale.jsdom.ts' ], {
	cwd: ROOT, stdio: [ 'ignore', 'inherit', 'inherit' ], env: Object.assign( {}, process.env, { GEO_BENCH_BASELINE: BASE_DIR, GEO_BENCH_OUT: out } ),
} );
if ( run.status !== 0 ) {
	throw new Error( 'vitest bench failed' );
}
console.log( 'BENCH-RESULT ' + readFileSync( out, 'utf8' ) );
