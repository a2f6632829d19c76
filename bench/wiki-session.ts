/**
 * The browser benches' shared harness: a throw-away MediaWiki 1.43 (localwiki/) with the fixture
 * server standing in for the Wikimedia services, the demo pages, a bot password for the deploy CLI
 * and Debian's Chromium; plus builds of other source trees into bench/.baseline/ (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startFixtureServer } from '../localwiki/fixture-server.mjs';
import {
	createBotPassword, createDemoPages, editPage, freePort, installWiki, prepareMachine, runDeploy,
	runPublishSnapshot, startWiki, warmUp,
} from '../localwiki/wiki.mjs';

export const ROOT = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '..' );
/** What a build needs. */
const BUILD_INPUTS = [ 'build.mjs', 'build', 'src', 'gadgets', 'i18n', 'package.json' ];

export interface BenchWiki {
	browser: Browser;
	/** index.php URL of a title, with `extra` query (`&safemode=1` …). */
	pageUrl( title: string, extra?: string ): string;
	editPage( title: string, text: string ): Promise<void>;
	/** Deploy a dist/ through the deploy CLI and warm ResourceLoader up. */
	deploy( dist: string, name: string ): Promise<void>;
	/** Publish the conflicts snapshot with the project's command (from the local Query Service). */
	publishSnapshot(): Promise<void>;
	close(): Promise<void>;
}

export async function openBenchWiki(): Promise<BenchWiki> {
	const mediawiki = await prepareMachine( { browser: true, log: () => undefined } );
	const dir = mkdtempSync( path.join( os.tmpdir(), 'geo-bench-wiki-' ) );
	const fixture = await startFixtureServer( { port: 0 } );
	const port = await freePort();
	const admin = await installWiki( { dir, port, fixtureBase: fixture.url,
		mwDir: mediawiki.dir } );
	const wiki = await startWiki( { dir, port, fixtureBase: fixture.url } );
	const browser = await chromium.launch( { executablePath: '/usr/bin/chromium', args: [ '--no-sandbox', '--disable-gpu', '--disable-quic',
		'--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync' ] } );
	const close = async (): Promise<void> => {
		await browser.close();
		await wiki.stop();
		await fixture.close();
		rmSync( dir, { recursive: true, force: true } );
	};
	try {
		const account = { username: admin.adminUser, password: admin.adminPassword };
		const bot = await createBotPassword( { dir } );
		await createDemoPages( { apiUrl: wiki.apiUrl, ...account } );
		return {
			browser,
			pageUrl: ( title, extra = '' ) => wiki.indexUrl + '?title=' + encodeURIComponent( title.replace( / /g, '_' ) ) + extra,
			editPage: async ( title, text ) => {
				await editPage( { apiUrl: wiki.apiUrl, ...account, title, text, summary: 'bench page' } );
			},
			deploy: async ( dist, name ) => {
				const deploy = await runDeploy( { apiUrl: wiki.apiUrl, ...bot, dist } );
				if ( deploy.code !== 0 ) {
					throw new Error( 'deploy of ' + name + ' failed: ' + deploy.stdout + deploy.stderr );
				}
				await warmUp( wiki );
			},
			publishSnapshot: async () => {
				const published = await runPublishSnapshot( { apiUrl: wiki.apiUrl, ...bot, fixtureBase: fixture.url } );
				if ( published.code !== 0 ) {
					throw new Error( 'publish-snapshot failed: ' + published.stdout + published.stderr );
				}
			},
			close,
		};
	} catch ( e ) {
		await close();
		throw e;
	}
}

export interface TreeOptions {
	/** Build the inputs of this commit (git archive); without it, of the working tree. */
	commit?: string;
	/** A unified diff (-p1) applied on top. */
	patch?: string;
	/** Environment of the build (GEO_BUILD_NAMES …). */
	env?: Record<string, string>;
	/** Build again even when a build is there (a working tree changes). */
	fresh?: boolean;
}

/** Build a source tree into bench/.baseline/<name>/dist, once unless `fresh`. */
export function buildTree( name: string, options: TreeOptions = {} ): string {
	const dir = path.join( ROOT, 'bench', '.baseline', name );
	if ( !options.fresh && existsSync( path.join( dir, 'dist', 'manifest.json' ) ) ) {
		return path.join( dir, 'dist' );
	}
	rmSync( dir, { recursive: true, force: true } );
	mkdirSync( dir, { recursive: true } );
	const run = ( cmd: string, args: string[], cwd: string, input?: Buffer ): Buffer => {
		const r = spawnSync( cmd, args,
			{ cwd, input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...options.env } } );
		if ( r.status !== 0 ) {
			throw new Error( cmd + ' ' + args.join( ' ' ) + ' failed: ' + String( r.stderr ) );
		}
		return r.stdout;
	};
	if ( options.commit ) {
		run( 'tar', [ '-x', '-C', dir ], ROOT, run( 'git', [ 'archive', options.commit, ...BUILD_INPUTS ], ROOT ) );
	} else {
		run( 'cp', [ '-r', ...BUILD_INPUTS, dir ], ROOT );
	}
	if ( options.patch ) {
		// patch(1), not git apply: inside this repository git apply would skip paths outside
		// bench/.baseline.
		run( 'patch', [ '-p1', '--forward', '--batch', '--fuzz=0', '-i', options.patch ], dir );
	}
	run( process.execPath, [ 'build.mjs' ], dir );
	return path.join( dir, 'dist' );
}

export const median =
	( xs: number[] ): number => xs.slice().sort( ( a, b ) => a - b )[ Math.floor( xs.length / 2 ) ];
