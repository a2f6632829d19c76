import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
	{ ignores: [ 'dist/', 'node_modules/', '.localwiki/', 'test-artifacts/' ] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node, mw: 'readonly', $: 'readonly' } },
		rules: {
			'@typescript-eslint/no-unused-vars': [ 'error', { argsIgnorePattern: '^_', caughtErrors: 'none' } ],
			// Attacker-controlled Wikidata text runs in a logged-in session: no HTML strings, no eval.
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'no-new-func': 'error',
			'no-restricted-properties': [ 'error',
				{ property: 'innerHTML', message: 'Build DOM with src/core/dom.ts' },
				{ property: 'outerHTML', message: 'Build DOM with src/core/dom.ts' },
				{ property: 'insertAdjacentHTML', message: 'Build DOM with src/core/dom.ts' },
				{ property: 'html', message: 'No jQuery .html(): build DOM with src/core/dom.ts' },
				{ object: 'document', property: 'write', message: 'Build DOM with src/core/dom.ts' }
			]
		}
	},
	{
		files: [ 'tests/**', 'localwiki/**', 'bench/**', '**/*.test.ts' ],
		rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' }
	}
);
