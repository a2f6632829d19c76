// Publish the built gadgets to a wiki: `npm run deploy -- --help` explains every option.
//
// Exit codes: 0 deployed (or nothing to do), 1 error (including rights the account lacks),
// 2 refused (on-wiki edits, edit conflict, dirty git tree). Nothing is saved unless every page
// passes the checks.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { loadManifest, loadUserScriptPages } from './manifest';
import { deploySummary, reportRefusals } from './decide';
import { chooseFormat, probeGadgetsRepo, type DefinitionFormat } from './definition-format';
import { plan, stepWords, type Step } from './plan';
import { accountRights, missingRights, missingRightsText } from './rights';
import { reducedStatus } from './reduced-status';
import { connectFromEnv, saveInOrder } from './wiki';
import { snapshotStatus } from './snapshot-status';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_REFUSED = 2;

interface Options {
	wiki: string;
	dryRun: boolean;
	diff: boolean;
	only?: string;
	force: boolean;
	allowDirty: boolean;
	dist: string;
	definitions?: DefinitionFormat;
	userScript: boolean;
}

export const HELP = `usage: npm run deploy -- --wiki <api.php URL> [options]

Saves the built gadget pages (npm run build writes them into dist/) to a wiki, each only when its
text differs from the wiki's, with an edit summary naming the version and commit.

Credentials come from the environment: MW_USERNAME and MW_PASSWORD (a BotPassword, "Name@app",
with the grants the README lists: Edit sitewide and user CSS/JS; Create, edit, and move pages), or
MW_OAUTH2_TOKEN (an owner-only OAuth 2 consumer). The deploy changes no preference of the account.

Options:
  --wiki <URL>        the wiki's api.php, e.g. https://es.wikipedia.org/w/api.php (required)
  --dry-run           change nothing: list every page that would be saved, in words (what it is,
                      its size before and after, which of its source files changed since the commit
                      that last deployed it), and check the account's rights
  --diff              with the list, print each page's full diff (built pages are minified: long)
  --only <gadget>     deploy one gadget's pages and definitions (geo-editors, geo-conflicts,
                      geo-charts, …; an unknown name lists the known ones)
  --force             overwrite pages edited on-wiki since the last deploy (normally refused)
  --allow-dirty       deploy from a git tree with uncommitted changes (normally refused: the edit
                      summary could not name what was deployed)
  --definitions <f>   where gadget definitions go: "definition" (MediaWiki:Gadgets-definition) or
                      "json" (MediaWiki:Gadgets/<id>.json, MediaWiki 1.42+). Default: the one the
                      wiki reads, found by asking it; needed only on a wiki that reads both
  --dist <dir>        the build to deploy (default: dist)
  --user-script       publish the user script's pages (dist/userscript/) to User:<account>/… of
                      the account logged in instead, with the same checks; no definitions
  --help              this text

Exit codes: 0 done or nothing to do; 1 error (e.g. a right the account lacks, named with its
grant); 2 refused (on-wiki edits, an edit conflict, a dirty git tree). Nothing is saved unless
every page passes the checks.`;

/** The options, or the text to print: help (exit 0) or a usage error (exit 1). */
export function parseOptions( argv: string[] ): Options | { print: string; code: number } {
	let values;
	try {
		( { values } = parseArgs( {
			args: argv,
			options: {
				wiki: { type: 'string' },
				'dry-run': { type: 'boolean', default: false },
				diff: { type: 'boolean', default: false },
				only: { type: 'string' },
				force: { type: 'boolean', default: false },
				'allow-dirty': { type: 'boolean', default: false },
				definitions: { type: 'string' },
				dist: { type: 'string', default: 'dist' },
				'user-script': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
			strict: true,
		} ) );
	} catch ( err ) {
		return { print: `${ ( err as Error ).message }\n\n${ HELP }`, code: EXIT_ERROR };
	}
	if ( values.help ) {
		return { print: HELP, code: EXIT_OK };
	}
	if ( !values.wiki ) {
		return { print: `--wiki is required\n\n${ HELP }`, code: EXIT_ERROR };
	}
	if ( values.definitions !== undefined && values.definitions !== 'definition' && values.definitions !== 'json' ) {
		return { print: `--definitions must be "definition" or "json", not "${ values.definitions }"`, code: EXIT_ERROR };
	}
	return {
		wiki: values.wiki,
		dryRun: values[ 'dry-run' ],
		diff: values.diff,
		only: values.only,
		force: values.force,
		allowDirty: values[ 'allow-dirty' ],
		dist: path.resolve( values.dist ),
		definitions: values.definitions as DefinitionFormat | undefined,
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

/**
 * A dirty tree is the first thing said, whatever the options: refused for a real deploy unless
 * --allow-dirty, stated for a dry run. Returns false when the deploy must stop.
 */
function checkTree( opts: Options ): boolean {
	const dirty = gitDirty();
	if ( !dirty ) {
		return true;
	}
	if ( !opts.allowDirty && !opts.dryRun ) {
		console.error( `Refusing to deploy from a dirty git tree (commit first, or pass --allow-dirty):\n${ dirty }` );
		return false;
	}
	console.warn( `Dirty git tree: the build holds uncommitted changes${ opts.dryRun && !opts.allowDirty ?
		'; a real deploy would refuse (commit first, or pass --allow-dirty)' : ' (--allow-dirty)' }:\n${ dirty }` );
	return true;
}

export async function main( argv: string[] ): Promise<number> {
	const parsed = parseOptions( argv );
	if ( 'print' in parsed ) {
		( parsed.code === EXIT_OK ? console.log : console.error )( parsed.print );
		return parsed.code;
	}
	const opts = parsed;
	if ( !checkTree( opts ) ) {
		return EXIT_REFUSED;
	}

	const loaded = loadManifest( opts.dist, opts.only );
	const manifest = loaded.manifest;
	let { pages, jsonPages } = loaded;
	console.log( `Geo gadgets v${ manifest.version } (${ manifest.commit }) → ${ opts.wiki }${ opts.dryRun ? ' [dry run]' : '' }` );

	const bot = await connectFromEnv( opts.wiki, 'deploy', process.env );
	if ( !bot ) {
		return EXIT_ERROR;
	}
	const { format, why } = chooseFormat( await probeGadgetsRepo( bot ), opts.definitions );
	console.log( `Definitions: ${ format === 'json' ? 'MediaWiki:Gadgets/<id>.json pages' : 'MediaWiki:Gadgets-definition' } — ${ why }.` );

	if ( opts.userScript ) {
		// The account's own pages; the site's gadget definitions are not ours to touch here.
		const me = await bot.request( { action: 'query', meta: 'userinfo', formatversion: '2' } );
		const user = String( ( me.query?.userinfo as { name?: string } | undefined )?.name ?? '' );
		pages = loadUserScriptPages( opts.dist, user );
		jsonPages = [];
		manifest.definitions = {};
		console.log( `User script → User:${ user }/ (${ pages.length } pages)` );
	}

	const { steps, starttimestamp } = await plan( bot, manifest, pages, jsonPages, format,
		opts.force );
	( await reducedStatus( bot ) ).forEach( ( line ) => console.log( line ) );

	const changedCache = new Map<string, string[] | null>();
	for ( const step of steps ) {
		const d = step.decision;
		const label = d.action === 'update' && d.forced ? 'update (forced over on-wiki edit)' : d.action;
		console.log( `  ${ label.padEnd( 10 ) } ${ step.page.title }` );
		if ( d.action !== 'unchanged' ) {
			console.log( `             ${ stepWords( step, changedCache ) }` );
			if ( opts.diff ) {
				printDiff( step );
			}
		}
	}

	for ( const line of await snapshotStatus( bot ) ) {
		console.log( line );
	}

	if ( reportRefusals( steps, 'Bring those edits into the repository, or pass --force to overwrite them.' ) ) {
		return EXIT_REFUSED;
	}

	const toSave = steps.filter( ( s ) => s.decision.action === 'create' || s.decision.action === 'update' );
	if ( toSave.length === 0 ) {
		console.log( 'Nothing to deploy: the wiki already has this build.' );
		return EXIT_OK;
	}
	// Before saving anything: the rights each page needs, as the BotPassword's grants limit them.
	const missing = missingRights(
		toSave.map( ( s ) => ( { title: s.page.title, exists: s.current.exists } ) ),
		await accountRights( bot ) );
	if ( missing.length > 0 ) {
		console.error( `${ opts.dryRun ? 'A real deploy would fail' : 'Nothing was saved' }: the account lacks rights (README, "Deploying"):\n${ missingRightsText( missing ) }` );
		return EXIT_ERROR;
	}
	if ( opts.dryRun ) {
		console.log( `Dry run: ${ toSave.length } page(s) would be saved; nothing was changed.${ opts.diff ? '' : ' Pass --diff for the full diffs.' }` );
		return EXIT_OK;
	}

	// Code pages first, definitions last: a definition never points at a missing page.
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
