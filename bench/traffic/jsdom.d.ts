// The little of jsdom's API that bench/traffic/view.ts uses (the package ships no types, and
// @types/jsdom is not a dependency).
declare module 'jsdom' {
	export class JSDOM {
		public constructor( html: string, options?: { url?: string; runScripts?: 'outside-only' | 'dangerously' } );

		public window: Window & typeof globalThis & { eval( code: string ): unknown; close(): void };
	}
}
