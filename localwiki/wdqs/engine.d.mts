// Types for engine.mjs (used by the TypeScript unit tests and the bench).
export interface SparqlJson { head: { vars: string[] }; results: { bindings: Array<Record<string, { type: string; value: string; 'xml:lang'?: string; datatype?: string }>> } }
export interface Engine {
	store: import( 'oxigraph' ).Store;
	files: string[];
	select( query: string ): SparqlJson;
	serialise( query: string, format: 'json' | 'xml' ): string;
}
export const SAMPLE_RDF_DIR: string;
export const WDQS_PREFIXES: Record<string, string>;
export class QueryError extends Error { status: number }
export function prepareQuery( query: string ): string;
export function turtleFiles( dir: string ): string[];
export function createEngine( options?: { turtle?: string[]; files?: string[] } ): Engine;
export function answerHttp( engine: Engine, params: URLSearchParams, accept?: string ): { status: number; headers: Record<string, string>; body: string };
