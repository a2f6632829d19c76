/**
 * chart.js, registered piece by piece (tree-shaken: only the controllers we draw), themed from the
 * Codex tokens of the page and redrawn when the reader switches day/night. Every chart also has a
 * data table next to it (see ui.ts): the canvas is marked aria-hidden-free with a label only.
 */
import {
	Chart, LineController, BarController, LineElement, BarElement, PointElement,
	CategoryScale, LinearScale, Filler, Tooltip, Legend, Title,
	type ChartConfiguration, type ChartType, type DefaultDataPoint,
} from 'chart.js';
import { cssVar, isNightMode, onThemeChange } from './theme';
import { userLanguage } from './messages';
import CODEX from 'codex-tokens:color-base,color-subtle,border-color-subtle,background-color-base';

Chart.register( LineController, BarController, LineElement, BarElement, PointElement,
	CategoryScale, LinearScale, Filler, Tooltip, Legend, Title );

const SERIES_FALLBACKS = [ '#36c', '#d73333', '#14866d', '#ac6600', '#6b4ba1', '#0a7d8c', '#b32424', '#72777d' ];

/** Colour of series i, from the `--geo-series-N` variables of styles.css (they change at night). */
export function seriesColor( i: number, el?: Element ): string {
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
	return {
		text: cssVar( '--color-base', getComputedStyle( el ).color || codex[ 'color-base' ], el ),
		subtle: cssVar( '--color-subtle', codex[ 'color-subtle' ], el ),
		grid: cssVar( '--border-color-subtle', codex[ 'border-color-subtle' ], el ),
		background: cssVar( '--background-color-base', codex[ 'background-color-base' ], el ),
	};
}

export interface ThemedChart<T extends ChartType> {
	chart: Chart<T>;
	destroy(): void;
}

/**
 * Make a chart on a canvas with the page's colours and the user's locale. `restyle` is called with
 * the chart before every (re)draw for theme changes, so datasets can pick their colours again.
 */
export function createChart<T extends ChartType, D = DefaultDataPoint<T>>(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<T, D>,
	restyle?: ( chart: Chart<T, D> ) => void,
): ThemedChart<T> {
	const apply = ( target: Chart<T, D> ): void => {
		const colors = themeColors( canvas );
		const options = ( target.options || {} ) as { color?: string; borderColor?: string };
		options.color = colors.text;
		options.borderColor = colors.grid;
		const scales = ( options as { scales?: Record<string, { ticks?: { color?: string }; grid?: { color?: string }; title?: { color?: string } }> } ).scales || {};
		for ( const id of Object.keys( scales ) ) {
			const scale = scales[ id ];
			scale.ticks = Object.assign( {}, scale.ticks, { color: colors.subtle } );
			scale.grid = Object.assign( {}, scale.grid, { color: colors.grid } );
			scale.title = Object.assign( {}, scale.title, { color: colors.text } );
		}
		if ( restyle ) {
			restyle( target );
		}
	};
	config.options = Object.assign( {
		locale: userLanguage(),
		responsive: true,
		maintainAspectRatio: false,
		animation: false,
	}, config.options );
	const chart = new Chart<T, D>( canvas, config );
	apply( chart );
	chart.update();
	const stop = onThemeChange( () => {
		apply( chart );
		chart.update();
	} );
	return {
		chart: chart as unknown as Chart<T>,
		destroy() {
			stop();
			chart.destroy();
		},
	};
}
