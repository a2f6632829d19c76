// The dry run's words for each page: what it is, its size before and after, and which of its source
// files changed since the commit that last deployed it (the full diff only with --diff).

import { execFileSync } from 'node:child_process';
import { DEPLOY_SUMMARY_PREFIX } from './decide';
import { effectiveDefinitions } from './definitions';

/** The commit a deploy's edit summary names ("Geo gadgets v0.1.0 (abc1234): update …"). */
export function deployedCommit( comment: string | undefined ): string | null {
	if ( !comment?.startsWith( DEPLOY_SUMMARY_PREFIX ) ) {
		return null;
	}
	const m = /^\S+ \(([0-9a-f]{7,40})(?:-dirty)?\)/.exec( comment.slice( DEPLOY_SUMMARY_PREFIX.length ) );
	return m ? m[ 1 ] : null;
}

/** What a page is, for people: the ResourceLoader module, a description, a definition. */
export function pageKind( title: string ): string {
	let m = /^MediaWiki:Gadget-(.+)\.(js|css)$/.exec( title );
	if ( m ) {
		return `${ m[ 2 ] === 'js' ? 'script' : 'styles' } of module ext.gadget.${ m[ 1 ] }`;
	}
	m = /^MediaWiki:Gadgets\/(.+)\.json$/.exec( title );
	if ( m ) {
		return `JSON definition of gadget ${ m[ 1 ] }`;
	}
	if ( title === 'MediaWiki:Gadgets-definition' ) {
		return 'definition lines';
	}
	const [ base, lang ] = title.split( '/' );
	const inLang = lang ? ` in ${ lang }` : '';
	if ( base.startsWith( 'MediaWiki:Gadget-section-' ) ) {
		return `title of the preferences section ${ base.slice( 'MediaWiki:Gadget-section-'.length ) }${ inLang }`;
	}
	if ( base.startsWith( 'MediaWiki:Gadget-' ) ) {
		return `description of gadget ${ base.slice( 'MediaWiki:Gadget-'.length ) }${ inLang }`;
	}
	return 'page';
}

const bytes = ( text: string ): number => Buffer.byteLength( text, 'utf8' );

/**
 * Files changed between `commit` and the working tree (committed or not), or null when this
 * checkout does not have the commit.
 */
export function filesChangedSince( commit: string, cwd = process.cwd() ): string[] | null {
	try {
		const out = execFileSync( 'git', [ 'diff', '--name-only', commit, '--' ], { cwd, encoding: 'utf8', stdio: [ 'ignore', 'pipe', 'ignore' ] } );
		return out.split( '\n' ).filter( Boolean );
	} catch {
		return null;
	}
}

/** Of `changed`, those a page is built from (`sources`: files and folders). */
export function changedSources( sources: string[], changed: string[] ): string[] {
	return changed.filter( ( file ) => sources.some( ( s ) => file === s || file.startsWith( s.replace( /\/?$/, '/' ) ) ) );
}

/** Our definition ids whose lines differ between two texts of MediaWiki:Gadgets-definition. */
function changedDefinitions( before: string, after: string, ids: string[] ): string[] {
	const a = effectiveDefinitions( before );
	const b = effectiveDefinitions( after );
	return ids.filter( ( id ) => a.get( id ) !== b.get( id ) );
}

export interface PageChange {
	title: string;
	exists: boolean;
	before: string;
	after: string;
	/** The commit that last deployed the page, if its latest edit is a deploy. */
	deployedFrom: string | null;
	/** The page's source files changed since then (null: unknown). */
	sourcesChanged: string[] | null;
	/** For MediaWiki:Gadgets-definition: our gadget ids. */
	definitionIds?: string[];
}

/** One line in words: kind, size change, and why it changed. */
export function describeChange( c: PageChange ): string {
	const kind = pageKind( c.title );
	if ( !c.exists ) {
		return `${ kind }, new: ${ bytes( c.after ).toLocaleString( 'en' ) } bytes`;
	}
	const delta = bytes( c.after ) - bytes( c.before );
	const size = `${ bytes( c.before ).toLocaleString( 'en' ) } → ${ bytes( c.after ).toLocaleString( 'en' ) } bytes (${ delta >= 0 ? '+' : '' }${ delta.toLocaleString( 'en' ) })`;
	if ( c.definitionIds ) {
		const ids = changedDefinitions( c.before, c.after, c.definitionIds );
		return `${ kind }, ${ size }: ${ ids.length } line(s) of ours change (${ ids.join( ', ' ) || 'layout only' })`;
	}
	let why: string;
	if ( !c.deployedFrom ) {
		why = 'last saved by an on-wiki edit, not by a deploy';
	} else if ( c.sourcesChanged === null ) {
		why = `deployed from ${ c.deployedFrom }, a commit this checkout does not have`;
	} else if ( c.sourcesChanged.length === 0 ) {
		why = `none of its source files changed since ${ c.deployedFrom } (a dependency or the build did)`;
	} else {
		const shown = c.sourcesChanged.slice( 0, 8 ).join( ', ' ) + ( c.sourcesChanged.length > 8 ? ` and ${ c.sourcesChanged.length - 8 } more` : '' );
		why = `changed since ${ c.deployedFrom }: ${ shown }`;
	}
	return `${ kind }, ${ size }; ${ why }`;
}
