/**
 * The Geo Editors charts on top of src/core/charts.ts: lines with their 95% interval as a band,
 * bars with interval whiskers. Not-published months are gaps (null), never zeros. Every chart sits
 * next to a data table with the same numbers, so the canvas itself is only a picture.
 */
import type { Chart, Plugin, ChartDataset } from 'chart.js';
import { createChart, seriesColor, withAlpha, type ThemedChart } from '../../core/charts';
import { formatValue, formatHalf } from './table-model';
import type { Estimate } from '../data/uncertainty';

export interface Series {
	label: string;
	/** One value per label; null = not published. */
	values: ( Estimate | null )[];
	/** Colour index (seriesColor). */
	color: number;
}

/** The series with at least one value: a legend never lists a series that has nothing drawn. */
export function drawnSeries( series: Series[] ): Series[] {
	return series.filter( ( s ) => s.values.some( ( v ) => !!v ) );
}

/**
 * A line per series, and (when `bands`) its 95% interval as a shaded band (a value with half-width 0
 * has none: a weekly value whose file states no ε). A null value is a gap, never joined across.
 * One label (a one-month panel) is drawn as bars: a line of single dots against the axis says
 * nothing.
 */
export function lineChart( canvas: HTMLCanvasElement, labels: string[], allSeries: Series[], yTitle: string, bands = true ): ThemedChart<'line'> {
	if ( labels.length === 1 ) {
		return barChart( canvas, labels, allSeries, yTitle, false, true ) as unknown as ThemedChart<'line'>;
	}
	const series = drawnSeries( allSeries );
	const datasets: ChartDataset<'line', ( number | null )[]>[] = [];
	for ( const s of series ) {
		if ( bands ) {
			datasets.push( { label: '', data: s.values.map( ( v ) => v && v.value - v.half ), borderWidth: 0, pointRadius: 0, fill: false } );
			datasets.push( { label: '', data: s.values.map( ( v ) => v && v.value + v.half ), borderWidth: 0, pointRadius: 0, fill: '-1' } );
		}
		datasets.push( { label: s.label, data: s.values.map( ( v ) => v && v.value ),
			borderWidth: 2, pointRadius: 3, spanGaps: false } );
	}
	const perSeries = bands ? 3 : 1;
	return createChart<'line', ( number | null )[]>( canvas, {
		type: 'line',
		data: { labels, datasets },
		options: {
			interaction: { mode: 'index', intersect: false },
			// Mirrored for right-to-left readers by createChart (core/charts.ts).
			scales: { y: { beginAtZero: true, title: { display: true, text: yTitle } } },
			plugins: {
				legend: { labels: { filter: ( item ) => item.text !== '' } },
				tooltip: {
					filter: ( item ) => item.dataset.label !== '',
					callbacks: {
						label: ( item ) => {
							const s = series[ Math.floor( item.datasetIndex / perSeries ) ];
							const v = s.values[ item.dataIndex ];
							return v ? s.label + ': ' + formatValue( v.value ) + ( bands && v.half > 0 ? ' ± ' + formatHalf( v.half ) : '' ) : s.label;
						},
					},
				},
			},
		},
	}, ( chart ) => {
		// One computed style for every series' colour.
		const style = getComputedStyle( canvas );
		series.forEach( ( s, i ) => {
			const color = seriesColor( s.color, style );
			const base = i * perSeries;
			if ( bands ) {
				chart.data.datasets[ base ].borderColor = 'transparent';
				chart.data.datasets[ base + 1 ].borderColor = 'transparent';
				chart.data.datasets[ base + 1 ].backgroundColor = withAlpha( color, 0.18 );
			}
			const line = chart.data.datasets[ base + perSeries - 1 ];
			line.borderColor = color;
			line.backgroundColor = color;
		} );
	} );
}

/** Draws each bar's 95% interval as a whisker. */
function whiskers( halves: ( number | null )[][], horizontal: boolean ): Plugin<'bar'> {
	return {
		id: 'geoWhiskers',
		afterDatasetsDraw( chart: Chart<'bar'> ) {
			const ctx = chart.ctx;
			const value = horizontal ? chart.scales.x : chart.scales.y;
			ctx.save();
			ctx.strokeStyle = String( chart.options.color || '#202122' );
			ctx.lineWidth = 1.5;
			chart.data.datasets.forEach( ( dataset, d ) => {
				const meta = chart.getDatasetMeta( d );
				meta.data.forEach( ( bar, i ) => {
					const v = dataset.data[ i ] as number | null;
					const half = halves[ d ] && halves[ d ][ i ];
					if ( v === null || v === undefined || !half ) {
						return;
					}
					const lo = value.getPixelForValue( v - half );
					const hi = value.getPixelForValue( v + half );
					const at = horizontal ? bar.y : bar.x;
					ctx.beginPath();
					if ( horizontal ) {
						ctx.moveTo( lo, at );
						ctx.lineTo( hi, at );
						ctx.moveTo( lo, at - 4 );
						ctx.lineTo( lo, at + 4 );
						ctx.moveTo( hi, at - 4 );
						ctx.lineTo( hi, at + 4 );
					} else {
						ctx.moveTo( at, lo );
						ctx.lineTo( at, hi );
						ctx.moveTo( at - 4, lo );
						ctx.lineTo( at + 4, lo );
						ctx.moveTo( at - 4, hi );
						ctx.lineTo( at + 4, hi );
					}
					ctx.stroke();
				} );
			} );
			ctx.restore();
		},
	};
}

/** Bars (one dataset per series) with interval whiskers; `horizontal` for ranked lists. */
export function barChart( canvas: HTMLCanvasElement, labels: string[], allSeries: Series[], valueTitle: string, horizontal = false, legend = false ): ThemedChart<'bar'> {
	const series = drawnSeries( allSeries );
	const halves = series.map( ( s ) => s.values.map( ( v ) => v && v.half ) );
	return createChart<'bar', ( number | null )[]>( canvas, {
		type: 'bar',
		data: {
			labels,
			datasets: series.map( ( s ) => ( { label: s.label,
				data: s.values.map( ( v ) => v && v.value ) } ) ),
		},
		options: {
			indexAxis: horizontal ? 'y' : 'x',
			scales: horizontal ?
				{ x: { beginAtZero: true, title: { display: true, text: valueTitle } } } :
				{ y: { beginAtZero: true, title: { display: true, text: valueTitle } } },
			plugins: {
				legend: { display: legend || series.length > 1 },
				tooltip: {
					callbacks: {
						label: ( item ) => {
							const s = series[ item.datasetIndex ];
							const v = s.values[ item.dataIndex ];
							return v ? s.label + ': ' + formatValue( v.value ) + ' ± ' + formatHalf( v.half ) : s.label;
						},
					},
				},
			},
		},
		plugins: [ whiskers( halves, horizontal ) ],
	}, ( chart ) => {
		// One computed style for every series' colour.
		const style = getComputedStyle( canvas );
		series.forEach( ( s, i ) => {
			const color = seriesColor( s.color, style );
			chart.data.datasets[ i ].backgroundColor = withAlpha( color, 0.75 );
			chart.data.datasets[ i ].borderColor = color;
		} );
	} );
}
