// What publish-reduced downloads and which pages it makes of it: the release months (and weekly
// files) through the bounded, timed reader (release-download.ts), one page per country, wiki and
// weekly country of each month, each with what the reader would refuse in it. No wiki here.

import { MonthParser } from '../geo-editors/data/tsv';
import { WeekParser } from '../geo-editors/data/tsv-weekly';
import { WEEKLY_FIRST_MONTH } from '../geo-editors/data/weekly';
import { publishableProblems, reducedTitle, reducePage } from '../geo-editors/data/reduced';
import { reduceWikiPage, wikiPageProblems, wikiPageTitle } from '../geo-editors/data/reduced-wiki';
import { reduceWeeklyPage, weeklyPageProblems, weeklyPageTitle } from '../geo-editors/data/reduced-weekly';
import { downloadReleaseFile, type DownloadLimits } from './release-download';

export const RELEASE = 'geoeditors_monthly';

/** What the download needs of the command's options. */
export interface DownloadOptions {
	months: string[];
	countries: string[];
	wikis: string[];
	weekly: boolean;
	source: string;
	weeklySource: string;
	limits: DownloadLimits;
}

export interface Wanted {
	title: string;
	month: string;
	dataDate: string | null;
	/** The page for a data date, and what the reader would refuse in it (nothing, or no publishing). */
	build: ( dataDate: string ) => { page: object; problems: string[] };
}

/** Largest page written, as compact JSON (the wiki stores it re-indented, about 4× as large). */
export const MAX_PAGE_CHARS = 128 * 1000;
/** Largest index written: every reader's page view that needs data reads it (cached an hour). */
export const MAX_INDEX_CHARS = 64 * 1000;

/** The release months, downloaded (bounded, timed) before the wiki is asked anything. */
export async function download( opts: DownloadOptions ): Promise<Wanted[]> {
	const wanted: Wanted[] = [];
	for ( const month of opts.months ) {
		const file = await downloadReleaseFile( opts.source + month + '.tsv',
			new MonthParser( {}, month ), opts.limits );
		if ( !file ) {
			console.log( `  not in the release: ${ month }` );
			continue;
		}
		const { rows, stats } = file;
		if ( stats.malformed > 0 ) {
			const lines = stats.malformedSamples.map( ( m ) => `line ${ m.line } (${ m.reason })` ).join( ', ' );
			throw new Error( `${ month }.tsv: ${ stats.malformed } line(s) the gadget would refuse: ${ lines }; nothing published` );
		}
		const countries = opts.countries.includes( 'all' ) ?
			Array.from( new Set( rows.map( ( r ) => r.countryCode ) ) ).sort() : opts.countries;
		for ( const country of countries ) {
			wanted.push( { title: reducedTitle( country, month ), month, dataDate: file.lastModified,
				build: ( dataDate ) => {
					const page = reducePage( rows, country, month, { release: RELEASE, dataDate } );
					return { page, problems: publishableProblems( page, country, month ) };
				} } );
		}
		if ( opts.weekly && month >= WEEKLY_FIRST_MONTH ) {
			wanted.push( ...await downloadWeekly( opts, month, countries ) );
		}
		for ( const wiki of opts.wikis ) {
			wanted.push( { title: wikiPageTitle( wiki, month ), month, dataDate: file.lastModified,
				build: ( dataDate ) => {
					const page = reduceWikiPage( rows, wiki, month, { release: RELEASE, dataDate } );
					return { page, problems: wikiPageProblems( page ) };
				} } );
		}
	}
	return wanted;
}

/** The weekly pages of these countries for one weekly file of the release. */
async function downloadWeekly( opts: DownloadOptions, month: string, countries: string[] ): Promise<Wanted[]> {
	const file = await downloadReleaseFile( opts.weeklySource + month + '.tsv',
		new WeekParser( {}, month ), opts.limits );
	if ( !file ) {
		console.log( `  not in the weekly release: ${ month }` );
		return [];
	}
	if ( file.stats.malformed > 0 ) {
		throw new Error( `weekly ${ month }.tsv: ${ file.stats.malformed } line(s) the gadget would refuse; nothing published` );
	}
	return countries.map( ( country ) => ( {
		title: weeklyPageTitle( country, month ), month, dataDate: file.lastModified,
		build: ( dataDate: string ) => {
			const page = reduceWeeklyPage( file.rows, country, month,
				{ release: 'geoeditors_weekly', dataDate } );
			return { page, problems: weeklyPageProblems( page ) };
		},
	} ) );
}
