export interface ModuleDefinition {
	dependencies?: string[]; rights?: string[]; skins?: string[]; actions?: string[]; namespaces?: string[];
	contentModels?: string[]; default?: boolean; hidden?: boolean; supportsUrlLoad?: boolean;
}
export function definitionLine( id: string, module: ModuleDefinition, files: string[] ): string;
export function jsonDefinition( module: ModuleDefinition, files: string[], section: string ): unknown;
