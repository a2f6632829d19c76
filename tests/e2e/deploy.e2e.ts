// The README's "Deploying" section followed literally by an interface admin, on fresh wikis of
// their own (the suite's wiki is already deployed): a BotPassword with the grants the README lists
// deploys; with too few grants nothing is saved and the message names the page and the grant; a
// build whose commit differs but whose code does not saves nothing; a wiki that reads JSON
// definitions gets MediaWiki:Gadgets/<id>.json pages (issue 24 items 5–8).

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	createBotPassword, freePort, installWiki, login, prepareMachine, startWiki, type Account,
} from '../../localwiki/wiki.mjs';

const ctx = inject( 'e2e' );
const REPO = path.resolve( import.meta.dirname, '../..' );

/** The grants the README's "Deploying" section lists: "- **Label** (`id`): …". */
function readmeGrants(): string[] {
	const readme = readFileSync( path.join( REPO, 'README.md' ), 'utf8' );
	const section = readme.slice( readme.indexOf( '## Deploying' ) );
	const body = section.slice( 0, section.indexOf( '\n## ', 1 ) );
	const list = body.slice( 0, body.indexOf( '```' ) );
	return [ ...list.matchAll( /^- \*\*[^*]+\*\* \(`([a-z]+)`\)/gm ) ].map( ( m ) => m[ 1 ] );
}

interface Run { code: number | null; out: string; err: string }

/** `npm run deploy -- …` as the README writes it, with the BotPassword in the environment. */
function npmDeploy( account: Account, args: string[] ): Promise<Run> {
	// The README's commands run from a committed checkout; a working copy under test may be dirty.
	const dirty = execFileSync( 'git', [ 'status', '--porcelain' ], { cwd: REPO, encoding: 'utf8' } ).trim() !== '';
	return new Promise( ( resolve, reject ) => {
		// The suite's build (a later --dist in `args` wins).
		const child = spawn( 'npm', [ 'run', '--silent', 'deploy', '--', '--dist', ctx.dist, ...args,
			...( dirty ? [ '--allow-dirty' ] : [] ) ], {
			cwd: REPO, stdio: [ 'ignore', 'pipe', 'pipe' ],
			env: { ...process.env, MW_USERNAME: account.username, MW_PASSWORD: account.password, MW_OAUTH2_TOKEN: '' },
		} );
		let out = '';
		let err = '';
		child.stdout.on( 'data', ( c ) => {
			out += c;
		} );
		child.stderr.on( 'data', ( c ) => {
			err += c;
		} );
		child.on( 'error', reject );
		child.on( 'close', ( code ) => resolve( { code, out, err } ) );
	} );
}

interface Wiki { dir: string; apiUrl: string; admin: Account; stop: () => Promise<void> }

/** A fresh wiki; `repo` sets $wgGadgetsRepo (localwiki/GeoSettings.php reads GEO_GADGETS_REPO). */
async function freshWiki( repo: string ): Promise<Wiki> {
	const mediawiki = await prepareMachine( { log: () => undefined } );
	const dir = mkdtempSync( path.join( os.tmpdir(), `geo-e2e-deploy-${ repo.replace( '+', '-' ) }-` ) );
	const port = await freePort();
	const before = process.env.GEO_GADGETS_REPO;
	process.env.GEO_GADGETS_REPO = repo;
	try {
		const state = await installWiki( { dir, port, fixtureBase: ctx.fixtureUrl, mwDir: mediawiki.dir } );
		const wiki = await startWiki( { dir, port, fixtureBase: ctx.fixtureUrl } );
		const admin = { username: state.adminUser, password: state.adminPassword };
		return { dir, apiUrl: wiki.apiUrl, admin, stop: async () => {
			await wiki.stop();
			rmSync( dir, { recursive: true, force: true } );
		} };
	} finally {
		if ( before === undefined ) {
			delete process.env.GEO_GADGETS_REPO;
		} else {
			process.env.GEO_GADGETS_REPO = before;
		}
	}
}

async function api( apiUrl: string, query: Record<string, string> ): Promise<Record<string, any>> {
	const res = await fetch( `${ apiUrl }?${ new URLSearchParams( { format: 'json', formatversion: '2', ...query } ) }` );
	return await res.json() as Record<string, any>;
}

interface ListedGadget {
	id: string;
	desc: string;
	metadata: { settings: { category: string; hidden: boolean } };
}

async function gadgets( apiUrl: string ): Promise<ListedGadget[]> {
	const res = await api( apiUrl, { action: 'query', list: 'gadgets', gaprop: 'id|desc|metadata' } );
	return res.query.gadgets as ListedGadget[];
}

async function exists( apiUrl: string, title: string ): Promise<boolean> {
	return !( await api( apiUrl, { action: 'query', titles: title } ) ).query.pages[ 0 ].missing;
}

describe.skipIf( Boolean( ctx.skip ) )( 'deploying as the README says', () => {
	let wiki: Wiki;
	beforeAll( async () => {
		wiki = await freshWiki( 'definition' );
	} );
	afterAll( async () => {
		await wiki?.stop();
	} );

	it( 'lists the grants the local wiki deploys with', () => {
		expect( readmeGrants() ).toEqual( [ 'editsiteconfig', 'createeditmovepage' ] );
	} );

	it( 'with too few grants saves nothing and names the pages, the right and the grant', async () => {
		// "Edit the MediaWiki namespace" without "Edit sitewide and user CSS/JS".
		const few = await createBotPassword( { dir: wiki.dir, appId: 'fewgrants', grants: [ 'basic', 'editinterface', 'createeditmovepage' ] } );
		const res = await npmDeploy( few, [ '--wiki', wiki.apiUrl ] );
		expect( res.code, res.out + res.err ).toBe( 1 );
		expect( res.err ).toContain( 'Nothing was saved' );
		expect( res.err ).toMatch( /MediaWiki:Gadget-geo-[a-z-]+\.js.*needs the right "editsitejs".*grant "Edit sitewide and user CSS\/JS \(editsiteconfig\)"/ );
		expect( res.err ).toMatch( /MediaWiki:Gadgets-definition.*"editsitecss"/ );
		expect( await exists( wiki.apiUrl, 'MediaWiki:Gadget-geo-editors.js' ) ).toBe( false );
		expect( await exists( wiki.apiUrl, 'MediaWiki:Gadget-geo-editors' ) ).toBe( false );
	} );

	it( 'with the README\'s grants: dry run in words, deploy, then nothing to do; Special:Gadgets tells the helpers apart', async () => {
		const account = await createBotPassword( { dir: wiki.dir, appId: 'geo-deploy', grants: [ 'basic', ...readmeGrants() ] } );
		const dry = await npmDeploy( account, [ '--wiki', wiki.apiUrl, '--dry-run' ] );
		expect( dry.code, dry.out + dry.err ).toBe( 0 );
		expect( dry.out ).toContain( 'Definitions: MediaWiki:Gadgets-definition' );
		expect( dry.out ).toMatch( /create {5}MediaWiki:Gadget-geo-editors-core\.js\n {13}script of module ext\.gadget\.geo-editors-core, new: [\d,]+ bytes/ );
		// Words, not the minified code: no diff without --diff.
		expect( dry.out ).not.toMatch( /^@@ /m );
		expect( await exists( wiki.apiUrl, 'MediaWiki:Gadget-geo-editors.js' ) ).toBe( false );

		const res = await npmDeploy( account, [ '--wiki', wiki.apiUrl ] );
		expect( res.code, res.out + res.err ).toBe( 0 );
		expect( res.out ).toMatch( /Deployed \d+ page\(s\)/ );
		const list = await gadgets( wiki.apiUrl );
		expect( list.map( ( g ) => g.id ) ).toContain( 'geo-editors' );
		// Every hidden helper says what it is; each messages gadget names its gadget and language.
		expect( new Set( list.map( ( g ) => g.desc ) ).size ).toBe( list.length );
		for ( const g of list.filter( ( x ) => x.metadata.settings.hidden ) ) {
			expect( g.desc, g.id ).toMatch( /^Part of Geo (Editors|Conflicts)[ ,].*not to be enabled on its own/ );
		}
		const ar = list.find( ( g ) => g.id === 'geo-editors-messages-ar' );
		expect( ar?.desc ).toMatch( /Geo Editors.*Arabic \(ar\)/ );

		const again = await npmDeploy( account, [ '--wiki', wiki.apiUrl ] );
		expect( again.code, again.out + again.err ).toBe( 0 );
		expect( again.out ).toContain( 'Nothing to deploy' );
	// A whole deploy saves ~200 pages: a minute and a half on a busy 2-core machine.
	}, 400_000 );

	it( 'saves nothing for a build of another commit with the same code; says what changed for one page', async () => {
		const account = await createBotPassword( { dir: wiki.dir, appId: 'geo-deploy' } );
		const other = mkdtempSync( path.join( os.tmpdir(), 'geo-e2e-dist-' ) );
		try {
			cpSync( ctx.dist, other, { recursive: true } );
			const manifest = JSON.parse( readFileSync( path.join( other, 'manifest.json' ), 'utf8' ) ) as { commit: string; pages: { title: string; file: string }[] };
			manifest.commit = '0123abc';
			writeFileSync( path.join( other, 'manifest.json' ), JSON.stringify( manifest ) );
			const same = await npmDeploy( account, [ '--wiki', wiki.apiUrl, '--dist', other ] );
			expect( same.out ).toContain( 'Nothing to deploy' );

			const loader = manifest.pages.find( ( p ) => p.title === 'MediaWiki:Gadget-geo-editors.js' ) as { file: string };
			const file = path.join( other, loader.file );
			writeFileSync( file, readFileSync( file, 'utf8' ).replace( '// </nowiki>', 'var geoChanged=1;\n// </nowiki>' ) );
			const dry = await npmDeploy( account, [ '--wiki', wiki.apiUrl, '--dist', other, '--dry-run' ] );
			expect( dry.code, dry.out + dry.err ).toBe( 0 );
			expect( dry.out ).toMatch( /update {5}MediaWiki:Gadget-geo-editors\.js\n {13}script of module ext\.gadget\.geo-editors, [\d,]+ → [\d,]+ bytes \(\+18\); / );
			expect( dry.out ).toContain( 'Dry run: 1 page(s) would be saved' );
			const diff = await npmDeploy( account, [ '--wiki', wiki.apiUrl, '--dist', other, '--dry-run', '--diff' ] );
			expect( diff.out ).toMatch( /^\+var geoChanged=1;$/m );

			// A page protected on-wiki: MediaWiki's refusal comes at save time, in words.
			const admin = await login( { apiUrl: wiki.apiUrl, ...wiki.admin } );
			await admin.request( { action: 'protect', title: 'MediaWiki:Gadget-geo-editors.js',
				protections: 'edit=sysop', reason: 'test', token: admin.csrfToken } );
			// Protecting adds a revision that is not a deploy: --force past that refusal.
			const refused = await npmDeploy( account, [ '--wiki', wiki.apiUrl, '--dist', other, '--force' ] );
			expect( refused.code, refused.out + refused.err ).toBe( 2 );
			expect( refused.err ).toMatch( /MediaWiki:Gadget-geo-editors\.js \(protectedpage[^)]*\): it needs the right "editprotected" \(group sysop; BotPassword grant "Edit protected pages \(editprotected\)"\)/ );
		} finally {
			rmSync( other, { recursive: true, force: true } );
		}
	}, 200_000 );
} );

describe.skipIf( Boolean( ctx.skip ) )( 'a wiki that reads JSON definitions ($wgGadgetsRepo = \'json\')', () => {
	let wiki: Wiki;
	beforeAll( async () => {
		wiki = await freshWiki( 'json' );
	} );
	afterAll( async () => {
		await wiki?.stop();
	} );

	it( 'gets MediaWiki:Gadgets/<id>.json pages, in the gadgets section, and no Gadgets-definition', async () => {
		const account = await createBotPassword( { dir: wiki.dir } );
		const res = await npmDeploy( account, [ '--wiki', wiki.apiUrl, '--only', 'geo-charts' ] );
		expect( res.code, res.out + res.err ).toBe( 0 );
		expect( res.out ).toContain( 'Definitions: MediaWiki:Gadgets/<id>.json pages' );
		expect( await exists( wiki.apiUrl, 'MediaWiki:Gadgets/geo-charts.json' ) ).toBe( true );
		expect( await exists( wiki.apiUrl, 'MediaWiki:Gadgets-definition' ) ).toBe( false );
		const list = await gadgets( wiki.apiUrl );
		expect( list.map( ( g ) => [ g.id, g.metadata.settings.category ] ) ).toEqual( [ [ 'geo-charts', 'geo-gadgets' ] ] );
		const again = await npmDeploy( account, [ '--wiki', wiki.apiUrl, '--only', 'geo-charts' ] );
		expect( again.out ).toContain( 'Nothing to deploy' );
	} );
} );
