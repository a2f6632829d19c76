/**
 * Country and region names in the reader's language, from CLDR through Intl.DisplayNames (which
 * knows ISO 3166-1 alpha-2 codes and the UN M49 area codes), shared by both gadgets.
 */

/** One DisplayNames and its answers per language list, made once per page. */
const byLanguages = new Map<string, { names: Intl.DisplayNames | null; known: Map<string, string | null> }>();

/** Tags Intl accepts, in order (a MediaWiki code such as `simple` or `mul` is left to Intl). */
function validTags( languages: string[] ): string[] {
	const out: string[] = [];
	for ( const lang of languages ) {
		try {
			out.push( ...Intl.getCanonicalLocales( lang ) );
		} catch ( e ) {
			// Not a BCP 47 tag: skipped, the next language of the chain answers.
		}
	}
	return out;
}

/**
 * The name of region `code` (ISO 3166-1 alpha-2 `CL`, or M49 `419`) in the first of `languages`
 * CLDR has (the reader's fallback chain), or null when there is none: no Intl.DisplayNames, or
 * a code CLDR does not name (it would answer the code itself).
 */
export function regionName( code: string, languages: string[] ): string | null {
	const key = languages.join( ',' );
	let entry = byLanguages.get( key );
	if ( !entry ) {
		let names: Intl.DisplayNames | null;
		try {
			names = new Intl.DisplayNames( validTags( languages ), { type: 'region' } );
		} catch ( e ) {
			names = null; // old browsers
		}
		entry = { names, known: new Map() };
		byLanguages.set( key, entry );
	}
	let name = entry.known.get( code );
	if ( name === undefined ) {
		try {
			name = entry.names && entry.names.of( code ) || null;
		} catch ( e ) {
			name = null; // not a region code
		}
		name = name && name !== code ? name : null;
		entry.known.set( code, name );
	}
	return name;
}
