// `npm run publish-reduced` against a release host that never ends its body, or stops sending:
// the command ends within a bound, with a clear error and exit code 1, and never grows without
// limit (issue 22 item 7). A local server in the test plays the host; the wiki is never reached.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve( import.meta.dirname, '../..' );
const LINE = 'eswiki\tes.wikipedia\tChile\tCL\t1 to 4\t1.1\t0.9\t8\t5217\t9000\t2023-08\n';
let server: Server;
let base: string;

beforeAll( async () => {
	server = createServer( ( req, res ) => {
		res.writeHead( 200, { 'Content-Type': 'text/tab-separated-values' } );
		if ( req.url?.includes( 'endless' ) ) {
			// The same line again and again, as fast as the client reads.
			const chunk = LINE.repeat( 2000 );
			const pump = (): void => {
				while ( res.write( chunk ) ) { /* until the socket is full */ }
			};
			res.on( 'drain', pump );
			res.on( 'close', () => res.off( 'drain', pump ) );
			pump();
		} else {
			// A few lines, then nothing: headers sent, the body never ends.
			res.write( LINE.repeat( 3 ) );
		}
	} );
	await new Promise<void>( ( r ) => {
		server.listen( 0, '127.0.0.1', r );
	} );
	base = `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`;
} );
afterAll( () => {
	server.closeAllConnections();
	server.close();
} );

function run( folder: string ): Promise<{ code: number | null; stderr: string; ms: number }> {
	const started = Date.now();
	return new Promise( ( resolve, reject ) => {
		const child = spawn( process.execPath, [ '--import', 'tsx', 'src/deploy/publish-reduced.ts',
			'--wiki', 'http://127.0.0.1:9/w/api.php', '--months', '2023-08', '--countries', 'CL',
			'--source', `${ base }/${ folder }/`, '--timeout', '2' ], {
			cwd: REPO, env: { ...process.env, MW_USERNAME: 'x', MW_PASSWORD: 'y' },
			stdio: [ 'ignore', 'pipe', 'pipe' ],
		} );
		let stderr = '';
		child.stderr.on( 'data', ( c ) => {
			stderr += c;
		} );
		const killer = setTimeout( () => child.kill( 'SIGKILL' ), 60_000 );
		child.on( 'error', reject );
		child.on( 'close', ( code ) => {
			clearTimeout( killer );
			resolve( { code, stderr, ms: Date.now() - started } );
		} );
	} );
}

describe( 'publish-reduced downloads through the bounded, timed reader', () => {
	it( 'an endless body ends with a clear error and exit code 1', async () => {
		const r = await run( 'endless' );
		expect( r.code ).toBe( 1 );
		expect( r.stderr ).toMatch( /2023-08\.tsv: .*(more than|too large|rows)/ );
		expect( r.ms ).toBeLessThan( 30_000 );
	}, 70_000 );

	it( 'a stalled body ends after the timeout with a clear error and exit code 1', async () => {
		const r = await run( 'stalled' );
		expect( r.code ).toBe( 1 );
		expect( r.stderr ).toMatch( /2023-08\.tsv: .*no data for 2 s/ );
		expect( r.ms ).toBeLessThan( 30_000 );
	}, 70_000 );
} );
