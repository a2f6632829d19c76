/**
 * The six views as data: each turns the loaded rows into a table model (rendered as the table and
 * exported as CSV/JSON) and, where it has one, a chart of the same numbers.
 */
import { msg, formatMonth, formatMonthName } from '../../core/messages';
import type { ThemedChart } from '../../core/charts';
import type { ChartType } from 'chart.js';
import { buildSeries, summarise, heatmap, topCountries, compare, type Selection } from '../data/aggregate';
import { differenceEstimate, type Estimate } from '../data/uncertainty';
import { LEVELS, type ActivityLevel, type GeoRow } from '../data/types';
import { countryName } from './countries';
import { lineChart, barChart } from './charts';
import type { TableModel, CellValue, TableColumn } from './table-model';
import type { Session, LabeledSelection } from './session';
import type { RestCountry } from '../data/rest';

export interface ViewOutput {
	table: TableModel;
	chart?: ( canvas: HTMLCanvasElement ) => ThemedChart<ChartType>;
	/** A short summary sentence above the chart (e.g. what a sum means). */
	lead?: string;
	/** CSS height of the chart when it depends on the data (ranked bars). */
	chartHeight?: string;
}

const LEVEL_KEYS: Record<ActivityLevel, string> = {
	'1 to 4': 'geo-editors-level-1',
	'5 to 99': 'geo-editors-level-5',
	'100 or more': 'geo-editors-level-100',
};
const LEVEL_IDS: Record<ActivityLevel, string> = { '1 to 4': 'editors_1_4', '5 to 99': 'editors_5_99', '100 or more': 'editors_100' };

export function levelLabel( level: ActivityLevel ): string {
	return msg( LEVEL_KEYS[ level ] );
}

/** Label of the chosen levels: one level by name, several as "total of …". */
export function levelsLabel( levels: readonly ActivityLevel[] ): string {
	return levels.length === 1 ? levelLabel( levels[ 0 ] ) :
		levels.length === LEVELS.length ? msg( 'geo-editors-total' ) : msg( 'geo-editors-total-of', levels.map( levelLabel ).join( ', ' ) );
}

export function selectionLabel( s: LabeledSelection ): string {
	return countryName( s.country ) + ' · ' + s.wiki.project;
}

function rangeLabel( months: string[] ): string {
	return months.length ? formatMonth( months[ 0 ], 'short' ) + ' – ' + formatMonth( months[ months.length - 1 ], 'short' ) : '';
}

function est( e: Estimate | null, partial = false ): CellValue {
	return e ? { kind: 'estimate', estimate: e, partial } : { kind: 'np' };
}

function commonNotes( extra: string[] = [] ): string[] {
	return [ msg( 'geo-editors-note-np' ), msg( 'geo-editors-note-ci' ) ].concat( extra );
}

/** Editors per level over time (line with interval band); table: a row per month, a column per level plus total. */
export function linesView( session: Session, sel: LabeledSelection ): ViewOutput {
	const months = session.loadedMonths;
	const levels = session.state.levels;
	const points = buildSeries( session.index, sel, months, levels );
	const columns: TableColumn[] = levels.map( ( l ) => ( { id: LEVEL_IDS[ l ], label: levelLabel( l ), numeric: true } ) );
	columns.push( { id: 'editors_total', label: levelsLabel( levels ), numeric: true } );
	const anyPartial = points.some( ( p ) => p.total.editors && p.total.missing.length );
	return {
		table: {
			caption: msg( 'geo-editors-caption-lines', selectionLabel( sel ), rangeLabel( months ) ),
			rowHeader: msg( 'geo-editors-month' ),
			columns,
			rows: points.map( ( p ) => ( {
				key: p.month,
				label: formatMonth( p.month ),
				cells: levels.map( ( l ): CellValue => {
					const c = p.levels[ l ];
					return c.published ? { kind: 'estimate', estimate: c.editors } : { kind: 'np' };
				} ).concat( [ est( p.total.editors, p.total.missing.length > 0 ) ] ),
			} ) ),
			notes: commonNotes( anyPartial ? [ msg( 'geo-editors-note-partial' ) ] : [] ),
		},
		chart: ( canvas ) => lineChart( canvas, months.map( ( m ) => formatMonth( m, 'short' ) ), levels.map( ( l ) => ( {
			label: levelLabel( l ),
			color: LEVELS.indexOf( l ),
			values: points.map( ( p ) => {
				const c = p.levels[ l ];
				return c.published ? c.editors : null;
			} ),
		} ) ), msg( 'geo-editors-axis-editors' ) ) as ThemedChart<ChartType>,
	};
}

/** Per level over the range: monthly average and editor-months (never "editors" summed over months). */
export function totalsView( session: Session, sel: LabeledSelection ): ViewOutput {
	const months = session.loadedMonths;
	const levels = session.state.levels;
	const points = buildSeries( session.index, sel, months, levels );
	const entries: { key: string; label: string; level: ActivityLevel | null }[] = levels.map( ( l ) => ( { key: LEVEL_IDS[ l ], label: levelLabel( l ), level: l as ActivityLevel | null } ) );
	entries.push( { key: 'editors_total', label: levelsLabel( levels ), level: null } );
	const summaries = entries.map( ( e ) => summarise( points, e.level ) );
	return {
		lead: msg( 'geo-editors-totals-lead' ),
		table: {
			caption: msg( 'geo-editors-caption-totals', selectionLabel( sel ), rangeLabel( months ) ),
			rowHeader: msg( 'geo-editors-level' ),
			columns: [
				{ id: 'monthly_average', label: msg( 'geo-editors-monthly-average' ), numeric: true },
				{ id: 'editor_months', label: msg( 'geo-editors-editor-months' ), numeric: true },
				{ id: 'months_published', label: msg( 'geo-editors-months-published' ), numeric: true },
				{ id: 'months_not_published', label: msg( 'geo-editors-months-not-published' ), numeric: true },
			],
			rows: entries.map( ( e, i ) => ( {
				key: e.key,
				label: e.label,
				cells: [
					est( summaries[ i ].monthlyAverage ),
					est( summaries[ i ].editorMonths ),
					{ kind: 'number', value: summaries[ i ].publishedMonths },
					{ kind: 'number', value: summaries[ i ].missingMonths },
				],
			} ) ),
			notes: commonNotes( [ msg( 'geo-editors-note-editor-months' ) ] ),
		},
		chart: ( canvas ) => barChart( canvas, entries.map( ( e ) => e.label ), [ {
			label: msg( 'geo-editors-monthly-average' ),
			color: 0,
			values: summaries.map( ( s ) => s.monthlyAverage ),
		} ], msg( 'geo-editors-axis-average' ) ) as ThemedChart<ChartType>,
	};
}

/** Year × month grid of the chosen levels' total (a table that is itself the chart). */
export function heatmapView( session: Session, sel: LabeledSelection ): ViewOutput {
	const months = session.loadedMonths;
	const levels = session.state.levels;
	const grid = heatmap( buildSeries( session.index, sel, months, levels ), null );
	let max = 0;
	grid.grid.forEach( ( row ) => row.forEach( ( e ) => {
		max = Math.max( max, e ? e.value : 0 );
	} ) );
	const inRange = ( y: number, m: number ): boolean => months.includes( y + '-' + ( m < 9 ? '0' : '' ) + ( m + 1 ) );
	return {
		table: {
			caption: msg( 'geo-editors-caption-heatmap', selectionLabel( sel ), levelsLabel( levels ) ),
			rowHeader: msg( 'geo-editors-year' ),
			columns: Array.from( { length: 12 }, ( _x, m ) => ( {
				id: 'm' + ( m < 9 ? '0' : '' ) + ( m + 1 ),
				label: formatMonthName( m ),
				numeric: true,
			} ) ),
			rows: grid.years.map( ( y, yi ) => ( {
				key: String( y ),
				label: String( y ),
				cells: grid.grid[ yi ].map( ( e, m ): CellValue => !inRange( y, m ) ? { kind: 'text', text: '' } :
					e ? { kind: 'estimate', estimate: e, shade: max ? e.value / max : 0 } : { kind: 'np' } ),
			} ) ),
			notes: commonNotes(),
		},
	};
}

/** Edits per level over time, where the release publishes them. */
export function editsView( session: Session, sel: LabeledSelection ): ViewOutput {
	const months = session.loadedMonths;
	const levels = session.state.levels;
	const points = buildSeries( session.index, sel, months, levels );
	const editsOf = ( p: typeof points[ 0 ], l: ActivityLevel ): CellValue => {
		const c = p.levels[ l ];
		return !c.published ? { kind: 'np' } : c.edits === null ? { kind: 'no-edits' } : { kind: 'number', value: c.edits };
	};
	const columns: TableColumn[] = levels.map( ( l ) => ( { id: LEVEL_IDS[ l ].replace( 'editors', 'edits' ), label: levelLabel( l ), numeric: true } ) );
	columns.push( { id: 'edits_total', label: levelsLabel( levels ), numeric: true } );
	return {
		lead: msg( 'geo-editors-edits-lead' ),
		table: {
			caption: msg( 'geo-editors-caption-edits', selectionLabel( sel ), rangeLabel( months ) ),
			rowHeader: msg( 'geo-editors-month' ),
			columns,
			rows: points.map( ( p ) => ( {
				key: p.month,
				label: formatMonth( p.month ),
				cells: levels.map( ( l ) => editsOf( p, l ) ).concat( [
					p.total.edits === null ? { kind: p.total.editors ? 'no-edits' : 'np' } : { kind: 'number', value: p.total.edits },
				] ),
			} ) ),
			notes: [ msg( 'geo-editors-note-np' ), msg( 'geo-editors-note-no-edits' ) ],
		},
		chart: ( canvas ) => lineChart( canvas, months.map( ( m ) => formatMonth( m, 'short' ) ), levels.map( ( l ) => ( {
			label: levelLabel( l ),
			color: LEVELS.indexOf( l ),
			values: points.map( ( p ) => {
				const c = p.levels[ l ];
				return c.published && c.edits !== null ? { value: c.edits, sd: 0, half: 0, cells: 1 } : null;
			} ),
		} ) ), msg( 'geo-editors-axis-edits' ), false ) as ThemedChart<ChartType>,
	};
}

export const TOP_LIMIT = 20;

/** Countries of the first wiki in one month, ranked (published countries only). */
export function topView( session: Session, month: string, rows: GeoRow[] ): ViewOutput {
	const wiki = session.wikis[ 0 ];
	const levels = session.state.levels;
	const top = topCountries( rows, wiki.dbname, month, levels );
	const shown = top.slice( 0, TOP_LIMIT );
	return {
		lead: msg( 'geo-editors-top-lead', formatMonth( month ), top.length ),
		chartHeight: Math.max( 9, 4 + 1.75 * shown.length ) + 'em',
		table: {
			caption: msg( 'geo-editors-caption-top', wiki.project, formatMonth( month ), levelsLabel( levels ) ),
			rowHeader: msg( 'geo-editors-country' ),
			columns: [
				{ id: 'rank', label: msg( 'geo-editors-rank' ), numeric: true },
				{ id: 'editors', label: levelsLabel( levels ), numeric: true },
				{ id: 'levels_not_published', label: msg( 'geo-editors-levels-missing' ) },
			],
			rows: shown.map( ( t, i ) => ( {
				key: t.country,
				label: countryName( t.country, t.countryName ),
				cells: [
					{ kind: 'number', value: i + 1 },
					{ kind: 'estimate', estimate: t.editors, partial: t.missing.length > 0 },
					{ kind: 'text', text: t.missing.map( levelLabel ).join( ', ' ) },
				],
			} ) ),
			notes: commonNotes( [ msg( 'geo-editors-note-top' ) ] ),
		},
		chart: shown.length ? ( canvas ) => barChart( canvas, shown.map( ( t ) => countryName( t.country, t.countryName ) ), [ {
			label: levelsLabel( levels ),
			color: 0,
			values: shown.map( ( t ) => t.editors ),
		} ], msg( 'geo-editors-axis-editors' ), true ) as ThemedChart<ChartType> : undefined,
	};
}

/** Any number of (country, wiki) selections side by side, with differences to the first and intervals. */
export function compareView( session: Session ): ViewOutput {
	const months = session.loadedMonths;
	const levels = session.state.levels;
	const selections = session.selections;
	const compared = compare( session.index, selections as Selection[], months, levels );
	const averages = selections.map( ( s ) => summarise( buildSeries( session.index, s, months, levels ), null ).monthlyAverage );
	const columns: TableColumn[] = selections.map( ( s, i ) => ( { id: 'sel' + ( i + 1 ) + '_' + s.country + '_' + s.wiki.dbname, label: selectionLabel( s ), numeric: true } ) );
	selections.slice( 1 ).forEach( ( s, i ) => columns.push( {
		id: 'diff' + ( i + 2 ) + '_vs_1',
		label: msg( 'geo-editors-difference', selectionLabel( s ), selectionLabel( selections[ 0 ] ) ),
		numeric: true,
	} ) );
	const rows = compared.map( ( p ) => ( {
		key: p.month,
		label: formatMonth( p.month ),
		cells: p.values.map( ( v ) => est( v ) ).concat( p.differences.slice( 1 ).map( ( d ) => est( d ) ) ),
	} ) );
	rows.push( {
		key: 'monthly_average',
		label: msg( 'geo-editors-monthly-average' ),
		cells: averages.map( ( a ) => est( a ) ).concat( averages.slice( 1 ).map( ( a ) => est( a && averages[ 0 ] ? differenceEstimate( a, averages[ 0 ] ) : null ) ) ),
	} );
	return {
		lead: selections.length < 2 ? msg( 'geo-editors-compare-hint' ) : undefined,
		table: {
			caption: msg( 'geo-editors-caption-compare', levelsLabel( levels ), rangeLabel( months ) ),
			rowHeader: msg( 'geo-editors-month' ),
			columns,
			rows,
			notes: commonNotes( [ msg( 'geo-editors-note-difference' ) ] ),
		},
		chart: ( canvas ) => lineChart( canvas, months.map( ( m ) => formatMonth( m, 'short' ) ), selections.map( ( s, i ) => ( {
			label: selectionLabel( s ),
			color: i,
			values: compared.map( ( p ) => p.values[ i ] ),
		} ) ), levelsLabel( levels ) ) as ThemedChart<ChartType>,
	};
}

/**
 * The REST API's bucketed editors/by-country for the same wiki and month: a separate table with its
 * own caption and source, never merged with the DP figures (different method, rounded up to tens).
 */
export function restTable( project: string, month: string, mid: RestCountry[], high: RestCountry[] ): TableModel {
	const codes: string[] = [];
	for ( const r of mid.concat( high ) ) {
		if ( !codes.includes( r.country ) ) {
			codes.push( r.country );
		}
	}
	const find = ( list: RestCountry[], code: string ): CellValue => {
		const hit = list.filter( ( r ) => r.country === code )[ 0 ];
		return hit ? { kind: 'number', value: hit.editorsCeil, ceil: true } : { kind: 'text', text: '' };
	};
	const value = ( list: RestCountry[], code: string ): number => {
		const hit = list.filter( ( r ) => r.country === code )[ 0 ];
		return hit ? hit.editorsCeil : 0;
	};
	codes.sort( ( a, b ) => value( mid, b ) - value( mid, a ) || value( high, b ) - value( high, a ) );
	return {
		caption: msg( 'geo-editors-rest-caption', project, formatMonth( month ) ),
		rowHeader: msg( 'geo-editors-country' ),
		columns: [
			{ id: 'rest_editors_5_99', label: levelLabel( '5 to 99' ), numeric: true },
			{ id: 'rest_editors_100', label: levelLabel( '100 or more' ), numeric: true },
		],
		rows: codes.slice( 0, TOP_LIMIT ).map( ( code ) => ( {
			key: code,
			label: countryName( code ),
			cells: [ find( mid, code ), find( high, code ) ],
		} ) ),
		notes: [ msg( 'geo-editors-rest-note' ) ],
	};
}
