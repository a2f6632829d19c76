/**
 * Link validation without the DOM (the data layer also runs in tests and workers): only https
 * URLs on Wikimedia hosts survive; `javascript:`, `data:`, plain http and third parties are
 * dropped.
 */

const WIKIMEDIA_HOST = /(^|\.)(wikipedia|wikimedia|wikidata|wiktionary|wikibooks|wikinews|wikiquote|wikisource|wikiversity|wikivoyage|mediawiki)\.org$/;

export function wikimediaHttpsUrl( value: unknown ): string | null {
	if ( typeof value !== 'string' || value.length > 2000 ) {
		return null;
	}
	let url: URL;
	try {
		url = new URL( value );
	} catch ( e ) {
		return null;
	}
	if ( url.protocol !== 'https:' || url.username || url.password || !WIKIMEDIA_HOST.test( url.hostname ) ) {
		return null;
	}
	return url.href;
}

/**
 * A page title from an article URL `https://es.wikipedia.org/wiki/Pascua_Lama` → `Pascua Lama`;
 * null when the decoded text could not be a MediaWiki title (MediaWikiTitleCodec's rules: no
 * control or forbidden characters, no percent escapes left, no relative path segments), so it never
 * becomes a link that climbs out of /wiki/ (`../w/api.php`). Namespaces are checked by the UI with
 * mw.Title.
 */
export function titleFromArticleUrl( href: string ): string | null {
	const m = /^https:\/\/[^/]+\/wiki\/([^?#]+)$/.exec( href );
	if ( !m ) {
		return null;
	}
	let title: string;
	try {
		title = decodeURIComponent( m[ 1 ] ).replace( /_/g, ' ' ).trim();
	} catch ( e ) {
		return null;
	}
	return isTitleText( title ) ? title : null;
}

/** Text MediaWiki would accept as a title (before namespace rules). */
export function isTitleText( title: string ): boolean {
	return !!title && title.length <= 255 && title.charAt( 0 ) !== ':' &&
		!/[#<>[\]{}|]|%[0-9A-Fa-f]{2}|&[A-Za-z0-9#]+;|~{3}/.test( title ) && !hasControlCharacter( title ) &&
		!/^\.\.?$|^\.\.?\/|\/\.\.?\/|\/\.\.?$/.test( title );
}

function hasControlCharacter( text: string ): boolean {
	for ( let i = 0; i < text.length; i++ ) {
		const code = text.charCodeAt( i );
		if ( code < 0x20 || ( code >= 0x7f && code < 0xa0 ) ) {
			return true;
		}
	}
	return false;
}

/** A Commons file name from a P18 value (`http://commons.wikimedia.org/wiki/Special:FilePath/X.jpg`). */
export function commonsFileName( value: unknown ): string | null {
	if ( typeof value !== 'string' ) {
		return null;
	}
	const m = /^https?:\/\/commons\.wikimedia\.org\/wiki\/Special:FilePath\/([^?#/]+)$/.exec( value );
	let name: string;
	try {
		name = m ? decodeURIComponent( m[ 1 ] ) : value;
	} catch ( e ) {
		return null;
	}
	name = name.replace( /_/g, ' ' );
	// A valid MediaWiki title: no URL parts, no control or forbidden characters.
	if ( !m && /[:/]/.test( name ) ) {
		return null;
	}
	if ( !name || name.length > 240 || /[#<>[\]{}|]/.test( name ) || hasControlCharacter( name ) ) {
		return null;
	}
	return name;
}

/** A Commons category name (P373) or null when it could not be a title. */
export function commonsCategoryName( value: unknown ): string | null {
	if ( typeof value !== 'string' ) {
		return null;
	}
	const name = value.trim();
	if ( !name || name.length > 240 || /[#<>[\]{}|/:]/.test( name ) || hasControlCharacter( name ) ) {
		return null;
	}
	return name;
}
