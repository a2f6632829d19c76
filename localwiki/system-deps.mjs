// The Debian packages the local wiki (and the e2e browser) need, and installing them where we may.
//
// `npm start` and the e2e setup call ensureSystemDeps(): as root (or with password-less sudo) on a
// machine with apt-get it installs what is missing and says which command it runs; anywhere else
// it stops with the exact command to run.

import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';

const execFileAsync = promisify( execFile );

export const CHROMIUM = '/usr/bin/chromium';

/** PHP extension → the Debian package that provides it (MediaWiki 1.43's composer.json `ext-*`). */
const PHP_EXTENSIONS = {
	// eslint-disable-next-line camelcase -- PHP's own extension names
	pdo_sqlite: 'php-sqlite3', intl: 'php-intl', mbstring: 'php-mbstring', xml: 'php-xml',
	dom: 'php-xml', simplexml: 'php-xml', xmlreader: 'php-xml',
	// The mediawiki package depends on it (temporary-account name scrambling).
	gmp: 'php-gmp'
};

/** Debian package names that are missing, in a stable order (empty when all are there). */
export async function missingPackages( { browser = false } = {} ) {
	const missing = new Set();
	try {
		const { stdout } = await execFileAsync( 'php', [ '-r', 'echo implode(",", get_loaded_extensions());' ] );
		const loaded = stdout.toLowerCase().split( ',' );
		for ( const [ ext, pkg ] of Object.entries( PHP_EXTENSIONS ) ) {
			if ( !loaded.includes( ext ) ) {
				missing.add( pkg );
			}
		}
	} catch {
		missing.add( 'php-cli' );
		for ( const pkg of Object.values( PHP_EXTENSIONS ) ) {
			missing.add( pkg );
		}
	}
	if ( browser ) {
		try {
			accessSync( CHROMIUM, constants.X_OK );
		} catch {
			missing.add( 'chromium' );
			// Without any font Chromium renders text as boxes in screenshots.
			missing.add( 'fonts-dejavu-core' );
		}
	}
	return [ ...missing ];
}

/**
 * How we may run apt-get here: [] as root, ['sudo', '-n'] with password-less sudo, null otherwise.
 */
export async function privilegePrefix() {
	if ( !existsSync( '/usr/bin/apt-get' ) ) {
		return null;
	}
	if ( process.getuid?.() === 0 ) {
		return [];
	}
	try {
		await execFileAsync( 'sudo', [ '-n', 'true' ] );
		return [ 'sudo', '-n' ];
	} catch {
		return null;
	}
}

/** Run a command with its output shown, after printing it. Rejects on a non-zero exit. */
export function runShown( argv, { log = console.log, env = {} } = {} ) {
	log( `$ ${ argv.join( ' ' ) }` );
	return new Promise( ( resolve, reject ) => {
		const child = spawn( argv[ 0 ], argv.slice( 1 ), {
			stdio: [ 'ignore', 'inherit', 'inherit' ],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', ...env }
		} );
		child.on( 'error', reject );
		child.on( 'close', ( code ) => ( code === 0 ? resolve() : reject( new Error( `${ argv.join( ' ' ) } exited with code ${ code }` ) ) ) );
	} );
}

/** apt's package lists are empty on a fresh machine: `apt-get install` then finds nothing. */
function aptListsEmpty() {
	try {
		return !readdirSync( '/var/lib/apt/lists' ).some( ( f ) => f.endsWith( '_Packages' ) || f.endsWith( '_Packages.lz4' ) );
	} catch {
		return true;
	}
}

export function installCommand( packages ) {
	return `sudo apt-get install --no-install-recommends ${ packages.join( ' ' ) }`;
}

/**
 * Install `packages` with apt-get where we may. Resolves true when installed, false when we may
 * not (the caller prints installCommand()). apt-get's own errors reject.
 */
export async function aptInstall( packages, { log = console.log } = {} ) {
	const prefix = await privilegePrefix();
	if ( prefix === null ) {
		return false;
	}
	if ( aptListsEmpty() ) {
		await runShown( [ ...prefix, 'apt-get', 'update' ], { log } );
	}
	await runShown( [ ...prefix, 'apt-get', 'install', '-y', '--no-install-recommends', ...packages ], { log } );
	return true;
}

/**
 * Make sure the packages are there: install them where we may, else throw with the command.
 * Returns the packages it installed.
 */
export async function ensureSystemDeps( { browser = false, log = console.log } = {} ) {
	const missing = await missingPackages( { browser } );
	if ( missing.length === 0 ) {
		return [];
	}
	log( `Missing Debian packages: ${ missing.join( ', ' ) }. Installing them…` );
	if ( !await aptInstall( missing, { log } ) ) {
		throw new Error( `Missing Debian packages: ${ missing.join( ', ' ) }. Install them with:\n  ${ installCommand( missing ) }` );
	}
	const still = await missingPackages( { browser } );
	if ( still.length > 0 ) {
		throw new Error( `Still missing after apt-get install: ${ still.join( ', ' ) }` );
	}
	return missing;
}
