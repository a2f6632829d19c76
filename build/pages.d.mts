export function banner( what: string ): string;
export function jsPage( what: string, code: string ): string;
export function cssPage( what: string, code: string ): string;
