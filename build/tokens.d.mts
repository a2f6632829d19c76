export interface CodexTokens { version: string; light: Record<string, string>; dark: Record<string, string> }
export function codexTokens(): CodexTokens;
export function pickTokens( names: string[] ): { light: Record<string, string>; dark: Record<string, string> };
export function fallbackProblems( css: string, file: string ): string[];
export function fillFallbacks( css: string, file: string ): string;
