/**
 * One description of what a view shows, used three times: to render its <table>, and to export
 * exactly that as CSV and JSON. A cell that was not published stays "not published" in all three.
 */
import { h } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { toCsv } from '../../core/ui';
import type { Estimate } from '../data/uncertainty';

export type CellValue =
	/** `shade` (0…1) colours heatmap cells. */
	| { kind: 'estimate'; estimate: Estimate; partial?: boolean; shade?: number }
	/**
	 * `ceil`: at most (REST buckets); `floor`: at least (a weekly total leaving out unpublished
	 * levels).
	 */
	| { kind: 'number'; value: number; ceil?: boolean; floor?: boolean }
	| { kind: 'text'; text: string }
	/** No row in the release (below threshold or protected country). */
	| { kind: 'np' }
	/** Published row, but the release gives no edit count. */
	| { kind: 'no-edits' }
	/** The period is not in the release at all (a week no file holds, for any wiki): a gap. */
	| { kind: 'absent' }
	/** The release has no data for this month (no file, or nothing for the country): not n/p. */
	| { kind: 'no-data' };

/** Cells without a value, each with its mark: not published, no edit count, not in the release. */
export type MissingCell = Extract<CellValue, { kind: 'np' | 'no-edits' | 'absent' | 'no-data' }>;

/** Whether a cell has no value (and why: its kind). */
export function isMissing( cell: CellValue ): cell is MissingCell {
	return cell.kind === 'np' || cell.kind === 'no-edits' || cell.kind === 'absent' || cell.kind === 'no-data';
}

/** The mark and its explanation of a cell without a value (message keys). */
export const MISSING_MARK: Record<MissingCell[ 'kind' ], { mark: string; explain: string; reason: string }> = {
	np: { mark: 'geo-editors-np', explain: 'geo-editors-np-explain', reason: 'not-published' },
	'no-edits': { mark: 'geo-editors-no-edits', explain: 'geo-editors-no-edits-explain', reason: 'no-edit-count' },
	absent: { mark: 'geo-editors-not-in-release', explain: 'geo-editors-not-in-release-explain', reason: 'not-in-release' },
	'no-data': { mark: 'geo-editors-no-data', explain: 'geo-editors-no-data-explain', reason: 'no-data' },
};

/** Whether a table has a "no data for this month" cell (its legend line is then added). */
export function hasNoData( model: Pick<TableModel, 'rows'> ): boolean {
	return model.rows.some( ( r ) => r.cells.some( ( c ) => c.kind === 'no-data' ) );
}

export interface TableColumn {
	/** Stable machine name for CSV/JSON (language-neutral). */
	id: string;
	label: string;
	numeric?: boolean;
}

export interface TableRow {
	/** Stable key of the row (e.g. the month YYYY-MM), used in CSV/JSON and data-* attributes. */
	key: string;
	label: string;
	cells: CellValue[];
}

export interface TableModel {
	caption: string;
	/** Header of the first column (row headers). */
	rowHeader: string;
	columns: TableColumn[];
	rows: TableRow[];
	/** Notes printed under the table (what the marks mean). */
	notes: string[];
}

/** Half-width shown with one decimal under 10, whole numbers above. */
export function formatHalf( half: number ): string {
	return formatNumber( half, { maximumFractionDigits: half < 10 ? 1 : 0 } );
}

export function formatValue( value: number ): string {
	const digits = Math.abs( value ) < 100 && value % 1 ? 1 : 0;
	// A small negative difference that rounds to nothing is 0, not "-0".
	return formatNumber( Math.abs( value ) < 0.5 * Math.pow( 10, -digits ) ? 0 : value,
		{ maximumFractionDigits: digits } );
}

function npMark( kind: MissingCell[ 'kind' ] ): HTMLElement {
	// Messages: geo-editors-np, geo-editors-no-edits, geo-editors-not-in-release and their -explain.
	return h( 'abbr', { class: 'geo-np', attrs: { title: msg( MISSING_MARK[ kind ].explain ) } }, msg( MISSING_MARK[ kind ].mark ) );
}

function renderCell( cell: CellValue ): ( Node | string )[] {
	switch ( cell.kind ) {
		case 'estimate':
			return [
				h( 'span', { class: 'geo-value' }, ( cell.partial ? '≥ ' : '' ) + formatValue( cell.estimate.value ) ),
				' ',
				h( 'span', { class: 'geo-ci', attrs: { title: msg( 'geo-editors-ci-explain' ) } }, '± ' + formatHalf( cell.estimate.half ) ),
			];
		case 'number':
			return [ ( cell.ceil ? '≤ ' : cell.floor ? '≥ ' : '' ) + formatValue( cell.value ) ];
		case 'text':
			return [ cell.text ];
		default:
			return [ npMark( cell.kind ) ];
	}
}

function cellData( cell: CellValue ): Record<string, string> {
	if ( cell.kind === 'estimate' ) {
		return { value: String( cell.estimate.value ), half: String( cell.estimate.half ) };
	}
	if ( cell.kind === 'number' ) {
		return { value: String( cell.value ) };
	}
	return cell.kind === 'text' ? {} : { status: cell.kind };
}

/**
 * The semantic table: caption, th scope=col/row, not-published cells as a visible, explained mark.
 */
export function renderTable( model: TableModel ): HTMLElement {
	const table = h( 'table', { class: 'geo-table geo-editors-table' },
		h( 'caption', { text: model.caption } ),
		// The model's labels are composed by the views, data text in them isolated there
		// (views/labels.ts projectLabel, countries.ts countryName).
		/* eslint-disable no-restricted-syntax */
		h( 'thead', null, h( 'tr', null,
			h( 'th', { attrs: { scope: 'col' } }, model.rowHeader ),
			model.columns.map( ( c ) => h( 'th', { attrs: { scope: 'col' }, class: c.numeric ? 'geo-num' : undefined }, c.label ) ),
		) ),
		h( 'tbody', null, model.rows.map( ( row ) => h( 'tr', { dataset: { key: row.key } },
			h( 'th', { attrs: { scope: 'row' } }, row.label ),
			/* eslint-enable no-restricted-syntax */
			row.cells.map( ( cell, i ) => h( 'td', {
				class: [ model.columns[ i ].numeric ? 'geo-num' : null, isMissing( cell ) ? 'geo-np-cell' : null,
					cell.kind === 'estimate' && cell.shade !== undefined ? 'geo-heat' : null ],
				style: cell.kind === 'estimate' && cell.shade !== undefined ? { '--geo-heat': String( Math.round( cell.shade * 100 ) ) + '%' } : undefined,
				dataset: Object.assign( { key: row.key, column: model.columns[ i ].id },
					cellData( cell ) ),
			}, renderCell( cell ) ) ),
		) ) ),
	);
	return h( 'div', { class: 'geo-table-wrap' }, table,
		model.notes.length ? h( 'ul', { class: 'geo-table-notes' }, model.notes.map( ( n ) => h( 'li', { text: n } ) ) ) : null );
}

/**
 * CSV of the table: the same rows and columns; each estimate as value plus a `<column>_ci95` column
 * (± half-width). Not-published cells are empty with `not_published` in a status column, never 0.
 */
export function tableToCsv( model: TableModel ): string {
	const estimateColumns = model.columns.map( ( _c, i ) => model.rows.some( ( r ) => r.cells[ i ].kind === 'estimate' ) );
	const header = [ 'key' ];
	model.columns.forEach( ( c, i ) => {
		header.push( c.id );
		if ( estimateColumns[ i ] ) {
			header.push( c.id + '_ci95' );
		}
	} );
	header.push( 'not_published' );
	// A period not in the release at all (a missing week, a month without data) says so in its
	// own column, and is not listed as not published.
	const anyAbsent = model.rows.some( ( r ) => r.cells.some( ( c ) => c.kind === 'absent' || c.kind === 'no-data' ) );
	if ( anyAbsent ) {
		header.push( 'period_status' );
	}
	const rows = model.rows.map( ( row ) => {
		const out: ( string | number | null )[] = [ row.key ];
		const missing: string[] = [];
		row.cells.forEach( ( cell, i ) => {
			out.push( cell.kind === 'estimate' ? cell.estimate.value : cell.kind === 'number' ? cell.value : cell.kind === 'text' ? cell.text : null );
			if ( estimateColumns[ i ] ) {
				out.push( cell.kind === 'estimate' ? round( cell.estimate.half ) : null );
			}
			if ( isMissing( cell ) && cell.kind !== 'no-data' ) {
				missing.push( model.columns[ i ].id );
			}
		} );
		out.push( missing.join( ' ' ) );
		if ( anyAbsent ) {
			out.push( row.cells.some( ( c ) => c.kind === 'absent' ) ? 'not_in_release' :
				row.cells.some( ( c ) => c.kind === 'no-data' ) ? 'no_data' : '' );
		}
		return out;
	} );
	return toCsv( header, rows );
}

function round( n: number ): number {
	return Math.round( n * 1000 ) / 1000;
}

/** JSON of the table plus the view's description (source, filters), for reuse elsewhere. */
export function tableToJson( model: TableModel, meta: Record<string, unknown> ): string {
	return JSON.stringify( Object.assign( {}, meta, {
		caption: model.caption,
		columns: model.columns.map( ( c ) => c.id ),
		rows: model.rows.map( ( row ) => {
			// No prototype: a column id of `__proto__` stays a plain key.
			const values: Record<string, unknown> = Object.create( null );
			row.cells.forEach( ( cell, i ) => {
				const id = model.columns[ i ].id;
				if ( cell.kind === 'estimate' ) {
					values[ id ] = { value: cell.estimate.value, ci95: round( cell.estimate.half ),
						partial: !!cell.partial };
				} else if ( cell.kind === 'number' ) {
					values[ id ] = cell.ceil ? { atMost: cell.value } :
						cell.floor ? { atLeast: cell.value } : cell.value;
				} else if ( cell.kind === 'text' ) {
					values[ id ] = cell.text;
				} else if ( cell.kind === 'no-data' ) {
					// Not "not published": the release has nothing for this month.
					values[ id ] = { noData: true, reason: MISSING_MARK[ cell.kind ].reason };
				} else {
					values[ id ] = { published: false, reason: MISSING_MARK[ cell.kind ].reason };
				}
			} );
			return { key: row.key, values };
		} ),
		notes: model.notes,
	} ), null, '\t' );
}
