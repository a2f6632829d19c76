// SYNTHETIC geoeditors rows for the local demo (not release data): more months (2018-01 … 2023-06),
// more countries in the months of the real Chile files (2023-07 … 2023-12), so the map, long
// histories and group views show something. Written as `<month>.synthetic.tsv` beside the real
// files; the fixture server serves them under the release's name (`<month>.tsv`), after the real
// rows of that month when there are any. Never writes a real file, never emits a Chile row.
//
//   node localwiki/sample-data/geoeditors/generate-synthetic.mjs
//
// Deterministic (seeded): the same files every run; a unit test checks they are up to date.
import { writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname( fileURLToPath( import.meta.url ) );
export const MONTHLY = path.resolve( HERE, '../analytics.wikimedia.org/published/datasets/geoeditors_monthly' );

/** Wikis of the synthetic rows, with a size factor. */
const WIKIS = [
	[ 'eswiki', 'es.wikipedia', 1 ],
	[ 'enwiki', 'en.wikipedia', 1 ],
	[ 'wikidatawiki', 'en.wikidata', 0.15 ],
	[ 'commonswiki', 'en.commons', 0.1 ],
];

/**
 * Countries: code, English name (as the release writes it), editors of level "1 to 4" on es.wikipedia
 * and on en.wikipedia in a typical month (made up, in plausible proportions). Countries on the
 * protection list since 2024 (CN, HK, CU, IR, MO, MM, KP, SY, VN) are never emitted.
 */
const COUNTRIES = [
	[ 'AR', 'Argentina', 4200, 900 ], [ 'BO', 'Bolivia', 700, 60 ], [ 'BR', 'Brazil', 350, 2400 ],
	[ 'CO', 'Colombia', 3900, 700 ], [ 'EC', 'Ecuador', 1100, 110 ], [ 'PE', 'Peru', 2600, 300 ],
	[ 'PY', 'Paraguay', 420, 40 ], [ 'UY', 'Uruguay', 600, 90 ], [ 'VE', 'Venezuela', 1300, 180 ],
	[ 'GY', 'Guyana', 0, 30 ], [ 'SR', 'Suriname', 0, 12 ], [ 'MX', 'Mexico', 7800, 1500 ],
	[ 'GT', 'Guatemala', 650, 70 ], [ 'HN', 'Honduras', 380, 35 ], [ 'SV', 'El Salvador', 400, 40 ],
	[ 'NI', 'Nicaragua', 230, 20 ], [ 'CR', 'Costa Rica', 520, 90 ], [ 'PA', 'Panama', 330, 60 ],
	[ 'DO', 'Dominican Republic', 600, 70 ], [ 'PR', 'Puerto Rico', 180, 90 ], [ 'US', 'United States', 3100, 52000 ],
	[ 'CA', 'Canada', 260, 7400 ], [ 'ES', 'Spain', 9800, 2600 ], [ 'PT', 'Portugal', 90, 900 ],
	[ 'FR', 'France', 420, 4300 ], [ 'DE', 'Germany', 380, 6900 ], [ 'IT', 'Italy', 300, 3300 ],
	[ 'GB', 'United Kingdom', 280, 16000 ], [ 'NL', 'Netherlands', 70, 2600 ], [ 'SE', 'Sweden', 40, 1900 ],
	[ 'PL', 'Poland', 50, 2100 ], [ 'RU', 'Russia', 120, 3300 ], [ 'TR', 'Turkey', 30, 1900 ],
	[ 'IN', 'India', 150, 14000 ], [ 'JP', 'Japan', 60, 2800 ], [ 'KR', 'South Korea', 20, 900 ],
	[ 'ID', 'Indonesia', 30, 2700 ], [ 'PH', 'Philippines', 40, 3300 ], [ 'AU', 'Australia', 90, 5800 ],
	[ 'NZ', 'New Zealand', 20, 1200 ], [ 'ZA', 'South Africa', 15, 1800 ], [ 'NG', 'Nigeria', 12, 2100 ],
	[ 'KE', 'Kenya', 10, 900 ], [ 'EG', 'Egypt', 12, 1100 ], [ 'MA', 'Morocco', 120, 500 ],
	[ 'GQ', 'Equatorial Guinea', 25, 0 ],
];

const LEVELS = [ [ '1 to 4', 1 ], [ '5 to 99', 0.16 ], [ '100 or more', 0.018 ] ];
const EPS = 1.1;
const THRESHOLD = 8;
const FIRST = '2018-01';
const REAL_FIRST = '2023-07';
const LAST = '2023-12';

/** mulberry32: a small seeded PRNG (the weekly generator draws from it too). */
export function rng( seed ) {
	let a = seed >>> 0;
	return () => {
		a = ( a + 0x6D2B79F5 ) >>> 0;
		let t = a;
		t = Math.imul( t ^ ( t >>> 15 ), t | 1 );
		t ^= t + Math.imul( t ^ ( t >>> 7 ), t | 61 );
		return ( ( t ^ ( t >>> 14 ) ) >>> 0 ) / 4294967296;
	};
}

/** Laplace noise of scale 1/ε, as the release adds it. */
function laplace( random ) {
	const u = random() - 0.5;
	return -Math.sign( u ) * Math.log( 1 - 2 * Math.abs( u ) ) / EPS;
}

function months( from, to ) {
	const out = [];
	let [ y, m ] = from.split( '-' ).map( Number );
	for ( ;; ) {
		const month = y + '-' + String( m ).padStart( 2, '0' );
		if ( month > to ) {
			return out;
		}
		out.push( month );
		m = m === 12 ? 1 : m + 1;
		y = m === 1 ? y + 1 : y;
	}
}

/** The rows of one month: slow growth since 2018, a yearly cycle, noise, threshold. */
export function monthRows( month ) {
	const random = rng( Number( month.replace( '-', '' ) ) );
	const [ y, m ] = month.split( '-' ).map( Number );
	const trend = 0.8 + 0.2 * ( ( y - 2018 ) * 12 + m ) / 72;
	const season = 1 + 0.08 * Math.cos( ( m - 3 ) / 12 * 2 * Math.PI );
	// Older months carry no edit counts in these synthetic files (the "no edit counts" case).
	const withEdits = month >= '2023-01';
	const lines = [];
	for ( const [ db, project, size ] of WIKIS ) {
		for ( const [ code, name, es, en ] of COUNTRIES ) {
			const base = ( db === 'eswiki' ? es : db === 'enwiki' ? en : ( es + en ) * size ) * trend * season;
			for ( const [ level, share ] of LEVELS ) {
				const editors = Math.round( base * share * ( 0.9 + 0.2 * random() ) + laplace( random ) );
				if ( editors < THRESHOLD ) {
					continue;
				}
				const perEditor = level === '1 to 4' ? 1.6 : level === '5 to 99' ? 18 : 230;
				const edits = withEdits ? String( Math.round( editors * perEditor * ( 0.8 + 0.4 * random() ) ) ) : '';
				lines.push( [ db, project, name, code, level, EPS, 0.9, THRESHOLD, editors, edits, month ].join( '\t' ) );
			}
		}
	}
	return lines.join( '\n' ) + '\n';
}

export const SYNTHETIC_MONTHS = months( FIRST, LAST );

export function fileName( month ) {
	return month + '.synthetic.tsv';
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	for ( const name of readdirSync( MONTHLY ) ) {
		if ( name.endsWith( '.synthetic.tsv' ) ) {
			unlinkSync( path.join( MONTHLY, name ) );
		}
	}
	for ( const month of SYNTHETIC_MONTHS ) {
		writeFileSync( path.join( MONTHLY, fileName( month ) ), monthRows( month ) );
	}
	console.log( `${ SYNTHETIC_MONTHS.length } synthetic months (${ FIRST } … ${ LAST }; real Chile rows from ${ REAL_FIRST } untouched) in ${ MONTHLY }` );
}
