// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { monthRows, fileName, SYNTHETIC_MONTHS, MONTHLY } from './sample-data/geoeditors/generate-synthetic.mjs';
import { weekRows, weeklyFileName, sundays, WEEKLY_MONTHS, WEEKLY, EIGHT_COLUMN_MONTH, MISSING_WEEK, DOUBLED_WEEK } from './sample-data/geoeditors/generate-weekly.mjs';
import { weekInMonthFile } from '../src/geo-editors/data/weekly';
import { syntheticMonthBody, releaseNames } from './synthetic-months.mjs';
import { geoshapeAnswer } from './geoshape.mjs';
import { DEFAULT_ROOT } from './fixture-server.mjs';

const REL = 'analytics.wikimedia.org/published/datasets/geoeditors_monthly/';

describe( 'synthetic geoeditors months', () => {
	it( 'are up to date with their generator, marked synthetic in their names, and have no Chile row', () => {
		for ( const month of SYNTHETIC_MONTHS ) {
			const text = readFileSync( path.join( MONTHLY, fileName( month ) ), 'utf8' );
			expect( text, month + ': run node localwiki/sample-data/geoeditors/generate-synthetic.mjs' ).toBe( monthRows( month ) );
			expect( text ).not.toMatch( /\tCL\t/ );
			expect( text.trim().split( '\n' ).every( ( l ) => l.split( '\t' ).length === 11 && l.endsWith( '\t' + month ) ) ).toBe( true );
		}
		expect( readdirSync( MONTHLY ).filter( ( n ) => n.endsWith( '.synthetic.tsv' ) ) ).toHaveLength( SYNTHETIC_MONTHS.length );
	} );

	it( 'never carry a country of the protection list, nor an editor count under the threshold', () => {
		const rows = monthRows( '2023-08' ).trim().split( '\n' ).map( ( l ) => l.split( '\t' ) );
		expect( rows.filter( ( r ) => [ 'CN', 'HK', 'CU', 'IR', 'MO', 'MM', 'KP', 'SY', 'VN' ].includes( r[ 3 ] ) ) ).toEqual( [] );
		expect( rows.every( ( r ) => Number( r[ 8 ] ) >= 8 ) ).toBe( true );
		// Older synthetic months have no edit counts (blank, never 0).
		expect( monthRows( '2019-05' ).split( '\n' )[ 0 ].split( '\t' )[ 9 ] ).toBe( '' );
	} );

	it( 'are served after the real rows under the release name, and listed once under it', async () => {
		const real = readFileSync( path.join( MONTHLY, '2023-08.tsv' ) );
		const body = ( await syntheticMonthBody( [ DEFAULT_ROOT ], REL + '2023-08.tsv' ) )!;
		expect( body.subarray( 0, real.length ).equals( real ) ).toBe( true );
		expect( body.length ).toBeGreaterThan( real.length );
		expect( String( await syntheticMonthBody( [ DEFAULT_ROOT ], REL + '2019-05.tsv' ) ) ).toBe( monthRows( '2019-05' ) );
		expect( await syntheticMonthBody( [ DEFAULT_ROOT ], REL + '2030-01.tsv' ) ).toBeNull();
		expect( releaseNames( [ '2023-08.synthetic.tsv', '2023-08.tsv', '2019-05.synthetic.tsv' ] ) ).toEqual( [ '2019-05.tsv', '2023-08.tsv' ] );
	} );
} );

describe( 'synthetic weekly files', () => {
	const read = ( month: string ): Map<string, number> => {
		const text = readFileSync( path.join( MONTHLY, month + '.tsv' ), 'utf8' ) + monthRows( month );
		return new Map( text.trim().split( '\n' ).map( ( l ) => l.split( '\t' ) ).map( ( f ) => [ f[ 0 ] + '|' + f[ 3 ] + '|' + f[ 4 ], Number( f[ 8 ] ) ] ) );
	};
	const cache = new Map<string, Map<string, number>>();
	const monthly = ( month: string ): Map<string, number> => cache.get( month ) ||
		cache.set( month, read( month ) ).get( month )!;

	it( 'are up to date with their generator, named synthetic, in the weekly layout, and cover the demo months', () => {
		expect( WEEKLY_MONTHS ).toEqual( [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ] );
		for ( const month of WEEKLY_MONTHS ) {
			const text = readFileSync( path.join( WEEKLY, weeklyFileName( month ) ), 'utf8' );
			const hint = month + ': run node localwiki/sample-data/geoeditors/generate-weekly.mjs';
			expect( text, hint ).toBe( weekRows( month ) );
			const lines = text.trim().split( '\n' ).map( ( l ) => l.split( '\t' ) );
			// As the real release: the oldest month in the README's 8 columns, the others in 11.
			const columns = month === EIGHT_COLUMN_MONTH ? 8 : 11;
			const weeks = sundays( month ).filter( ( w ) => w !== MISSING_WEEK )
				.concat( weekInMonthFile( DOUBLED_WEEK, month ) && !DOUBLED_WEEK.startsWith( month ) ? [ DOUBLED_WEEK ] : [] );
			expect( lines.every( ( f ) => f.length === columns && weeks.includes( f[ columns - 1 ] ) ), month ).toBe( true );
			// The demo's selection (Chile on es.wikipedia) has every level in every week.
			expect( lines.filter( ( f ) => f[ 0 ] === 'eswiki' && f[ 3 ] === 'CL' ) ).toHaveLength( 3 * weeks.length );
		}
		// A week missing for every wiki, a week in two files, impossible noise pairs.
		const all = WEEKLY_MONTHS.map( weekRows ).join( '' );
		expect( all ).not.toContain( '\t' + MISSING_WEEK );
		expect( weekRows( '2023-11' ).split( '\n' ).filter( ( l ) => l.endsWith( DOUBLED_WEEK ) ) )
			.toEqual( weekRows( '2023-10' ).split( '\n' ).filter( ( l ) => l.endsWith( DOUBLED_WEEK ) ) );
		expect( all.split( '\n' ).map( ( l ) => l.split( '\t' ) ).filter( ( f ) => f.length === 11 && f[ 9 ] !== '' &&
			Number( f[ 9 ] ) < Number( f[ 8 ] ) ).length ).toBeGreaterThan( 10 );
		expect( readdirSync( WEEKLY ).filter( ( n ) => n.endsWith( '.synthetic.tsv' ) ) ).toHaveLength( WEEKLY_MONTHS.length );
	} );

	it( 'have fewer editors in every week than in its month (real Chile rows included), and no week without a month row', () => {
		for ( const month of WEEKLY_MONTHS ) {
			for ( const f of weekRows( month ).trim().split( '\n' ).map( ( l ) => l.split( '\t' ) ) ) {
				// The month the week starts in (the doubled week is also in the next month's file).
				const of = monthly( f[ f.length - 1 ].slice( 0, 7 ) ).get( f[ 0 ] + '|' + f[ 3 ] + '|' + f[ 4 ] );
				expect( of ).toBeDefined();
				expect( Number( f[ f.length - 3 ] ) ).toBeLessThan( of! );
			}
		}
	} );

	it( 'are served under the release name in the weekly folder', async () => {
		const rel = 'analytics.wikimedia.org/published/datasets/geoeditors_weekly/';
		expect( String( await syntheticMonthBody( [ DEFAULT_ROOT ], rel + '2023-08.tsv' ) ) ).toBe( weekRows( '2023-08' ) );
		expect( await syntheticMonthBody( [ DEFAULT_ROOT ], rel + '2023-06.tsv' ) ).toBeNull();
	} );
} );

describe( 'geoshape stand-in', () => {
	it( 'answers outlines by Wikidata item as the geoshapes service does, and refuses what it refuses', () => {
		const ok = geoshapeAnswer( new URLSearchParams( 'getgeojson=1&ids=Q298,Q414,Q424242' ) );
		expect( ok.status ).toBe( 200 );
		const body = ok.body as {
			type: string; features: { id: string; geometry: { type: string } }[];
		};
		expect( body.type ).toBe( 'FeatureCollection' );
		expect( body.features.map( ( f ) => f.id ) ).toEqual( [ 'Q298', 'Q414' ] );
		expect( body.features[ 0 ].geometry.type ).toMatch( /Polygon/ );
		expect( geoshapeAnswer( new URLSearchParams( 'getgeojson=1&ids=Q298,P31' ) ).status ).toBe( 400 );
		expect( geoshapeAnswer( new URLSearchParams( 'getgeojson=1&ids=' + Array.from( { length: 501 }, ( _x, i ) => 'Q' + ( i + 1 ) ).join( ',' ) ) ).status ).toBe( 400 );
	} );
} );
