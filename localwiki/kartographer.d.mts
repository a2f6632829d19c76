export const MAPFRAME_MODES: string[];
export function ensureMapLibrary( options?: { log?: ( line: string ) => void } ): Promise<void>;
