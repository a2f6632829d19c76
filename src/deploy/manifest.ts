// The build's description of what to publish (dist/manifest.json, written by build.mjs).

import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ManifestPage {
	/** Wiki page title, e.g. "MediaWiki:Gadget-geo-editors.js". */
	title: string;
	/** Path of the page content, relative to the dist folder. */
	file: string;
	/** The gadget this page belongs to (used by --only and in edit summaries). */
	gadget: string;
	/** Repository files and folders the page is built from (the dry run names those changed). */
	sources?: string[];
}

export interface Manifest {
	version: string;
	commit: string;
	pages: ManifestPage[];
	/** gadget → its lines of MediaWiki:Gadgets-definition (a gadget may define several ids). */
	definitions: Record<string, string[]>;
	/** Heading under which new definition lines are added. */
	section: string;
	/** MediaWiki:Gadgets/<id>.json pages, for wikis that read JSON definitions. */
	jsonPages: ManifestPage[];
}

/** A page with the content we would write. */
export interface PlannedPage extends ManifestPage {
	content: string;
}

function fail( msg: string ): never {
	throw new Error( `dist/manifest.json: ${ msg }` );
}

const isPageList = ( list: unknown ): list is ManifestPage[] => Array.isArray( list ) &&
	list.every( ( p: Partial<ManifestPage> | null ) => typeof p?.title === 'string' && typeof p.file === 'string' && typeof p.gadget === 'string' &&
		( p.sources === undefined || Array.isArray( p.sources ) && p.sources.every( ( s ) => typeof s === 'string' ) ) );

/** Read and check the manifest; `only` keeps one gadget. */
export function loadManifest( distDir: string,
	only?: string ): { manifest: Manifest; pages: PlannedPage[]; jsonPages: PlannedPage[] } {
	const raw: unknown = JSON.parse( readFileSync( path.join( distDir, 'manifest.json' ), 'utf8' ) );
	if ( typeof raw !== 'object' || raw === null ) {
		fail( 'not an object' );
	}
	const m = raw as Partial<Manifest>;
	if ( typeof m.version !== 'string' || typeof m.commit !== 'string' ) {
		fail( 'version and commit must be strings' );
	}
	if ( !isPageList( m.pages ) || m.jsonPages !== undefined && !isPageList( m.jsonPages ) ) {
		fail( 'pages and jsonPages must be lists of { title, file, gadget, sources? }' );
	}
	const definitions = m.definitions ?? {};
	for ( const [ gadget, lines ] of Object.entries( definitions ) ) {
		if ( !Array.isArray( lines ) || lines.some( ( l ) => typeof l !== 'string' || l.includes( '\n' ) ) ) {
			fail( `definitions.${ gadget } must be a list of single lines` );
		}
	}
	const manifest: Manifest = {
		version: m.version,
		commit: m.commit,
		pages: m.pages,
		definitions,
		section: typeof m.section === 'string' && m.section ? m.section : 'geo-gadgets',
		jsonPages: m.jsonPages ?? [],
	};
	if ( only !== undefined ) {
		const known = new Set( [ ...manifest.pages.map( ( p ) => p.gadget ),
			...Object.keys( definitions ) ] );
		if ( !known.has( only ) ) {
			throw new Error( `--only ${ only }: no such gadget in the manifest (known: ${ [ ...known ].join( ', ' ) })` );
		}
		manifest.pages = manifest.pages.filter( ( p ) => p.gadget === only );
		manifest.jsonPages = manifest.jsonPages.filter( ( p ) => p.gadget === only );
		manifest.definitions = only in definitions ? { [ only ]: definitions[ only ] } : {};
	}
	const read = ( list: ManifestPage[] ): PlannedPage[] => list.map( ( p ) => ( {
		...p,
		content: readFileSync( path.join( distDir, p.file ), 'utf8' ),
	} ) );
	return { manifest, pages: read( manifest.pages ), jsonPages: read( manifest.jsonPages ) };
}

/**
 * The user script's set (dist/userscript/, manifest `userScript`) as pages of `User:<user>/`: the
 * two loader pages and every module page they load, for `deploy --user-script`.
 */
export function loadUserScriptPages( distDir: string, user: string ): PlannedPage[] {
	const raw = JSON.parse( readFileSync( path.join( distDir, 'manifest.json' ), 'utf8' ) ) as
		{ userScript?: { page?: unknown; file?: unknown }[] };
	const list = raw.userScript;
	if ( !Array.isArray( list ) || !list.length || list.some( ( p ) => typeof p.page !== 'string' ||
		!/^[a-z0-9-]+\.js$/.test( p.page ) || typeof p.file !== 'string' ) ) {
		fail( 'userScript must be a list of { page: "<name>.js", file }' );
	}
	return list.map( ( p ) => ( {
		title: `User:${ user }/${ p.page as string }`,
		file: p.file as string,
		gadget: 'user script',
		content: readFileSync( path.join( distDir, p.file as string ), 'utf8' ),
	} ) );
}
