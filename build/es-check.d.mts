export const ES_VERSION: number;
export const ES_TARGET: string;
export function syntaxError( code: string ): string | null;
