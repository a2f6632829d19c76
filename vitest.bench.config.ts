// Runs the jsdom benches (bench/*.jsdom.ts) with the unit tests' environment: the same mw stand-in
// and the same virtual message modules. Started by bench/conflicts-scale.bench.ts.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig( base, defineConfig( {
	test: {
		include: [ 'bench/**/*.jsdom.ts' ],
		testTimeout: 600000,
		hookTimeout: 600000,
	},
} ) );
