/**
 * Text for reports that others paste into wikis. Anything not made of digits and number marks goes
 * inside <nowiki> with <, >, & as entities — the rule Extension:JsonConfig uses for tabular data
 * shown as a wikitable (JCTabularContent::getWikitextForTransclusion) — so a label from the data
 * cannot open a template, link, table cell, tag, signature or magic link.
 */
import { closeBidi } from '../../core/bidi';

// Latin, Arabic-Indic and Devanagari digits, spaces (incl. the no-break ones of fr) and number
// marks.
const PLAIN = /^[0-9\u0660-\u066c\u06f0-\u06f9\u0966-\u096f .,±≥≤−–%\u00a0\u202f]*$/;

/**
 * One line of text: breaks become spaces, other control characters U+FFFD (as MediaWiki shows
 * them).
 */
export function oneLine( text: string ): string {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
	return text.replace( /[\r\n\t\f\v\u2028\u2029]+/g, ' ' ).replace( /[\u0000-\u0008\u000e-\u001f\u007f]/g, '\ufffd' );
}

export function wikiText( text: string ): string {
	// A cell leaves no bidi control open for the rest of its line (issue 22).
	const flat = closeBidi( oneLine( text ) );
	if ( PLAIN.test( flat ) ) {
		return flat;
	}
	return '<nowiki>' + flat.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ).replace( />/g, '&gt;' ) + '</nowiki>';
}

/** An external link, only for a plain http(s) URL (else just the escaped label). */
export function wikiLink( url: string, label: string ): string {
	return /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~%/-]*)?$/.test( url ) ?
		'[' + url + ' ' + wikiText( label ) + ']' : wikiText( label );
}
