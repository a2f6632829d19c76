/**
 * Small widgets both gadgets use: progress, errors with retry, notices, tables, downloads.
 * Everything is built with h(); every string comes from messages.
 */
import { closeBidi, h, replaceChildren, type Child } from './dom';
import { msg, formatNumber, formatTimeAfter } from './messages';
import { HttpError } from './http';

/** A progress bar "N of M" (role=progressbar) that the caller updates. */
export function progressBar( label: string ): {
	element: HTMLElement; update( done: number, total: number ): void; done(): void;
} {
	const fill = h( 'div', { class: 'geo-progress-fill' } );
	const text = h( 'span', { class: 'geo-progress-text' } );
	const bar = h( 'div', { class: 'geo-progress-track' }, fill );
	const element = h( 'div', {
		class: 'geo-progress',
		attrs: { role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 1, 'aria-valuenow': 0 },
	}, bar, text );
	return {
		element,
		update( doneCount: number, total: number ) {
			element.setAttribute( 'aria-valuemax', String( total ) );
			element.setAttribute( 'aria-valuenow', String( doneCount ) );
			fill.style.width = ( total ? Math.round( 100 * doneCount / total ) : 0 ) + '%';
			replaceChildren( text, msg( 'geo-gadgets-progress', formatNumber( doneCount ), formatNumber( total ), total ) );
		},
		done() {
			element.remove();
		},
	};
}

/** The user-facing message for an error from http.ts or the data layers. */
export function errorMessage( error: unknown ): string {
	if ( error instanceof HttpError ) {
		switch ( error.kind ) {
			case 'rate-limited':
				// The error is final (retries are over): say when to come back, never promise a
				// retry.
				return error.retryAfter ? msg( 'geo-gadgets-error-rate-limited-until', formatTimeAfter( error.retryAfter ) ) : msg( 'geo-gadgets-error-rate-limited' );
			case 'too-large':
				return msg( 'geo-gadgets-error-too-large' );
			case 'timeout':
				return msg( 'geo-gadgets-error-timeout' );
			case 'network':
				return msg( 'geo-gadgets-error-network' );
			case 'server':
				return msg( 'geo-gadgets-error-server', String( error.status ) );
			case 'malformed':
				return msg( 'geo-gadgets-error-malformed' );
			case 'aborted':
				return msg( 'geo-gadgets-error-aborted' );
			default:
				return msg( 'geo-gadgets-error-http', String( error.status ) );
		}
	}
	if ( error && typeof error === 'object' && 'messageKey' in error ) {
		// Data layers throw errors that carry their own message key and parameters.
		const e = error as { messageKey: string; params?: ( string | number )[] };
		return msg( e.messageKey, ...( e.params || [] ) );
	}
	return msg( 'geo-gadgets-error-unknown' );
}

/**
 * An error box (role=alert) with a Retry button. Shown above data already on screen, never instead
 * of it.
 */
export function errorBox( message: string, onRetry?: () => void ): HTMLElement {
	return codexMessage( 'error', 'alert',
		h( 'span', { class: 'geo-message-text', text: message } ),
		onRetry ? h( 'button', {
			class: 'cdx-button geo-button',
			attrs: { type: 'button' },
			on: { click: onRetry },
		}, msg( 'geo-gadgets-retry' ) ) : null,
	);
}

/** Codex's CSS-only Message (codex-styles): its icon and colours, day and night, from the skin. */
export function codexMessage( kind: 'error' | 'warning' | 'info', role: string, ...content: Child[] ): HTMLElement {
	return h( 'div', {
		class: [ 'cdx-message', 'cdx-message--block', kind === 'info' ? 'cdx-message--notice' : 'cdx-message--' + kind, 'geo-message', 'geo-message-' + kind ],
		attrs: { role },
	}, h( 'span', { class: 'cdx-message__icon' } ), h( 'div', { class: 'cdx-message__content' }, ...content ) );
}

/** Codex's CSS-only Checkbox around an input we made (its label text is ours). */
export function codexCheckbox( box: HTMLInputElement, label: string, id: string ): HTMLElement {
	box.id = id;
	box.classList.add( 'cdx-checkbox__input' );
	return h( 'div', { class: 'cdx-checkbox' }, h( 'div', { class: 'cdx-checkbox__wrapper' },
		box,
		h( 'span', { class: 'cdx-checkbox__icon' } ),
		h( 'div', { class: 'cdx-checkbox__label cdx-label' },
			h( 'label', { class: 'cdx-label__label', attrs: { for: id } }, h( 'span', { class: 'cdx-label__label__text', text: label } ) ) ) ) );
}

/** Codex's CSS-only TextInput around an input we made. */
export function codexTextInput( input: HTMLInputElement ): HTMLElement {
	input.classList.add( 'cdx-text-input__input' );
	return h( 'div', { class: 'cdx-text-input' }, input );
}

/** A neutral notice (role=status), e.g. "waiting 12 s for the query service". */
export function notice( text: string, kind: 'info' | 'warning' = 'info' ): HTMLElement {
	return codexMessage( kind, 'status', text );
}

/** A loading indicator with a text for screen readers. */
export function spinner( label?: string ): HTMLElement {
	return h( 'div', { class: 'geo-spinner', attrs: { role: 'status' } },
		h( 'span', { class: 'geo-spinner-dot', attrs: { 'aria-hidden': 'true' } } ),
		h( 'span', { class: 'geo-spinner-label', text: label || msg( 'geo-gadgets-loading' ) } ),
	);
}

export interface TableColumn<R> {
	/** Header text. */
	label: string;
	/** Cell content for a row. */
	cell( row: R ): Child;
	/** Numeric columns align to the end. */
	numeric?: boolean;
}

/** A semantic data table: caption, column headers with scope, the first column as row headers. */
export function dataTable<R>( caption: string, columns: TableColumn<R>[],
	rows: R[] ): HTMLTableElement {
	return h( 'table', { class: 'geo-table' },
		h( 'caption', { text: caption } ),
		// Column headers are our messages.
		// eslint-disable-next-line no-restricted-syntax
		h( 'thead', null, h( 'tr', null, columns.map( ( c ) => h( 'th', { attrs: { scope: 'col' }, class: c.numeric ? 'geo-num' : undefined }, c.label ) ) ) ),
		h( 'tbody', null, rows.map( ( row ) => h( 'tr', null, columns.map( ( c, i ) => h( i === 0 ? 'th' : 'td', {
			attrs: i === 0 ? { scope: 'row' } : undefined,
			class: c.numeric ? 'geo-num' : undefined,
		}, c.cell( row ) ) ) ) ) ),
	);
}

/**
 * A whole cell that is one plain number ("-12.5", "+3e5"): the only text a spreadsheet may see
 * starting with + or -.
 */
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Quote a CSV field (RFC 4180), and defuse spreadsheet formulas from attacker-controlled text: a
 * cell starting with = + - @ tab or CR gets a leading apostrophe unless it is a number as a whole
 * (`-2+3+cmd|…` starts like one and is not), or the release's unknown-country code `--`.
 */
export function csvField( value: string | number | null | undefined ): string {
	if ( value === null || value === undefined ) {
		return '';
	}
	// A field leaves no bidi control open for the next fields of its line (issue 22).
	let text = closeBidi( String( value ) );
	if ( typeof value === 'string' && /^[=+\-@\t\r]/.test( text ) && !PLAIN_NUMBER.test( text ) && text !== '--' ) {
		text = "'" + text;
	}
	return /[",\r\n]/.test( text ) ? '"' + text.replace( /"/g, '""' ) + '"' : text;
}

/** CSV text from a header and rows. */
export function toCsv( header: string[],
	rows: ( string | number | null | undefined )[][] ): string {
	return [ header ].concat( rows as string[][] ).map( ( r ) => r.map( csvField ).join( ',' ) ).join( '\r\n' ) + '\r\n';
}

/** Let the browser save a file made here (a blob: URL, nothing leaves the machine). */
export function downloadFile( name: string, mime: string, text: string ): void {
	const url = URL.createObjectURL( new Blob( [ text ], { type: mime } ) );
	const a = document.createElement( 'a' );
	a.href = url;
	a.download = name;
	document.body.appendChild( a );
	a.click();
	a.remove();
	setTimeout( () => URL.revokeObjectURL( url ), 1000 );
}

/** Copy text, with mw.notify feedback. */
export async function copyToClipboard( text: string ): Promise<boolean> {
	try {
		// eslint-disable-next-line compat/compat -- where it is missing this throws and the reader is told the copy failed
		await navigator.clipboard.writeText( text );
		mw.notify( msg( 'geo-gadgets-copied' ), { tag: 'geo-copy' } );
		return true;
	} catch ( e ) {
		mw.notify( msg( 'geo-gadgets-copy-failed' ), { tag: 'geo-copy', type: 'error' } );
		return false;
	}
}

/** A collapsible section built on <details>, keyboard-accessible for free. */
export function disclosure( summary: string, content: Child, open = false ): HTMLDetailsElement {
	const details = h( 'details', { class: 'geo-disclosure' }, h( 'summary', { text: summary } ), content );
	details.open = open;
	return details;
}
