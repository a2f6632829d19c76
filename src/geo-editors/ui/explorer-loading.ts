/**
 * Loading one explorer's session, and saying what happens: a spinner, then a progress bar for the
 * months (with the wait a 429/503 asked for), Meta's wiki list failing, a range that was cut or
 * not published at all, months that failed (with retry). Nothing shown is taken away.
 */
import { h, clear, replaceChildren } from '../../core/dom';
import { msg, formatMonth, formatNumber } from '../../core/messages';
import { progressBar, errorBox, errorMessage, notice, spinner } from '../../core/ui';
import { FIRST_MONTH, lastPublishableMonth, type Session } from '../data/session';
import { showSitesError, showClamped, showMonthErrors } from './explorer-notices';

export interface LoadingUi {
	status: HTMLElement;
	errors: HTMLElement;
	/** Retry everything that failed (in every explorer of the page). */
	retry(): void;
	/** Whether this load is still the explorer's latest (core/supersede.ts). */
	isCurrent(): boolean;
	/** Whether the view needs the monthly files now (a weekly view reads its own files instead). */
	monthsWanted(): boolean;
	renderSubtitle(): void;
	render(): void;
}

/** Nothing can be shown: say why (with a retry where one can help). */
function showFatal( ui: LoadingUi, text: string, retry?: () => void ): void {
	clear( ui.status );
	replaceChildren( ui.errors, errorBox( text, retry ) );
}

/** The months not loaded yet, with a progress bar; the view redraws after each. */
async function loadPending( session: Session, signal: AbortSignal, ui: LoadingUi ): Promise<void> {
	const pending = session.pending;
	if ( !pending.length ) {
		return;
	}
	const progress = progressBar( msg( 'geo-editors-loading-months' ) );
	progress.update( 0, pending.length );
	const waiting = h( 'div' );
	replaceChildren( ui.status, progress.element, waiting );
	await session.loadPending( ( done, total ) => {
		if ( ui.isCurrent() ) {
			progress.update( done, total );
			ui.render();
		}
	}, signal, ( seconds ) => {
		if ( !ui.isCurrent() ) {
			return;
		}
		// The server asked us to wait (429/503 Retry-After): say so, with a countdown.
		replaceChildren( waiting, seconds ? notice( msg( 'geo-gadgets-error-rate-limited-wait', formatNumber( seconds ), seconds ) ) : null );
	} );
	waiting.remove();
	// eslint-disable-next-line no-jquery/no-done-fail -- our progress bar's done(), not a jQuery Deferred
	progress.done();
}

/** Resolve the session's wikis and months, then load every month not loaded yet. */
export async function loadSession( session: Session, signal: AbortSignal,
	ui: LoadingUi ): Promise<void> {
	clear( ui.errors );
	replaceChildren( ui.status, spinner() );
	try {
		if ( !session.wikis.length ) {
			// Names from Meta's list may come later; the months do not wait for them.
			await session.resolveWikis( () => {
				if ( ui.isCurrent() && session.wikis.length ) {
					ui.renderSubtitle();
					showSitesError( ui.errors, session, ui.retry );
				}
			} );
		}
		if ( !ui.isCurrent() ) {
			return; // superseded while Meta's list came: another load speaks now
		}
		if ( !session.wikis.length ) {
			showFatal( ui, msg( 'geo-editors-error-project', session.unknownProjects.join( ', ' ) ) );
			return;
		}
		if ( !session.months.length ) {
			await session.resolveMonths( signal );
		}
	} catch ( e ) {
		if ( ui.isCurrent() ) {
			showFatal( ui, msg( 'geo-editors-error-index' ) + ' ' + errorMessage( e ), ui.retry );
		}
		return;
	}
	if ( !ui.isCurrent() ) {
		return;
	}
	if ( !session.months.length ) {
		// A range wholly before the first release or after the latest month: say so, not a blank
		// view.
		// The release's own first and last month when its index was read (issue 24 item 2).
		const release = session.release || [ FIRST_MONTH, lastPublishableMonth() ];
		showFatal( ui, msg( 'geo-editors-range-empty', formatMonth( release[ 0 ] ), formatMonth( release[ 1 ] ) ) );
		return;
	}
	ui.renderSubtitle();
	showSitesError( ui.errors, session, ui.retry );
	showClamped( ui.errors, session );
	if ( session.unknownProjects.length ) {
		ui.errors.appendChild( notice( msg( 'geo-editors-error-project', session.unknownProjects.join( ', ' ) ), 'warning' ) );
	}
	if ( ui.monthsWanted() ) {
		await loadPending( session, signal, ui );
	}
	if ( !ui.isCurrent() ) {
		return;
	}
	clear( ui.status );
	showMonthErrors( ui.errors, session, ui.retry );
	ui.render();
}
