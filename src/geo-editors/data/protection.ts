/**
 * Why a country has no row in the release, from the Wikimedia Foundation's country table
 * (wikimedia-research/canonical-data `country/countries.tsv`; canonical-countries.json, derived by
 * build/canonical-data.mjs with the tables' commits, held to them by
 * tests/unit/canonical-data.test.ts). Before 2024-01 the release withheld the countries of the
 * older protection list (`is_protected` of the table at 2023-12-22, 35 countries); since, the
 * countries whose `data_risk_classification` is "Not published" (9). Hong Kong is one of those nine
 * but not `is_protected`: it is "never published", not "protected"; before 2024 it was published.
 */
import canonical from './canonical-countries.json';

/** The countries withheld since 2024-01 (risk class "Not published"). */
export const PROTECTED_SINCE_2024: readonly string[] = canonical.notPublished;

/** The older protection list, applied before 2024-01. */
export const PROTECTED_BEFORE_2024: readonly string[] = canonical.protectedBefore2024;

/** First month of the current list. */
export const CURRENT_LIST_FROM = '2024-01';

/**
 * Why a country has no row in a month: on the protection list, never published (risk class "Not
 * published" without being on the list), or simply not published (below the threshold).
 */
export type Absence = 'protected' | 'never-published' | 'not-published';

/** The Foundation's data risk class of a country since 2024 (null: not in the table). */
export function riskClass( code: string ): 'lower' | 'medium' | 'higher' | 'not-published' | null {
	if ( canonical.notPublished.includes( code ) ) {
		return 'not-published';
	}
	return canonical.higherRisk.includes( code ) ? 'higher' : canonical.mediumRisk.includes( code ) ? 'medium' :
		/^[A-Z]{2}$/.test( code ) && canonical.known.includes( code ) ? 'lower' : null;
}

/** Whether the release withholds this country in this month (the list of that month). */
export function isProtected( code: string, month: string ): boolean {
	if ( !/^\d{4}-\d{2}$/.test( month ) ) {
		return false;
	}
	return ( month < CURRENT_LIST_FROM ? PROTECTED_BEFORE_2024 : PROTECTED_SINCE_2024 ).includes( code );
}

export function absenceOf( code: string, month: string ): Absence {
	if ( !isProtected( code, month ) ) {
		return 'not-published';
	}
	return month >= CURRENT_LIST_FROM && !canonical.protected.includes( code ) ? 'never-published' : 'protected';
}

/** The countries withheld in a month, in the table's order. */
export function withheldIn( month: string ): readonly string[] {
	return month < CURRENT_LIST_FROM ? PROTECTED_BEFORE_2024 : PROTECTED_SINCE_2024;
}

/**
 * Whether a month was released under the older, longer list.
 */
export function olderList( month: string ): boolean {
	return month < CURRENT_LIST_FROM;
}
