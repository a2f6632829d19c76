// Publish the built gadgets to a wiki.
//
//   npm run deploy -- --wiki https://es.wikipedia.org/w/api.php [--dry-run] [--only <gadget>]
//                     [--force] [--allow-dirty] [--dist dist] [--user-script]
//
// --user-script publishes the user script's pages (dist/userscript/) to User:<account>/… of the
// account logged in, with the same dry run and refusal, and leaves Gadgets-definition alone.
//
// Credentials: MW_USERNAME + MW_PASSWORD (a BotPassword, "User@app"), or MW_OAUTH2_TOKEN
// (an owner-only OAuth 2 consumer's access token).
//
// Exit codes: 0 deployed (or nothing to do), 1 error, 2 refused (on-wiki edits, edit conflict,
// dirty git tree). Nothing is saved unless every page passes the checks.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import type { Mwn } from 'mwn';
import { loadManifest, loadUserScriptPages, type Manifest, type PlannedPage } from './manifest';
import { DEFINITIONS_PAGE, linesById, mergeDefinitions, ourDefinitionLines } from './definitions';
import { decide, deploySummary, isDeployComment, type Decision, type PageState } from './decide';
import { connectFromEnv, disableScriptPst, lastDeployedContent, readPages, saveInOrder } from './wiki';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_REFUSED = 2;

interface Options {
	wiki: string;
	dryRun: boolean;
	only?: string;
	force: boolean;
	allowDirty: boolean;
	dist: string;
	userScript: boolean;
}

const USAGE = 'usage: deploy --wiki <api.php URL> [--dry-run] [--only <gadget>] [--force] [--allow-dirty] [--dist <dir>] [--user-script]';

function parseOptions( argv: string[] ): Options {
	const { values } = parseArgs( {
		args: argv,
		options: {
			wiki: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			only: { type: 'string' },
			force: { type: 'boolean', default: false },
			'allow-dirty': { type: 'boolean', default: false },
			dist: { type: 'string', default: 'dist' },
			help: { type: 'boolean', default: false },
			'user-script': { type: 'boolean', default: false },
		},
		strict: true,
	} );
	if ( values.help || !values.wiki ) {
		throw new Error( USAGE );
	}
	return {
		wiki: values.wiki,
		dryRun: values[ 'dry-run' ],
		only: values.only,
		force: values.force,
		allowDirty: values[ 'allow-dirty' ],
		dist: path.resolve( values.dist ),
		userScript: values[ 'user-script' ],
	};
}

/** Uncommitted changes in the working tree, or null when clean. */
function gitDirty(): string | null {
	try {
		const out = execFileSync( 'git', [ 'status', '--porcelain' ], { encoding: 'utf8', stdio: [ 'ignore', 'pipe', 'pipe' ] } );
		return out.trim() === '' ? null : out;
	} catch {
		return 'not a git checkout (cannot tell which commit is deployed)';
	}
}

/** One page of the plan: what we would write and what we decided. */
interface Step {
	page: PlannedPage;
	current: PageState;
	decision: Decision;
}

async function plan( bot: Mwn, manifest: Manifest, pages: PlannedPage[],
	force: boolean ): Promise<{ steps: Step[]; starttimestamp: string }> {
	const ids = [ ...linesById( manifest.definitions ).keys() ];
	const withDefinitions = ids.length > 0;
	const titles = [ ...pages.map( ( p ) => p.title ),
		...( withDefinitions ? [ DEFINITIONS_PAGE ] : [] ) ];
	const { pages: current, curtimestamp } = await readPages( bot, titles );

	const steps: Step[] = pages.map( ( page ) => {
		const state = current.get( page.title ) as PageState;
		return { page, current: state,
			decision: decide( { current: state, desired: page.content, force } ) };
	} );

	if ( withDefinitions ) {
		const state = current.get( DEFINITIONS_PAGE ) as PageState;
		const desired = mergeDefinitions( state.content, manifest.definitions, manifest.section );
		const ourPart = ( text: string ): string => ourDefinitionLines( text, ids );
		// Shared page: others edit their own lines all the time. Only edits to *our* lines since
		// our last deploy are a reason to refuse, so look up what we wrote last time.
		const needHistory = state.exists && state.content !== desired &&
			!isDeployComment( state.comment );
		const lastDeployed = needHistory ?
			await lastDeployedContent( bot, DEFINITIONS_PAGE, isDeployComment ) : undefined;
		steps.push( {
			page: { title: DEFINITIONS_PAGE, file: '', gadget: Object.keys( manifest.definitions ).join( ', ' ) + ' definitions', content: desired },
			current: state,
			decision: decide( { current: state, desired, force, ourPart, lastDeployed } ),
		} );
	}
	return { steps, starttimestamp: curtimestamp };
}

function printDiff( step: Step ): void {
	const patch = createTwoFilesPatch(
		`${ step.page.title } (wiki${ step.current.revid ? ` r${ step.current.revid }` : ', missing' })`,
		`${ step.page.title } (build)`,
		step.current.content,
		step.page.content,
		undefined,
		undefined,
		{ context: 3 },
	);
	process.stdout.write( patch.endsWith( '\n' ) ? patch : patch + '\n' );
}

export async function main( argv: string[] ): Promise<number> {
	let opts: Options;
	try {
		opts = parseOptions( argv );
	} catch ( err ) {
		console.error( ( err as Error ).message );
		return EXIT_ERROR;
	}

	const dirty = gitDirty();
	if ( dirty && !opts.allowDirty && !opts.dryRun ) {
		console.error( `Refusing to deploy from a dirty git tree (commit first, or pass --allow-dirty):\n${ dirty }` );
		return EXIT_REFUSED;
	}

	const loaded = loadManifest( opts.dist, opts.only );
	const manifest = loaded.manifest;
	let pages = loaded.pages;
	console.log( `Geo gadgets v${ manifest.version } (${ manifest.commit }) → ${ opts.wiki }${ opts.dryRun ? ' [dry run]' : '' }` );

	const bot = await connectFromEnv( opts.wiki, 'deploy', process.env );
	if ( !bot ) {
		return EXIT_ERROR;
	}

	if ( opts.userScript ) {
		// The account's own pages; the site's gadget definitions are not ours to touch here.
		const me = await bot.request( { action: 'query', meta: 'userinfo', formatversion: '2' } );
		const user = String( ( me.query?.userinfo as { name?: string } | undefined )?.name ?? '' );
		pages = loadUserScriptPages( opts.dist, user );
		manifest.definitions = {};
		console.log( `User script → User:${ user }/ (${ pages.length } pages)` );
	}

	const { steps, starttimestamp } = await plan( bot, manifest, pages, opts.force );

	for ( const step of steps ) {
		const d = step.decision;
		const label = d.action === 'update' && d.forced ? 'update (forced over on-wiki edit)' : d.action;
		console.log( `  ${ label.padEnd( 10 ) } ${ step.page.title }` );
		if ( opts.dryRun && d.action !== 'unchanged' ) {
			printDiff( step );
		}
	}

	const refused = steps.filter( ( s ) => s.decision.action === 'refuse' );
	if ( refused.length > 0 ) {
		for ( const s of refused ) {
			console.error( `REFUSED: ${ ( s.decision as { reason: string } ).reason }` );
		}
		console.error( 'Nothing was saved. Bring those edits into the repository, or pass --force to overwrite them.' );
		return EXIT_REFUSED;
	}

	const toSave = steps.filter( ( s ) => s.decision.action === 'create' || s.decision.action === 'update' );
	if ( toSave.length === 0 ) {
		console.log( 'Nothing to deploy: the wiki already has this build.' );
		return EXIT_OK;
	}
	if ( opts.dryRun ) {
		console.log( `Dry run: ${ toSave.length } page(s) would be saved; nothing was changed.` );
		return EXIT_OK;
	}

	if ( !await disableScriptPst( bot ) ) {
		console.warn( 'warning: could not turn off the pre-save transform for JS/CSS (grant editmyoptions); "~~~~" in code would be rewritten' );
	}
	// Code pages first, Gadgets-definition last: a definition never points at a missing page.
	const saved = await saveInOrder( bot, toSave.map( ( step ) => ( {
		title: step.page.title, current: step.current, content: step.page.content,
		summary: deploySummary( manifest.version, manifest.commit, step.page.gadget ),
	} ) ), starttimestamp, 'run the deploy again' );
	if ( saved === null ) {
		return EXIT_REFUSED;
	}
	console.log( `Deployed ${ saved } page(s).` );
	return EXIT_OK;
}

main( process.argv.slice( 2 ) ).then(
	( code ) => {
		process.exitCode = code;
	},
	( err: unknown ) => {
		console.error( `deploy failed: ${ err instanceof Error ? err.message : String( err ) }` );
		process.exitCode = EXIT_ERROR;
	},
);
