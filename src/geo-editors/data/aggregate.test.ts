import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMonthText } from './tsv';
import { RowIndex, buildSeries, summarise, heatmap, topCountries, compare, valueOf } from './aggregate';
import type { GeoRow } from './types';
import { Z95 } from './uncertainty';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
const MONTHS = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];
const chile: GeoRow[] = MONTHS.flatMap( ( m ) => parseMonthText( readFileSync( path.join( SAMPLE_DIR, m + '.tsv' ), 'utf8' ), {}, m ).rows );
const index = new RowIndex( chile );
const ES = { country: 'CL', wikiDb: 'eswiki' };
const WD = { country: 'CL', wikiDb: 'wikidatawiki' };

describe( 'series', () => {
	it( 'gives every level of every month with its interval', () => {
		const points = buildSeries( index, ES, MONTHS );
		const aug = points[ 1 ];
		expect( aug.month ).toBe( '2023-08' );
		expect( aug.levels[ '1 to 4' ] ).toMatchObject( { published: true, edits: 6889 } );
		const cell = aug.levels[ '5 to 99' ];
		expect( cell.published && cell.editors.value ).toBe( 777 );
		expect( cell.published && cell.editors.half ).toBeCloseTo( Math.log( 20 ) / 1.1, 10 );
		expect( aug.total.editors!.value ).toBe( 5217 + 777 + 76 );
		expect( aug.total.editors!.half ).toBeCloseTo( Z95 * Math.sqrt( 6 ) / 1.1, 10 );
		expect( aug.total.missing ).toEqual( [] );
		expect( aug.total.edits ).toBe( 6889 + 12153 + 7560 );
	} );

	it( 'a missing row is not published, never 0, and the total says which levels it leaves out', () => {
		const aug = buildSeries( index, WD, [ '2023-08' ] )[ 0 ];
		expect( aug.levels[ '100 or more' ] ).toEqual( { published: false } );
		expect( aug.total.missing ).toEqual( [ '100 or more' ] );
		expect( aug.total.editors!.value ).toBe( 449 + 99 );
		expect( valueOf( aug, null ) ).toBeNull();
		const ja = buildSeries( index, { country: 'CL', wikiDb: 'jawiki' }, [ '2023-11' ] )[ 0 ];
		expect( ja.levels[ '1 to 4' ].published ).toBe( false );
		const nothing = buildSeries( index, { country: 'CN', wikiDb: 'eswiki' }, [ '2023-08' ] )[ 0 ];
		expect( nothing.total.editors ).toBeNull();
		expect( nothing.total.edits ).toBeNull();
	} );

	it( 'restricts totals to the chosen levels', () => {
		const aug = buildSeries( index, ES, [ '2023-08' ], [ '5 to 99', '100 or more' ] )[ 0 ];
		expect( aug.total.editors!.value ).toBe( 777 + 76 );
	} );
} );

describe( 'range summaries never add editors of different months as editors', () => {
	it( 'gives editor-months and the monthly average with intervals', () => {
		const points = buildSeries( index, ES, MONTHS );
		const s = summarise( points, '100 or more' );
		expect( s.editorMonths!.value ).toBe( 63 + 76 + 62 + 71 + 60 + 61 );
		expect( s.monthlyAverage!.value ).toBeCloseTo( ( 63 + 76 + 62 + 71 + 60 + 61 ) / 6, 10 );
		expect( s.monthlyAverage!.half ).toBeCloseTo( Z95 * Math.sqrt( 12 ) / 1.1 / 6, 10 );
		expect( s.publishedMonths ).toBe( 6 );
		expect( s.missingMonths ).toBe( 0 );
	} );

	it( 'averages only over published months and counts the others', () => {
		const points = buildSeries( index, WD, MONTHS );
		const s = summarise( points, '100 or more' );
		expect( s.missingMonths ).toBeGreaterThan( 0 );
		expect( s.publishedMonths + s.missingMonths ).toBe( 6 );
		expect( s.monthlyAverage!.value )
			.toBeCloseTo( s.editorMonths!.value / s.publishedMonths, 10 );
		const total = summarise( points, null );
		expect( total.missingMonths ).toBeGreaterThanOrEqual( s.missingMonths );
	} );
} );

describe( 'heatmap', () => {
	it( 'places months in a year × month grid with gaps as null', () => {
		const grid = heatmap( buildSeries( index, ES, MONTHS ), '1 to 4' );
		expect( grid.years ).toEqual( [ 2023 ] );
		expect( grid.grid[ 0 ].slice( 0, 6 ) ).toEqual( [ null, null, null, null, null, null ] );
		expect( grid.grid[ 0 ][ 7 ]!.value ).toBe( 5217 );
	} );
} );

describe( 'top countries and comparisons', () => {
	const rows: GeoRow[] = [ 'CL', 'AR', 'PE' ].flatMap( ( cc, i ) => [
		{ wikiDb: 'eswiki', project: 'es.wikipedia', country: cc, countryCode: cc, level: '1 to 4' as const, countEps: 1.1, sumEps: 0.9, threshold: 8, editors: 100 * ( i + 1 ), edits: null, month: '2023-08' },
		{ wikiDb: 'eswiki', project: 'es.wikipedia', country: cc, countryCode: cc, level: '5 to 99' as const, countEps: 1.1, sumEps: 0.9, threshold: 8, editors: 10, edits: null, month: '2023-08' },
	] ).filter( ( r ) => !( r.countryCode === 'PE' && r.level === '5 to 99' ) );

	it( 'ranks countries and marks totals that miss a level', () => {
		const top = topCountries( rows, 'eswiki', '2023-08' );
		expect( top.map( ( t ) => [ t.country, t.editors.value ] ) ).toEqual( [ [ 'PE', 300 ], [ 'AR', 210 ], [ 'CL', 110 ] ] );
		expect( top[ 0 ].missing ).toEqual( [ '5 to 99', '100 or more' ] );
		expect( topCountries( rows, 'eswiki', '2023-09' ) ).toEqual( [] );
	} );

	it( 'compares any number of selections with differences and intervals', () => {
		const idx = new RowIndex( rows );
		const cmp = compare( idx, [ { country: 'CL', wikiDb: 'eswiki' }, { country: 'AR', wikiDb: 'eswiki' }, { country: 'PE', wikiDb: 'eswiki' }, { country: 'UY', wikiDb: 'eswiki' } ], [ '2023-08' ], [ '1 to 4' ] );
		expect( cmp[ 0 ].values.map( ( v ) => v && v.value ) ).toEqual( [ 100, 200, 300, null ] );
		expect( cmp[ 0 ].differences.map( ( v ) => v && v.value ) )
			.toEqual( [ 0, 100, 200, null ] );
		expect( cmp[ 0 ].differences[ 1 ]!.half ).toBeCloseTo( Z95 * 2 / 1.1, 10 );
		// Totals over two levels: PE has no "5 to 99" row, so its total is not a complete value.
		const totals = compare( idx, [ { country: 'CL', wikiDb: 'eswiki' }, { country: 'PE', wikiDb: 'eswiki' } ], [ '2023-08' ], [ '1 to 4', '5 to 99' ] );
		expect( totals[ 0 ].values.map( ( v ) => v && v.value ) ).toEqual( [ 110, null ] );
	} );
} );
