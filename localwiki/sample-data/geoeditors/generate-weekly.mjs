// SYNTHETIC weekly geoeditors rows for the local demo (not release data): the weekly release's layout
// (its README: wiki_db, project, country, country_code, activity_level, editors, edits, week_start;
// one file per month holding the weeks that start in it), derived from the monthly sample rows of
// the same month — the real Chile rows and the synthetic ones — so that every week has fewer editors
// than its month. Written as `geoeditors_weekly/<month>.synthetic.tsv`; the fixture server serves them
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

/** One weekly file: every week starting in `month`, for every (wiki, country, level) of that month. */
export function weekRows( month ) {
	const random = rng( Number( month.replace( '-', '' ) ) * 7 );
	const lines = [];
	const noise = () => {
		const u = random() - 0.5;
		return -Math.sign( u ) * Math.log( 1 - 2 * Math.abs( u ) );
	};
	for ( const week of sundays( month ) ) {
		for ( const [ db, project, name, code, level, , , , editors, edits ] of monthlyFields( month ) ) {
			const monthly = Number( editors );
			const weekly = Math.min( monthly - 1, Math.round( monthly * SHARE[ level ] * ( 0.9 + 0.2 * random() ) + noise() ) );
			if ( weekly < CUT ) {
				continue;
			}
			// Edits as the weekly files write them: a float ("144.0"), or blank where the month has none.
			const weekEdits = edits === '' ? '' : Math.round( Number( edits ) * 0.24 * ( 0.85 + 0.3 * random() ) ).toFixed( 1 );
			lines.push( [ db, project, name, code, level, weekly, weekEdits, week ].join( '\t' ) );
		}
	}
	return lines.join( '\n' ) + '\n';
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
