/**
 * What a conflict is about, as Wikidata models it: who takes part and who runs or owns the
 * project, causes and effects, what it is part of, what it produces or uses. Property ids checked
 * against Wikidata's property pages: P710 participant, P137 operator, P127 owned by, P828 has
 * cause, P1542 has effect, P361 part of, P1056 product or material produced, P2283 uses.
 */
import type { Conflict, ItemRef } from './types';

export const ABOUT_PROPERTIES = [ 'P710', 'P137', 'P127', 'P828', 'P1542', 'P361', 'P1056', 'P2283' ] as const;
export type AboutProperty = typeof ABOUT_PROPERTIES[ number ];

/**
 * The ones every conflict sheet should tell (EJAtlas asks each of them): when absent they are
 * shown as "not recorded on Wikidata" with an edit link; the others only where modelled.
 */
export const EXPECTED_ABOUT: readonly AboutProperty[] = [ 'P710', 'P137', 'P127', 'P828', 'P1542' ];

/**
 * The items a conflict's statements of `property` point to (none for answers cached before this
 * field).
 */
export function aboutRefs( c: Conflict, property: AboutProperty ): ItemRef[] {
	return ( c.about && c.about[ property ] ) || [];
}
