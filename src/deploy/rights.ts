// Which rights saving a page needs, which BotPassword grant gives each, and what MediaWiki's
// refusals mean.
//
// Checked on MediaWiki 1.43.9 with the Gadgets extension (docs/deploy.md has the trials): core's
// PermissionManager (namespace protection of MediaWiki:, checkSiteConfigPermissions: site CSS,
// JSON and JS pages and raw-HTML messages such as MediaWiki:Gadgets-definition) and the Gadgets
// hook that asks editsitejs for MediaWiki:Gadgets/<id>.json. Grants as $wgGrantPermissions
// defines them.

import type { Mwn } from 'mwn';

export interface RightInfo {
	/** The BotPassword grant (Special:BotPasswords label and id) that gives the right. */
	grant: string;
	/** The user group that has the right on a default MediaWiki (and on Wikimedia wikis). */
	group: string;
}

const SITE_CONFIG = 'Edit sitewide and user CSS/JS (editsiteconfig)';
const INTERFACE = 'Edit the MediaWiki namespace and sitewide/user JSON (editinterface)';

export const RIGHTS: Record<string, RightInfo> = {
	edit: { grant: 'Edit existing pages (editpage)', group: 'user' },
	createpage: { grant: 'Create, edit, and move pages (createeditmovepage)', group: 'user' },
	editinterface: { grant: INTERFACE, group: 'sysop or interface-admin' },
	editsitejson: { grant: INTERFACE, group: 'sysop or interface-admin' },
	editsitecss: { grant: SITE_CONFIG, group: 'interface-admin' },
	editsitejs: { grant: SITE_CONFIG, group: 'interface-admin' },
	editmyuserjs: { grant: 'Edit your user CSS/JSON/JavaScript (editmycssjs)', group: 'user' },
	editmyusercss: { grant: 'Edit your user CSS/JSON/JavaScript (editmycssjs)', group: 'user' },
	editmyuserjson: { grant: 'Edit your user CSS/JSON/JavaScript (editmycssjs)', group: 'user' },
	editprotected: { grant: 'Edit protected pages (editprotected)', group: 'sysop' },
};

/** The grants the README documents: enough for every page the deploy and publish commands save. */
export const DOCUMENTED_GRANTS = [ 'basic', 'editsiteconfig', 'createeditmovepage' ];

function namespaceAndName( title: string ): [ string, string ] {
	const colon = title.indexOf( ':' );
	return colon === -1 ? [ '', title ] : [ title.slice( 0, colon ), title.slice( colon + 1 ) ];
}

/** The rights MediaWiki asks for before saving `title` (a new page when `exists` is false). */
export function requiredRights( title: string, exists: boolean ): string[] {
	const [ ns, name ] = namespaceAndName( title );
	const rights = [ 'edit', ...( exists ? [] : [ 'createpage' ] ) ];
	if ( ns === 'MediaWiki' ) {
		rights.push( 'editinterface' );
		if ( name.endsWith( '.css' ) ) {
			rights.push( 'editsitecss' );
		} else if ( name.endsWith( '.json' ) ) {
			rights.push( 'editsitejson' );
		} else if ( name.endsWith( '.js' ) ) {
			rights.push( 'editsitejs' );
		}
		// A definition page of the JSON repository (Gadgets hook).
		if ( /^Gadgets\/.*\.json$/.test( name ) ) {
			rights.push( 'editsitejs' );
		}
		// A raw-HTML message: MediaWiki asks for both site CSS and JS rights.
		if ( name === 'Gadgets-definition' ) {
			rights.push( 'editsitecss', 'editsitejs' );
		}
	} else if ( ns === 'User' && name.includes( '/' ) ) {
		const ext = /\.(js|css|json)$/.exec( name );
		if ( ext ) {
			rights.push( ext[ 1 ] === 'js' ? 'editmyuserjs' : ext[ 1 ] === 'css' ? 'editmyusercss' : 'editmyuserjson' );
		}
	}
	return [ ...new Set( rights ) ];
}

/** One right the account lacks for one or more pages. */
export interface MissingRight {
	right: string;
	titles: string[];
}

/** The rights `pages` need that `have` lacks, each with the pages that need it. */
export function missingRights( pages: { title: string; exists: boolean }[],
	have: Iterable<string> ): MissingRight[] {
	const rights = new Set( have );
	const missing = new Map<string, string[]>();
	for ( const page of pages ) {
		for ( const right of requiredRights( page.title, page.exists ) ) {
			if ( !rights.has( right ) ) {
				missing.set( right, [ ...( missing.get( right ) ?? [] ), page.title ] );
			}
		}
	}
	return [ ...missing ].map( ( [ right, titles ] ) => ( { right, titles } ) );
}

function rightText( right: string ): string {
	const info = RIGHTS[ right ];
	return info ? `the right "${ right }" (group ${ info.group }; BotPassword grant "${ info.grant }")` : `the right "${ right }"`;
}

/** What to print for rights the account lacks: each right, its grant, and the pages. */
export function missingRightsText( missing: MissingRight[] ): string {
	return missing.map( ( m ) => {
		const shown = m.titles.slice( 0, 3 ).join( ', ' ) + ( m.titles.length > 3 ? ` and ${ m.titles.length - 3 } more` : '' );
		return `saving ${ shown } needs ${ rightText( m.right ) }`;
	} ).join( '\n' );
}

/** MediaWiki's refusal codes on save → the right that was missing. */
const ERROR_RIGHT: Record<string, string> = {
	'protectednamespace-interface': 'editinterface',
	sitecssprotected: 'editsitecss',
	sitejsonprotected: 'editsitejson',
	sitejsprotected: 'editsitejs',
	siterawhtmlprotected: 'editsitejs',
	cantcreate: 'createpage',
	'nocreate-loggedin': 'createpage',
	protectedpage: 'editprotected',
	cascadeprotected: 'editprotected',
	mycustomjsprotected: 'editmyuserjs',
	mycustomcssprotected: 'editmyusercss',
	mycustomjsonprotected: 'editmyuserjson',
};

/**
 * A save refusal in words: the page, MediaWiki's code, the missing right and its grant; null for
 * codes that are not about rights.
 */
export function explainSaveError( title: string, code: string, info?: string ): string | null {
	const right = ERROR_RIGHT[ code ] ?? ( code === 'permissiondenied' ? 'edit' : undefined );
	if ( !right ) {
		return null;
	}
	const also = code === 'siterawhtmlprotected' ? ' and "editsitecss"' : '';
	return `the wiki refused to save ${ title } (${ code }${ info ? `: ${ info }` : '' }): it needs ${ rightText( right ) }${ also }`;
}

/** The rights of the logged-in account, as limited by the BotPassword's grants. */
export async function accountRights( bot: Pick<Mwn, 'request'> ): Promise<string[]> {
	const res = await bot.request( { action: 'query', meta: 'userinfo', uiprop: 'rights', formatversion: '2' } );
	return ( res.query?.userinfo?.rights ?? [] ) as string[];
}
