// Publish the Geo Conflicts snapshot to a wiki: the gadget's own queries, run on the Query
// Service, saved as JSON pages the reader views read instead of the Query Service
// (src/geo-conflicts/data/snapshot.ts; docs/geo-conflicts.md, "Published snapshot").
//
//   npm run publish-snapshot -- --wiki https://es.wikipedia.org/w/api.php [--wdqs <sparql URL>]
//        [--classes Q5683226,…] [--languages es] [--site-id eswiki] [--dry-run] [--force]
//
// Credentials and exit codes as for `npm run deploy` (src/deploy/cli.ts): 0 saved or nothing to do,
// 1 error, 2 refused (a page edited on-wiki, an edit conflict while saving, or a snapshot over its
// budgets).

import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import type { Mwn } from 'mwn';
import { DEFAULT_WDQS } from '../core/endpoint';
import { DEFAULT_CONFLICT_CLASSES } from '../geo-conflicts/data/config';
import { validQids } from '../geo-conflicts/data/ids';
import { labelLanguages } from '../geo-conflicts/data/sparql';
import { decide, deploySummary, type Decision, type PageState, reportRefusals } from './decide';
import { connectFromEnv, readPages, saveInOrder } from './wiki';
import { collectSnapshot } from './snapshot-data';
import { version } from './version';

const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_REFUSED = 2;
const USAGE = `usage: publish-snapshot --wiki <api.php URL> [--wdqs <SPARQL endpoint>] [--classes Q1,Q2]
                        [--languages es,en] [--site-id eswiki] [--dry-run] [--force]

Runs Geo Conflicts' own queries (two, one after the other) on the Query Service and saves the
conflicts snapshot as JSON pages of the wiki (MediaWiki:Gadget-geo-conflicts-snapshot/…).
  --wdqs       the Query Service (default ${ DEFAULT_WDQS })
  --classes    conflict classes (default: the gadget's, ${ DEFAULT_CONFLICT_CLASSES.join( ',' ) })
  --languages  label languages (default: the wiki's content language and its fallbacks)
  --site-id    the wiki's site id on Wikidata (default: the wiki's id, e.g. eswiki)
  --dry-run    show what would change, save nothing
  --force      overwrite pages edited on-wiki since the last publish
Credentials: MW_USERNAME + MW_PASSWORD (a BotPassword) or MW_OAUTH2_TOKEN; the account needs
editsitejson (interface-admin) to save MediaWiki:*.json pages.
Exit codes: 0 published or nothing to do, 1 error, 2 refused.`;

interface Options {
	wiki: string;
	wdqs: string;
	classes: string[];
	languages: string[] | null;
	siteId: string | null;
	dryRun: boolean;
	force: boolean;
}

function parseOptions( argv: string[] ): Options | 'help' {
	const { values } = parseArgs( {
		args: argv,
		options: {
			wiki: { type: 'string' },
			wdqs: { type: 'string', default: DEFAULT_WDQS },
			classes: { type: 'string' },
			languages: { type: 'string' },
			'site-id': { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		strict: true,
	} );
	if ( values.help ) {
		return 'help';
	}
	const classes = values.classes ? validQids( values.classes.split( ',' ).map( ( c ) => c.trim() ) ) :
		DEFAULT_CONFLICT_CLASSES.slice();
	if ( !values.wiki || !classes.length || !/^https?:\/\//.test( values.wdqs ) ||
		( values[ 'site-id' ] !== undefined && !/^[a-z_]{2,40}$/.test( values[ 'site-id' ] ) ) ) {
		throw new Error( USAGE );
	}
	return {
		wiki: values.wiki,
		wdqs: values.wdqs,
		classes,
		languages: values.languages ? values.languages.split( ',' ).map( ( l ) => l.trim() ) : null,
		siteId: values[ 'site-id' ] ?? null,
		dryRun: values[ 'dry-run' ],
		force: values.force,
	};
}

/** The wiki's id and content language chain (siteinfo). */
async function siteFacts( bot: Mwn ): Promise<{ siteId: string; languages: string[] }> {
	const res = await bot.request( { action: 'query', meta: 'siteinfo', siprop: 'general', formatversion: '2' } );
	const general = res.query?.general as { wikiid?: string; lang?: string; fallback?: { code: string }[] };
	return {
		siteId: String( general?.wikiid ?? '' ),
		languages: [ general?.lang ?? 'en', ...( general?.fallback ?? [] ).map( ( f ) => f.code ) ],
	};
}

/** Whether a stored JSON page holds exactly this text's data (the wiki re-indents JSON on save). */
function sameData( stored: string, text: string ): boolean {
	try {
		return JSON.stringify( JSON.parse( stored ) ) === JSON.stringify( JSON.parse( text ) );
	} catch {
		return false;
	}
}

interface Step {
	title: string;
	content: string;
	current: PageState;
	decision: Decision;
	gzBytes: number;
}

function pretty( text: string ): string {
	try {
		return JSON.stringify( JSON.parse( text ), null, '\t' );
	} catch {
		return text;
	}
}

export async function main( argv: string[] ): Promise<number> {
	let opts: Options | 'help';
	try {
		opts = parseOptions( argv );
	} catch ( err ) {
		console.error( ( err as Error ).message );
		return EXIT_ERROR;
	}
	if ( opts === 'help' ) {
		console.log( USAGE );
		return EXIT_OK;
	}
	const bot = await connectFromEnv( opts.wiki, 'publish-snapshot', process.env );
	if ( !bot ) {
		return EXIT_ERROR;
	}
	const facts = await siteFacts( bot );
	const languages = labelLanguages( opts.languages ?? facts.languages );
	const siteId = opts.siteId ?? facts.siteId;
	console.log( `Conflicts snapshot (${ opts.classes.join( ', ' ) }; labels ${ languages.join( ', ' ) }; ${ siteId }) from ${ opts.wdqs } → ${ opts.wiki }${ opts.dryRun ? ' [dry run]' : '' }` );
	const result = await collectSnapshot( {
		wdqs: opts.wdqs, classes: opts.classes, languages, siteId,
		onWait: ( s ) => s > 0 && s % 10 === 0 && console.log( `  the Query Service asked us to wait: ${ s } s…` ),
	} );
	if ( !result.ok ) {
		console.error( `REFUSED: the snapshot is over its budgets: ${ result.reason }. Nothing was saved.` );
		return EXIT_REFUSED;
	}
	const m = result.manifest;
	console.log( `  ${ result.queries } queries; ${ m.conflicts } conflicts, ${ m.places } places; ${ m.conflictShards } conflict page(s), ${ m.placeShards } place page(s)` );
	const { pages, curtimestamp } = await readPages( bot, result.pages.map( ( p ) => p.title ) );
	const steps: Step[] = result.pages.map( ( p ) => {
		const current = pages.get( p.title ) as PageState;
		const decision: Decision = current.exists && sameData( current.content, p.content ) ? { action: 'unchanged' } :
			decide( { current, desired: p.content, force: opts.force } );
		return { title: p.title, content: p.content, current, decision, gzBytes: p.gzBytes };
	} );
	const counts: Record<string, number> = {};
	for ( const s of steps ) {
		counts[ s.decision.action ] = ( counts[ s.decision.action ] || 0 ) + 1;
		if ( s.decision.action !== 'unchanged' ) {
			console.log( `  ${ s.decision.action.padEnd( 10 ) } ${ s.title } (${ s.gzBytes } B gz)` );
			if ( opts.dryRun && s.current.exists ) {
				process.stdout.write( createTwoFilesPatch( `${ s.title } (wiki)`, `${ s.title } (Query Service)`,
					pretty( s.current.content ), pretty( s.content ), undefined, undefined, { context: 1 } ) );
			}
		}
	}
	console.log( `  ${ Object.keys( counts ).map( ( k ) => `${ counts[ k ] } ${ k }` ).join( ', ' ) }` );
	if ( reportRefusals( steps, 'Look at those edits, or pass --force to overwrite them.' ) ) {
		return EXIT_REFUSED;
	}
	const toSave = steps.filter( ( s ) => s.decision.action === 'create' || s.decision.action === 'update' );
	if ( opts.dryRun || !toSave.length ) {
		console.log( opts.dryRun ? `Dry run: ${ toSave.length } page(s) would be saved; nothing was changed.` : 'Nothing to publish: the wiki already has this snapshot.' );
		return EXIT_OK;
	}
	const v = version();
	const summary = deploySummary( v.version, v.commit, `conflicts snapshot of ${ m.date }` );
	// Data pages first, the manifest last (buildSnapshot's order): readers never meet a generation
	// whose pages are not saved yet.
	const saved = await saveInOrder( bot, toSave.map( ( s ) => ( {
		title: s.title, current: s.current, content: s.content, summary,
	} ) ), curtimestamp, 'run the command again' );
	if ( saved === null ) {
		return EXIT_REFUSED;
	}
	console.log( `Published ${ saved } page(s).` );
	return EXIT_OK;
}

main( process.argv.slice( 2 ) ).then( ( code ) => {
	process.exitCode = code;
}, ( err: unknown ) => {
	console.error( `publish-snapshot failed: ${ err instanceof Error ? err.message : String( err ) }` );
	process.exitCode = EXIT_ERROR;
} );
