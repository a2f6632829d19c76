// Types for fixture-server.mjs (used by the TypeScript e2e tests).
export const DEFAULT_ROOT: string;
export interface FixtureServer { url: string; port: number; close(): Promise<void> }
export function startFixtureServer( opts?: { port?: number; host?: string; roots?: string[] } ): Promise<FixtureServer>;
export function matchRoute<R extends { params?: Record<string, string>; contains?: string[] }>( rules: R[], params: URLSearchParams ): R | null;
export function greyPng( size?: number, grey?: number ): Buffer;
/** The CORS headers a real host sends on `pathname` (Retry-After exposed by the Action API only), or as `expose` says. */
export function corsHeadersFor( pathname: string, expose?: boolean ): Record<string, string>;
