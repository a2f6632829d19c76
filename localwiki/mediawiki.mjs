// Where the local wiki's MediaWiki comes from: MediaWiki 1.43 LTS as Debian packages it.
//
// - On Debian 13 (trixie) it is the system's `mediawiki` package: used when installed, installed
//   with apt-get when we may (root or password-less sudo).
// - Elsewhere (Debian 12) the same Debian 13 package is fetched with `apt-get download` (a sources
//   list of our own, used only for that download) and unpacked with `dpkg -x` into
//   .localwiki/mediawiki/, never installed over the system. PHP 8.2 runs it: its PHP libraries
//   ship inside the package (vendor/).
//
// CLI: `node localwiki/mediawiki.mjs` makes sure it is there and prints where (.ci/run uses it).

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { privilegePrefix, runShown } from './system-deps.mjs';

const execFileAsync = promisify( execFile );
const REPO = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '..' );

export const WANTED_BRANCH = '1.43';
/** The Debian release whose `mediawiki` package is 1.43 LTS. */
export const WANTED_SUITE = 'trixie';
export const SYSTEM_DIR = '/usr/share/mediawiki';
export const CACHE_DIR = path.join( REPO, '.localwiki', 'mediawiki' );
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** MW_VERSION of the MediaWiki in `dir` ("1.43.9"), or null when there is none. */
export function readVersion( dir ) {
	try {
		const m = /define\(\s*'MW_VERSION',\s*'([^']+)'/.exec( readFileSync( path.join( dir, 'includes/Defines.php' ), 'utf8' ) );
		return m ? m[ 1 ] : null;
	} catch {
		return null;
	}
}

/** "1.43.9", "1:1.43.9+dfsg-1~deb13u1" → true for the wanted LTS branch. */
export function isWanted( version ) {
	return typeof version === 'string' && version.replace( /^\d+:/, '' ).startsWith( WANTED_BRANCH + '.' );
}

/**
 * Decide where MediaWiki comes from (pure; tested).
 * systemVersion: MW_VERSION under /usr/share/mediawiki; cachedVersion: our unpacked copy's;
 * candidate: apt's candidate version of `mediawiki`; canInstall: root or sudo with apt-get;
 * hasApt: apt-get and dpkg are there at all.
 */
export function chooseSource( { systemVersion, cachedVersion, candidate, canInstall, hasApt } ) {
	if ( isWanted( systemVersion ) ) {
		return 'system';
	}
	if ( isWanted( cachedVersion ) ) {
		return 'cache';
	}
	if ( isWanted( candidate ) && canInstall ) {
		return 'install';
	}
	return hasApt ? 'download' : 'unavailable';
}

async function aptCandidate() {
	try {
		const { stdout } = await execFileAsync( 'apt-cache', [ 'policy', 'mediawiki' ] );
		const m = /Candidate:\s*(\S+)/.exec( stdout );
		return m && m[ 1 ] !== '(none)' ? m[ 1 ] : null;
	} catch {
		return null;
	}
}

/** The Debian mirror this machine's apt already uses (not the security archive). */
export function debianMirror( files = aptSourceFiles() ) {
	for ( const text of files ) {
		// deb822 (.sources): blocks of "Key: value" lines.
		for ( const block of text.split( /\n\s*\n/ ) ) {
			const uris = /^URIs:\s*(\S+)/mi.exec( block );
			const suites = /^Suites:\s*(.+)$/mi.exec( block );
			if ( uris && suites && /^Types:.*\bdeb\b/mi.test( block ) && !/security/.test( suites[ 1 ] + uris[ 1 ] ) ) {
				return uris[ 1 ];
			}
		}
		// One-line format (sources.list): deb [options] URI suite components
		for ( const line of text.split( '\n' ) ) {
			const m = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec( line.trim() );
			if ( m && !/security/.test( m[ 1 ] + m[ 2 ] ) ) {
				return m[ 1 ];
			}
		}
	}
	return null;
}

function aptSourceFiles() {
	const out = [];
	const dir = '/etc/apt/sources.list.d';
	const names = existsSync( dir ) ? readdirSync( dir ).filter( ( f ) => /\.(sources|list)$/.test( f ) ).map( ( f ) => path.join( dir, f ) ) : [];
	for ( const file of [ '/etc/apt/sources.list', ...names ] ) {
		if ( existsSync( file ) ) {
			out.push( readFileSync( file, 'utf8' ) );
		}
	}
	return out;
}

/** The unpacked copy in the cache, if complete: { dir, version }. */
function cached( cacheDir ) {
	const marker = path.join( cacheDir, 'current.json' );
	if ( !existsSync( marker ) ) {
		return null;
	}
	const { dir } = JSON.parse( readFileSync( marker, 'utf8' ) );
	const version = readVersion( dir );
	return version ? { dir, version } : null;
}

/** apt-get download of Debian 13's mediawiki + mediawiki-classes, unpacked into the cache. */
async function download( cacheDir, log ) {
	const mirror = debianMirror();
	if ( !mirror ) {
		throw new Error( 'No Debian mirror found in /etc/apt/sources.list*: cannot download MediaWiki 1.43' );
	}
	const apt = path.join( cacheDir, 'apt' );
	for ( const sub of [ 'lists/partial', 'cache/archives/partial', 'debs' ] ) {
		mkdirSync( path.join( apt, sub ), { recursive: true } );
	}
	const sourcesList = path.join( apt, 'sources.list' );
	writeFileSync( sourcesList, `deb [signed-by=${ KEYRING }] ${ mirror } ${ WANTED_SUITE } main\n` );
	const options = [
		'-o', `Dir::Etc::SourceList=${ sourcesList }`, '-o', 'Dir::Etc::SourceParts=/dev/null',
		'-o', `Dir::State::Lists=${ path.join( apt, 'lists' ) }`, '-o', `Dir::Cache=${ path.join( apt, 'cache' ) }`,
		'-o', 'Debug::NoLocking=1', '-o', 'APT::Sandbox::User=root'
	];
	log( `Fetching MediaWiki ${ WANTED_BRANCH } LTS (Debian ${ WANTED_SUITE }'s package) into ${ path.relative( REPO, cacheDir ) }…` );
	await runShown( [ 'apt-get', ...options, '-qq', 'update' ], { log } );
	const debs = path.join( apt, 'debs' );
	for ( const f of readdirSync( debs ) ) {
		unlinkSync( path.join( debs, f ) );
	}
	await execFileAsync( 'apt-get', [ ...options, '-qq', 'download', 'mediawiki', 'mediawiki-classes' ], { cwd: debs } );
	const files = readdirSync( debs ).filter( ( f ) => f.endsWith( '.deb' ) );
	const version = decodeURIComponent( files.find( ( f ) => f.startsWith( 'mediawiki_' ) ) ?? '' ).split( '_' )[ 1 ];
	if ( !isWanted( version ) ) {
		throw new Error( `Debian ${ WANTED_SUITE } offers mediawiki ${ version }, not ${ WANTED_BRANCH }` );
	}
	// "1:1.43.9+dfsg-1~deb13u1" → .localwiki/mediawiki/1.43.9
	const root = path.join( cacheDir, version.replace( /^\d+:/, '' ).replace( /[^\d.].*$/, '' ) );
	const partial = root + '.partial';
	rmSync( partial, { recursive: true, force: true } );
	for ( const f of files ) {
		await execFileAsync( 'dpkg', [ '-x', path.join( debs, f ), partial ] );
	}
	const dir = path.join( root, 'usr/share/mediawiki' );
	// The package links extensions/ to /var/lib/mediawiki/extensions (filled on install); an
	// unpacked copy uses the bundled ones directly.
	const link = path.join( partial, 'usr/share/mediawiki/extensions' );
	rmSync( link, { force: true } );
	symlinkSync( 'extensions-core', link );
	rmSync( root, { recursive: true, force: true } );
	renameSync( partial, root );
	writeFileSync( path.join( cacheDir, 'current.json' ), JSON.stringify( { dir, version } ) + '\n' );
	for ( const f of files ) {
		unlinkSync( path.join( debs, f ) );
	}
	return { dir, version: readVersion( dir ) };
}

/** Debian 13: the system package, without letting its apache2 dependency start a server. */
async function installSystemPackage( prefix, log ) {
	const policy = '/usr/sbin/policy-rc.d';
	const guard = !existsSync( policy );
	// policy-rc.d answering 101 ("action not allowed") keeps apache2 from starting on port 80.
	if ( guard ) {
		await runShown( [ ...prefix, 'sh', '-c', `printf '#!/bin/sh\\nexit 101\\n' > ${ policy } && chmod +x ${ policy }` ], { log } );
	}
	try {
		await runShown( [ ...prefix, 'apt-get', 'install', '-y', '--no-install-recommends', 'mediawiki' ], { log } );
	} finally {
		if ( guard ) {
			await runShown( [ ...prefix, 'rm', '-f', policy ], { log } );
		}
	}
}

/** Make sure MediaWiki 1.43 is there. Resolves to { dir, version, source }. */
export async function ensureMediaWiki( { cacheDir = CACHE_DIR, log = console.log } = {} ) {
	const prefix = await privilegePrefix();
	const copy = cached( cacheDir );
	const facts = {
		systemVersion: readVersion( SYSTEM_DIR ),
		cachedVersion: copy?.version ?? null,
		candidate: null,
		canInstall: prefix !== null,
		hasApt: existsSync( '/usr/bin/apt-get' ) && existsSync( '/usr/bin/dpkg' )
	};
	if ( !isWanted( facts.systemVersion ) && !copy ) {
		facts.candidate = await aptCandidate();
	}
	const source = chooseSource( facts );
	switch ( source ) {
		case 'system':
			return { dir: SYSTEM_DIR, version: facts.systemVersion, source };
		case 'cache':
			return { ...copy, source };
		case 'install':
			await installSystemPackage( prefix, log );
			return { dir: SYSTEM_DIR, version: readVersion( SYSTEM_DIR ), source };
		case 'download':
			return { ...await download( cacheDir, log ), source };
		default:
			throw new Error( `MediaWiki ${ WANTED_BRANCH } LTS is needed: install Debian ${ WANTED_SUITE }'s mediawiki package (apt-get install mediawiki)` );
	}
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	const mw = await ensureMediaWiki();
	console.log( `MediaWiki ${ mw.version } (${ mw.source }): ${ mw.dir }` );
}
