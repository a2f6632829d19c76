/**
 * The ISO code of a country's Wikidata item, from the Foundation's country table
 * (country-codes.json, derived by build/canonical-data.mjs from wikimedia-research/canonical-data
 * `wikidata_id`). Apart from core/regions.ts so that only the gadget that names items (Geo
 * Conflicts) carries the table.
 */
import table from './country-codes.json';

const CODES: Readonly<Record<string, string>> = table.codes;

/** The ISO 3166-1 alpha-2 code of a country or territory's Wikidata item, or null. */
export function countryCodeOfItem( qid: string ): string | null {
	return Object.prototype.hasOwnProperty.call( CODES, qid ) ? CODES[ qid ] : null;
}
