export function markerPinSvg( rel: string ): string | null;
