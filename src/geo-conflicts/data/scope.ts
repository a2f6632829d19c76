/**
 * The original Geo Conflictos tool's scope as a choice: it also queried environmental disasters
 * (Q3193890) and oil spills (Q220187) — events rather than conflicts, left out of the defaults.
 * With the switch on, the dashboard queries the configured classes plus these; the items only
 * they bring are the ones typed outside the configured classes (the modelling assistant lists
 * them).
 */
import type { Conflict } from './types';
import { quickStatement } from './modelling';

export const ORIGINAL_TOOL_EXTRA_CLASSES: readonly string[] = [ 'Q3193890', 'Q220187' ];

export type Scope = 'configured' | 'original';

/** The classes a scope queries (the configured ones first, no duplicates). */
export function scopeClasses( configured: string[], scope: Scope ): string[] {
	const out = configured.slice();
	if ( scope === 'original' ) {
		for ( const c of ORIGINAL_TOOL_EXTRA_CLASSES ) {
			if ( !out.includes( c ) ) {
				out.push( c );
			}
		}
	}
	return out;
}

/**
 * Items none of whose classes (P31) is a configured class or one of its subclasses (`closure`,
 * data/subclasses.ts): what the wider scope adds.
 */
export function outsideConfigured( conflicts: Conflict[], closure: string[] ): Conflict[] {
	return conflicts.filter( ( c ) => !c.classes.some( ( cl ) => closure.includes( cl ) ) );
}

/** Lines that would type such an item as `root` too — for an editor who judges it a conflict. */
export function typeLines( items: Conflict[], root: string ): string[] {
	return items.map( ( c ) => quickStatement( c.id, 'P31', root ) );
}
