// Types for entities.mjs.
export function wbgetentities( store: import( 'oxigraph' ).Store, params: URLSearchParams ): { entities?: Record<string, Record<string, unknown>>; success?: number; error?: { code: string; info: string } };
export function entityData( store: import( 'oxigraph' ).Store, id: string ): { status: number; body: { entities: Record<string, Record<string, unknown>> } | null };
