// Talking to the wiki: log in, read pages with their latest revision, save with conflict checks.

import { Mwn, MwnError } from 'mwn';
import type { PageState } from './decide';
import { explainSaveError } from './rights';

export const USER_AGENT = 'GeoGadgetsDeploy/0.1 (https://es.wikipedia.org/wiki/Wikipedia:Geo_gadgets; mwn)';

export interface Credentials {
	username?: string;
	password?: string;
	oauth2Token?: string;
}

export function credentialsFromEnv( env: NodeJS.ProcessEnv ): Credentials {
	return {
		username: env.MW_USERNAME,
		password: env.MW_PASSWORD,
		oauth2Token: env.MW_OAUTH2_TOKEN,
	};
}

/** A warning to print when credentials would travel unencrypted (plain http://), else null. */
export function plainHttpWarning( apiUrl: string ): string | null {
	let url: URL;
	try {
		url = new URL( apiUrl );
	} catch {
		return null;
	}
	return url.protocol === 'http:' ?
		`warning: ${ url.host } is plain http:// — the password or token is sent unencrypted (use https:// for any wiki but a local test one)` : null;
}

/** The wiki did not accept the credentials: we are anonymous there. */
export class CredentialsRejectedError extends Error {}

/**
 * Stop unless the wiki knows us. A wiki without the OAuth extension ignores an Authorization header
 * it does not understand and answers as to anyone: without this check the deploy carried on
 * anonymously (and reported success when there was nothing to save).
 */
export async function verifyLoggedIn( bot: Pick<Mwn, 'request'>, how: string ): Promise<string> {
	const res = await bot.request( { action: 'query', meta: 'userinfo', formatversion: '2' } );
	const info =
		res.query?.userinfo as { id?: number; name?: string; anon?: boolean | string } | undefined;
	if ( !info || info.anon !== undefined && info.anon !== false || !info.id ) {
		throw new CredentialsRejectedError( `the wiki did not accept the ${ how }: it answers as to an anonymous user (${ info?.name ?? '?' }). Nothing was read or saved.` );
	}
	return info.name ?? '';
}

/** A logged-in client: owner-only OAuth 2 token if given, else a BotPassword. */
export async function connect( apiUrl: string, creds: Credentials ): Promise<Mwn> {
	// No automatic retries of edits: a retried save could land after somebody else's edit.
	const common = { apiUrl, userAgent: USER_AGENT, silent: true, maxRetries: 1 };
	if ( creds.oauth2Token ) {
		const client = new Mwn( { ...common, OAuth2AccessToken: creds.oauth2Token } );
		await client.getTokensAndSiteInfo();
		await verifyLoggedIn( client, 'OAuth 2 token (MW_OAUTH2_TOKEN)' );
		return client;
	}
	if ( !creds.username || !creds.password ) {
		throw new Error( 'no credentials: set MW_USERNAME and MW_PASSWORD (a BotPassword), or MW_OAUTH2_TOKEN' );
	}
	const bot = await Mwn.init( { ...common, username: creds.username, password: creds.password } );
	await verifyLoggedIn( bot, 'BotPassword (MW_USERNAME, MW_PASSWORD)' );
	return bot;
}

/**
 * The command-line start shared by the deploy and publish commands: the plain-HTTP warning, then a
 * logged-in client from the environment's credentials, or null (reason printed) when the wiki
 * refused them.
 */
export async function connectFromEnv( apiUrl: string, command: string,
	env: NodeJS.ProcessEnv ): Promise<Mwn | null> {
	const warning = plainHttpWarning( apiUrl );
	if ( warning ) {
		console.warn( warning );
	}
	try {
		return await connect( apiUrl, credentialsFromEnv( env ) );
	} catch ( err ) {
		if ( err instanceof CredentialsRejectedError ) {
			console.error( `${ command } stopped: ${ err.message }` );
			return null;
		}
		throw err;
	}
}

interface ApiRevision {
	revid: number;
	timestamp: string;
	user?: string;
	comment?: string;
	slots?: { main?: { content?: string } };
}

interface ApiPage {
	title: string;
	missing?: boolean;
	revisions?: ApiRevision[];
}

/**
 * Current content and latest revision of each title, plus the server time to use as
 * `starttimestamp` when saving (so a deletion after our read is also a conflict).
 */
export async function readPages( bot: Mwn,
	titles: string[] ): Promise<{ pages: Map<string, PageState>; curtimestamp: string }> {
	const pages = new Map<string, PageState>();
	let curtimestamp = '';
	for ( let i = 0; i < titles.length; i += 50 ) {
		const batch = titles.slice( i, i + 50 );
		const res = await bot.request( {
			action: 'query',
			prop: 'revisions',
			titles: batch,
			rvprop: [ 'ids', 'timestamp', 'user', 'comment', 'content' ],
			rvslots: 'main',
			curtimestamp: true,
			formatversion: '2',
		} );
		curtimestamp ||= res.curtimestamp as string;
		const normalized = new Map<string, string>( ( res.query?.normalized ??
			[] ).map( ( n: { from: string; to: string } ) => [ n.to, n.from ] ) );
		for ( const page of ( res.query?.pages ?? [] ) as ApiPage[] ) {
			const rev = page.revisions?.[ 0 ];
			const asked = normalized.get( page.title ) ?? page.title;
			pages.set( asked, {
				title: asked,
				exists: !page.missing && rev !== undefined,
				content: rev?.slots?.main?.content ?? '',
				revid: rev?.revid,
				timestamp: rev?.timestamp,
				user: rev?.user,
				comment: rev?.comment,
			} );
		}
	}
	for ( const title of titles ) {
		if ( !pages.has( title ) ) {
			throw new Error( `the wiki did not return page ${ title }` );
		}
	}
	return { pages, curtimestamp };
}

/** Content of the newest revision (among the last 50) whose summary satisfies `isDeploy`. */
export async function lastDeployedContent( bot: Mwn, title: string,
	isDeploy: ( comment: string ) => boolean ): Promise<string | null> {
	const res = await bot.request( {
		action: 'query',
		prop: 'revisions',
		titles: title,
		rvprop: [ 'ids', 'comment', 'content' ],
		rvslots: 'main',
		rvlimit: 50,
		formatversion: '2',
	} );
	const revs = ( res.query?.pages?.[ 0 ]?.revisions ?? [] ) as ApiRevision[];
	const rev = revs.find( ( r ) => isDeploy( r.comment ?? '' ) );
	return rev ? rev.slots?.main?.content ?? '' : null;
}

export class EditConflictError extends Error {}

/** The wiki refused a save for want of a right (the message names the page, right and grant). */
export class MissingRightError extends Error {}

/** Save one page; `base` is the state we read (its timestamp guards against lost updates). */
export async function savePage( bot: Mwn, base: PageState, content: string, summary: string,
	starttimestamp: string ): Promise<number | undefined> {
	try {
		const res = await bot.request( {
			action: 'edit',
			title: base.title,
			text: content,
			summary,
			starttimestamp,
			...( base.exists ? { basetimestamp: base.timestamp ?? '', nocreate: true } : { createonly: true } ),
			watchlist: 'nochange',
			token: bot.csrfToken,
			formatversion: '2',
		} );
		if ( res.edit?.result !== 'Success' ) {
			throw new Error( `saving ${ base.title } failed: ${ JSON.stringify( res.edit ) }` );
		}
		return res.edit.newrevid as number | undefined;
	} catch ( err ) {
		if ( err instanceof MwnError && [ 'editconflict', 'articleexists', 'missingtitle', 'pagedeleted' ].includes( err.code ?? '' ) ) {
			throw new EditConflictError( `${ base.title }: ${ err.code } — the page changed while deploying` );
		}
		const explained = err instanceof MwnError ?
			explainSaveError( base.title, err.code ?? '', err.info ) : null;
		if ( explained ) {
			throw new MissingRightError( explained );
		}
		throw err;
	}
}

/** One page the deploy or publish command saves: what the wiki had when read, and the new text. */
export interface PageToSave {
	title: string;
	current: PageState;
	content: string;
	summary: string;
}

/**
 * Saves the pages in order, each printed as saved; on an edit conflict stops, prints the refusal
 * and returns null (pages saved before it stay saved), else the number saved.
 */
export async function saveInOrder( bot: Mwn, pages: PageToSave[], starttimestamp: string,
	rerun: string ): Promise<number | null> {
	let saved = 0;
	try {
		for ( const p of pages ) {
			const revid = await savePage( bot, p.current, p.content, p.summary, starttimestamp );
			saved++;
			console.log( `  saved      ${ p.title }${ revid ? ` (r${ revid })` : '' }` );
		}
	} catch ( err ) {
		if ( err instanceof EditConflictError ) {
			console.error( `REFUSED: ${ err.message }. ${ saved } page(s) were saved before it; ${ rerun }.` );
			return null;
		}
		if ( err instanceof MissingRightError ) {
			console.error( `REFUSED: ${ err.message }. ${ saved } page(s) were saved before it; give the account that right, then ${ rerun }.` );
			return null;
		}
		throw err;
	}
	return saved;
}
