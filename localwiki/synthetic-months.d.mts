export function syntheticMonthBody( roots: string[], rel: string ): Promise<Buffer | null>;
export function releaseNames( names: string[] ): string[];
