// SYNTHETIC weekly geoeditors rows for the local demo (not release data), laid out as the weekly
// release really is (docs/geo-editors.md): 11 columns like the monthly files (wiki_db, project,
// country, country_code, activity_level, count_eps, sum_eps, count_release_thresh, editors, edits,
// week_start; files since late April 2024), except the oldest month, 2023-07, in the 8 columns of
// the weekly README (no eps fields; files read until mid-April 2024). One file per month holding the
// weeks that start in it; as in the real release, one week is in two files (2023-10-29, also in
// November's file, same values), one week is missing for every wiki (2023-09-24, as it was in the
// release) and noise makes impossible pairs (a "1 to 4" row with fewer edits than editors). Derived
// from the monthly sample rows of the same month — the real Chile rows and the synthetic ones, whose
// ε and threshold each weekly row repeats — so that every week has fewer editors than its month. Written as `geoeditors_weekly/<month>.synthetic.tsv`; the fixture server serves them
// as `<month>.tsv`. The monthly files are only read, never written.
//
//   node localwiki/sample-data/geoeditors/generate-weekly.mjs
//
// Deterministic (seeded): the same files every run; a unit test checks they are up to date.
import { readFileSync, writeFileSync, readdirSync, unlinkSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monthRows, MONTHLY, rng } from './generate-synthetic.mjs';

const HERE = path.dirname( fileURLToPath( import.meta.url ) );
export const WEEKLY = path.resolve( HERE, '../analytics.wikimedia.org/published/datasets/geoeditors_weekly' );
/** The months of the demo pages (and of the real Chile rows). */
export const WEEKLY_MONTHS = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];
/** Share of a month's editors of a level who edit in one given week (made up, plausible). */
const SHARE = { '1 to 4': 0.34, '5 to 99': 0.52, '100 or more': 0.78 };
/** Below this no weekly row is written (the generator's own cut; the release states none). */
const CUT = 10;
/** The month written in the older 8-column layout. */
export const EIGHT_COLUMN_MONTH = '2023-07';
/** A week missing for every wiki (as 2023-09-24 was in the real release). */
export const MISSING_WEEK = '2023-09-24';
/** A week straddling two months that both files hold (as 2024-01-28 was in the real release). */
export const DOUBLED_WEEK = '2023-10-29';

/** The Sundays that start in `month`. */
export function sundays( month ) {
	const [ y, m ] = month.split( '-' ).map( Number );
	const out = [];
	for ( let d = 1; d <= 31; d++ ) {
		const date = new Date( Date.UTC( y, m - 1, d ) );
		if ( date.getUTCMonth() === m - 1 && date.getUTCDay() === 0 ) {
			out.push( date.toISOString().slice( 0, 10 ) );
		}
	}
	return out;
}

/** The month's sample rows as fields: the real file (Chile) first, then the synthetic rows. */
function monthlyFields( month ) {
	const real = path.join( MONTHLY, month + '.tsv' );
	const text = ( existsSync( real ) ? readFileSync( real, 'utf8' ) : '' ) + monthRows( month );
	return text.split( '\n' ).filter( ( l ) => l && !l.startsWith( 'wiki_db\t' ) ).map( ( l ) => l.replace( /\r$/, '' ).split( '\t' ) );
}

/** The weeks starting in `month` as lines of its file's layout (the missing week left out). */
function monthWeekLines( month ) {
	const random = rng( Number( month.replace( '-', '' ) ) * 7 );
	const lines = [];
	const noise = () => {
		const u = random() - 0.5;
		return -Math.sign( u ) * Math.log( 1 - 2 * Math.abs( u ) );
	};
	for ( const week of sundays( month ) ) {
		for ( const [ db, project, name, code, level, countEps, sumEps, threshold, editors, edits ] of monthlyFields( month ) ) {
			const monthly = Number( editors );
			const weekly = Math.min( monthly - 1, Math.round( monthly * SHARE[ level ] * ( 0.9 + 0.2 * random() ) + noise() ) );
			if ( weekly < CUT ) {
				continue;
			}
			// Edits as the weekly files write them: a float ("144.0"), or blank where the month has
			// none; now and then (noise) fewer edits than editors in "1 to 4", as the release has.
			const impossible = level === '1 to 4' && random() < 0.04;
			const weekEdits = edits === '' ? '' : impossible ? Math.round( weekly * 0.6 ).toFixed( 1 ) :
				Math.round( Number( edits ) * 0.24 * ( 0.85 + 0.3 * random() ) ).toFixed( 1 );
			if ( week === MISSING_WEEK ) {
				continue;
			}
			lines.push( month === EIGHT_COLUMN_MONTH ?
				[ db, project, name, code, level, weekly, weekEdits, week ].join( '\t' ) :
				[ db, project, name, code, level, countEps, sumEps, threshold, weekly, weekEdits, week ].join( '\t' ) );
		}
	}
	return lines;
}

/**
 * One weekly file: every week starting in `month`, for every (wiki, country, level) of that month,
 * and the doubled week again in the next month's file.
 */
export function weekRows( month ) {
	const lines = monthWeekLines( month );
	if ( DOUBLED_WEEK.slice( 0, 7 ) < month && weekEnd( DOUBLED_WEEK ).slice( 0, 7 ) === month ) {
		lines.unshift( ...monthWeekLines( DOUBLED_WEEK.slice( 0, 7 ) ).filter( ( l ) => l.endsWith( '\t' + DOUBLED_WEEK ) ) );
	}
	return lines.join( '\n' ) + '\n';
}

/** The Saturday a week starting on `week` ends on. */
function weekEnd( week ) {
	return new Date( Date.parse( week + 'T00:00:00Z' ) + 6 * 86400000 ).toISOString().slice( 0, 10 );
}

export function weeklyFileName( month ) {
	return month + '.synthetic.tsv';
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	mkdirSync( WEEKLY, { recursive: true } );
	for ( const name of readdirSync( WEEKLY ) ) {
		if ( name.endsWith( '.synthetic.tsv' ) ) {
			unlinkSync( path.join( WEEKLY, name ) );
		}
	}
	for ( const month of WEEKLY_MONTHS ) {
		writeFileSync( path.join( WEEKLY, weeklyFileName( month ) ), weekRows( month ) );
	}
	console.log( `${ WEEKLY_MONTHS.length } synthetic weekly files (${ WEEKLY_MONTHS[ 0 ] } … ${ WEEKLY_MONTHS[ WEEKLY_MONTHS.length - 1 ] }) in ${ WEEKLY }` );
}
