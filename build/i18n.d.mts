export function readFolder( folder: string ): Record<string, Record<string, string>>;
export function gadgetBundle( gadget: string ): Record<string, Record<string, string>>;
export function pickKeys( bundle: Record<string, Record<string, string>>, keys: string[] ): Record<string, Record<string, string>>;
export function i18nModule( id: string, gadgets: Record<string, unknown> ): Record<string, Record<string, string>> | null;
export function readGadgets(): Record<string, { id: string; loader: { messages?: string[] } }>;
