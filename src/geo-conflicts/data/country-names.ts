/**
 * A conflict's countries named in the reader's language (issue 23 item 6): CLDR's name of the
 * country's ISO 3166-1 code (Intl.DisplayNames over the reader's fallback chain, core/regions.ts),
 * the code from the Foundation's country table by the country's Wikidata item. A country without an
 * ISO code there (a former state, a disputed territory), or one CLDR does not name, keeps its
 * Wikidata label — the label service's, in the reader's chain when live; the snapshot's languages
 * when read from the published snapshot.
 */
import { regionName } from '../../core/regions';
import { countryCodeOfItem } from '../../core/country-codes';
import type { Conflict, ItemRef } from './types';

/** The reader's chain as Intl takes it: `mul` (Wikidata's "default for all languages") left out. */
function chain( languages: string[] ): string[] {
	return languages.filter( ( l ) => l !== 'mul' );
}

/** The name of country item `id` in the reader's language, or null when CLDR has none for it. */
export function countryName( id: string, languages: string[] ): string | null {
	const code = countryCodeOfItem( id );
	return code ? regionName( code, chain( languages ) ) : null;
}

/** A country reference named in the reader's language where its ISO code allows. */
export function localCountry( ref: ItemRef, languages: string[] ): ItemRef {
	const name = countryName( ref.id, languages );
	return name ? { id: ref.id, label: name, labelMissing: false } : ref;
}

function collator( languages: string[] ): Intl.Collator {
	try {
		return new Intl.Collator( chain( languages ) );
	} catch ( e ) {
		return new Intl.Collator( 'en' );
	}
}

/**
 * The conflicts with their countries named in the reader's language, in its alphabetical order (as
 * the normaliser orders labels). New objects: a cached answer is never changed.
 */
export function localiseCountries( conflicts: Conflict[], languages: string[] ): Conflict[] {
	const order = collator( languages );
	return conflicts.map( ( c ) => c.countries.length ?
		Object.assign( {}, c, { countries: c.countries.map( ( r ) => localCountry( r, languages ) )
			.sort( ( a, b ) => order.compare( a.label, b.label ) ) } ) : c );
}
