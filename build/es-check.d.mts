export function es2017Error( code: string ): string | null;
