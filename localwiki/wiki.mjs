// A real, local MediaWiki for `npm start` and the e2e tests.
//
// Debian's mediawiki package (1.39) is served read-only from /usr/share/mediawiki by `php -S`;
// everything writable (LocalSettings.php, the SQLite database) lives in a folder of our own,
// and MW_CONFIG_FILE tells MediaWiki where that LocalSettings.php is.

import { spawn, execFile } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, appendFileSync, mkdirSync, accessSync, constants } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { Mwn } from 'mwn';

const execFileAsync = promisify( execFile );

export const MW_DIR = '/usr/share/mediawiki';
export const CHROMIUM = '/usr/bin/chromium';
export const APT_COMMAND = 'sudo apt-get install mediawiki php-sqlite3 php-cli php-intl php-mbstring php-xml';
const HERE = path.dirname( fileURLToPath( import.meta.url ) );
const ROUTER = path.join( HERE, 'router.php' );
const GEO_SETTINGS = path.join( HERE, 'GeoSettings.php' );
const STATE_FILE = 'geo-wiki.json';
export const USER_AGENT = 'GeoGadgets-localwiki/0.1 (https://es.wikipedia.org/wiki/Wikipedia:Geo_gadgets)';

/**
 * What is missing to run the local wiki (and, with `browser`, the e2e browser).
 * Returns a list of human-readable names; empty when everything is there.
 */
export async function missingSystemDeps( { browser = false } = {} ) {
	const missing = [];
	try {
		const { stdout } = await execFileAsync( 'php', [ '-r', 'echo implode(",", get_loaded_extensions());' ] );
		const loaded = stdout.toLowerCase().split( ',' );
		for ( const ext of [ 'pdo_sqlite', 'intl', 'mbstring', 'xml' ] ) {
			if ( !loaded.includes( ext ) ) {
				missing.push( `php-${ ext === 'pdo_sqlite' ? 'sqlite3' : ext }` );
			}
		}
	} catch {
		missing.push( 'php-cli' );
	}
	for ( const file of [ 'maintenance/install.php', 'extensions/Gadgets/extension.json', 'skins/Vector/skin.json' ] ) {
		if ( !existsSync( path.join( MW_DIR, file ) ) ) {
			missing.push( `mediawiki (${ file })` );
			break;
		}
	}
	if ( browser ) {
		try {
			accessSync( CHROMIUM, constants.X_OK );
		} catch {
			missing.push( 'chromium' );
		}
	}
	return missing;
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
export async function installWiki( { dir, port, fixtureBase } ) {
	if ( existsSync( path.join( dir, 'LocalSettings.php' ) ) ) {
		throw new Error( `${ dir } already holds a wiki` );
	}
	mkdirSync( dir, { recursive: true } );
	const adminPassword = strongPassword();
	const env = phpEnv( dir, port, fixtureBase );
	await execFileAsync( 'php', [
		path.join( MW_DIR, 'maintenance/install.php' ),
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
	const state = { adminUser: 'Admin', adminPassword };
	writeWikiState( dir, state );
	return state;
}

/** Run a MediaWiki maintenance script against the wiki in `dir`. */
export async function runMaintenance( { dir, port = 0, fixtureBase = '' }, script, args = [] ) {
	const { stdout } = await execFileAsync( 'php', [ path.join( MW_DIR, 'maintenance', script ), ...args ],
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
	const child = spawn( 'php', [ '-S', `127.0.0.1:${ port }`, '-t', MW_DIR, ROUTER ], {
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

export const DEPLOY_GRANTS = [
	'basic', 'highvolume', 'editpage', 'editprotected', 'createeditmovepage', 'editmyoptions',
	'editinterface', 'editsiteconfig', 'editmycssjs'
];

/**
 * A BotPassword `Admin@deploy` for the deploy CLI. Remembered in geo-wiki.json so a reused
 * wiki folder keeps working (the maintenance script refuses to create it twice).
 */
export async function createBotPassword( { dir, user = 'Admin', appId = 'deploy' } ) {
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
		[ '--appid', appId, '--grants', DEPLOY_GRANTS.join( ',' ), user, password ] );
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
