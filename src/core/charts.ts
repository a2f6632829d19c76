/**
 * Charts on chart.js, themed from the Codex tokens of the page and redrawn when the reader switches
 * day/night. chart.js (the hidden gadget geo-charts, ~70 KB gz) is loaded on the first chart drawn,
 * never by a core: the article card and the place section draw none. Every chart also has a data
 * table next to it (see ui.ts): the canvas is only a picture.
 */
import type { Chart, ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import { cssVar, isNightMode, onThemeChange } from './theme';
import { userLanguage } from './messages';
import { loadModule } from './activation';
import CODEX from 'codex-tokens:color-base,color-subtle,border-color-subtle,background-color-base';

type ChartJs = typeof import( 'chart.js' );

let library: Promise<ChartJs> | null = null;

/**
 * chart.js, once per page: from mw.libs when a gadget (or a user script) has it already, else the
 * geo-charts gadget (inline in the user scripts). Only the pieces we draw are registered.
 */
export function loadCharts(): Promise<ChartJs> {
	if ( !library ) {
		const libs = mw.libs as Record<string, unknown>;
		const loading: Promise<ChartJs> = libs.geoChartJs ?
			Promise.resolve( libs.geoChartJs as ChartJs ) :
			Promise.resolve( loadModule<ChartJs>( 'geo-charts', 'geoChartJs' ) );
		library = loading.then( ( lib ) => {
			if ( !lib || !lib.Chart ) {
				throw new Error( 'chart.js did not load' );
			}
			lib.Chart.register( lib.LineController, lib.BarController, lib.LineElement,
				lib.BarElement, lib.PointElement, lib.CategoryScale, lib.LinearScale, lib.Filler,
				lib.Tooltip, lib.Legend, lib.Title );
			return lib;
		} );
		// A failed load may be retried by the next chart.
		library.catch( () => {
			library = null;
		} );
	}
	return library;
}

/** For tests: forget the loaded library. */
export function resetCharts(): void {
	library = null;
}

const SERIES_FALLBACKS = [ '#36c', '#d73333', '#14866d', '#ac6600', '#6b4ba1', '#0a7d8c', '#b32424', '#72777d' ];

/** Colour of series i, from the `--geo-series-N` variables of styles.css (they change at night). */
export function seriesColor( i: number, el?: Element | CSSStyleDeclaration ): string {
	const n = i % SERIES_FALLBACKS.length;
	return cssVar( '--geo-series-' + ( n + 1 ), SERIES_FALLBACKS[ n ], el );
}

/** A colour with alpha, for interval bands: works for #rgb, #rrggbb and rgb() values. */
export function withAlpha( color: string, alpha: number ): string {
	const c = color.trim();
	let r: number, g: number, b: number;
	let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec( c );
	if ( m ) {
		r = parseInt( m[ 1 ] + m[ 1 ], 16 );
		g = parseInt( m[ 2 ] + m[ 2 ], 16 );
		b = parseInt( m[ 3 ] + m[ 3 ], 16 );
	} else if ( ( m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec( c ) ) ) {
		r = parseInt( m[ 1 ], 16 );
		g = parseInt( m[ 2 ], 16 );
		b = parseInt( m[ 3 ], 16 );
	} else if ( ( m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec( c ) ) ) {
		r = +m[ 1 ];
		g = +m[ 2 ];
		b = +m[ 3 ];
	} else {
		return c;
	}
	return 'rgba(' + r + ',' + g + ',' + b + ',' + alpha + ')';
}

interface ThemeColors {
	text: string;
	subtle: string;
	grid: string;
	background: string;
}

function themeColors( el: Element ): ThemeColors {
	// Skins without Codex tokens (older skins): fall back to the element's own text colour and to
	// Codex's own light or dark values, so night mode never draws dark text on a dark panel.
	const codex = isNightMode() ? CODEX.dark : CODEX.light;
	const style = getComputedStyle( el );
	return {
		text: cssVar( '--color-base', style.color || codex[ 'color-base' ], style ),
		subtle: cssVar( '--color-subtle', codex[ 'color-subtle' ], style ),
		grid: cssVar( '--border-color-subtle', codex[ 'border-color-subtle' ], style ),
		background: cssVar( '--background-color-base', codex[ 'background-color-base' ], style ),
	};
}

/** A chart that may still be waiting for chart.js. */
export interface ThemedChart<T extends ChartType> {
	/**
	 * The chart once drawn; null when it never will be (no canvas support, chart.js failed,
	 * destroyed first).
	 */
	ready: Promise<Chart<T> | null>;
	/** Change the chart and redraw it, now or once it is drawn. */
	update( change: ( chart: Chart<T> ) => void ): void;
	destroy(): void;
}

/**
 * Make a chart on a canvas with the page's colours and the user's locale. `restyle` is called with
 * the chart before every (re)draw for theme changes, so datasets can pick their colours again.
 * Returns at once; the chart is drawn when chart.js is there, unless the canvas has left the page
 * (or the handle was destroyed) by then.
 */
export function createChart<T extends ChartType, D = DefaultDataPoint<T>>(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<T, D>,
	restyle?: ( chart: Chart<T, D> ) => void,
): ThemedChart<T> {
	let destroyed = false;
	let stop: ( () => void ) | null = null;
	let drawn: Chart<T, D> | null = null;
	const ready = loadCharts().then( ( lib ) => {
		if ( destroyed || !canvas.isConnected ) {
			return null;
		}
		drawn = draw( lib, canvas, config, restyle );
		stop = drawn && onThemeChange( () => {
			if ( drawn ) {
				applyTheme( canvas, drawn, restyle );
				drawn.update();
			}
		} );
		return drawn as unknown as Chart<T> | null;
	}, () => null );
	return {
		ready,
		update( change ) {
			ready.then( ( chart ) => {
				if ( chart && !destroyed ) {
					change( chart );
					chart.update();
				}
			} );
		},
		destroy() {
			destroyed = true;
			if ( stop ) {
				stop();
			}
			if ( drawn ) {
				drawn.destroy();
				drawn = null;
			}
		},
	};
}

function applyTheme<T extends ChartType, D>( canvas: HTMLCanvasElement, target: Chart<T, D>,
	restyle?: ( chart: Chart<T, D> ) => void ): void {
	const colors = themeColors( canvas );
	const options = ( target.options || {} ) as { color?: string; borderColor?: string };
	options.color = colors.text;
	options.borderColor = colors.grid;
	const scales = ( options as {
		scales?: Record<string, {
			ticks?: { color?: string }; grid?: { color?: string }; title?: { color?: string };
		}>;
	} ).scales || {};
	for ( const id of Object.keys( scales ) ) {
		const scale = scales[ id ];
		scale.ticks = Object.assign( {}, scale.ticks, { color: colors.subtle } );
		scale.grid = Object.assign( {}, scale.grid, { color: colors.grid } );
		scale.title = Object.assign( {}, scale.title, { color: colors.text } );
	}
	if ( restyle ) {
		restyle( target );
	}
}

/**
 * Right-to-left around this element: the nearest dir attribute (a computed-style read here forced
 * a style recalculation before every chart, ~20 ms in a warm-dashboard profile).
 */
export function isRtlAt( el: Element ): boolean {
	const owner = el.closest( '[dir]' );
	return ( owner ? owner.getAttribute( 'dir' ) : document.documentElement.dir ) === 'rtl';
}

type AxisOptions = { reverse?: boolean; position?: string; ticks?: Record<string, unknown> };

/**
 * Every chart mirrored for a right-to-left reader, in one place: the x axis runs from the right
 * (time flows right to left), the y axis stands on the right, legend and tooltips read right to
 * left. The x axis' end labels are kept inside the chart: reversed, chart.js cut the last one
 * ("ديسمبر" without its year).
 */
export function mirrorForRtl( options: Record<string, unknown> ): void {
	const scales = ( options.scales || ( options.scales = {} ) ) as Record<string, AxisOptions>;
	const x = scales.x || ( scales.x = {} );
	const y = scales.y || ( scales.y = {} );
	x.reverse = true;
	x.ticks = Object.assign( { align: 'inner' }, x.ticks );
	y.position = 'right';
	const plugins = ( options.plugins || ( options.plugins = {} ) ) as Record<string, Record<string, unknown>>;
	plugins.legend = Object.assign( {}, plugins.legend, { rtl: true } );
	plugins.tooltip = Object.assign( {}, plugins.tooltip, { rtl: true } );
}

/** Below this width (a phone; Minerva at 400 px) a chart is laid out for a narrow screen. */
export const NARROW_CHART_WIDTH = 560;

/**
 * A chart on a narrow screen (issue 23 item 8: squashed on Minerva at 400 px): time labels stay
 * level and are thinned out instead of turned, which took a third of the chart's height, and the
 * legend's boxes are smaller so its entries share a line. The chart's height is the stylesheet's
 * (`.geo-chart`, taller on a phone).
 */
export function fitNarrow( options: Record<string, unknown> ): void {
	if ( options.indexAxis !== 'y' ) {
		// (Ranked bars lie down: their names are on the y axis, one a line, nothing to turn.)
		const scales = ( options.scales || ( options.scales = {} ) ) as Record<string, AxisOptions>;
		const x = scales.x || ( scales.x = {} );
		// Level labels centred on their ticks: chart.js then pads the chart for the first and last
		// label, so none is cut; the right-to-left 'inner' alignment (for turned labels) would push
		// the last label shown, thinned out, onto its neighbour.
		x.ticks = Object.assign( { maxRotation: 0, autoSkip: true, autoSkipPadding: 12 }, x.ticks, { align: 'center' } );
	}
	const plugins = ( options.plugins || ( options.plugins = {} ) ) as Record<string, Record<string, unknown>>;
	const legend = plugins.legend || ( plugins.legend = {} );
	legend.labels = Object.assign( { boxWidth: 12, padding: 8 }, legend.labels );
}

/** The chart itself, or null when the browser cannot draw one (no 2D context). */
function draw<T extends ChartType, D>(
	lib: ChartJs, canvas: HTMLCanvasElement, config: ChartConfiguration<T, D>,
	restyle?: ( chart: Chart<T, D> ) => void,
): Chart<T, D> | null {
	config.options = Object.assign( {
		locale: userLanguage(),
		responsive: true,
		maintainAspectRatio: false,
		animation: false,
	}, config.options );
	if ( isRtlAt( canvas ) ) {
		mirrorForRtl( config.options as Record<string, unknown> );
	}
	const box = canvas.parentElement || canvas;
	if ( box.clientWidth && box.clientWidth < NARROW_CHART_WIDTH ) {
		fitNarrow( config.options as Record<string, unknown> );
	}
	try {
		const chart = new lib.Chart<T, D>( canvas, config );
		if ( !chart.ctx ) {
			// chart.js logs and gives up without a 2D context: the table carries the numbers.
			chart.destroy();
			return null;
		}
		applyTheme( canvas, chart, restyle );
		chart.update();
		return chart;
	} catch ( e ) {
		return null;
	}
}
