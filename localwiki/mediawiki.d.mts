// Types for mediawiki.mjs (used by its unit test).
export const WANTED_BRANCH: string;
export const WANTED_SUITE: string;
export const SYSTEM_DIR: string;
export const CACHE_DIR: string;
export type MediaWikiSource = 'system' | 'cache' | 'install' | 'download' | 'unavailable';
export function readVersion( dir: string ): string | null;
export function isWanted( version: string | null | undefined ): boolean;
export function chooseSource( facts: {
	systemVersion: string | null; cachedVersion: string | null; candidate: string | null;
	canInstall: boolean; hasApt: boolean;
} ): MediaWikiSource;
export function debianMirror( files?: string[] ): string | null;
export function ensureMediaWiki( opts?: { cacheDir?: string; log?: ( line: string ) => void } ): Promise<{ dir: string; version: string; source: MediaWikiSource }>;
