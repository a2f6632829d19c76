/**
 * chart.js on first chart: nothing is constructed for a canvas that left the page (or a handle
 * destroyed) before the library arrived; the library is loaded once and shared.
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import * as ChartJs from 'chart.js';
import { createChart, fitNarrow, loadCharts, mirrorForRtl, NARROW_CHART_WIDTH, resetCharts } from './charts';

let constructed = 0;
let lastConfig: ChartJs.ChartConfiguration<'bar'> | null = null;
class CountingChart extends ChartJs.Chart<'bar'> {
	public constructor( canvas: HTMLCanvasElement, config: ChartJs.ChartConfiguration<'bar'> ) {
		super( canvas, config );
		constructed++;
		lastConfig = config;
	}
}

const libs = (): Record<string, unknown> => mw.libs as Record<string, unknown>;
const barConfig = (): ChartJs.ChartConfiguration<'bar'> => ( { type: 'bar', data: { labels: [ 'a' ], datasets: [ { label: 'x', data: [ 1 ] } ] } } );

beforeEach( () => {
	constructed = 0;
	resetCharts();
	libs().geoChartJs = Object.assign( {}, ChartJs, { Chart: CountingChart } );
	vi.spyOn( console, 'error' ).mockImplementation( () => undefined ); // jsdom has no 2D context
} );

afterEach( () => {
	delete libs().geoChartJs;
	document.body.textContent = '';
	vi.restoreAllMocks();
} );

describe( 'createChart', () => {
	it( 'draws on a canvas still on the page once chart.js is there (null without a 2D context)', async () => {
		const canvas = document.body.appendChild( document.createElement( 'canvas' ) );
		const handle = createChart( canvas, barConfig() );
		expect( constructed ).toBe( 0 );
		expect( await handle.ready ).toBeNull();
		expect( constructed ).toBe( 1 );
	} );

	it( 'creates nothing for a canvas removed before chart.js arrived', async () => {
		const canvas = document.body.appendChild( document.createElement( 'canvas' ) );
		const handle = createChart( canvas, barConfig() );
		canvas.remove();
		expect( await handle.ready ).toBeNull();
		expect( constructed ).toBe( 0 );
	} );

	it( 'creates nothing for a handle destroyed before chart.js arrived', async () => {
		const canvas = document.body.appendChild( document.createElement( 'canvas' ) );
		const handle = createChart( canvas, barConfig() );
		handle.destroy();
		expect( await handle.ready ).toBeNull();
		expect( constructed ).toBe( 0 );
	} );

	it( 'asks the geo-charts gadget when no page has chart.js yet, once', async () => {
		delete libs().geoChartJs;
		const using = vi.spyOn( mw.loader, 'using' ).mockImplementation( ( () => {
			libs().geoChartJs = ChartJs;
			return Promise.resolve();
		} ) as unknown as typeof mw.loader.using );
		const [ a, b ] = await Promise.all( [ loadCharts(), loadCharts() ] );
		expect( a ).toBe( b );
		expect( using ).toHaveBeenCalledTimes( 1 );
		expect( using.mock.calls[ 0 ][ 0 ] ).toEqual( [ 'ext.gadget.geo-charts' ] );
	} );

	it( 'a failed load leaves the chart out and lets the next chart try again', async () => {
		delete libs().geoChartJs;
		const canvas = document.body.appendChild( document.createElement( 'canvas' ) );
		expect( await createChart( canvas, barConfig() ).ready ).toBeNull();
		libs().geoChartJs = Object.assign( {}, ChartJs, { Chart: CountingChart } );
		await createChart( canvas, barConfig() ).ready;
		expect( constructed ).toBe( 1 );
	} );
} );

describe( 'right-to-left charts', () => {
	it( 'mirrors a chart whose canvas is inside a right-to-left element, and only that one', async () => {
		const rtl = document.body.appendChild( document.createElement( 'div' ) );
		rtl.setAttribute( 'dir', 'rtl' );
		await createChart( rtl.appendChild( document.createElement( 'canvas' ) ), barConfig() ).ready;
		const scales = lastConfig!.options!.scales as Record<string, { reverse?: boolean; position?: string; ticks?: { align?: string } }>;
		expect( scales.x.reverse ).toBe( true );
		expect( scales.x.ticks!.align ).toBe( 'inner' );
		expect( scales.y.position ).toBe( 'right' );
		expect( lastConfig!.options!.plugins!.legend!.rtl ).toBe( true );
		await createChart( document.body.appendChild( document.createElement( 'canvas' ) ), barConfig() ).ready;
		const ltr = lastConfig!.options!.scales as Record<string, { reverse?: boolean; position?: string }>;
		expect( ltr.x.reverse ).toBe( false );
		expect( ltr.y.position ).not.toBe( 'right' );
	} );

	it( 'keeps what a chart set on its axes and plugins besides', () => {
		const options: Record<string, unknown> = { scales: { y: { beginAtZero: true }, x: { ticks: { precision: 0 } } },
			plugins: { legend: { display: false } } };
		mirrorForRtl( options );
		expect( options ).toEqual( {
			scales: { y: { beginAtZero: true, position: 'right' }, x: { reverse: true, ticks: { align: 'inner', precision: 0 } } },
			plugins: { legend: { display: false, rtl: true }, tooltip: { rtl: true } },
		} );
	} );
} );

describe( 'charts on a narrow screen (issue 23 item 8)', () => {
	it( 'a chart in a phone-wide box keeps its time labels level (thinned, not turned) and its legend compact', async () => {
		const box = document.body.appendChild( document.createElement( 'div' ) );
		// jsdom lays nothing out: the width a phone gives the chart's box.
		Object.defineProperty( box, 'clientWidth', { value: NARROW_CHART_WIDTH - 200 } );
		await createChart( box.appendChild( document.createElement( 'canvas' ) ), barConfig() ).ready;
		const x = ( lastConfig!.options!.scales as Record<string, { ticks?: Record<string, unknown> }> ).x;
		expect( x.ticks ).toMatchObject( { maxRotation: 0, autoSkip: true } );
		expect( lastConfig!.options!.plugins!.legend!.labels ).toMatchObject( { boxWidth: 12 } );
		const wide = document.body.appendChild( document.createElement( 'div' ) );
		Object.defineProperty( wide, 'clientWidth', { value: NARROW_CHART_WIDTH + 200 } );
		await createChart( wide.appendChild( document.createElement( 'canvas' ) ), barConfig() ).ready;
		const wideX = ( lastConfig!.options!.scales as Record<string, { ticks?: Record<string, unknown> }> ).x;
		// (chart.js fills in its own default, 50°, for a wide one.)
		expect( wideX && wideX.ticks && wideX.ticks.maxRotation ).not.toBe( 0 );
	} );

	it( 'leaves ranked (horizontal) bars\' names alone and keeps what a chart set', () => {
		const horizontal: Record<string, unknown> = { indexAxis: 'y', scales: { x: { beginAtZero: true } } };
		fitNarrow( horizontal );
		expect( horizontal.scales ).toEqual( { x: { beginAtZero: true } } );
		const line: Record<string, unknown> = { scales: { x: { ticks: { precision: 0, maxRotation: 30 } } }, plugins: { legend: { display: false } } };
		fitNarrow( line );
		expect( line ).toEqual( {
			scales: { x: { ticks: { maxRotation: 30, autoSkip: true, autoSkipPadding: 12, precision: 0, align: 'center' } } },
			plugins: { legend: { display: false, labels: { boxWidth: 12, padding: 8 } } },
		} );
	} );
} );

describe( 'a right-to-left chart on a narrow screen', () => {
	it( 'centres its level labels (chart.js pads for the end ones) instead of the inner alignment of turned ones', async () => {
		const box = document.body.appendChild( document.createElement( 'div' ) );
		box.setAttribute( 'dir', 'rtl' );
		Object.defineProperty( box, 'clientWidth', { value: 360 } );
		await createChart( box.appendChild( document.createElement( 'canvas' ) ), barConfig() ).ready;
		const x = ( lastConfig!.options!.scales as Record<string, { reverse?: boolean; ticks?: Record<string, unknown> }> ).x;
		expect( x.reverse ).toBe( true );
		expect( x.ticks ).toMatchObject( { align: 'center', maxRotation: 0 } );
	} );
} );
