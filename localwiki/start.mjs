// `npm start`: a local wiki with the built gadgets, fed by the fixture server.
//
//   npm start -- [--data DIR] [--port 8080] [--fixture-port 8081] [--dist dist] [--fresh]
//
// --data DIR   extra fixture data, looked up before localwiki/sample-data. A folder laid out by
//              host/path, or a folder of geoeditors monthly *.tsv files.
// --fresh      reinstall the wiki instead of reusing .localwiki/dev.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, DEFAULT_ROOT } from './fixture-server.mjs';
import {
	assertPortFree, createBotPassword, createDemoPages, createUser, installWiki, prepareMachine,
	printServerErrors, readWikiState, warmUp, watchExceptionLog, runDeploy, startWiki
} from './wiki.mjs';

const REPO = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '..' );
const GEOEDITORS_PATH = 'analytics.wikimedia.org/published/datasets/geoeditors_monthly';

const { values: opts } = parseArgs( {
	options: {
		data: { type: 'string' },
		port: { type: 'string', default: '8080' },
		'fixture-port': { type: 'string', default: '8081' },
		dist: { type: 'string', default: path.join( REPO, 'dist' ) },
		fresh: { type: 'boolean', default: false }
	}
} );

let mediawiki;
try {
	// Installs what is missing where it may (root or sudo), else says the exact command.
	mediawiki = await prepareMachine();
} catch ( err ) {
	console.error( err instanceof Error ? err.message : err );
	process.exit( 1 );
}

const cleanups = [];
async function cleanup() {
	while ( cleanups.length > 0 ) {
		try {
			await cleanups.pop()();
		} catch ( err ) {
			console.error( err );
		}
	}
}
let stopping = false;
function stop() {
	if ( stopping ) {
		return;
	}
	stopping = true;
	console.log( '\nStopping…' );
	cleanup().then( () => process.exit( 0 ) );
}
for ( const sig of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( sig, stop );
}

/** Data roots for the fixture server, --data first. */
function dataRoots() {
	if ( !opts.data ) {
		return [ DEFAULT_ROOT ];
	}
	const dir = path.resolve( opts.data );
	if ( readdirSync( dir ).some( ( f ) => f.endsWith( '.tsv' ) ) ) {
		// A bare folder of monthly files: mount it where the geoeditors release lives.
		const overlay = mkdtempSync( path.join( os.tmpdir(), 'geo-data-' ) );
		mkdirSync( path.join( overlay, path.dirname( GEOEDITORS_PATH ) ), { recursive: true } );
		symlinkSync( dir, path.join( overlay, GEOEDITORS_PATH ) );
		cleanups.push( async () => rmSync( overlay, { recursive: true, force: true } ) );
		return [ overlay, DEFAULT_ROOT ];
	}
	return [ dir, DEFAULT_ROOT ];
}

try {
	const port = Number( opts.port );
	await assertPortFree( port, '--port' );
	await assertPortFree( Number( opts[ 'fixture-port' ] ), '--fixture-port' );
	const fixture = await startFixtureServer( { port: Number( opts[ 'fixture-port' ] ), roots: dataRoots() } );
	cleanups.push( () => fixture.close() );

	const dir = path.join( REPO, '.localwiki', 'dev' );
	if ( opts.fresh ) {
		rmSync( dir, { recursive: true, force: true } );
	}
	const state = existsSync( path.join( dir, 'LocalSettings.php' ) ) && readWikiState( dir );
	// A wiki installed with another MediaWiki (1.39 before) is reinstalled, not half-upgraded.
	const reuse = state && state.mwDir === mediawiki.dir && state.mwVersion === mediawiki.version;
	if ( !reuse ) {
		rmSync( dir, { recursive: true, force: true } );
		console.log( `Installing a wiki with MediaWiki ${ mediawiki.version } in ${ path.relative( REPO, dir ) }…` );
		await installWiki( { dir, port, fixtureBase: fixture.url, mwDir: mediawiki.dir } );
	} else {
		console.log( `Reusing the wiki in ${ path.relative( REPO, dir ) } (MediaWiki ${ mediawiki.version }; --fresh to reinstall)` );
	}
	const wiki = await startWiki( { dir, port, fixtureBase: fixture.url, log: printServerErrors } );
	cleanups.push( watchExceptionLog( dir ) );
	cleanups.push( () => wiki.stop() );

	const admin = readWikiState( dir );
	const bot = await createBotPassword( { dir } );
	const reader = await createUser( { dir, name: 'Reader' } );

	console.log( 'Deploying the build with the deploy CLI…' );
	const deploy = await runDeploy( { apiUrl: wiki.apiUrl, ...bot, dist: opts.dist, echo: true } );
	if ( deploy.code === 2 ) {
		console.warn( 'The deploy refused (see above): the dev wiki keeps its on-wiki edits. Run with --fresh to start over.' );
	} else if ( deploy.code !== 0 ) {
		throw new Error( `deploy failed with exit code ${ deploy.code }` );
	}

	const titles = await createDemoPages( { apiUrl: wiki.apiUrl, username: admin.adminUser,
		password: admin.adminPassword } );
	await warmUp( wiki );
	const link = ( t ) => `${ wiki.indexUrl }?title=${ encodeURIComponent( t.replace( / /g, '_' ) ).replace( /%3A/g, ':' ).replace( /%2F/g, '/' ) }`;
	console.log( `
Geo gadgets local wiki is running.

  Main page              ${ link( 'Main_Page' ) }
${ titles.filter( ( t ) => !/^MediaWiki:.*\/[a-z-]+$/.test( t ) ).map( ( t ) => `  ${ t.padEnd( 22 ) } ${ link( t ) }` ).join( '\n' ) }
  Dashboard              ${ link( 'Special:BlankPage/GeoEditors' ) }
  Conflicts map          ${ link( 'Special:BlankPage/GeoConflicts' ) }
  Night mode             ${ link( titles[ 0 ] ?? 'Main_Page' ) }&vectornightmode=1  (logged in: Special:Preferences → Appearance → Color)
  In Spanish             ${ link( titles[ 0 ] ?? 'Main_Page' ) }&uselang=es

  Log in                 ${ link( 'Special:UserLogin' ) }
    admin                ${ admin.adminUser } / ${ admin.adminPassword }
    reader               ${ reader.username } / ${ reader.password }
  Fixture server         ${ fixture.url }/__log (requests seen)

Wiki errors (HTTP 5xx, PHP errors, exceptions) are printed here as they happen.
Press Ctrl-C to stop.` );
} catch ( err ) {
	console.error( err instanceof Error ? err.message : err );
	await cleanup();
	process.exit( 1 );
}
