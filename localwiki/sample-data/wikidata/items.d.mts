// Types for items.mjs.
import type { ItemDescription } from '../../wdqs/turtle.mjs';
export const PLACES: ItemDescription[];
export const CLASSES: ItemDescription[];
export const CONFLICTS: ItemDescription[];
export const OTHERS: ItemDescription[];
export const ITEMS: ItemDescription[];
export const EVENT_CLASSES: ItemDescription[];
export const EVENTS: ItemDescription[];
