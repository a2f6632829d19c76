/**
 * Where a view's output is drawn: its lead, figure, chart and table. Replacing the output destroys
 * the old chart and whatever the old view drew after it was shown (a map).
 */
import { h, replaceChildren } from '../../core/dom';
import type { ThemedChart } from '../../core/charts';
import type { ChartType } from 'chart.js';
import { renderTable } from './table-model';
import type { ViewOutput } from './views/types';

export class ViewBody {
	public readonly element = h( 'div', { class: 'geo-editors-body', attrs: { role: 'tabpanel' } } );

	/** What is shown (its table is what the exports write). */
	public output: ViewOutput | null = null;

	private chart: ThemedChart<ChartType> | null = null;

	private cleanup: ( () => void ) | null = null;

	/**
	 * Nothing to show but a message (e.g. no weekly data for the range): no table, nothing to
	 * export.
	 */
	public showMessage( element: HTMLElement ): void {
		this.dispose();
		this.output = null;
		replaceChildren( this.element, element );
	}

	private dispose(): void {
		if ( this.chart ) {
			this.chart.destroy();
			this.chart = null;
		}
		if ( this.cleanup ) {
			this.cleanup();
			this.cleanup = null;
		}
	}

	public show( output: ViewOutput ): void {
		this.dispose();
		this.output = output;
		const canvas = output.chart ? h( 'canvas', { attrs: { role: 'img', 'aria-label': output.table.caption } } ) : null;
		replaceChildren( this.element,
			output.lead ? h( 'p', { class: 'geo-editors-lead', text: output.lead } ) : null,
			output.figure || null,
			canvas ? h( 'div', { class: [ 'geo-chart', output.chartHeight && 'geo-chart--sized' ],
				style: output.chartHeight ? { height: output.chartHeight } : undefined }, canvas ) : null,
			renderTable( output.table ),
		);
		if ( canvas && output.chart ) {
			try {
				this.chart = output.chart( canvas );
			} catch ( e ) {
				// No canvas support: the table above carries the same numbers.
				this.chart = null;
			}
		}
		if ( output.onShown ) {
			this.cleanup = output.onShown() || null;
		}
	}
}
