/**
 * Per-wiki reduced pages: every country of one wiki in one month
 * (`MediaWiki:Gadget-geo-editors-data/wiki/eswiki/2023-08.json`), for the views of a whole month
 * (world map, top countries, group totals), beside the per-country pages of reduced.ts. Same
 * fields, same schema (row-schema.ts), same writer. Pure, no DOM.
 */
import { LEVELS, isMonth, type GeoRow } from './types';
import { isProjectName, isWikiDb, rowProblem } from './row-schema';
import { REDUCED_FORMAT, REDUCED_PREFIX, isReducedDate, type ReducedMeta } from './reduced';

/** country code, country name, level index, count_eps, sum_eps, threshold, editors, edits. */
type WikiRow = [ string, string, number, number, number, number, number, number | null ];

export interface ReducedWikiPage {
	format: number;
	kind: 'wiki';
	release: string;
	month: string;
	wiki: string;
	project: string;
	dataDate: string | null;
	rows: WikiRow[];
}

export function wikiPageTitle( wikiDb: string, month: string ): string {
	if ( !isWikiDb( wikiDb ) || !isMonth( month ) ) {
		throw new Error( 'Invalid wiki or month: ' + wikiDb + ' ' + month );
	}
	return REDUCED_PREFIX + 'wiki/' + wikiDb + '/' + month + '.json';
}

/** The page of one wiki in a month (rows of other wikis or months left out). */
export function reduceWikiPage( rows: GeoRow[], wikiDb: string, month: string,
	meta: ReducedMeta ): ReducedWikiPage {
	const mine = rows.filter( ( r ) => r.wikiDb === wikiDb && r.month === month );
	return {
		format: REDUCED_FORMAT, kind: 'wiki', release: meta.release, month, wiki: wikiDb,
		project: mine.length ? mine[ 0 ].project : '', dataDate: meta.dataDate,
		rows: mine.map( ( r ) => [ r.countryCode, r.country, LEVELS.indexOf( r.level ), r.countEps,
			r.sumEps, r.threshold, r.editors, r.edits ] ),
	};
}

function readWikiRow( r: unknown, page: ReducedWikiPage, month: string ): GeoRow | string {
	if ( !Array.isArray( r ) || r.length !== 8 || typeof r[ 1 ] !== 'string' ) {
		return 'row shape';
	}
	const row = {
		wikiDb: page.wiki, project: page.project, country: r[ 1 ], countryCode: r[ 0 ],
		level: LEVELS[ r[ 2 ] as number ], countEps: r[ 3 ], sumEps: r[ 4 ], threshold: r[ 5 ],
		editors: r[ 6 ], edits: r[ 7 ], month,
	} as GeoRow;
	return rowProblem( row ) || row;
}

/** The rows of a wiki page as read from the wiki, checked with the one schema; null if not one. */
export function parseWikiPage( value: unknown, wikiDb: string,
	month: string ): { rows: GeoRow[]; page: ReducedWikiPage } | null {
	const p = value as Partial<ReducedWikiPage> | null;
	if ( !p || typeof p !== 'object' || p.format !== REDUCED_FORMAT || p.kind !== 'wiki' ||
		p.month !== month || p.wiki !== wikiDb || typeof p.release !== 'string' ||
		!( p.project === '' || isProjectName( p.project ) ) || !Array.isArray( p.rows ) ||
		!isReducedDate( p.dataDate ) ) {
		return null;
	}
	const rows: GeoRow[] = [];
	for ( const r of p.rows as unknown[] ) {
		const row = readWikiRow( r, p as ReducedWikiPage, month );
		if ( typeof row === 'string' ) {
			return null;
		}
		rows.push( row );
	}
	return { rows, page: p as ReducedWikiPage };
}

/** What the reader would refuse in a wiki page about to be published, one line per row. */
export function wikiPageProblems( page: ReducedWikiPage ): string[] {
	const out: string[] = [];
	page.rows.forEach( ( r, i ) => {
		const row = readWikiRow( r, page, page.month );
		if ( typeof row === 'string' ) {
			out.push( 'row ' + ( i + 1 ) + ' (' + [ page.wiki, r[ 0 ], LEVELS[ r[ 2 ] ] ]
				.map( ( v ) => String( v ).slice( 0, 40 ) ).join( ', ' ) + '): ' + row + ' out of bounds' );
		}
	} );
	if ( !out.length && !parseWikiPage( JSON.parse( JSON.stringify( page ) ), page.wiki, page.month ) ) {
		out.push( 'the page itself is not in the format (project name)' );
	}
	return out;
}
