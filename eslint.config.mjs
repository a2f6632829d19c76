// Wikimedia's own lint profiles (eslint-config-wikimedia), with our security rules on top.
// eslint-config-wikimedia 0.32.x ships only the legacy .eslintrc format (peer eslint ^8.57; its
// readme still says ".eslintrc.json"); FlatCompat from @eslint/eslintrc loads those profiles into
// ESLint 10's flat config unchanged, and every plugin they pull in runs under ESLint 10 here.
import { FlatCompat } from '@eslint/eslintrc';
import js from '@eslint/js';
import globals from 'globals';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const compat = new FlatCompat( {
	baseDirectory: dirname( fileURLToPath( import.meta.url ) ),
	recommendedConfig: js.configs.recommended,
	allConfig: js.configs.all
} );

/**
 * The given profiles limited to `files`. FlatCompat turns each profile override (TypeScript, Vue)
 * into a matcher function; an inner array means "all of these", so an override applies to a file
 * only when both its own matcher and one of ours match.
 *
 * @param {string[]} names eslint-config-wikimedia profiles, as `extends` names them
 * @param {string[]} files where they apply
 * @param {string[]} [ignores] where they do not
 * @return {Object[]} flat config entries
 */
function profile( names, files, ignores = [] ) {
	return compat.extends( ...names ).map( ( entry ) => Object.assign( {}, entry, {
		files: entry.files ?
			entry.files.flatMap( ( own ) => files.map( ( glob ) => [ own, glob ] ) ) : files,
		ignores: ( entry.ignores || [] ).concat( ignores )
	} ) );
}

// Gadget code runs in readers' browsers: the build's ES2016 target (build/es-check.mjs),
// MediaWiki's globals and rules.
const CLIENT = [ 'src/**/*.ts' ];
// Code that runs in node: the deploy CLI, the build, the local wiki, benchmarks, tests.
const NODE = [ 'src/deploy/**', 'build/**', 'localwiki/**/*.mjs', 'localwiki/**/*.ts', 'bench/**', 'tests/**', '*.mjs', '*.ts' ];
const TESTS = [ '**/*.test.ts', '**/test-helpers.ts', 'tests/**', 'bench/**' ];

// Attacker-controlled Wikidata text runs in a logged-in session: no HTML strings, no eval.
const security = {
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
};

// Data text (issue 22 item 5): a label, description, title or name from Wikidata, the release or
// the sitematrix goes into the page only isolated — core/dom.ts bdi() inline, dataBlock() as a
// block, isolateText() inside a composed string — and text is written only through the builder.
// The rule sees data text by the property it is read from; a view tests the rest (core/test-helpers.ts
// unisolated).
const DATA_PROPERTY = '/^(label|description|title|name|sitename|project|countryName|datasetName)$/';
const DATA_MESSAGE = 'Data text: isolate it with bdi() or dataBlock() (core/dom.ts), or isolateText() inside a composed string (issue 22)';
const dataText = [
	{ selector: `Property[key.name="text"] > MemberExpression.value[object.type!="ThisExpression"][property.name=${ DATA_PROPERTY }]`, message: DATA_MESSAGE },
	{ selector: `CallExpression[callee.name=/^(h|svg|append|replaceChildren|link|msg)$/] > MemberExpression.arguments[object.type!="ThisExpression"][property.name=${ DATA_PROPERTY }]`, message: DATA_MESSAGE },
	{ selector: `CallExpression[callee.property.name=/^(text|listToText|append)$/] > MemberExpression.arguments[object.type!="ThisExpression"][property.name=${ DATA_PROPERTY }]`, message: DATA_MESSAGE },
	{ selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(textContent|innerText|nodeValue)$/]', message: 'Write text through core/dom.ts (replaceChildren, h): it closes and isolates data text (issue 22)' }
];
// Where views, popups and previews are built.
const VIEWS = [ 'src/**/ui/**/*.ts', 'src/**/map/**/*.ts', 'src/**/static/**/*.ts', 'src/core/ui.ts', 'src/core/attribute-notice.ts' ];

export default [
	// localwiki/wiki.mjs is being rewritten by the lead for MediaWiki 1.43: it keeps the old rules
	// (below) until then so this change does not touch it.
	{ ignores: [ 'dist/', 'node_modules/', '.localwiki/', 'test-artifacts/', 'bench/.baseline/', 'localwiki/sample-data/', '**/*.json', '**/*.yaml', '**/*.yml' ] },
	...profile( [ 'wikimedia/client/es2016', 'wikimedia/jquery', 'wikimedia/mediawiki' ], CLIENT, [ 'src/deploy/**', ...TESTS ] ),
	...profile( [ 'wikimedia/server' ], NODE, [ 'localwiki/wiki.mjs' ] ),
	// The Kartographer stand-in's ResourceLoader modules (localwiki/kartographer/modules/): browser
	// scripts for the local wiki, in Kartographer's own style, never part of the gadgets.
	...profile( [ 'wikimedia/client/es2016', 'wikimedia/jquery', 'wikimedia/mediawiki' ], [ 'localwiki/kartographer/modules/**/*.js' ] ),
	{
		files: [ 'localwiki/kartographer/modules/**/*.js' ],
		languageOptions: { sourceType: 'commonjs', globals: { L: 'readonly', OO: 'readonly' } }
	},
	...profile( [ 'wikimedia/server' ], TESTS.filter( ( g ) => g.startsWith( '**' ) ) ),
	{
		files: [ '**/*.ts', '**/*.mjs' ],
		// Sources are ES modules; mediawiki's profile assumes CommonJS ResourceLoader files.
		languageOptions: { sourceType: 'module' },
		rules: Object.assign( {}, security, {
			// TypeScript signatures (and the .d.mts beside each build/ and localwiki/ module) carry
			// every parameter's and result's type; a JSDoc tag for each would only repeat them.
			// Doc comments still say why.
			'jsdoc/require-param': 'off',
			'jsdoc/require-returns': 'off'
		} )
	},
	{
		files: [ '**/*.ts' ],
		rules: {
			'@typescript-eslint/no-unused-vars': [ 'error', { argsIgnorePattern: '^_', caughtErrors: 'none' } ]
		}
	},
	{
		files: CLIENT,
		rules: {
			// Syntax in our TypeScript is lowered to ES2016 by esbuild, and build/es-check.mjs
			// parses every built file as ES2016; es-x still guards the built-ins, which nothing
			// lowers.
			'es-x/no-class-instance-fields': 'off',
			'es-x/no-optional-chaining': 'off',
			'es-x/no-dynamic-import': 'off',
			'es-x/no-import-attributes': 'off',
			'es-x/no-async-functions': 'off',
			'es-x/no-trailing-function-commas': 'off'
		}
	},
	{
		files: NODE.concat( TESTS ),
		ignores: [ 'localwiki/wiki.mjs' ],
		// Our JSDoc in .mjs files writes TypeScript's type syntax (the .d.mts files check it).
		settings: { jsdoc: { mode: 'typescript' } },
		rules: {
			// Dev tools read and write paths of this repository's own layout (or the developer's
			// --data folder), never a path taken from the wiki or a dataset.
			'security/detect-non-literal-fs-filename': 'off',
			// Node 20 (our engines floor, and what CI runs) has these unflagged; eslint-plugin-n
			// still marks them experimental there.
			// import.meta.dirname arrived in 20.11 (our engines floor) and 22; 21 is end-of-life.
			'n/no-unsupported-features/node-builtins': [ 'error', { allowExperimental: true, version: '^20.11.0 || >=22.16.0' } ]
		}
	},
	{
		files: NODE.concat( TESTS ).map( ( glob ) => [ glob, '**/*.ts' ] ),
		// tsc --noEmit checks every import with the bundler's resolution (no file extensions),
		// which eslint-plugin-n's node resolver does not know.
		rules: { 'n/no-missing-import': 'off' }
	},
	{
		files: TESTS,
		languageOptions: { globals: { ...globals.browser, ...globals.node, mw: 'readonly', $: 'readonly' } }
	},
	{
		files: [ 'build.mjs', 'localwiki/*.mjs', 'bench/**' ],
		ignores: [ 'localwiki/wiki.mjs' ],
		// Command-line entry points: the exit status is their answer to the shell or to CI.
		rules: { 'n/no-process-exit': 'off' }
	},
	{
		files: [ '**/*.ts' ],
		rules: {
			// The core rule reads a type argument list ending in ")[]>" as a gap before the call's
			// parentheses; the @stylistic rule understands TypeScript.
			'func-call-spacing': 'off',
			'@stylistic/function-call-spacing': 'error',
			// __VERSION__ is the build's esbuild define.
			'no-underscore-dangle': [ 'error', { allow: [ '__VERSION__' ] } ]
		}
	},
	{
		files: [ 'tests/**', 'localwiki/**', 'bench/**', '**/*.test.ts' ],
		rules: {
			'no-restricted-properties': 'off',
			'@typescript-eslint/no-explicit-any': 'off',
			// The tests feed javascript: URLs to prove they are refused, and mark the pages they
			// drive with __-prefixed globals that no gadget code could clash with.
			'no-script-url': 'off',
			'no-underscore-dangle': 'off'
		}
	},
	{
		// Layers: data/ reads and shapes data and never touches the page; ui/ builds the page and
		// never makes a request itself (it calls data/, which takes the clients passed in).
		files: [ 'src/**/data/**/*.ts' ],
		ignores: TESTS,
		rules: {
			'no-restricted-globals': [ 'error',
				...[ 'document', 'window', 'HTMLElement', 'Element', 'Node', 'MutationObserver', 'getComputedStyle' ].map( ( name ) => ( { name, message: 'data/ has no DOM code: build the page in ui/' } ) )
			],
			'no-restricted-imports': [ 'error', { patterns: [
				{ group: [ '**/core/dom', '**/core/ui', '**/core/theme', '**/core/charts', '**/ui/*', '**/map/*' ], message: 'data/ has no DOM code: build the page in ui/' }
			] } ],
			'no-restricted-syntax': [ 'error',
				{ selector: 'CallExpression[callee.name="$"]', message: 'data/ has no DOM code: build the page in ui/' }
			]
		}
	},
	{
		files: [ 'src/**/ui/**/*.ts' ],
		// issue 11 moves this loading out of ui/ (another branch does exactly that); until then:
		ignores: TESTS,
		rules: {
			'no-restricted-globals': [ 'error',
				...[ 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'indexedDB' ].map( ( name ) => ( { name, message: 'ui/ makes no requests: call data/ with the clients from the context' } ) )
			],
			'no-restricted-imports': [ 'error', { patterns: [
				{ group: [ '**/core/http', '**/core/cache' ], message: 'ui/ makes no requests: call data/ with the clients from the context' }
			] } ],
			'no-restricted-syntax': [ 'error',
				{ selector: 'NewExpression[callee.object.name="mw"][callee.property.name=/^(Api|ForeignApi|ForeignRest|Rest)$/]', message: 'ui/ makes no requests: data/clients.ts makes the API clients' },
				{ selector: 'CallExpression[callee.object.name=/^(\\$|jQuery)$/][callee.property.name=/^(ajax|get|getJSON|post)$/]', message: 'ui/ makes no requests: call data/' },
				{ selector: 'CallExpression[callee.property.name="sendBeacon"]', message: 'ui/ makes no requests' },
				...dataText
			]
		}
	},
	{
		files: VIEWS.filter( ( g ) => !g.includes( '/ui/' ) ),
		ignores: TESTS,
		rules: { 'no-restricted-syntax': [ 'error', ...dataText ] }
	},
	{
		files: [ 'localwiki/wiki.mjs' ],
		...js.configs.recommended,
		languageOptions: { globals: { ...globals.node } }
	}
];
