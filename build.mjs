// Builds every gadget into the wiki pages exactly as they are saved, user-script builds, both
// definition formats, a manifest for the deploy CLI and a size report. Fails on a budget overrun
// or on syntax that a supported MediaWiki's validator rejects (build/es-check.mjs).
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { readGadgets, gadgetBundle, readFolder } from './build/i18n.mjs';
import { definitionLine, jsonDefinition } from './build/definitions.mjs';
import { syntaxError, ES_TARGET } from './build/es-check.mjs';
import { cssPage, jsPage } from './build/pages.mjs';
import { codexTokensPlugin, i18nPlugin, providedBy } from './build/plugins.mjs';
import { bundleSources, DEFINITION_SOURCES, languageName } from './build/sources.mjs';

const root = dirname( new URL( import.meta.url ).pathname );
const dist = join( root, 'dist' );
const pkg = JSON.parse( readFileSync( join( root, 'package.json' ), 'utf8' ) );
const SECTION = 'geo-gadgets';
/**
 * Budgets, gzipped bytes: the loader runs on every page view; the core is loaded on demand; a probe
 * (`"budget": "probe"`) runs on many articles before any core; the static-map check
 * (`"budget": "static"`) on ordinary articles with a static map, its overlay (`"overlay"`) where it
 * finds conflicts in view; the reader module (`"reader"`) on conflict and place articles of a wiki
 * with a published snapshot (the card or section with a static map, instead of the core).
 */
/** max-age and s-maxage of the user script's module pages (their URLs carry the set's hash). */
const USER_MAXAGE = 30 * 24 * 3600;
export const BUDGETS = { loader: 2048, core: 95 * 1024, probe: 3 * 1024, static: 2560, overlay: 8 * 1024, reader: 24 * 1024,
	messages: 12 * 1024 };

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
		plugins: [ i18nPlugin( englishOnly, gadgets, userScript ), codexTokensPlugin ].concat( provided.length ?
			[ providedBy( provided ) ] : [] ),
		logLevel: 'warning',
		metafile: true
	} );
	const out = { js: '', css: '', sources: bundleSources( Object.keys( result.metafile.inputs ) ) };
	for ( const file of result.outputFiles ) {
		if ( file.path.endsWith( '.js' ) ) {
			out.js = file.text.trim();
		} else if ( file.path.endsWith( '.css' ) ) {
			out.css = file.text.trim();
		}
	}
	return out;
}

const gz = ( text ) => gzipSync( Buffer.from( text ), { level: 9 } ).length;

rmSync( dist, { recursive: true, force: true } );
mkdirSync( join( dist, 'wiki' ), { recursive: true } );
mkdirSync( join( dist, 'userscript' ), { recursive: true } );
/**
 * Every hidden module as the user script's set needs it (id → js, css, dependencies): the same
 * code as the gadget's page, wrapped for core/modules.ts.
 */
const userModules = {};
const userLoaders = [];
mkdirSync( join( dist, 'json-definitions' ), { recursive: true } );

const manifest = { version: pkg.version, commit, section: SECTION, pages: [], definitions: {},
	jsonDefinitions: {}, jsonPages: [], userScript: [] };
const sizes = [];
const failures = [];

/** A page to deploy: its title, text, gadget (for --only) and the files it is built from. */
function addPage( title, text, gadget, sources ) {
	const file = 'wiki/' + title.replace( /\//g, '%2F' );
	writeFileSync( join( dist, file ), text );
	manifest.pages.push( { title, file, gadget, sources } );
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

/**
 * Description pages shown in Special:Preferences and Special:Gadgets, in every language that has
 * its own text. A pair may give the message's parameters in each language (`params( lang )`).
 */
function addDescriptions( pairs, messages, owner, sources ) {
	const text = ( lang, key, params ) => {
		const msg = messages[ lang ][ key ];
		const values = params ? params( lang ) : [];
		return msg && msg.replace( /\$(\d+)/g, ( m, n ) => ( values[ n - 1 ] !== undefined ? values[ n - 1 ] : m ) );
	};
	for ( const lang of Object.keys( messages ).sort() ) {
		for ( const [ gid, key, params ] of pairs ) {
			const own = text( lang, key, params );
			if ( own && ( lang === 'en' || own !== text( 'en', key, params ) ) ) {
				addPage( 'MediaWiki:Gadget-' + gid + ( lang === 'en' ? '' : '/' + lang ), own, owner, sources );
			}
		}
	}
}

// A wiki reads either Gadgets-definition or JSON definition pages ($wgGadgetsRepo); defining a
// gadget in both would clash, so the deploy saves the JSON pages only where the wiki reads them
// (src/deploy/definition-format.ts). Written as MediaWiki stores them (tabs, checked on 1.43.9).
function addJsonDefinition( gid, module, files, owner ) {
	manifest.jsonDefinitions[ gid ] = jsonDefinition( module, files, SECTION );
	const file = 'json-definitions/MediaWiki:Gadgets%2F' + gid + '.json';
	writeFileSync( join( dist, file ), JSON.stringify( manifest.jsonDefinitions[ gid ], null, '\t' ) );
	manifest.jsonPages.push( { title: 'MediaWiki:Gadgets/' + gid + '.json', file, gadget: owner,
		sources: DEFINITION_SOURCES } );
}

/**
 * A hidden module of its own (a library such as chart.js or Leaflet): page, checks, definition
 * line.
 */
async function buildHiddenModule( module, owner ) {
	// `englishOnly`: the module's picked strings in English; the reader's language comes from the
	// gadget's message modules (core/language-modules.ts), as for a core.
	const built = await bundle( module.entry, [], !!module.englishOnly );
	const page = jsPage( module.id, built.js );
	userModules[ module.id ] = { js: built.js, css: '', dependencies: module.dependencies || [] };
	const hidden = Object.assign( {}, module, { hidden: true } );
	addPage( 'MediaWiki:Gadget-' + module.id + '.js', page, owner, built.sources );
	checkSize( module.budget || 'core', 'MediaWiki:Gadget-' + module.id + '.js', page );
	checkSyntax( module.id + '.js', page );
	addJsonDefinition( module.id, hidden, [ module.id + '.js' ], owner );
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
		const sources = [ 'build.mjs', 'build', 'i18n/core/' + lang + '.json', 'i18n/' + id + '/' + lang + '.json' ];
		addPage( 'MediaWiki:Gadget-' + mid + '.js', page, id, sources );
		checkSize( 'messages', 'MediaWiki:Gadget-' + mid + '.js', page );
		checkSyntax( mid + '.js', page );
		const module = { dependencies: [], hidden: true };
		addJsonDefinition( mid, module, [ mid + '.js' ], id );
		// Which gadget and which language, in the reader's language: 14 of these are listed on
		// Special:Gadgets.
		addDescriptions( [ [ mid, 'geo-gadgets-messages-gadget-description', ( inLang ) => [
			( messages[ inLang ] || messages.en )[ id + '-portlet' ] || id, languageName( lang, inLang ) ] ] ],
		messages, id, [ 'i18n/core', 'i18n/' + id ] );
		out.push( definitionLine( mid, module, [ mid + '.js' ] ) );
	}
	return out;
}

const libraries = Object.keys( gadgets ).map( ( id ) => gadgets[ id ] )
	.filter( ( def ) => def.library );
for ( const def of libraries ) {
	manifest.definitions[ def.id ] = [ await buildHiddenModule( def, def.id ) ];
	addDescriptions( [ [ def.id, def.description ] ], sectionTitles, def.id, [ 'i18n/core' ] );
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
	addPage( 'MediaWiki:Gadget-' + id + '.js', loaderPage, id, loader.sources );
	addPage( 'MediaWiki:Gadget-' + coreId + '.js', corePage, id, core.sources );
	addPage( 'MediaWiki:Gadget-' + coreId + '.css', cssPage( coreId, core.css ), id, core.sources );
	const extraLines = [];
	for ( const extra of extras ) {
		extraLines.push( await buildHiddenModule( extra, id ) );
	}
	addDescriptions(
		[ [ id, def.description ], [ coreId, def.core.description ] ]
			.concat( extras.map( ( m ) => [ m.id, m.description ] ) ),
		gadgetBundle( id ), id, [ 'i18n/core', 'i18n/' + id ] );

	const coreModule = Object.assign( {}, def.core, { hidden: true } );
	manifest.definitions[ id ] = [
		definitionLine( id, def.loader, [ id + '.js' ] ),
		definitionLine( coreId, coreModule, [ coreId + '.js', coreId + '.css' ] )
	].concat( extraLines ).concat( messageModules( id ) );
	addJsonDefinition( id, def.loader, [ id + '.js' ], id );
	addJsonDefinition( coreId, coreModule, [ coreId + '.js', coreId + '.css' ], id );

	userModules[ coreId ] = { js: userCore.js, css: userCore.css, dependencies: def.core.dependencies };
	// The user script's loader page: the gadget's loader, with the pages of its set (the hidden
	// modules it may load) noted first — while document.currentScript still names the page, whose
	// URL gives its siblings' (core/modules.ts).
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
 * It notes at once that it arrived (`a`): a missing page's action=raw answer is an empty 200, so
 * that note is how the loader tells a missing page from a present one.
 */
function userModulePage( mid, m ) {
	const deps = m.dependencies.filter( ( d ) => d.indexOf( 'ext.gadget.' ) !== 0 );
	const css = m.css ? 'mw.util.addCSS(' + JSON.stringify( m.css ).replace( /\u2028/g, '\\u2028' ).replace( /\u2029/g, '\\u2029' ) + ');' : '';
	return jsPage( mid + ' (user script)', '(function(u,i,d){if(!u){return;}(u.a=u.a||{})[i]=1;mw.loader.using(d.filter(function(n){return mw.loader.getState(n)!==null;})).then(function(){' +
		css + '\n' + m.js + '\n;var w=u.w[i];u.w[i]=true;(w||[]).forEach(function(f){f();});});})(window.geoGadgetsUserScript,' +
		JSON.stringify( mid ) + ',' + JSON.stringify( deps ) + ');' );
}

/**
 * Set-up of a user-script loader page: each module of its set (`ids`) → the URL of its page beside
 * this one (read now, while document.currentScript names this page), with the set's hash.
 */
function userSetup( id, ids, version ) {
	// `<id>-messages-<lang>` are written as `*<lang>`, the other `<id>-<x>` as `-<x>`.
	const short = ids.map( ( m ) => m.indexOf( id + '-' ) !== 0 ? m :
		m.indexOf( id + '-messages-' ) === 0 ? '*' + m.slice( id.length + 10 ) : m.slice( id.length ) );
	// Cached for 30 days by the browser and the CDN: the hash changes the URL when a page does.
	const query = '&action=raw&ctype=text/javascript&maxage=' + USER_MAXAGE + '&smaxage=' + USER_MAXAGE + '&v=' + version;
	return '(function(s,u){u=window.geoGadgetsUserScript=window.geoGadgetsUserScript||{p:{},w:{}};if(s){s=new URL(s.src,location.href);' +
		JSON.stringify( short.join( ' ' ) ) + '.split(" ").forEach(function(i){i=i.replace("*","-messages-").replace(/^-/,' + JSON.stringify( id + '-' ) +
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
	const page = '// <nowiki>\n/*! Geo gadgets, ' + pkg.license + ' licence: a built file */\n' +
		userSetup( u.id, u.setIds, version ) + '\n' +
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
		addPage( 'MediaWiki:Gadget-section-' + SECTION + ( lang === 'en' ? '' : '/' + lang ), text, SECTION, [ 'i18n/core' ] );
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
