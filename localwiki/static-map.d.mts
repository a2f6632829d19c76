export function mercatorPixel( lat: number, lon: number, worldSize: number ): [ number, number ];
export function staticMapPng( rel: string ): Buffer | null;
