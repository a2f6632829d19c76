// Publish pre-reduced geoeditors data to a wiki: one JSON page per country and month
// (src/geo-editors/data/reduced.ts), read by the gadget instead of the whole release file.
//
//   npm run publish-reduced -- --wiki https://es.wikipedia.org/w/api.php --months 2023-07..2023-12
//                              --countries CL,AR|all [--wikis eswiki] [--weekly] [--dry-run] [--force] [--source <release folder
// URL>]
//
// Credentials and exit codes as for `npm run deploy` (src/deploy/cli.ts): 0 saved or nothing to do,
// 1 error, 2 refused (a page edited on-wiki, or an edit conflict while saving).

import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import type { Mwn } from 'mwn';
import { DEFAULT_ENDPOINTS } from '../core/config';
import { CLI_LIMITS, type DownloadLimits } from './release-download';
import { monthRange } from '../geo-editors/data/types';
import { isCountryCode, samePage, REDUCED_PREFIX, type ReducedPage } from '../geo-editors/data/reduced';
import { buildIndex, indexMonths, parseIndex, INDEX_TITLE } from '../geo-editors/data/reduced-index';
import { isWikiDb } from '../geo-editors/data/row-schema';
import { download, MAX_INDEX_CHARS, MAX_PAGE_CHARS, type Wanted } from './reduced-download';
import { decide, deploySummary, type Decision, type PageState, reportRefusals } from './decide';
import { connectFromEnv, readPages, saveInOrder } from './wiki';
import { version } from './version';

const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_REFUSED = 2;
const USAGE = 'usage: publish-reduced --wiki <api.php URL> --months YYYY-MM..YYYY-MM --countries CL,AR|all [--wikis eswiki] [--weekly] [--dry-run] [--force] [--source <release folder URL>] [--timeout SECONDS]';

interface Options {
	wiki: string;
	months: string[];
	countries: string[];
	wikis: string[];
	/** Also the weekly pages of the countries (months from WEEKLY_FIRST_MONTH). */
	weekly: boolean;
	weeklySource: string;
	dryRun: boolean;
	force: boolean;
	source: string;
	limits: DownloadLimits;
}

function parseOptions( argv: string[] ): Options {
	const { values } = parseArgs( {
		args: argv,
		options: {
			wiki: { type: 'string' },
			months: { type: 'string' },
			countries: { type: 'string' },
			wikis: { type: 'string', default: '' },
			weekly: { type: 'boolean', default: false },
			'weekly-source': { type: 'string', default: DEFAULT_ENDPOINTS.geoeditorsWeekly },
			'dry-run': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
			source: { type: 'string', default: DEFAULT_ENDPOINTS.geoeditors },
			timeout: { type: 'string', default: String( CLI_LIMITS.idleMs / 1000 ) },
		},
		strict: true,
	} );
	const [ from, to = from ] = ( values.months ?? '' ).split( '..' );
	const months = monthRange( from, to );
	const countries = ( values.countries ?? '' ).split( ',' ).map( ( c ) => c.trim() )
		.map( ( c ) => ( c === 'all' ? c : c.toUpperCase() ) ).filter( Boolean );
	const wikis = values.wikis.split( ',' ).map( ( w ) => w.trim() ).filter( Boolean );
	const timeout = Number( values.timeout );
	if ( !values.wiki || !months.length || !( countries.length || wikis.length ) ||
		!countries.every( ( c ) => c === 'all' || isCountryCode( c ) ) || !wikis.every( isWikiDb ) ||
		months.length > 240 || !( timeout > 0 && timeout <= 600 ) ) {
		throw new Error( USAGE );
	}
	const source = values.source.endsWith( '/' ) ? values.source : values.source + '/';
	const limits = Object.assign( {}, CLI_LIMITS,
		{ timeoutMs: timeout * 1000, idleMs: timeout * 1000 } );
	const slash = ( u: string ): string => ( u.endsWith( '/' ) ? u : u + '/' );
	return { wiki: values.wiki, months, countries, wikis, weekly: values.weekly,
		weeklySource: slash( values[ 'weekly-source' ] ), dryRun: values[ 'dry-run' ],
		force: values.force, source, limits };
}

interface Step {
	title: string;
	content: string;
	current: PageState;
	decision: Decision;
}

function previousDataDate( current: PageState ): string | null {
	try {
		const date = current.exists ?
			( JSON.parse( current.content ) as { dataDate?: unknown } ).dataDate : null;
		return typeof date === 'string' ? date : null;
	} catch {
		return null;
	}
}

/** Every reduced page the wiki has (MediaWiki namespace, the data prefix). */
async function listReducedTitles( bot: Mwn ): Promise<string[]> {
	const titles: string[] = [];
	for await ( const answer of bot.continuedQueryGen( { action: 'query', list: 'allpages',
		apnamespace: 8, apprefix: REDUCED_PREFIX.replace( /^MediaWiki:/, '' ), aplimit: 'max' } ) ) {
		const pages = ( answer.query?.allpages ?? [] ) as { title: string }[];
		titles.push( ...pages.map( ( p ) => p.title ) );
	}
	return titles;
}

async function plan( bot: Mwn, opts: Options,
	wanted: Wanted[] ): Promise<{ steps: Step[]; starttimestamp: string; problems: string[] }> {
	const { pages, curtimestamp } = await readPages( bot, wanted.map( ( w ) => w.title ) );
	const today = new Date().toISOString().slice( 0, 10 );
	const problems: string[] = [];
	const steps: Step[] = [];
	for ( const w of wanted ) {
		const current = pages.get( w.title ) as PageState;
		// Without a Last-Modified, the date the month was first reduced stays the data's date.
		const dataDate = w.dataDate ?? previousDataDate( current ) ?? today;
		const built = w.build( dataDate );
		problems.push( ...built.problems.map( ( p ) => `${ w.title }: ${ p }` ) );
		const content = JSON.stringify( built.page );
		if ( content.length > MAX_PAGE_CHARS ) {
			console.log( `  over budget ${ w.title } (${ content.length } > ${ MAX_PAGE_CHARS } characters): not published, readers read the release for it` );
			continue;
		}
		const decision: Decision = current.exists && samePage( current.content, built.page as ReducedPage ) ?
			{ action: 'unchanged' } : decide( { current, desired: content, force: opts.force } );
		steps.push( { title: w.title, content, current, decision } );
	}
	return { steps, starttimestamp: curtimestamp, problems };
}

/**
 * The index of what the wiki has now (after saving), saved when it changed. In a dry run, what
 * it would be once the planned pages exist.
 */
async function writeIndex( bot: Mwn, planned: string[], dryRun: boolean,
	summary: string ): Promise<number> {
	const titles = Array.from( new Set( ( await listReducedTitles( bot ) ).concat( planned ) ) );
	const index = buildIndex( titles, new Date().toISOString().slice( 0, 10 ) );
	const months = indexMonths( index );
	console.log( `  index: ${ Object.keys( index.countries ).length } countries, ${ Object.keys( index.wikis ).length } wikis, ${ Object.keys( index.weekly ).length } weekly, ${ months.length ? months[ 0 ] + '..' + months[ months.length - 1 ] : 'no months' }` );
	const content = JSON.stringify( index );
	if ( content.length > MAX_INDEX_CHARS ) {
		console.error( `The index would be ${ content.length } characters (budget ${ MAX_INDEX_CHARS }): not saved. Publish fewer countries or wikis.` );
		return EXIT_ERROR;
	}
	const { pages, curtimestamp } = await readPages( bot, [ INDEX_TITLE ] );
	const current = pages.get( INDEX_TITLE ) as PageState;
	const same = current.exists && samePage( current.content,
		Object.assign( {}, index, { updated: ( parseIndexText( current.content ) || index ).updated } ) as unknown as ReducedPage );
	if ( same || dryRun ) {
		console.log( `  ${ same ? 'unchanged' : 'would save' } ${ INDEX_TITLE }` );
		return EXIT_OK;
	}
	const saved = await saveInOrder( bot, [ { title: INDEX_TITLE, current, content, summary } ],
		curtimestamp, 'run the command again' );
	return saved === null ? EXIT_REFUSED : EXIT_OK;
}

function parseIndexText( text: string ): { updated: string } | null {
	try {
		return parseIndex( JSON.parse( text ) );
	} catch {
		return null;
	}
}

export async function main( argv: string[] ): Promise<number> {
	let opts: Options;
	try {
		opts = parseOptions( argv );
	} catch ( err ) {
		console.error( ( err as Error ).message );
		return EXIT_ERROR;
	}
	console.log( `Reduced geoeditors data ${ opts.months[ 0 ] }..${ opts.months[ opts.months.length - 1 ] } (${ opts.countries.concat( opts.wikis ).join( ', ' ) }) → ${ opts.wiki }${ opts.dryRun ? ' [dry run]' : '' }` );
	const wanted = await download( opts );
	const bot = await connectFromEnv( opts.wiki, 'publish', process.env );
	if ( !bot ) {
		return EXIT_ERROR;
	}
	const { steps, starttimestamp, problems } = await plan( bot, opts, wanted );
	if ( problems.length ) {
		for ( const p of problems.slice( 0, 20 ) ) {
			console.error( `REFUSED: ${ p }` );
		}
		console.error( `${ problems.length } row(s) the gadget would refuse: nothing was published.` );
		return EXIT_ERROR;
	}
	for ( const s of steps ) {
		console.log( `  ${ s.decision.action.padEnd( 10 ) } ${ s.title }` );
		if ( opts.dryRun && s.decision.action !== 'unchanged' ) {
			process.stdout.write( createTwoFilesPatch( `${ s.title } (wiki)`, `${ s.title } (release)`, s.current.content, s.content, undefined, undefined, { context: 2 } ) );
		}
	}
	if ( reportRefusals( steps, 'Look at those edits, or pass --force to overwrite them.' ) ) {
		return EXIT_REFUSED;
	}
	const toSave = steps.filter( ( s ) => s.decision.action === 'create' || s.decision.action === 'update' );
	const v = version();
	const summary = deploySummary( v.version, v.commit, 'reduced geoeditors data' );
	if ( opts.dryRun || !toSave.length ) {
		const indexed = await writeIndex( bot, steps.map( ( s ) => s.title ), opts.dryRun, summary );
		console.log( opts.dryRun ? `Dry run: ${ toSave.length } page(s) would be saved; nothing was changed.` : 'Nothing to publish: the wiki already has these months.' );
		return indexed;
	}
	const saved = await saveInOrder( bot,
		toSave.map( ( s ) => ( {
			title: s.title, current: s.current, content: s.content, summary,
		} ) ),
		starttimestamp, 'run the command again' );
	if ( saved === null ) {
		return EXIT_REFUSED;
	}
	console.log( `Published ${ saved } page(s).` );
	return writeIndex( bot, [], false, summary );
}

main( process.argv.slice( 2 ) ).then( ( code ) => {
	process.exitCode = code;
}, ( err: unknown ) => {
	console.error( `publish-reduced failed: ${ err instanceof Error ? err.message : String( err ) }` );
	process.exitCode = EXIT_ERROR;
} );
