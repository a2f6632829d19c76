// Types for turtle.mjs (the compact item format is described there).
export interface ItemDescription { id: string; labels?: Record<string, string>; descriptions?: Record<string, string>; claims?: Record<string, unknown[]>; sitelinks?: Record<string, string>; hostile?: boolean }
export const PREFIXES: Record<string, string>;
export const PROPERTY_TYPES: Record<string, string>;
export function siteOf( siteId: string ): { base: string; lang: string };
export function articleUrl( siteId: string, title: string ): string;
export function commonsFileIri( file: string ): string;
export function itemTurtle( item: ItemDescription ): string;
export function propertiesTurtle( properties?: Record<string, string> ): string;
export function datasetTurtle( items: ItemDescription[], options?: { properties?: boolean } ): string;
