/**
 * Statistics of what the filters show: totals by status and sector (tables, inferred values
 * counted apart), and a timeline of start years (chart.js bar chart plus the same data as a table).
 */
import { h, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { dataTable, disclosure } from '../../core/ui';
import { createChart, seriesColor, type ThemedChart } from '../../core/charts';
import { SECTORS, type SectorKey } from '../data/sectors';
import type { Stats } from '../data/filter';
import type { StatusKey } from '../data/types';

export class StatsView {
	public readonly element: HTMLElement;

	private readonly summary = h( 'div', { class: 'geo-conflicts-stats-summary' } );

	private readonly tables = h( 'div', { class: 'geo-conflicts-stats-tables' } );

	private readonly canvas = h( 'canvas', { attrs: { role: 'img', 'aria-label': msg( 'geo-conflicts-timeline-title' ) } } );

	private readonly timelineTable = h( 'div' );

	private chart: ThemedChart<'bar'> | null = null;

	public constructor() {
		this.element = h( 'section', { class: 'geo-conflicts-stats', attrs: { 'aria-label': msg( 'geo-conflicts-stats-title' ) } },
			h( 'h3', { text: msg( 'geo-conflicts-stats-title' ) } ),
			this.summary,
			this.tables,
			h( 'h4', { text: msg( 'geo-conflicts-timeline-title' ) } ),
			h( 'div', { class: 'geo-conflicts-chart' }, this.canvas ),
			this.timelineTable,
		);
	}

	public update( stats: Stats ): void {
		replaceChildren( this.summary,
			h( 'p', { class: 'geo-conflicts-total', dataset: { total: String( stats.total ) } },
				msg( 'geo-conflicts-stats-total', formatNumber( stats.total ), stats.total ) ),
			stats.approximate || stats.withoutCoordinates ? h( 'p', { class: 'geo-conflicts-muted' },
				msg( 'geo-conflicts-stats-locations', formatNumber( stats.approximate ), formatNumber( stats.withoutCoordinates ), stats.withoutCoordinates ) ) : null,
		);
		const statuses: StatusKey[] = [ 'ongoing', 'ended', 'unknown' ];
		const sectors = SECTORS.filter( ( s ) => stats.bySector[ s ] > 0 );
		// Each table with its note under it, the two side by side where there is room (a note
		// wrapping beside its table left a large empty area).
		replaceChildren( this.tables,
			h( 'div', { class: 'geo-conflicts-stats-block' },
				dataTable<StatusKey>( msg( 'geo-conflicts-stats-by-status' ), [
					{ label: msg( 'geo-conflicts-filter-status' ), cell: ( s ) => msg( 'geo-conflicts-status-' + s ) },
					{ label: msg( 'geo-conflicts-stats-count' ), numeric: true, cell: ( s ) => formatNumber( stats.byStatus[ s ] ) },
				], statuses ),
				stats.inferredStatus ? h( 'p', { class: 'geo-conflicts-muted geo-conflicts-note',
					text: msg( 'geo-conflicts-stats-inferred-status', formatNumber( stats.inferredStatus ), stats.inferredStatus ) } ) : null ),
			h( 'div', { class: 'geo-conflicts-stats-block' },
				dataTable<SectorKey>( msg( 'geo-conflicts-stats-by-sector' ), [
					{ label: msg( 'geo-conflicts-filter-sector' ), cell: ( s ) => msg( 'geo-conflicts-sector-' + s ) },
					{ label: msg( 'geo-conflicts-stats-count' ), numeric: true, cell: ( s ) => formatNumber( stats.bySector[ s ] ) },
				], sectors ),
				stats.guessedSector ? h( 'p', { class: 'geo-conflicts-muted geo-conflicts-note',
					text: msg( 'geo-conflicts-stats-guessed-sector', formatNumber( stats.guessedSector ), stats.guessedSector ) } ) : null ),
		);
		this.drawTimeline( stats );
	}

	private drawTimeline( stats: Stats ): void {
		const labels = stats.byStartYear.map( ( y ) => String( y.year ) );
		const data = stats.byStartYear.map( ( y ) => y.count );
		const rows = stats.byStartYear.filter( ( y ) => y.count > 0 );
		// The table (up to 200 years) is built when opened, and kept open across updates.
		const wasOpen = !!this.timelineTable.querySelector( 'details[open]' );
		const slot = h( 'div' );
		const table = disclosure( msg( 'geo-conflicts-timeline-table' ), slot, wasOpen );
		const fill = (): void => {
			if ( table.open && !slot.firstChild ) {
				replaceChildren( slot, dataTable<{ year: number; count: number }>( msg( 'geo-conflicts-timeline-title' ), [
					{ label: msg( 'geo-conflicts-timeline-year' ), cell: ( r ) => String( r.year ) },
					{ label: msg( 'geo-conflicts-stats-count' ), numeric: true, cell: ( r ) => formatNumber( r.count ) },
				], rows ) );
			}
		};
		table.addEventListener( 'toggle', fill );
		fill();
		replaceChildren( this.timelineTable, table,
			stats.withoutStart ? h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-timeline-without-start', formatNumber( stats.withoutStart ), stats.withoutStart ) } ) : null );
		try {
			if ( this.chart ) {
				this.chart.update( ( chart ) => {
					chart.data.labels = labels;
					chart.data.datasets[ 0 ].data = data;
				} );
				return;
			}
			this.chart = createChart<'bar'>( this.canvas, {
				type: 'bar',
				data: { labels, datasets: [ { label: msg( 'geo-conflicts-timeline-dataset' ), data, backgroundColor: seriesColor( 0, this.canvas ) } ] },
				options: {
					plugins: { legend: { display: false } },
					scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
				},
			}, ( chart ) => {
				chart.data.datasets[ 0 ].backgroundColor = seriesColor( 0, this.canvas );
			} );
		} catch ( e ) {
			// No canvas (old browser, tests): the table carries the same numbers.
			this.chart = null;
		}
	}

	public destroy(): void {
		if ( this.chart ) {
			this.chart.destroy();
		}
	}
}
