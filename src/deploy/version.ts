// The package version and git commit, for the edit summaries of the publish commands.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function version(): { version: string; commit: string } {
	const pkg = JSON.parse( readFileSync( new URL( '../../package.json', import.meta.url ), 'utf8' ) ) as { version: string };
	let commit = 'unknown';
	try {
		commit = execFileSync( 'git', [ 'rev-parse', '--short', 'HEAD' ], { encoding: 'utf8', stdio: [ 'ignore', 'pipe', 'ignore' ] } ).trim();
	} catch {
		// Not a git checkout: the summary says so.
	}
	return { version: pkg.version, commit };
}
