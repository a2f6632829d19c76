export function tilePng( rel: string ): Buffer | null;
