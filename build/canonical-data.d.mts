export const TABLES: Record<'countries' | 'countriesBefore2024' | 'wikis', { file: string; path: string; commit: string; date: string }>;
export const OUTPUTS: { countries: string; languages: string; items: string };
export function defaultDir(): string | null;
export function readTable( dir: string, file: string ): Record<string, string>[];
export function derive( dir: string ): { countries: unknown; languages: unknown; items: unknown };
export function serialize( value: unknown ): string;
