import { defineConfig } from 'vitest/config';

// End-to-end tests: a real MediaWiki (php -S) + the fixture server + Chromium.
// One wiki for the whole run (global setup), files run one after another.
export default defineConfig( {
	test: {
		environment: 'node',
		include: [ 'tests/e2e/**/*.e2e.ts' ],
		globalSetup: [ 'tests/e2e/global-setup.ts' ],
		fileParallelism: false,
		maxWorkers: 1,
		testTimeout: 120_000,
		hookTimeout: 180_000,
		teardownTimeout: 60_000,
	},
} );
