/**
 * What the explorer says about the loading of a session: Meta's wiki list failing (the data still
 * loads), a range that was cut, months that failed (with retry), malformed lines. Nothing here
 * removes data that is shown.
 */
import { msg, formatDate, formatMonth, formatNumber } from '../../core/messages';
import { errorBox, errorMessage, notice } from '../../core/ui';
import { clear } from '../../core/dom';
import { MAX_MONTHS, FIRST_MONTH, lastPublishableMonth, type Session } from '../data/session';
import type { MonthData } from '../data/sources';
import { getEndpoints } from '../../core/config';
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
	const after = session.notInRelease;
	if ( after ) {
		// Named, never asked for: months after the release's last one (issue 24 item 2).
		const last = session.release ? session.release[ 1 ] : lastPublishableMonth();
		errors.appendChild( notice( msg( 'geo-editors-range-not-in-release', formatMonth( after[ 0 ] ), formatMonth( after[ 1 ] ),
			after[ 2 ], formatMonth( last ), formatNumber( after[ 2 ] ) ), 'warning' ) );
	}
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
	const fallback = releaseMonthsNotice( Array.from( session.data.values() ) );
	if ( fallback ) {
		errors.appendChild( fallback );
	}
}

/**
 * The wiki has reduced pages, but none covers these months of the view: they were read from the
 * release host, and the view says which (null when there are none).
 */
export function releaseMonthsNotice(
	data: Pick<MonthData, 'month' | 'releaseFallback'>[] ): HTMLElement | null {
	const months = data.filter( ( d ) => d.releaseFallback ).map( ( d ) => d.month ).sort();
	if ( !months.length ) {
		return null;
	}
	let host: string;
	try {
		host = new URL( getEndpoints().geoeditors ).host;
	} catch ( e ) {
		host = getEndpoints().geoeditors;
	}
	const box = notice( msg( 'geo-editors-release-months', months.map( ( m ) => formatMonth( m ) ).join( ', ' ),
		months.length, host ) );
	box.classList.add( 'geo-editors-release-months' );
	return box;
}

/**
 * A one-month view of a month the release has no file for (HTTP 404): "no data for this month",
 * naming the month and the release's range; not an error to retry, not "not published".
 */
export function showMonthNoData( errors: HTMLElement, session: Pick<Session, 'release'>, month: string ): void {
	const [ first, last ] = session.release || [ FIRST_MONTH, lastPublishableMonth() ];
	const box = notice( msg( 'geo-editors-month-no-data', formatMonth( month ), formatMonth( first ), formatMonth( last ) ) );
	box.classList.add( 'geo-editors-month-no-data' );
	// Drawn again (the range's months arriving): one notice, replaced.
	const old = errors.querySelector( '.geo-editors-month-no-data' );
	if ( old ) {
		old.remove();
	}
	errors.appendChild( box );
}
