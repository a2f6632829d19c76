/**
 * What changed between two lists of conflicts (the published snapshot and a live answer): added,
 * removed, and changed — any field a view shows differs (status aside: both are computed for today).
 */
import { packConflict } from './snapshot';
import type { Conflict } from './types';

export interface Changes {
	added: string[];
	removed: string[];
	changed: string[];
}

export function conflictChanges( before: Conflict[], after: Conflict[] ): Changes {
	const old: Record<string, string> = {};
	before.forEach( ( c ) => {
		old[ c.id ] = JSON.stringify( packConflict( c ) );
	} );
	const seen: Record<string, boolean> = {};
	const changes: Changes = { added: [], removed: [], changed: [] };
	for ( const c of after ) {
		seen[ c.id ] = true;
		if ( !( c.id in old ) ) {
			changes.added.push( c.id );
		} else if ( old[ c.id ] !== JSON.stringify( packConflict( c ) ) ) {
			changes.changed.push( c.id );
		}
	}
	changes.removed = before.filter( ( c ) => !seen[ c.id ] ).map( ( c ) => c.id );
	return changes;
}
