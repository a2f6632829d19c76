/**
 * What the explorer says about the loading of a session: Meta's wiki list failing (the data still
 * loads), a range that was cut, months that failed (with retry), malformed lines. Nothing here
 * removes data that is shown.
 */
import { msg, formatDate, formatMonth, formatNumber } from '../../core/messages';
import { errorBox, errorMessage, notice } from '../../core/ui';
import { clear } from '../../core/dom';
import { MAX_MONTHS, type Session } from '../data/session';
import { MAX_KEPT_ROWS } from '../data/tsv';

/** Meta's wiki list failed: say so, offer a retry (replaces an earlier such box). */
export function showSitesError( errors: HTMLElement, session: Session, retry: () => void ): void {
	const old = errors.querySelector( '.geo-editors-sites-error' );
	if ( old ) {
		old.remove();
	}
	if ( !session.sitesError ) {
		return;
	}
	const box = errorBox( msg( 'geo-editors-error-sitematrix' ) + ' ' + errorMessage( session.sitesError ), () => {
		box.remove();
		retry();
	} );
	box.classList.add( 'geo-editors-sites-error' );
	errors.appendChild( box );
}

/**
 * The range asked for was cut (published months, at most MAX_MONTHS): the subtitle shows what is
 * loaded, this says why.
 */
export function showClamped( errors: HTMLElement, session: Session ): void {
	const months = session.months;
	if ( session.clamped && months.length ) {
		errors.appendChild( notice( msg( 'geo-editors-range-clamped', formatMonth( months[ 0 ] ), formatMonth( months[ months.length - 1 ] ),
			formatNumber( MAX_MONTHS ), MAX_MONTHS ), 'warning' ) );
	}
}

/** Everything about a finished load, in place of what was said before. */
export function showMonthErrors( errors: HTMLElement, session: Session, retry: () => void ): void {
	clear( errors );
	showSitesError( errors, session, retry );
	showClamped( errors, session );
	const failed = session.failed;
	if ( failed.size ) {
		const months = Array.from( failed.keys() ).sort();
		const first = failed.get( months[ 0 ] );
		const text = msg( 'geo-editors-error-months', months.map( ( m ) => formatMonth( m ) ).join( ', ' ), months.length ) + ' ' + errorMessage( first );
		errors.appendChild( errorBox( text, retry ) );
	}
	showDataDate( errors, session );
	const malformed = session.malformedLines;
	if ( malformed ) {
		errors.appendChild( notice( msg( 'geo-editors-malformed', malformed ), 'warning' ) );
	}
	session.data.forEach( ( d ) => {
		if ( d.stats.cut ) {
			errors.appendChild( notice( cutMessage( d.month, d.stats.cut ), 'warning' ) );
		}
	} );
}

/**
 * A file past the parser's row cap (tsv.ts MAX_KEPT_ROWS): which rows are missing (from which line,
 * how many), not a failure.
 */
export function cutMessage( month: string, cut: { fromLine: number; rows: number } ): string {
	return msg( 'geo-editors-file-cut', formatMonth( month ), formatNumber( cut.rows ), formatNumber( cut.fromLine ),
		formatNumber( MAX_KEPT_ROWS ), cut.rows );
}

/** Months read from this wiki's pre-reduced pages: say so, with the release's date of the data. */
export function showDataDate( errors: HTMLElement, session: Session ): void {
	const dates = Array.from( session.data.values() ).map( ( d ) => d.dataDate )
		.filter( ( d ): d is string => !!d ).sort();
	if ( dates.length ) {
		const box = notice( msg( 'geo-editors-reduced-date', formatDate( dates[ dates.length - 1 ] ), dates.length ) );
		box.classList.add( 'geo-editors-data-date' );
		errors.appendChild( box );
	}
}
