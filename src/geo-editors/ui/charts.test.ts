/**
 * What the Geo Editors charts hand chart.js (jsdom has no canvas, so the configuration is what is
 * checked): one month is drawn as bars, not as dots stuck to an axis; a legend lists only the
 * series that have something drawn (issue 23 item 3).
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import * as ChartJs from 'chart.js';
import { resetCharts } from '../../core/charts';
import { lineChart, barChart, type Series } from './charts';
import type { Estimate } from '../data/uncertainty';

let configs: ChartJs.ChartConfiguration[] = [];
class RecordingChart extends ChartJs.Chart {
	public constructor( canvas: HTMLCanvasElement, config: ChartJs.ChartConfiguration ) {
		super( canvas, config );
		configs.push( config );
	}
}
const libs = (): Record<string, unknown> => mw.libs as Record<string, unknown>;
const est = ( value: number ): Estimate => ( { value, half: 2.7, sd: 1.4, cells: 1 } );

beforeEach( () => {
	configs = [];
	resetCharts();
	libs().geoChartJs = Object.assign( {}, ChartJs, { Chart: RecordingChart } );
	vi.spyOn( console, 'error' ).mockImplementation( () => undefined );
} );

afterEach( () => {
	delete libs().geoChartJs;
	document.body.textContent = '';
	vi.restoreAllMocks();
} );

async function drawn( draw: ( canvas: HTMLCanvasElement ) => { ready: Promise<unknown> } ): Promise<ChartJs.ChartConfiguration> {
	const canvas = document.body.appendChild( document.createElement( 'canvas' ) );
	await draw( canvas ).ready;
	expect( configs ).toHaveLength( 1 );
	return configs[ 0 ];
}

const labels = ( config: ChartJs.ChartConfiguration ): string[] => config.data.datasets.map( ( d ) => d.label || '' ).filter( Boolean );

describe( 'Geo Editors charts', () => {
	it( 'a line chart of one month is drawn as bars, one per series', async () => {
		const series: Series[] = [ { label: '1–4 edits', color: 0, values: [ est( 449 ) ] },
			{ label: '5–99 edits', color: 1, values: [ est( 99 ) ] } ];
		const config = await drawn( ( c ) => lineChart( c, [ 'Aug 2023' ], series, 'Editors' ) );
		expect( config.type ).toBe( 'bar' );
		expect( labels( config ) ).toEqual( [ '1–4 edits', '5–99 edits' ] );
	} );

	it( 'a line chart of several months stays a line chart', async () => {
		const config = await drawn( ( c ) => lineChart( c, [ 'Jul 2023', 'Aug 2023' ], [ { label: 'a', color: 0, values: [ est( 1 ), est( 2 ) ] } ], 'Editors' ) );
		expect( config.type ).toBe( 'line' );
	} );

	it( 'the legend lists only series with a value drawn', async () => {
		const series: Series[] = [ { label: 'Oct 2022 – Dec 2022', color: 2, values: [ null, null ] },
			{ label: 'Jul 2023 – Sep 2023', color: 1, values: [ est( 4875 ), est( 771 ) ] },
			{ label: 'Oct 2023 – Dec 2023', color: 0, values: [ est( 4916 ), null ] } ];
		const bars = await drawn( ( c ) => barChart( c, [ '1–4 edits', '5–99 edits' ], series, 'Editors' ) );
		expect( labels( bars ) ).toEqual( [ 'Jul 2023 – Sep 2023', 'Oct 2023 – Dec 2023' ] );
		configs = [];
		const lines = await drawn( ( c ) => lineChart( c, [ 'Jul 2023', 'Aug 2023' ], series, 'Editors' ) );
		expect( labels( lines ) ).toEqual( [ 'Jul 2023 – Sep 2023', 'Oct 2023 – Dec 2023' ] );
	} );
} );
