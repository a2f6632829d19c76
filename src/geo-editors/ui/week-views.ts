/**
 * Feeding a view's weekly form (granularity "week"): the weekly files of the range's months from
 * July 2023 (the session loads them, data/session-weeks.ts), then the view's `weekly` builder.
 * A range wholly before the weekly release says so instead; failed weekly files show an error with
 * Retry, and what is shown stays; lines that could not be read are counted, as by month; a file
 * cut at the row cap says from which line; a week in two files says which file is shown (and warns
 * when they disagree).
 */
import { releaseMonthsNotice } from './explorer-notices';
import { h } from '../../core/dom';
import { msg, formatMonth, formatNumber } from '../../core/messages';
import type { DoubledWeek } from '../data/weekly-series';
import { cutMessage } from './explorer-notices';
import { weekLabel } from './views/weekly-table';
import { errorBox, errorMessage, notice, spinner } from '../../core/ui';
import type { Session, LabeledSelection } from '../data/session';
import { WEEKLY_FIRST_MONTH } from '../data/weekly';
import { superseded } from '../../core/supersede';
import type { ViewState } from './state';
import type { WeekInput, ViewOutput } from './views/types';

export interface WeekViewHost {
	session: Session;
	state: ViewState;
	selection: LabeledSelection;
	signal?: AbortSignal;
	show( output: ViewOutput ): void;
	/** Nothing weekly to show: this element in place of the view. */
	showInstead( element: HTMLElement ): void;
	status: HTMLElement;
	errors: HTMLElement;
	/**
	 * Draw again once the weekly files arrived, if the explorer still shows this session in weeks.
	 */
	rerender( session: Session ): void;
}

/** Sessions whose weekly files are being loaded (one load per session at a time). */
const loading = new WeakSet<Session>();

export function renderWeekView( build: ( input: WeekInput ) => ViewOutput,
	host: WeekViewHost ): void {
	const { session, state } = host;
	const months = session.weekly.months;
	if ( !months.length ) {
		host.showInstead( h( 'div', { class: 'geo-editors-weekly-none' },
			notice( msg( 'geo-editors-weekly-none', formatMonth( WEEKLY_FIRST_MONTH ) ) ) ) );
		return;
	}
	const pending = months.filter( ( m ) => !session.weekly.data.has( m ) &&
		!session.weekly.failed.has( m ) );
	if ( pending.length ) {
		if ( !loading.has( session ) ) {
			loading.add( session );
			const wait = spinner( msg( 'geo-editors-weekly-loading' ) );
			host.status.appendChild( wait );
			const done = (): void => {
				wait.remove();
				loading.delete( session );
			};
			session.weekly.load( host.signal ).then( () => {
				done();
				host.rerender( session );
			}, ( e: unknown ) => {
				done();
				if ( superseded( host.signal ) ) {
					return; // another load speaks now
				}
				host.errors.appendChild( errorBox( msg( 'geo-editors-weekly-error', months.map( ( m ) => formatMonth( m ) ).join( ', ' ), months.length ) +
					' ' + errorMessage( e ) ) );
			} );
		}
		return;
	}
	const old = host.errors.querySelector( '.geo-editors-weekly-error' );
	if ( old ) {
		old.remove();
	}
	if ( session.weekly.failed.size ) {
		const failed = Array.from( session.weekly.failed.keys() ).sort();
		const box = errorBox( msg( 'geo-editors-weekly-error', failed.map( ( m ) => formatMonth( m ) ).join( ', ' ), failed.length ) +
			' ' + errorMessage( session.weekly.failed.get( failed[ 0 ] ) ), () => {
			session.weekly.failed.clear();
			box.remove();
			host.rerender( session );
		} );
		box.classList.add( 'geo-editors-weekly-error' );
		host.errors.appendChild( box );
	}
	showMalformed( host.errors, session );
	const merged = session.weekly.merged;
	showDoubled( host.errors, merged.doubled );
	if ( !merged.weeks.length ) {
		if ( !session.weekly.failed.size ) {
			host.showInstead( notice( msg( 'geo-editors-weekly-empty' ) ) );
		}
		return;
	}
	host.show( build( {
		rows: merged.rows,
		weeks: merged.weeks,
		levels: state.levels,
		selection: host.selection,
		before: session.months.filter( ( m ) => m < WEEKLY_FIRST_MONTH ),
		absent: merged.absent,
		noInterval: merged.noInterval,
	} ) );
}

/** Lines of the weekly files that could not be read were left out: say how many (as by month). */
function showMalformed( errors: HTMLElement, session: Session ): void {
	Array.prototype.forEach.call( errors.querySelectorAll( '.geo-editors-weekly-malformed' ),
		( old: Element ) => old.remove() );
	let malformed = 0;
	session.weekly.data.forEach( ( d ) => {
		malformed += d.malformed;
	} );
	if ( malformed ) {
		const note = notice( msg( 'geo-editors-malformed', malformed ), 'warning' );
		note.classList.add( 'geo-editors-weekly-malformed' );
		errors.appendChild( note );
	}
	const fallback = releaseMonthsNotice( Array.from( session.weekly.data.values() ) );
	if ( fallback ) {
		fallback.classList.add( 'geo-editors-weekly-malformed' );
		errors.appendChild( fallback );
	}
	session.weekly.data.forEach( ( d ) => {
		if ( d.cut ) {
			const note = notice( cutMessage( d.month, d.cut ), 'warning' );
			note.classList.add( 'geo-editors-weekly-malformed' );
			errors.appendChild( note );
		}
	} );
}

/**
 * A week found in two files: which file's values are shown, and a warning when the files disagree.
 */
function showDoubled( errors: HTMLElement, doubled: DoubledWeek[] ): void {
	Array.prototype.forEach.call( errors.querySelectorAll( '.geo-editors-weekly-doubled' ), ( n: Element ) => n.remove() );
	for ( const d of doubled ) {
		const files = d.files.map( ( m ) => formatMonth( m ) ).join( ', ' );
		const note = d.disagree ?
			notice( msg( 'geo-editors-weekly-disagree', weekLabel( d.week ), files, formatMonth( d.files[ 0 ] ), formatNumber( d.disagree ), d.disagree ), 'warning' ) :
			notice( msg( 'geo-editors-weekly-doubled', weekLabel( d.week ), files, formatMonth( d.files[ 0 ] ) ) );
		note.classList.add( 'geo-editors-weekly-doubled' );
		errors.appendChild( note );
	}
}
