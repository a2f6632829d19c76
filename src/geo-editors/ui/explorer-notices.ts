/**
 * What the explorer says about the loading of a session: Meta's wiki list failing (the data still
 * loads), a range that was cut, months that failed (with retry), malformed lines. Nothing here
 * removes data that is shown.
 */
import { msg, formatDate, formatMonth, formatNumber } from '../../core/messages';
import { errorBox, errorMessage, notice } from '../../core/ui';
import { clear } from '../../core/dom';
import { MAX_MONTHS, type Session } from '../data/session';
import type { MonthData } from '../data/sources';
import { getEndpoints } from '../../core/config';

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
