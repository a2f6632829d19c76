/**
 * Messages: banana JSON bundled per gadget, registered with mw.messages.set for the first language
 * of the user's fallback chain that has each key, shown with mw.message (PLURAL/GENDER through
 * mediawiki.jqueryMsg). Site admins override any key on-wiki (MediaWiki:<key>, and /<lang>).
 */
import { cacheGet, cacheSet, HOUR } from './cache';

export type MessageBundle = Record<string, Record<string, string>>;

export function userLanguage(): string {
	return String( mw.config.get( 'wgUserLanguage' ) || 'en' );
}

/** The user's language chain, most preferred first, always ending with English. */
export function languageChain(): string[] {
	let chain: string[];
	try {
		chain = mw.language.getFallbackLanguageChain();
	} catch ( e ) {
		chain = [ userLanguage() ];
	}
	if ( !chain.includes( 'en' ) ) {
		chain = chain.concat( 'en' );
	}
	return chain;
}

/**
 * Register the bundle's strings: for each key the most preferred language that has it.
 * Keys already customised on-wiki win (see loadSiteOverrides). Returns the keys set.
 */
export function registerMessages( bundle: MessageBundle ): string[] {
	const chain = languageChain();
	const values: Record<string, string> = {};
	for ( let i = chain.length - 1; i >= 0; i-- ) {
		// Own keys only: `uselang=constructor` is a valid language code for MediaWiki.
		const strings = Object.prototype.hasOwnProperty.call( bundle, chain[ i ] ) ?
			bundle[ chain[ i ] ] : null;
		if ( strings ) {
			Object.assign( values, strings );
		}
	}
	mw.messages.set( values );
	return Object.keys( values );
}

/**
 * A message as plain text, with parameters ($1, PLURAL …). Missing keys show as ⧼key⧽, never crash.
 */
export function msg( key: string, ...params: ( string | number )[] ): string {
	return mw.message( key, ...params ).text();
}

/**
 * On-wiki overrides: messages a site has customised (MediaWiki:Geo-editors-title, or …/es for one
 * language). allmessages only enumerates messages MediaWiki itself knows, so first list the
 * override pages that exist, then read just those keys in the user's language (with its fallbacks).
 * Done when the heavy module runs, never on plain page views, and cached for an hour.
 */
export async function loadSiteOverrides( prefixes: string[] ): Promise<void> {
	const lang = userLanguage();
	const key = 'messages-overrides:' + mw.config.get( 'wgDBname' ) + ':' + lang + ':' + prefixes.join( ',' );
	let overrides = await cacheGet<Record<string, string>>( key );
	if ( !overrides ) {
		try {
			overrides = await fetchOverrides( prefixes, lang );
			await cacheSet( key, overrides, HOUR );
		} catch ( e ) {
			// Not fatal: the bundled strings stay in place.
			return;
		}
	}
	mw.messages.set( overrides );
}

async function fetchOverrides( prefixes: string[], lang: string ): Promise<Record<string, string>> {
	const api = new mw.Api();
	const keys: string[] = [];
	for ( const prefix of prefixes ) {
		const listed = await api.get( {
			action: 'query',
			list: 'allpages',
			apnamespace: 8,
			apprefix: prefix.charAt( 0 ).toUpperCase() + prefix.slice( 1 ),
			aplimit: 'max',
			formatversion: 2,
		} ) as { query?: { allpages?: { title: string }[] } };
		for ( const page of ( listed.query && listed.query.allpages ) || [] ) {
			// "MediaWiki:Geo-editors-title/es" → "geo-editors-title"
			const name = page.title.replace( /^[^:]*:/, '' ).replace( /\/.*$/, '' );
			const messageKey = name.charAt( 0 ).toLowerCase() + name.slice( 1 );
			if ( !keys.includes( messageKey ) ) {
				keys.push( messageKey );
			}
		}
	}
	const overrides: Record<string, string> = {};
	// allmessages takes at most 50 names a request.
	for ( let i = 0; i < keys.length; i += 50 ) {
		const response = await api.get( {
			action: 'query',
			meta: 'allmessages',
			ammessages: keys.slice( i, i + 50 ).join( '|' ),
			amlang: lang,
			formatversion: 2,
		} ) as {
			query?: { allmessages?: { name: string; content?: string; missing?: boolean }[] };
		};
		for ( const m of ( response.query && response.query.allmessages ) || [] ) {
			if ( !m.missing && typeof m.content === 'string' ) {
				overrides[ m.name ] = m.content;
			}
		}
	}
	return overrides;
}

let numberFormats: Record<string, Intl.NumberFormat> = {};
let dateFormats: Record<string, Intl.DateTimeFormat> = {};

/** A number in the user's language (digits, separators). */
export function formatNumber( n: number, options?: Intl.NumberFormatOptions ): string {
	const id = JSON.stringify( options || {} );
	let format = numberFormats[ id ];
	if ( !format ) {
		try {
			format = new Intl.NumberFormat( userLanguage(), options );
		} catch ( e ) {
			format = new Intl.NumberFormat( 'en', options );
		}
		numberFormats[ id ] = format;
	}
	// Typeset negatives with the minus sign (U+2212), not the hyphen Intl writes in most locales:
	// "−12", as Wikipedia's style asks. Machine formats (CSV, JSON, .tab, sort keys) never come here.
	return n < 0 ? format.format( n ).replace( /-/g, '\u2212' ) : format.format( n );
}

/** For tests: the language changed. */
export function resetFormats(): void {
	numberFormats = {};
	dateFormats = {};
}

/**
 * A date format in the user's language, built once per options: building an Intl.DateTimeFormat
 * costs far more than formatting with one (a dashboard formats thousands of months).
 */
function dateFormat( options: Intl.DateTimeFormatOptions ): Intl.DateTimeFormat {
	const id = userLanguage() + JSON.stringify( options );
	let format = dateFormats[ id ];
	if ( !format ) {
		try {
			format = new Intl.DateTimeFormat( userLanguage(), Object.assign( { timeZone: 'UTC' }, options ) );
		} catch ( e ) {
			format = new Intl.DateTimeFormat( 'en', Object.assign( { timeZone: 'UTC' }, options ) );
		}
		dateFormats[ id ] = format;
	}
	return format;
}

/**
 * 'YYYY-MM' → "August 2023" / "agosto de 2023"; `short` → "Aug 2023". Invalid input comes back as
 * is.
 */
export function formatMonth( month: string, style: 'long' | 'short' = 'long' ): string {
	const m = /^(\d{4})-(\d{2})$/.exec( month );
	if ( !m ) {
		return month;
	}
	return dateFormat( { year: 'numeric', month: style } ).format( new Date( Date.UTC( +m[ 1 ], +m[ 2 ] - 1, 1 ) ) );
}

/** The name of month m (0–11) alone, e.g. for the columns of a year × month heatmap. */
export function formatMonthName( m: number, style: 'long' | 'short' = 'short' ): string {
	return dateFormat( { month: style } ).format( new Date( Date.UTC( 2000, m, 1 ) ) );
}

/**
 * An ISO date ('2019-03-01' or a full timestamp) at a Wikidata precision: 9 year, 10 month, 11 day.
 * Never throws: a year Date cannot hold (beyond ±275,760) or a nonsense month falls back to plainer
 * text. `short` abbreviates the month ("Aug 13, 2023"), e.g. for the labels of a time axis.
 */
export function formatDate( iso: string, precision = 11, style: 'long' | 'short' = 'long' ): string {
	const m = /^([+-]?\d{1,6})-(\d{2})-(\d{2})/.exec( iso );
	if ( !m ) {
		return iso;
	}
	const year = +m[ 1 ];
	if ( precision <= 9 ) {
		return String( year );
	}
	const month = Math.min( 12, Math.max( 1, +m[ 2 ] ) );
	const day = Math.min( 31, Math.max( 1, +m[ 3 ] ) );
	const date = new Date( Date.UTC( 2000, month - 1, day ) );
	date.setUTCFullYear( year );
	try {
		return precision === 10 ?
			dateFormat( { year: 'numeric', month: style } ).format( date ) :
			dateFormat( { year: 'numeric', month: style, day: 'numeric' } ).format( date );
	} catch ( e ) {
		// RangeError: Invalid time value.
		const monthName = formatMonthName( month - 1, 'long' );
		return ( precision === 10 ? '' : day + ' ' ) + monthName + ' ' + year;
	}
}

/**
 * The reader's clock time `seconds` from now ("14:05"; with the date when not today), for "try
 * again after …". Local time zone: it is the reader's clock that matters here.
 */
export function formatTimeAfter( seconds: number, now = Date.now() ): string {
	const at = new Date( now + Math.max( 0, seconds ) * 1000 );
	const sameDay = at.toDateString() === new Date( now ).toDateString();
	const options: Intl.DateTimeFormatOptions = sameDay ? { hour: '2-digit', minute: '2-digit' } :
		{ day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' };
	try {
		return new Intl.DateTimeFormat( userLanguage(), options ).format( at );
	} catch ( e ) {
		return new Intl.DateTimeFormat( 'en', options ).format( at );
	}
}

/** A language's name in the reader's language (Intl.DisplayNames); the code where it has none. */
export function languageName( code: string ): string {
	try {
		// eslint-disable-next-line compat/compat -- browsers without it throw here and get the code
		const name = new Intl.DisplayNames( [ userLanguage(), 'en' ], { type: 'language' } ).of( code );
		return name || code;
	} catch ( e ) {
		return code;
	}
}
