/**
 * The Wikimedia Foundation's Country and Territory Protection List as the release applies it:
 * a country on it has no row at all, whatever its number of editors. The list changed with the
 * release of 2024-01: before, 35 countries were withheld; since, these 9 (DESIGN.md §3, from the
 * release's documentation). We name only the 9 we know: before 2024 another absent country may be
 * on the older list or below the threshold, and the views say "not published" for it.
 */
export const PROTECTED_SINCE_2024 = [ 'CN', 'HK', 'CU', 'IR', 'MO', 'MM', 'KP', 'SY', 'VN' ] as const;

/** First month of the current (9-country) list. */
export const CURRENT_LIST_FROM = '2024-01';

/** Why a country has no row in a month: on the protection list, or simply not published. */
export type Absence = 'protected' | 'not-published';

/**
 * Whether the release withholds this country in this month because of the protection list (as far
 * as we know).
 */
export function isProtected( code: string, month: string ): boolean {
	// The 9 were withheld before 2024 too: the old list of 35 included them (the new list was a
	// reduction).
	return ( PROTECTED_SINCE_2024 as readonly string[] ).includes( code ) && /^\d{4}-\d{2}$/.test( month );
}

export function absenceOf( code: string, month: string ): Absence {
	return isProtected( code, month ) ? 'protected' : 'not-published';
}

/**
 * Whether a month was released under the older, longer list (absent countries may be protected).
 */
export function olderList( month: string ): boolean {
	return month < CURRENT_LIST_FROM;
}
