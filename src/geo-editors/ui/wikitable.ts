/**
 * Any view's table as a wikitable to paste into a report page: the same rows and columns as on
 * screen, each estimate with its ± interval and a sort key, n/p where a cell was not published
 * (never 0), the table's notes as footnotes and a source line naming the release and its months.
 */
import { msg, formatMonth } from '../../core/messages';
import { formatHalf, formatValue, MISSING_MARK, type CellValue, type TableModel } from './table-model';
import { wikiText, wikiLink } from './report-text';

export interface ReportSource {
	/** Folder of the release (a link when it is a plain http(s) URL). */
	url: string;
	/** Months the table is made from, YYYY-MM. */
	months: readonly string[];
}

function cellText( cell: CellValue ): { text: string; sort: string | null } {
	switch ( cell.kind ) {
		case 'estimate':
			return {
				text: wikiText( ( cell.partial ? '≥ ' : '' ) + formatValue( cell.estimate.value ) + ' ± ' + formatHalf( cell.estimate.half ) ),
				sort: String( cell.estimate.value ),
			};
		case 'number':
			return { text: wikiText( ( cell.ceil ? '≤ ' : cell.floor ? '≥ ' : '' ) + formatValue( cell.value ) ), sort: String( cell.value ) };
		case 'text':
			return { text: wikiText( cell.text ), sort: null };
		default:
			// Sorts below every number, like an empty cell; shown as the n/p mark, not as 0.
			return { text: wikiText( msg( MISSING_MARK[ cell.kind ].mark ) ), sort: '-1e99' };
	}
}

/** The release and months of a report, as one line of wikitext. */
export function sourceLine( source: ReportSource ): string {
	const months = source.months.slice().sort();
	const range = !months.length ? '' : months.length === 1 ? formatMonth( months[ 0 ] ) :
		formatMonth( months[ 0 ] ) + ' – ' + formatMonth( months[ months.length - 1 ] );
	return wikiText( msg( 'geo-editors-report-source', msg( 'geo-editors-report-release' ), range, months.length ) ) + ' ' +
		wikiLink( source.url, msg( 'geo-editors-report-files' ) );
}

export function tableToWikitext( model: TableModel, source: ReportSource ): string {
	const lines = [ '{| class="wikitable sortable"', '|+ ' + wikiText( model.caption ) ];
	lines.push( '! scope="col" | ' + wikiText( model.rowHeader ) );
	for ( const c of model.columns ) {
		lines.push( '! scope="col"' + ( c.numeric ? ' data-sort-type="number"' : '' ) + ' | ' + wikiText( c.label ) );
	}
	for ( const row of model.rows ) {
		lines.push( '|-', '! scope="row" | ' + wikiText( row.label ) );
		row.cells.forEach( ( cell, i ) => {
			const { text, sort } = cellText( cell );
			const attrs = ( sort !== null ? ' data-sort-value="' + sort + '"' : '' ) + ( model.columns[ i ].numeric ? ' style="text-align: end;"' : '' );
			lines.push( '|' + ( attrs ? attrs + ' |' : '' ) + ' ' + text );
		} );
	}
	lines.push( '|}' );
	for ( const note of model.notes ) {
		lines.push( '* ' + wikiText( note ) );
	}
	lines.push( '* ' + sourceLine( source ) );
	return lines.join( '\n' ) + '\n';
}
