// Global setup of the e2e suite: a fresh wiki in a temp folder and the fixture server, both on
// free ports; the build deployed through the deploy CLI (a real run); the conflicts snapshot
// published through `npm run publish-snapshot` from the local Query Service (GEO_E2E_SNAPSHOT=0
// skips it); demo pages; user Reader. Browser contexts hide the snapshot unless a test asks for it
// (tests/e2e/browser.ts snapshotContext), so the live-path tests run as before.
// Tests get URLs and credentials through inject( 'e2e' ).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFixtureServer } from '../../localwiki/fixture-server.mjs';
import {
	createBotPassword, createDemoPages, createUser, freePort, installWiki, prepareMachine,
	printServerErrors, runDeploy, runPublishSnapshot, startWiki, warmUp, watchExceptionLog, type Account,
	type MediaWikiInstall,
} from '../../localwiki/wiki.mjs';

export interface E2EContext {
	/** Set when the suite cannot run here (outside CI): why. */
	skip?: string;
	wikiUrl: string;
	apiUrl: string;
	indexUrl: string;
	fixtureUrl: string;
	/** The built dist folder that was deployed. */
	dist: string;
	admin: Account;
	bot: Account;
	reader: Account;
}

declare module 'vitest' {
	export interface ProvidedContext {
		e2e: E2EContext;
	}
}

const REPO = path.resolve( import.meta.dirname, '../..' );

function skipOrFail( project: TestProject, reason: string ): void {
	if ( process.env.CI === 'true' ) {
		throw new Error( `e2e: ${ reason }` );
	}
	const line = '!'.repeat( 78 );
	console.warn( `\n${ line }\n!! E2E TESTS SKIPPED: ${ reason }\n${ line }\n` );
	project.provide( 'e2e', { skip: reason } as E2EContext );
}

export default async function setup(
	project: TestProject,
): Promise<( () => Promise<void> ) | void> {
	let mediawiki: MediaWikiInstall;
	try {
		// PHP, Chromium and MediaWiki 1.43: installed here where we may, else the exact command.
		mediawiki = await prepareMachine( { browser: true } );
	} catch ( err ) {
		skipOrFail( project, err instanceof Error ? err.message : String( err ) );
		return;
	}
	// GEO_E2E_DIST lets the harness run against another build (e.g. a hand-made one).
	const dist = path.resolve( process.env.GEO_E2E_DIST ?? path.join( REPO, 'dist' ) );
	if ( !existsSync( path.join( dist, 'manifest.json' ) ) ) {
		skipOrFail( project, `no build at ${ dist } (run node build.mjs first)` );
		return;
	}

	const dir = mkdtempSync( path.join( os.tmpdir(), 'geo-e2e-wiki-' ) );
	const cleanups: ( () => Promise<void> )[] = [];
	const teardown = async (): Promise<void> => {
		for ( const fn of cleanups.reverse() ) {
			await fn().catch( ( err: unknown ) => console.error( 'e2e teardown:', err ) );
		}
		if ( process.env.GEO_E2E_KEEP ) {
			console.log( `e2e: kept the wiki folder ${ dir }` );
		} else {
			rmSync( dir, { recursive: true, force: true } );
		}
	};
	try {
		const fixture = await startFixtureServer( { port: 0 } );
		cleanups.push( () => fixture.close() );
		const port = await freePort();
		const admin = await installWiki( { dir, port, fixtureBase: fixture.url,
			mwDir: mediawiki.dir } );
		// Server errors and MediaWiki exceptions show in the test output instead of only as a
		// blank panel in a screenshot.
		const wiki = await startWiki( { dir, port, fixtureBase: fixture.url,
			log: ( c ) => printServerErrors( c ) } );
		cleanups.push( () => wiki.stop() );
		cleanups.push( watchExceptionLog( dir ) );
		console.log( `e2e: MediaWiki ${ mediawiki.version } (${ mediawiki.source }) at ${ wiki.url }` );

		const bot = await createBotPassword( { dir } );
		const reader = await createUser( { dir, name: 'Reader' } );
		const deploy = await runDeploy( { apiUrl: wiki.apiUrl, ...bot, dist } );
		if ( deploy.code !== 0 ) {
			throw new Error( `deploy failed (exit ${ deploy.code }):\n${ deploy.stdout }\n${ deploy.stderr }` );
		}
		if ( process.env.GEO_E2E_SNAPSHOT !== '0' ) {
			const published = await runPublishSnapshot( { apiUrl: wiki.apiUrl, ...bot, fixtureBase: fixture.url } );
			if ( published.code !== 0 ) {
				throw new Error( `publish-snapshot failed (exit ${ published.code }):\n${ published.stdout }\n${ published.stderr }` );
			}
		}
		const adminAccount = { username: admin.adminUser, password: admin.adminPassword };
		await createDemoPages( { apiUrl: wiki.apiUrl, ...adminAccount } );
		await warmUp( wiki );

		project.provide( 'e2e', {
			wikiUrl: wiki.url,
			apiUrl: wiki.apiUrl,
			indexUrl: wiki.indexUrl,
			fixtureUrl: fixture.url,
			dist,
			admin: adminAccount,
			bot,
			reader,
		} );
	} catch ( err ) {
		await teardown();
		throw err;
	}
	return teardown;
}
