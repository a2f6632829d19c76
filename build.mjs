// Builds every gadget into the wiki pages exactly as they are saved, user-script builds, both
// definition formats, a manifest for the deploy CLI and a size report. Fails on a budget overrun
// or on syntax that a supported MediaWiki's validator rejects (build/es-check.mjs).
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { readGadgets, gadgetBundle, i18nModule, readFolder } from './build/i18n.mjs';
import { definitionLine, jsonDefinition } from './build/definitions.mjs';
import { syntaxError, ES_TARGET } from './build/es-check.mjs';
import { fillFallbacks, pickTokens } from './build/tokens.mjs';

const root = dirname( new URL( import.meta.url ).pathname );
const dist = join( root, 'dist' );
const pkg = JSON.parse( readFileSync( join( root, 'package.json' ), 'utf8' ) );
const SECTION = 'geo-gadgets';
/**
 * Budgets, gzipped bytes: the loader runs on every page view; the core is loaded on demand; a probe
 * (`"budget": "probe"`) runs on many articles before any core.
 */
/** max-age and s-maxage of the user script's module pages (their URLs carry the set's hash). */
const USER_MAXAGE = 30 * 24 * 3600;
export const BUDGETS = { loader: 2048, core: 95 * 1024, probe: 3 * 1024, messages: 12 * 1024 };

function gitCommit() {
	try {
		const head = execFileSync( 'git', [ 'rev-parse', '--short', 'HEAD' ], { cwd: root, stdio: [ 'ignore', 'pipe', 'ignore' ] } ).toString().trim();
		const dirty = execFileSync( 'git', [ 'status', '--porcelain' ], { cwd: root, stdio: [ 'ignore', 'pipe', 'ignore' ] } ).toString().trim();
		return head + ( dirty ? '-dirty' : '' );
	} catch {
		return 'unknown';
	}
}

const commit = gitCommit();
const gadgets = readGadgets();

function banner( what ) {
	return '/*! Geo gadgets v' + pkg.version + ' (' + commit + ') — ' + what + ' — ' + pkg.license +
		' licence. Built file: edit the source in the project repository, not this page. */';
}

/**
 * The virtual message modules. A gadget core gets English only (`englishOnly`): the other languages
 * are hidden message gadgets of their own (see messageModules); the loaders' few strings and the
 * self-contained user scripts keep every language.
 */
function i18nPlugin( englishOnly ) {
	return {
		name: 'i18n',
		setup( build ) {
			build.onResolve( { filter: /^i18n(-loader)?:/ }, ( args ) => ( { path: args.path, namespace: 'i18n' } ) );
			build.onLoad( { filter: /.*/, namespace: 'i18n' }, ( args ) => {
				const messages = i18nModule( args.path, gadgets );
				const full = /^i18n:/.test( args.path );
				return {
					contents: JSON.stringify( englishOnly && full ? { en: messages.en } :
						messages ),
					loader: 'json',
					watchDirs: [ join( root, 'i18n' ) ]
				};
			} );
		}
	};
}

/**
 * In a gadget core, an npm import that a hidden library gadget provides (chart.js, Leaflet) is
 * read from that gadget's mw.libs global instead of being bundled again. See `replaces`/`global`
 * in gadgets/*.json; the self-contained user scripts bundle everything.
 */
function providedBy( provided ) {
	const byPath = {};
	for ( const lib of provided ) {
		for ( const path of lib.replaces || [] ) {
			byPath[ path ] = lib.global;
		}
	}
	return {
		name: 'provided-by-library-gadget',
		setup( build ) {
			build.onResolve( { filter: /.*/ }, ( args ) => ( byPath[ args.path ] ? { path: args.path, namespace: 'provided' } : undefined ) );
			build.onLoad( { filter: /.*/, namespace: 'provided' }, ( args ) => ( {
				contents: 'module.exports = mw.libs[' + JSON.stringify( byPath[ args.path ] ) + '];',
				loader: 'js'
			} ) );
		}
	};
}

/**
 * Our CSS with its Codex fallbacks filled from @wikimedia/codex-design-tokens (build/tokens.mjs).
 * CSS imported `with { type: 'text' }` (added at runtime, e.g. the map's) is minified like the
 * rest. `codex-tokens:a,b` modules give TypeScript those tokens' light and dark values.
 */
const codexTokensPlugin = {
	name: 'codex-tokens',
	setup( build ) {
		build.onResolve( { filter: /^codex-tokens:/ }, ( args ) => ( { path: args.path, namespace: 'codex-tokens' } ) );
		build.onLoad( { filter: /.*/, namespace: 'codex-tokens' }, ( args ) => ( {
			contents: JSON.stringify( pickTokens( args.path.slice( 'codex-tokens:'.length ).split( ',' ) ) ),
			loader: 'json'
		} ) );
		build.onLoad( { filter: /\/src\/.*\.css$/ }, async ( args ) => {
			const css = fillFallbacks( readFileSync( args.path, 'utf8' ), args.path );
			// args.with is esbuild's import attributes object, not Array.prototype.with.
			// eslint-disable-next-line es-x/no-array-prototype-with
			if ( !args.with || args.with.type !== 'text' ) {
				return { contents: css, loader: 'css' };
			}
			const result = await esbuild.transform( css, { loader: 'css', minify: true, target: 'chrome80' } );
			return { contents: result.code.trim(), loader: 'text' };
		} );
	}
};

async function bundle( entry, provided = [], englishOnly = false, userScript = false ) {
	const result = await esbuild.build( {
		entryPoints: [ join( root, entry ) ],
		bundle: true,
		write: false,
		outdir: '/virtual',
		format: 'iife',
		target: ES_TARGET,
		minifyWhitespace: true,
		minifySyntax: true,
		// GEO_BUILD_NAMES=1 keeps the names (the warm-dashboard bench's profile names our
		// functions).
		minifyIdentifiers: !process.env.GEO_BUILD_NAMES,
		charset: 'utf8',
		// Keep /*! */ comments: the licence notices of the libraries we bundle.
		legalComments: 'inline',
		define: { __VERSION__: JSON.stringify( pkg.version ), __USER_SCRIPT__: String( userScript ) },
		loader: { '.png': 'dataurl', '.svg': 'dataurl' },
		plugins: [ i18nPlugin( englishOnly ), codexTokensPlugin ].concat( provided.length ?
			[ providedBy( provided ) ] : [] ),
		logLevel: 'warning'
	} );
	const out = { js: '', css: '' };
	for ( const file of result.outputFiles ) {
		if ( file.path.endsWith( '.js' ) ) {
			out.js = file.text.trim();
		} else if ( file.path.endsWith( '.css' ) ) {
			out.css = file.text.trim();
		}
	}
	return out;
}

// MediaWiki strips trailing whitespace on save: write exactly what the wiki will hold, so a
// redeploy of an unchanged build compares equal. <nowiki> keeps signatures and {{subst:}} inert.
function jsPage( what, code ) {
	return '// <nowiki>\n' + banner( what ) + '\n' + code + '\n// </nowiki>';
}
function cssPage( what, code ) {
	return banner( what ) + '\n' + code;
}

const gz = ( text ) => gzipSync( Buffer.from( text ), { level: 9 } ).length;

rmSync( dist, { recursive: true, force: true } );
mkdirSync( join( dist, 'wiki' ), { recursive: true } );
mkdirSync( join( dist, 'userscript' ), { recursive: true } );
mkdirSync( join( dist, 'json-definitions' ), { recursive: true } );

const manifest = { version: pkg.version, commit, section: SECTION, pages: [], definitions: {},
	jsonDefinitions: {}, userScript: [] };
/**
 * Every hidden module as the user script's set needs it (id → js, css, dependencies): the same
 * code as the gadget's page, wrapped for core/modules.ts.
 */
const userModules = {};
const sizes = [];
const failures = [];

function addPage( title, text, gadget ) {
	const file = 'wiki/' + title.replace( /\//g, '%2F' );
	writeFileSync( join( dist, file ), text );
	manifest.pages.push( { title, file, gadget } );
}

function checkSize( kind, name, text ) {
	const size = gz( text );
	sizes.push( { name, kind, bytes: Buffer.byteLength( text ), gzip: size,
		budget: BUDGETS[ kind ] } );
	if ( size > BUDGETS[ kind ] ) {
		failures.push( name + ' is ' + size + ' bytes gzipped, over the ' + kind + ' budget of ' + BUDGETS[ kind ] );
	}
}

function checkSyntax( name, text ) {
	const error = syntaxError( text );
	if ( error ) {
		failures.push( name + ' does not parse as ' + ES_TARGET + ' (MediaWiki would replace it with an error): ' + error );
	}
}

const sectionTitles = readFolder( 'core' );

/** Description pages shown in Special:Preferences, in every language that has its own text. */
function addDescriptions( pairs, messages, owner ) {
	for ( const lang of Object.keys( messages ).sort() ) {
		for ( const [ gid, key ] of pairs ) {
			const text = messages[ lang ][ key ];
			if ( text && ( lang === 'en' || text !== messages.en[ key ] ) ) {
				addPage( 'MediaWiki:Gadget-' + gid + ( lang === 'en' ? '' : '/' + lang ), text, owner );
			}
		}
	}
}

// A wiki reads either Gadgets-definition or JSON definition pages; defining a gadget in both would
// clash, so the JSON ones are written for sites on the JSON repository but not deployed.
function addJsonDefinition( gid, module, files ) {
	manifest.jsonDefinitions[ gid ] = jsonDefinition( module, files, SECTION );
	writeFileSync( join( dist, 'json-definitions', 'MediaWiki:Gadgets%2F' + gid + '.json' ),
		JSON.stringify( manifest.jsonDefinitions[ gid ], null, '\t' ) );
}

/**
 * A hidden module of its own (a library such as chart.js or Leaflet): page, checks, definition
 * line.
 */
async function buildHiddenModule( module, owner ) {
	const built = await bundle( module.entry );
	const page = jsPage( module.id, built.js );
	userModules[ module.id ] = { js: built.js, css: '', dependencies: module.dependencies || [] };
	const hidden = Object.assign( {}, module, { hidden: true } );
	addPage( 'MediaWiki:Gadget-' + module.id + '.js', page, owner );
	checkSize( module.budget || 'core', 'MediaWiki:Gadget-' + module.id + '.js', page );
	checkSyntax( module.id + '.js', page );
	addJsonDefinition( module.id, hidden, [ module.id + '.js' ] );
	return definitionLine( module.id, hidden, [ module.id + '.js' ] );
}

/**
 * One hidden gadget per language but English (`<id>-messages-<lang>`): that language's strings of
 * the gadget on mw.libs.geoMessages, for core/language-modules.ts. A reader downloads only the ones
 * of their language chain. Returns the definition lines.
 */
function messageModules( id ) {
	const messages = gadgetBundle( id );
	const out = [];
	for ( const lang of Object.keys( messages ).filter( ( l ) => l !== 'en' ).sort() ) {
		const mid = id + '-messages-' + lang;
		// U+2028/2029 are line breaks to ES2016 inside a string literal: escape them.
		const json = JSON.stringify( messages[ lang ] ).replace( /\u2028/g, '\\u2028' ).replace( /\u2029/g, '\\u2029' );
		const code = 'mw.libs.geoMessages=mw.libs.geoMessages||{};mw.libs.geoMessages[' +
			JSON.stringify( id + ':' + lang ) + ']=' + json + ';';
		const page = jsPage( mid, code );
		userModules[ mid ] = { js: code, css: '', dependencies: [] };
		addPage( 'MediaWiki:Gadget-' + mid + '.js', page, id );
		checkSize( 'messages', 'MediaWiki:Gadget-' + mid + '.js', page );
		checkSyntax( mid + '.js', page );
		const module = { dependencies: [], hidden: true };
		addJsonDefinition( mid, module, [ mid + '.js' ] );
		addDescriptions( [ [ mid, 'geo-gadgets-messages-gadget-description' ] ], sectionTitles, id );
		out.push( definitionLine( mid, module, [ mid + '.js' ] ) );
	}
	return out;
}

const userLoaders = [];
const libraries = Object.keys( gadgets ).map( ( id ) => gadgets[ id ] )
	.filter( ( def ) => def.library );
for ( const def of libraries ) {
	manifest.definitions[ def.id ] = [ await buildHiddenModule( def, def.id ) ];
	addDescriptions( [ [ def.id, def.description ] ], sectionTitles, def.id );
}

for ( const def of Object.keys( gadgets ).map( ( id ) => gadgets[ id ] )
	.filter( ( d ) => !d.library ) ) {
	const id = def.id;
	const coreId = def.core.id;
	const extras = def.extraModules || [];
	// `uses` may also name a hidden module another gadget ships (Geo Editors uses Geo Conflicts'
	// Leaflet).
	const othersExtras = Object.keys( gadgets )
		.flatMap( ( g ) => ( gadgets[ g ].extraModules || [] ) )
		.filter( ( m ) => !extras.includes( m ) );
	const provided = libraries.concat( othersExtras )
		.filter( ( lib ) => ( def.core.uses || [] ).includes( lib.id ) ).concat( extras );
	const loader = await bundle( def.loader.entry );
	const core = await bundle( def.core.entry, provided, true );
	// The user script's copies: the same code, with core/modules.ts able to load its set's pages.
	const userLoader = await bundle( def.loader.entry, [], false, true );
	const userCore = await bundle( def.core.entry, provided, true, true );

	const loaderPage = jsPage( id + ' loader', loader.js );
	const corePage = jsPage( coreId, core.js );
	addPage( 'MediaWiki:Gadget-' + id + '.js', loaderPage, id );
	addPage( 'MediaWiki:Gadget-' + coreId + '.js', corePage, id );
	addPage( 'MediaWiki:Gadget-' + coreId + '.css', cssPage( coreId, core.css ), id );
	const extraLines = [];
	for ( const extra of extras ) {
		extraLines.push( await buildHiddenModule( extra, id ) );
	}
	addDescriptions(
		[ [ id, def.description ], [ coreId, def.core.description ] ]
			.concat( extras.map( ( m ) => [ m.id, m.description ] ) ),
		gadgetBundle( id ), id );

	const coreModule = Object.assign( {}, def.core, { hidden: true } );
	manifest.definitions[ id ] = [
		definitionLine( id, def.loader, [ id + '.js' ] ),
		definitionLine( coreId, coreModule, [ coreId + '.js', coreId + '.css' ] )
	].concat( extraLines ).concat( messageModules( id ) );
	addJsonDefinition( id, def.loader, [ id + '.js' ] );
	addJsonDefinition( coreId, coreModule, [ coreId + '.js', coreId + '.css' ] );

	userModules[ coreId ] = { js: userCore.js, css: userCore.css, dependencies: def.core.dependencies };
	// The user script's loader page: the gadget's loader, with the pages of its set (the hidden
	// modules it may load, by content hash) set up first — while document.currentScript still
	// names the page, whose URL gives its siblings' (core/modules.ts).
	const setIds = [ coreId ].concat( extras.map( ( m ) => m.id ), libraries.map( ( m ) => m.id ),
		othersExtras.filter( ( m ) => ( def.core.uses || [] ).includes( m.id ) ).map( ( m ) => m.id ),
		Object.keys( userModules ).filter( ( m ) => m.indexOf( id + '-messages-' ) === 0 ) );
	userLoaders.push( { id, setIds, loaderJs: userLoader.js, dependencies: def.loader.dependencies } );
	checkSize( 'loader', 'MediaWiki:Gadget-' + id + '.js', loaderPage );
	checkSize( 'core', 'MediaWiki:Gadget-' + coreId + '.js', corePage );
	for ( const [ name, text ] of [ [ id + '.js', loaderPage ], [ coreId + '.js', corePage ] ] ) {
		checkSyntax( name, text );
	}
}

/**
 * A module page of the user script's set (core/modules.ts): runs its code once the wiki modules it
 * needs are there (codex-styles only where the wiki has it), then calls the waiting loader back.
 */
function userModulePage( mid, m ) {
	const deps = m.dependencies.filter( ( d ) => d.indexOf( 'ext.gadget.' ) !== 0 );
	const css = m.css ? 'mw.util.addCSS(' + JSON.stringify( m.css ).replace( /\u2028/g, '\\u2028' ).replace( /\u2029/g, '\\u2029' ) + ');' : '';
	return jsPage( mid + ' (user script)', '(function(u,i,d){if(!u){return;}mw.loader.using(d.filter(function(n){return mw.loader.getState(n)!==null;})).then(function(){' +
		css + '\n' + m.js + '\n;var w=u.w[i];u.w[i]=true;(w||[]).forEach(function(f){f();});});})(window.geoGadgetsUserScript,' +
		JSON.stringify( mid ) + ',' + JSON.stringify( deps ) + ');' );
}

/**
 * Set-up of a user-script loader page: each module of its set (`ids`) → this page's URL (read now,
 * while document.currentScript names it) and the set's content hash.
 */
function userSetup( id, ids, version ) {
	// `id-messages-<lang>` are written as `*<lang>`.
	const short = ids.map( ( m ) => m.indexOf( id + '-messages-' ) === 0 ? '*' + m.slice( id.length + 10 ) : m );
	// Cached for 30 days by the browser and the CDN: the hash changes the URL when a page does.
	const query = '&action=raw&ctype=text/javascript&maxage=' + USER_MAXAGE + '&smaxage=' + USER_MAXAGE + '&v=' + version;
	return '(function(s,u){u=window.geoGadgetsUserScript=window.geoGadgetsUserScript||{p:{},w:{}};if(s){s=new URL(s.src,location.href);' +
		JSON.stringify( short.join( ' ' ) ) + '.split(" ").forEach(function(i){i=i.replace("*",' + JSON.stringify( id + '-messages-' ) +
		');u.p[i]=s.origin+s.pathname+"?title="+encodeURIComponent((s.searchParams.get("title")||"").replace(/[^/:]*$/,i+".js"))+' +
		JSON.stringify( query ) + ';});}})(document.currentScript);';
}

const hash = ( text ) => createHash( 'sha1' ).update( text ).digest( 'hex' ).slice( 0, 8 );
const userPages = {};
for ( const mid of Object.keys( userModules ) ) {
	userPages[ mid + '.js' ] = userModulePage( mid, userModules[ mid ] );
}
for ( const u of userLoaders ) {
	const version = hash( u.setIds.map( ( mid ) => userPages[ mid + '.js' ] ).join( '\n' ) );
	// A shorter notice than the other pages': this one runs on every page view.
	const page = '// <nowiki>\n/*! Geo gadgets v' + pkg.version + ' (' + commit + '), ' + pkg.license + ' */\n' + userSetup( u.id, u.setIds, version ) + '\n' +
		'mw.loader.using(' + JSON.stringify( u.dependencies ) + ').then(function(){\n' + u.loaderJs + '\n});\n// </nowiki>';
	userPages[ u.id + '.js' ] = page;
	checkSize( 'loader', 'userscript/' + u.id + '.js', page );
}
for ( const name of Object.keys( userPages ).sort() ) {
	writeFileSync( join( dist, 'userscript', name ), userPages[ name ] );
	checkSyntax( 'userscript/' + name, userPages[ name ] );
	manifest.userScript.push( { page: name, file: 'userscript/' + name } );
}

// The production definition page (merged into the wiki's own by the deploy CLI) and the section
// name.
const lines = [ '== ' + SECTION + ' ==' ];
for ( const id of Object.keys( manifest.definitions ) ) {
	lines.push( ...manifest.definitions[ id ] );
}
writeFileSync( join( dist, 'Gadgets-definition.txt' ), lines.join( '\n' ) + '\n' );
for ( const lang of Object.keys( sectionTitles ) ) {
	const text = sectionTitles[ lang ][ 'geo-gadgets-section' ];
	if ( text && ( lang === 'en' || text !== sectionTitles.en[ 'geo-gadgets-section' ] ) ) {
		addPage( 'MediaWiki:Gadget-section-' + SECTION + ( lang === 'en' ? '' : '/' + lang ), text, SECTION );
	}
}

writeFileSync( join( dist, 'manifest.json' ), JSON.stringify( manifest, null, '\t' ) + '\n' );
writeFileSync( join( dist, 'sizes.json' ), JSON.stringify( sizes, null, '\t' ) + '\n' );

console.log( 'Geo gadgets v' + pkg.version + ' (' + commit + ')' );
for ( const s of sizes ) {
	console.log( '  ' + s.name.padEnd( 44 ) + String( s.bytes ).padStart( 8 ) + ' B  ' +
		String( s.gzip ).padStart( 7 ) + ' B gz  (budget ' + s.budget + ')' );
}
if ( failures.length ) {
	console.error( '\nBuild failed:\n  ' + failures.join( '\n  ' ) );
	process.exit( 1 );
}
