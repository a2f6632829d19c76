export const MONTHLY: string;
export const SYNTHETIC_MONTHS: string[];
export function monthRows( month: string ): string;
export function fileName( month: string ): string;
export function rng( seed: number ): () => number;
