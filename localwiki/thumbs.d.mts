export function thumbnailJpeg( rel: string ): Buffer | null;
