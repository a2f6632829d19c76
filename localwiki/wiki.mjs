// A real, local MediaWiki for `npm start` and the e2e tests.
//
// MediaWiki 1.43 LTS (Debian's package; localwiki/mediawiki.mjs finds or fetches it) is served
// read-only by `php -S`; everything writable (LocalSettings.php, the SQLite database) lives in a
// folder of our own, and MW_CONFIG_FILE tells MediaWiki where that LocalSettings.php is. The wiki's
// state file remembers which MediaWiki it was installed with.

import { spawn, execFile } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, appendFileSync, mkdirSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { Mwn } from 'mwn';
import { ensureMediaWiki, readVersion } from './mediawiki.mjs';
import { ensureSystemDeps } from './system-deps.mjs';

const execFileAsync = promisify( execFile );

const HERE = path.dirname( fileURLToPath( import.meta.url ) );
const ROUTER = path.join( HERE, 'router.php' );
const GEO_SETTINGS = path.join( HERE, 'GeoSettings.php' );
const STATE_FILE = 'geo-wiki.json';
export const USER_AGENT = 'GeoGadgets-localwiki/0.1 (https://es.wikipedia.org/wiki/Wikipedia:Geo_gadgets)';

/**
 * Everything the local wiki needs on this machine: PHP and its extensions (and Chromium with
 * `browser`) from Debian, and MediaWiki 1.43. Installs what it may, saying what it runs; throws
 * with the exact command otherwise. Resolves to { dir, version, source } of MediaWiki.
 */
export async function prepareMachine( { browser = false, log = console.log } = {} ) {
	await ensureSystemDeps( { browser, log } );
	return ensureMediaWiki( { log } );
}

/** A password MediaWiki's policy accepts and nobody guesses. */
function strongPassword() {
	return 'Geo-' + randomBytes( 18 ).toString( 'base64url' ) + '-9a';
}

/** Environment for every PHP process of this wiki (web server and maintenance scripts). */
function phpEnv( dir, port, fixtureBase ) {
	return {
		...process.env,
		MW_CONFIG_FILE: path.join( dir, 'LocalSettings.php' ),
		GEO_WIKI_SERVER: `http://127.0.0.1:${ port }`,
		// Unset: GeoSettings.php falls back to http://127.0.0.1:8081 (the CLI fixture server).
		...( fixtureBase ? { GEO_FIXTURE_BASE: fixtureBase } : {} ),
		// Several workers so load.php requests of one page view don't queue behind each other.
		PHP_CLI_SERVER_WORKERS: '4'
	};
}

export function readWikiState( dir ) {
	const file = path.join( dir, STATE_FILE );
	return existsSync( file ) ? JSON.parse( readFileSync( file, 'utf8' ) ) : null;
}

function writeWikiState( dir, state ) {
	writeFileSync( path.join( dir, STATE_FILE ), JSON.stringify( state, null, '\t' ) + '\n', { mode: 0o600 } );
}

/**
 * Install a fresh wiki into `dir` (must not contain one yet). Takes about a second.
 * Returns the admin credentials, also saved in <dir>/geo-wiki.json.
 */
export async function installWiki( { dir, port, fixtureBase, mwDir } ) {
	if ( existsSync( path.join( dir, 'LocalSettings.php' ) ) ) {
		throw new Error( `${ dir } already holds a wiki` );
	}
	mkdirSync( dir, { recursive: true } );
	const adminPassword = strongPassword();
	const env = phpEnv( dir, port, fixtureBase );
	await execFileAsync( 'php', [
		path.join( mwDir, 'maintenance/install.php' ),
		'--dbtype', 'sqlite',
		'--dbpath', path.join( dir, 'db' ),
		'--dbname', 'eswiki',
		'--server', `http://127.0.0.1:${ port }`,
		'--scriptpath', '',
		'--lang', 'en',
		'--pass', adminPassword,
		'--confpath', dir,
		'--skins', 'Vector,MinervaNeue,MonoBook',
		'--extensions', 'Gadgets,TextExtracts,ParserFunctions',
		'Geo Wiki', 'Admin'
	], { env, maxBuffer: 10 * 1024 * 1024 } );
	// Our additions live in one reviewed file instead of being pasted into LocalSettings.php.
	appendFileSync( path.join( dir, 'LocalSettings.php' ),
		`\n# Geo gadgets local wiki (localwiki/wiki.mjs)\nrequire_once ${ JSON.stringify( GEO_SETTINGS ) };\n` );
	const state = { adminUser: 'Admin', adminPassword, mwDir, mwVersion: readVersion( mwDir ) };
	writeWikiState( dir, state );
	return state;
}

/** Run a MediaWiki maintenance script against the wiki in `dir`. */
export async function runMaintenance( { dir, port = 0, fixtureBase = '' }, script, args = [] ) {
	const { mwDir } = readWikiState( dir );
	const { stdout } = await execFileAsync( 'php', [ path.join( mwDir, 'maintenance', script ), ...args ],
		{ env: phpEnv( dir, port, fixtureBase ), maxBuffer: 10 * 1024 * 1024 } );
	return stdout;
}

async function waitForApi( apiUrl, child, timeoutMs = 30000 ) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	while ( Date.now() < deadline ) {
		if ( child.exitCode !== null ) {
			throw new Error( `php -S exited with code ${ child.exitCode }` );
		}
		try {
			const res = await fetch( `${ apiUrl }?action=query&meta=siteinfo&format=json` );
			if ( res.ok ) {
				const body = await res.json();
				if ( body.query?.general ) {
					return;
				}
			}
			lastError = new Error( `api.php answered ${ res.status }` );
		} catch ( err ) {
			lastError = err;
		}
		await new Promise( ( r ) => setTimeout( r, 150 ) );
	}
	throw new Error( `wiki did not answer at ${ apiUrl }: ${ lastError }` );
}

/**
 * Serve the wiki in `dir` with `php -S 127.0.0.1:<port>`; resolves once api.php answers.
 * `log` (optional) receives the server's stderr lines (access log, PHP warnings).
 */
export async function startWiki( { dir, port, fixtureBase, log } ) {
	const url = `http://127.0.0.1:${ port }`;
	const { mwDir } = readWikiState( dir );
	const child = spawn( 'php', [ '-S', `127.0.0.1:${ port }`, '-t', mwDir, ROUTER ], {
		env: phpEnv( dir, port, fixtureBase ),
		stdio: [ 'ignore', 'pipe', 'pipe' ],
		// Own process group: with PHP_CLI_SERVER_WORKERS the server forks workers that would
		// outlive a signal sent to the parent alone.
		detached: true
	} );
	const onLine = ( chunk ) => log?.( chunk.toString() );
	child.stdout.on( 'data', onLine );
	child.stderr.on( 'data', onLine );
	const wiki = {
		url,
		apiUrl: `${ url }/api.php`,
		indexUrl: `${ url }/index.php`,
		pid: child.pid,
		stop: () => new Promise( ( resolve ) => {
			if ( child.exitCode !== null || child.signalCode !== null ) {
				resolve();
				return;
			}
			child.once( 'exit', () => resolve() );
			try {
				process.kill( -child.pid, 'SIGTERM' );
			} catch {
				child.kill( 'SIGTERM' );
			}
		} )
	};
	try {
		await waitForApi( wiki.apiUrl, child );
	} catch ( err ) {
		await wiki.stop();
		throw err;
	}
	return wiki;
}

/**
 * The grants the README's "Deploying" section documents (src/deploy/rights.ts DOCUMENTED_GRANTS,
 * checked equal by a test): "Edit sitewide and user CSS/JS" and "Create, edit, and move pages";
 * Special:BotPasswords always adds "basic", the maintenance script needs it named.
 */
export const DEPLOY_GRANTS = [ 'basic', 'editsiteconfig', 'createeditmovepage' ];

/**
 * A BotPassword `Admin@deploy` for the deploy CLI. Remembered in geo-wiki.json so a reused
 * wiki folder keeps working (the maintenance script refuses to create it twice). `grants` for
 * tests of other grant sets.
 */
export async function createBotPassword( { dir, user = 'Admin', appId = 'deploy', grants = DEPLOY_GRANTS } ) {
	const state = readWikiState( dir ) ?? {};
	const key = `bot:${ user }@${ appId }`;
	if ( state[ key ] ) {
		return { username: `${ user }@${ appId }`, password: state[ key ] };
	}
	// The API only treats a password as a bot password when it matches /^[0-9a-w]{32,}$/
	// (BotPassword::canonicalizeLoginData), so use exactly that alphabet.
	const alphabet = '0123456789abcdefghijklmnopqrstuvw';
	const password = Array.from( { length: 32 }, () => alphabet[ randomInt( alphabet.length ) ] ).join( '' );
	await runMaintenance( { dir }, 'createBotPassword.php',
		[ '--appid', appId, '--grants', grants.join( ',' ), user, password ] );
	writeWikiState( dir, { ...state, [ key ]: password } );
	return { username: `${ user }@${ appId }`, password };
}

/** A user account (normal by default; `sysop` adds the sysop group). Idempotent. */
export async function createUser( { dir, name, sysop = false } ) {
	const state = readWikiState( dir ) ?? {};
	const key = `user:${ name }`;
	if ( state[ key ] ) {
		return { username: name, password: state[ key ] };
	}
	const password = strongPassword();
	await runMaintenance( { dir }, 'createAndPromote.php', [ ...( sysop ? [ '--sysop' ] : [] ), name, password ] );
	writeWikiState( dir, { ...state, [ key ]: password } );
	return { username: name, password };
}

/** A logged-in mwn client. */
export async function login( { apiUrl, username, password } ) {
	// Main-account logins (Admin, Reader) draw a deprecation warning from action=login; expected here.
	return Mwn.init( { apiUrl, username, password, userAgent: USER_AGENT, silent: true, suppressAPIWarnings: true, maxRetries: 0 } );
}

/** Save one page through the API as the given user. Returns the API's edit result. */
export async function editPage( { apiUrl, username, password, title, text, summary = 'Geo gadgets local wiki' } ) {
	const bot = await login( { apiUrl, username, password } );
	return bot.save( title, text, summary );
}

/**
 * Create the demo pages listed in localwiki/pages/index.json (`[{ title, file }]`, file relative
 * to that folder) as the given user.
 */
export async function createDemoPages( { apiUrl, username, password, pagesDir = path.join( HERE, 'pages' ) } ) {
	const list = JSON.parse( readFileSync( path.join( pagesDir, 'index.json' ), 'utf8' ) );
	const bot = await login( { apiUrl, username, password } );
	for ( const { title, file } of list ) {
		await bot.save( title, readFileSync( path.join( pagesDir, file ), 'utf8' ), 'Geo gadgets demo page' );
	}
	return list.map( ( p ) => p.title );
}

/**
 * Ask load.php once for every gadget module, so the validator's parse of each script is in the
 * object cache before a reader (or a test with a 30 s page budget) asks: cold, chart.js alone takes
 * seconds to parse in PHP. Production's caches are warm too.
 */
export async function warmUp( { url, apiUrl } ) {
	const res = await fetch( `${ apiUrl }?action=query&list=gadgets&gaprop=id&format=json&formatversion=2` );
	const ids = ( await res.json() ).query.gadgets.map( ( g ) => g.id );
	for ( const id of ids ) {
		await ( await fetch( `${ url }/load.php?modules=ext.gadget.${ encodeURIComponent( id ) }&only=scripts&lang=en&skin=vector-2022` ) ).text();
	}
	return ids;
}

/** Rejects with the option to pass when something already listens on `port`. */
export function assertPortFree( port, option ) {
	return new Promise( ( resolve, reject ) => {
		const srv = net.createServer();
		srv.once( 'error', ( err ) => reject( err.code === 'EADDRINUSE' ?
			new Error( `Port ${ port } is in use (another npm start?). Pass another one: npm start -- ${ option } ${ port + 10 }` ) : err ) );
		srv.listen( port, '127.0.0.1', () => srv.close( () => resolve() ) );
	} );
}

/**
 * `php -S` stderr filter for `npm start`: server errors (HTTP 5xx, e.g. from load.php) and PHP
 * errors are printed, the access log of successful requests is not.
 */
export function printServerErrors( chunk, print = console.error ) {
	for ( const line of String( chunk ).split( '\n' ) ) {
		if ( /\[5\d\d\]:|PHP (Fatal|Parse|Warning|Recoverable)/.test( line ) ) {
			print( `wiki: ${ line.trim() }` );
		}
	}
}

/**
 * Print what MediaWiki writes to the wiki folder's exception.log (GeoSettings.php) as it grows.
 * Returns the function that stops watching.
 */
export function watchExceptionLog( dir, print = console.error ) {
	const file = path.join( dir, 'exception.log' );
	let offset = existsSync( file ) ? statSync( file ).size : 0;
	const timer = setInterval( () => {
		const size = existsSync( file ) ? statSync( file ).size : 0;
		if ( size > offset ) {
			const text = readFileSync( file ).subarray( offset, size ).toString( 'utf8' );
			print( text.trimEnd().split( '\n' ).map( ( l ) => `wiki exception: ${ l }` ).join( '\n' ) );
		}
		offset = size;
	}, 500 );
	timer.unref();
	return async () => clearInterval( timer );
}

/** A TCP port nobody listens on right now (for php -S, which cannot pick one itself). */
export function freePort() {
	return new Promise( ( resolve, reject ) => {
		const srv = net.createServer();
		srv.once( 'error', reject );
		srv.listen( 0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close( () => resolve( port ) );
		} );
	} );
}

const REPO = path.resolve( HERE, '..' );

/**
 * Run the project's own deploy CLI (src/deploy/cli.ts) against the wiki, so the local wiki
 * and the tests exercise exactly what a real deploy does. Resolves to { code, stdout, stderr }.
 */
export function runDeploy( { apiUrl, username, password, dist = path.join( REPO, 'dist' ), args = [], echo = false } ) {
	return new Promise( ( resolve, reject ) => {
		const child = spawn( 'npx', [ 'tsx', 'src/deploy/cli.ts', '--wiki', apiUrl, '--allow-dirty', '--dist', dist, ...args ], {
			cwd: REPO,
			env: { ...process.env, MW_USERNAME: username, MW_PASSWORD: password, MW_OAUTH2_TOKEN: '' },
			stdio: [ 'ignore', 'pipe', 'pipe' ]
		} );
		let stdout = '';
		let stderr = '';
		child.stdout.on( 'data', ( c ) => {
			stdout += c;
			if ( echo ) {
				process.stdout.write( c );
			}
		} );
		child.stderr.on( 'data', ( c ) => {
			stderr += c;
			if ( echo ) {
				process.stderr.write( c );
			}
		} );
		child.on( 'error', reject );
		child.on( 'close', ( code ) => resolve( { code, stdout, stderr } ) );
	} );
}
