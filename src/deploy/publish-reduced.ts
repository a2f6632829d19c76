// Publish pre-reduced geoeditors data to a wiki: one JSON page per country and month
// (src/geo-editors/data/reduced.ts), read by the gadget instead of the whole release file.
//
//   npm run publish-reduced -- --wiki https://es.wikipedia.org/w/api.php --months 2023-07..2023-12
//                              --countries CL,AR [--dry-run] [--force] [--source <release folder
// URL>]
//
// Credentials and exit codes as for `npm run deploy` (src/deploy/cli.ts): 0 saved or nothing to do,
// 1 error, 2 refused (a page edited on-wiki, or an edit conflict while saving).

import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import type { Mwn } from 'mwn';
import { DEFAULT_ENDPOINTS } from '../core/config';
import { parseMonthText } from '../geo-editors/data/tsv';
import { monthRange } from '../geo-editors/data/types';
import { isCountryCode, reducedTitle, reducePage, samePage, serializePage } from '../geo-editors/data/reduced';
import { decide, deploySummary, type Decision, type PageState } from './decide';
import { connectFromEnv, readPages, saveInOrder } from './wiki';
import { version } from './version';

const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_REFUSED = 2;
const RELEASE = 'geoeditors_monthly';
const USAGE = 'usage: publish-reduced --wiki <api.php URL> --months YYYY-MM..YYYY-MM --countries CL,AR [--dry-run] [--force] [--source <release folder URL>]';

interface Options {
	wiki: string;
	months: string[];
	countries: string[];
	dryRun: boolean;
	force: boolean;
	source: string;
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
		},
		strict: true,
	} );
	const [ from, to = from ] = ( values.months ?? '' ).split( '..' );
	const months = monthRange( from, to );
	const countries = ( values.countries ?? '' ).split( ',' ).map( ( c ) => c.trim().toUpperCase() ).filter( Boolean );
	if ( !values.wiki || !months.length || !countries.length || !countries.every( isCountryCode ) ||
		months.length > 240 ) {
		throw new Error( USAGE );
	}
	const source = values.source.endsWith( '/' ) ? values.source : values.source + '/';
	return { wiki: values.wiki, months, countries, dryRun: values[ 'dry-run' ], force: values.force, source };
}

interface Step {
	title: string;
	content: string;
	current: PageState;
	decision: Decision;
}

/** A month file of the release, or null when the release does not have it (404). */
async function downloadMonth( source: string,
	month: string ): Promise<{ text: string; lastModified: string | null } | null> {
	const url = source + month + '.tsv';
	const res = await fetch( url, { headers: { 'user-agent': 'GeoGadgetsPublishReduced/0.1' } } );
	if ( res.status === 404 ) {
		return null;
	}
	if ( !res.ok ) {
		throw new Error( `${ url }: HTTP ${ res.status }` );
	}
	const lm = res.headers.get( 'last-modified' );
	return { text: await res.text(), lastModified: lm && !Number.isNaN( Date.parse( lm ) ) ?
		new Date( lm ).toISOString() : null };
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

async function plan( bot: Mwn, opts: Options ): Promise<{ steps: Step[]; starttimestamp: string }> {
	const wanted: { title: string; country: string; month: string; rows: ReturnType<typeof parseMonthText>[ 'rows' ]; dataDate: string | null }[] = [];
	for ( const month of opts.months ) {
		const file = await downloadMonth( opts.source, month );
		if ( !file ) {
			console.log( `  not in the release: ${ month }` );
			continue;
		}
		const { rows, stats } = parseMonthText( file.text, { countries: opts.countries }, month );
		if ( stats.malformed > 0 || !stats.terminated ) {
			throw new Error( `${ month }.tsv: ${ stats.malformed } malformed line(s)${ stats.terminated ? '' : ', cut off' }; nothing published` );
		}
		for ( const country of opts.countries ) {
			wanted.push( { title: reducedTitle( country, month ), country, month, rows,
				dataDate: file.lastModified } );
		}
	}
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
	const bot = await connectFromEnv( opts.wiki, 'publish', process.env );
	if ( !bot ) {
		return EXIT_ERROR;
	}
	const { steps, starttimestamp } = await plan( bot, opts );
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
