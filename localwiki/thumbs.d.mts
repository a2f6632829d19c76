export function thumbnailPlaceholder( rel: string ): Buffer | null;
