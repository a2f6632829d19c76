// Publish pre-reduced geoeditors data to a wiki: one JSON page per country and month
// (src/geo-editors/data/reduced.ts), read by the gadget instead of the whole release file.
//
//   npm run publish-reduced -- --wiki https://es.wikipedia.org/w/api.php --months 2023-07..2023-12
//                              --countries CL,AR [--dry-run] [--force] [--source <release folder
// URL>]
//
// Credentials and exit codes as for `npm run deploy` (src/deploy/cli.ts): 0 saved or nothing to do,
// 1 error, 2 refused (a page edited on-wiki, or an edit conflict while saving).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import type { Mwn } from 'mwn';
import { DEFAULT_ENDPOINTS } from '../core/config';
import { MonthParser } from '../geo-editors/data/tsv';
import type { GeoRow } from '../geo-editors/data/types';
import { CLI_LIMITS, downloadReleaseFile, type DownloadLimits } from './release-download';
import { monthRange } from '../geo-editors/data/types';
import { isCountryCode, reducedTitle, reducePage, samePage, serializePage } from '../geo-editors/data/reduced';
import { decide, deploySummary, type Decision, type PageState } from './decide';
import { connectFromEnv, readPages, saveInOrder } from './wiki';

const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_REFUSED = 2;
const RELEASE = 'geoeditors_monthly';
const USAGE = 'usage: publish-reduced --wiki <api.php URL> --months YYYY-MM..YYYY-MM --countries CL,AR [--dry-run] [--force] [--source <release folder URL>] [--timeout SECONDS]';

interface Options {
	wiki: string;
	months: string[];
	countries: string[];
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
			'dry-run': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
			source: { type: 'string', default: DEFAULT_ENDPOINTS.geoeditors },
			timeout: { type: 'string', default: String( CLI_LIMITS.idleMs / 1000 ) },
		},
		strict: true,
	} );
	const [ from, to = from ] = ( values.months ?? '' ).split( '..' );
	const months = monthRange( from, to );
	const countries = ( values.countries ?? '' ).split( ',' ).map( ( c ) => c.trim().toUpperCase() ).filter( Boolean );
	const timeout = Number( values.timeout );
	if ( !values.wiki || !months.length || !countries.length || !countries.every( isCountryCode ) ||
		months.length > 240 || !( timeout > 0 && timeout <= 600 ) ) {
		throw new Error( USAGE );
	}
	const source = values.source.endsWith( '/' ) ? values.source : values.source + '/';
	const limits = Object.assign( {}, CLI_LIMITS,
		{ timeoutMs: timeout * 1000, idleMs: timeout * 1000 } );
	return { wiki: values.wiki, months, countries, dryRun: values[ 'dry-run' ], force: values.force,
		source, limits };
}

interface Step {
	title: string;
	content: string;
	current: PageState;
	decision: Decision;
}

function version(): { version: string; commit: string } {
	const pkg = JSON.parse( readFileSync( new URL( '../../package.json', import.meta.url ), 'utf8' ) ) as { version: string };
	let commit = 'unknown';
	try {
		commit = execFileSync( 'git', [ 'rev-parse', '--short', 'HEAD' ], { encoding: 'utf8', stdio: [ 'ignore', 'pipe', 'ignore' ] } ).trim();
	} catch {
		// Not a git checkout: the summary says so.
	}
	return { version: pkg.version, commit };
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

interface Wanted {
	title: string;
	country: string;
	month: string;
	rows: GeoRow[];
	dataDate: string | null;
}

/** The release months, downloaded (bounded, timed) before the wiki is asked anything. */
async function download( opts: Options ): Promise<Wanted[]> {
	const wanted: Wanted[] = [];
	for ( const month of opts.months ) {
		const file = await downloadReleaseFile( opts.source + month + '.tsv',
			new MonthParser( { countries: opts.countries }, month ), opts.limits );
		if ( !file ) {
			console.log( `  not in the release: ${ month }` );
			continue;
		}
		const { rows, stats } = file;
		if ( stats.malformed > 0 ) {
			const lines = stats.malformedSamples.map( ( m ) => `line ${ m.line } (${ m.reason })` ).join( ', ' );
			throw new Error( `${ month }.tsv: ${ stats.malformed } line(s) the gadget would refuse: ${ lines }; nothing published` );
		}
		for ( const country of opts.countries ) {
			wanted.push( { title: reducedTitle( country, month ), country, month, rows,
				dataDate: file.lastModified } );
		}
	}
	return wanted;
}

async function plan( bot: Mwn, opts: Options,
	wanted: Wanted[] ): Promise<{ steps: Step[]; starttimestamp: string }> {
	const { pages, curtimestamp } = await readPages( bot, wanted.map( ( w ) => w.title ) );
	const today = new Date().toISOString().slice( 0, 10 );
	const steps = wanted.map( ( w ) => {
		const current = pages.get( w.title ) as PageState;
		// Without a Last-Modified, the date the month was first reduced stays the data's date.
		const dataDate = w.dataDate ?? previousDataDate( current ) ?? today;
		const page = reducePage( w.rows, w.country, w.month, { release: RELEASE, dataDate } );
		const content = serializePage( page );
		const decision: Decision = current.exists && samePage( current.content, page ) ? { action: 'unchanged' } :
			decide( { current, desired: content, force: opts.force } );
		return { title: w.title, content, current, decision };
	} );
	return { steps, starttimestamp: curtimestamp };
}

export async function main( argv: string[] ): Promise<number> {
	let opts: Options;
	try {
		opts = parseOptions( argv );
	} catch ( err ) {
		console.error( ( err as Error ).message );
		return EXIT_ERROR;
	}
	console.log( `Reduced geoeditors data ${ opts.months[ 0 ] }..${ opts.months[ opts.months.length - 1 ] } (${ opts.countries.join( ', ' ) }) → ${ opts.wiki }${ opts.dryRun ? ' [dry run]' : '' }` );
	const wanted = await download( opts );
	const bot = await connectFromEnv( opts.wiki, 'publish', process.env );
	if ( !bot ) {
		return EXIT_ERROR;
	}
	const { steps, starttimestamp } = await plan( bot, opts, wanted );
	for ( const s of steps ) {
		console.log( `  ${ s.decision.action.padEnd( 10 ) } ${ s.title }` );
		if ( opts.dryRun && s.decision.action !== 'unchanged' ) {
			process.stdout.write( createTwoFilesPatch( `${ s.title } (wiki)`, `${ s.title } (release)`, s.current.content, s.content, undefined, undefined, { context: 2 } ) );
		}
	}
	const refused = steps.filter( ( s ) => s.decision.action === 'refuse' );
	if ( refused.length ) {
		for ( const s of refused ) {
			console.error( `REFUSED: ${ ( s.decision as { reason: string } ).reason }` );
		}
		console.error( 'Nothing was saved. Look at those edits, or pass --force to overwrite them.' );
		return EXIT_REFUSED;
	}
	const toSave = steps.filter( ( s ) => s.decision.action === 'create' || s.decision.action === 'update' );
	if ( opts.dryRun || !toSave.length ) {
		console.log( opts.dryRun ? `Dry run: ${ toSave.length } page(s) would be saved; nothing was changed.` : 'Nothing to publish: the wiki already has these months.' );
		return EXIT_OK;
	}
	const v = version();
	const summary = deploySummary( v.version, v.commit, 'reduced geoeditors data' );
	const saved = await saveInOrder( bot,
		toSave.map( ( s ) => ( {
			title: s.title, current: s.current, content: s.content, summary,
		} ) ),
		starttimestamp, 'run the command again' );
	if ( saved === null ) {
		return EXIT_REFUSED;
	}
	console.log( `Published ${ saved } page(s).` );
	return EXIT_OK;
}

main( process.argv.slice( 2 ) ).then( ( code ) => {
	process.exitCode = code;
}, ( err: unknown ) => {
	console.error( `publish-reduced failed: ${ err instanceof Error ? err.message : String( err ) }` );
	process.exitCode = EXIT_ERROR;
} );
