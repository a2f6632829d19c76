/**
 * Wikidata identifiers. Every id that goes into SPARQL or a URL passes through here first: ids come
 * from URLs, placeholders, configuration and query results, all of which an attacker can shape.
 */

const QID = /^Q[1-9]\d{0,11}$/;
const ENTITY_URI = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9]\d{0,11})$/;

export function isQid( value: unknown ): value is string {
	return typeof value === 'string' && QID.test( value );
}

/** The id, or an Error naming the bad value (callers must not build a query with it). */
export function assertQid( value: unknown ): string {
	if ( !isQid( value ) ) {
		throw new Error( 'Not a Wikidata item id: ' + String( value ).slice( 0, 40 ) );
	}
	return value;
}

/** `http://www.wikidata.org/entity/Q42` → `Q42`; anything else → null. */
export function qidFromUri( uri: unknown ): string | null {
	if ( typeof uri !== 'string' ) {
		return null;
	}
	const m = ENTITY_URI.exec( uri );
	return m ? m[ 1 ] : null;
}

/** Valid ids of a list, deduplicated, order kept; invalid ones dropped. */
export function validQids( values: unknown[] ): string[] {
	const out: string[] = [];
	// A Set, not out.includes: linear however long the list (issue 22, item 1).
	const seen = new Set<string>();
	for ( const v of values ) {
		if ( isQid( v ) && !seen.has( v ) ) {
			seen.add( v );
			out.push( v );
		}
	}
	return out;
}

/** A BCP 47-ish language code as Wikidata uses them (es, pt-br, zh-hant, mul). */
export function isLanguageCode( value: unknown ): value is string {
	return typeof value === 'string' && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test( value );
}
