// Types for entities.mjs.
export function wbgetentities( store: import( 'oxigraph' ).Store, params: URLSearchParams ): { entities?: Record<string, Record<string, unknown>>; success?: number; error?: { code: string; info: string } };
