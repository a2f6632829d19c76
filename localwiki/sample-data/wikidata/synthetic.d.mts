import type { ItemDescription } from '../../wdqs/turtle.mjs';
export function syntheticItems( options?: { count?: number; countries?: number; seed?: number } ): { items: ItemDescription[]; conflicts: ItemDescription[]; places: ItemDescription[] };
