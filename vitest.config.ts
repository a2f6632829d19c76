import { defineConfig } from 'vitest/config';
import { i18nModule, readGadgets } from './build/i18n.mjs';
import { pickTokens } from './build/tokens.mjs';

const gadgets = readGadgets();

export default defineConfig( {
	// The gadget's build (core/modules.ts); the user script's is tried on the real wiki (e2e).
	define: { __USER_SCRIPT__: 'false' },
	plugins: [ {
		// The same virtual message modules build.mjs provides.
		name: 'i18n',
		resolveId: ( id: string ) => ( /^i18n(-loader|-pick|-en)?:/.test( id ) ? '\0' + id : null ),
		load: ( id: string ) => ( id.startsWith( '\0i18n' ) ?
			'export default ' + JSON.stringify( i18nModule( id.slice( 1 ), gadgets ) ) + ';' : null ),
	}, {
		// The same Codex token modules build.mjs provides, from @wikimedia/codex-design-tokens.
		name: 'codex-tokens',
		resolveId: ( id: string ) => ( id.startsWith( 'codex-tokens:' ) ? '\0' + id : null ),
		load: ( id: string ) => ( id.startsWith( '\0codex-tokens:' ) ?
			'export default ' + JSON.stringify( pickTokens( id.slice( '\0codex-tokens:'.length ).split( ',' ) ) ) + ';' : null ),
	} ],
	test: {
		environment: 'jsdom',
		include: [ 'src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'localwiki/**/*.test.ts' ],
		setupFiles: [ 'tests/unit/setup.ts' ],
		// jsdom tests that draw a dashboard take 1–2 s alone; on a loaded 2-core machine 5 s is too
		// tight.
		testTimeout: 20_000,
	},
} );
