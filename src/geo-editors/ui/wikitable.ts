/**
 * Any view's table as a wikitable to paste into a report page: the same rows and columns as on
 * screen, each estimate with its ± interval and a sort key, n/p where a cell was not published
 * (never 0), the table's notes as footnotes and a source line naming the release and its months.
 */
import { msg, formatMonth, formatNumber } from '../../core/messages';
import { weekLabel } from './views/weekly-table';
import { formatHalf, formatValue, MISSING_MARK, type CellValue, type TableModel } from './table-model';
import { wikiText, wikiLink } from './report-text';

export interface ReportSource {
	/** Folder of the release (a link when it is a plain http(s) URL). */
	url: string;
	/** Months the table is made from, YYYY-MM (weekly: the weekly files read). */
	months: readonly string[];
	/** Weekly: the weeks shown (their Sundays); the source is then the weekly release. */
	weeks?: readonly string[];
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

function range( items: readonly string[], label: ( item: string ) => string ): string {
	const sorted = items.slice().sort();
	return !sorted.length ? '' : sorted.length === 1 ? label( sorted[ 0 ] ) :
		label( sorted[ 0 ] ) + ' – ' + label( sorted[ sorted.length - 1 ] );
}

/** The release and periods of a report (months, or weeks and their files), as one line of wikitext. */
export function sourceLine( source: ReportSource ): string {
	const text = source.weeks ?
		msg( 'geo-editors-report-source-weekly', msg( 'geo-editors-report-release-weekly' ), formatNumber( source.weeks.length ),
			range( source.weeks, ( w ) => weekLabel( w ) ), range( source.months, ( m ) => formatMonth( m ) ), source.weeks.length ) :
		msg( 'geo-editors-report-source', msg( 'geo-editors-report-release' ), range( source.months, ( m ) => formatMonth( m ) ),
			source.months.length );
	return wikiText( text ) + ' ' + wikiLink( source.url, msg( 'geo-editors-report-files' ) );
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
