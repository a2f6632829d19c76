/**
 * The language code of a Wikipedia from its subdomain (`no` → `nb`, `zh-min-nan` → `nan`,
 * `be-x-old` → `be-tarask`, `zh-yue` → `yue`): the codes MediaWiki and Content Translation use.
 * One table, derived from the Foundation's wiki table by build/canonical-data.mjs (only the
 * subdomains whose code differs; every other subdomain is its own code).
 */
import table from './wikipedia-languages.json';

const CODES: Readonly<Record<string, string>> = table.languages;

export function languageCodeOf( subdomain: string ): string {
	return Object.prototype.hasOwnProperty.call( CODES, subdomain ) ? CODES[ subdomain ] : subdomain;
}
