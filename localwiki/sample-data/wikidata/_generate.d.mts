export const HEADER: string;
export function sampleTurtle(): string;
