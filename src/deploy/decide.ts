// The deploy's decision for one page: leave it, create it, update it, or refuse.

/** Edit summaries of deploys start with this; anything else is an on-wiki edit. */
export const DEPLOY_SUMMARY_PREFIX = 'Geo gadgets v';

export function deploySummary( version: string, commit: string, what: string ): string {
	return `${ DEPLOY_SUMMARY_PREFIX }${ version } (${ commit }): update ${ what }`;
}

/**
 * What MediaWiki stores for a text (TextContent::normalizeLineEndings): CRLF → LF and trailing
 * whitespace trimmed. Compare through this, or every deploy would "change" every page.
 */
export function normalizeText( text: string ): string {
	return text.replace( /\r\n?/g, '\n' ).replace( /\s+$/, '' );
}

export function isDeployComment( comment: string | undefined ): boolean {
	return ( comment ?? '' ).startsWith( DEPLOY_SUMMARY_PREFIX );
}

/** A page as read from the wiki. */
export interface PageState {
	title: string;
	exists: boolean;
	content: string;
	/** Latest revision. */
	revid?: number;
	timestamp?: string;
	user?: string;
	comment?: string;
}

export type Decision =
	| { action: 'unchanged' }
	| { action: 'create' }
	| { action: 'update'; forced: boolean }
	| { action: 'refuse'; reason: string };

export interface DecideInput {
	current: PageState;
	desired: string;
	force: boolean;
	/**
	 * For shared pages (Gadgets-definition): the part of a text that is ours. When given,
	 * on-wiki edits outside our part are not a reason to refuse.
	 */
	ourPart?: ( text: string ) => string;
	/**
	 * For shared pages: the content at the latest deploy revision (null when no deploy is in
	 * the history we looked at). Only consulted when the latest revision is not a deploy.
	 */
	lastDeployed?: string | null;
}

/**
 * Refuse when the latest revision is not a deploy and the content differs from what we would
 * write: somebody edited the page on-wiki since the last deploy, and saving would silently
 * throw their edit away. `force` overrides.
 */
export function decide( { current, desired, force, ourPart,
	lastDeployed }: DecideInput ): Decision {
	if ( !current.exists ) {
		return { action: 'create' };
	}
	if ( normalizeText( current.content ) === normalizeText( desired ) ) {
		return { action: 'unchanged' };
	}
	if ( isDeployComment( current.comment ) ) {
		return { action: 'update', forced: false };
	}
	if ( ourPart ) {
		const oursNow = ourPart( current.content );
		// Nobody touched our lines since the last deploy (or we have none yet): merge.
		if ( lastDeployed !== undefined && lastDeployed !== null ?
			normalizeText( oursNow ) === normalizeText( ourPart( lastDeployed ) ) : oursNow === '' ) {
			return { action: 'update', forced: false };
		}
	}
	if ( force ) {
		return { action: 'update', forced: true };
	}
	return {
		action: 'refuse',
		reason: `${ current.title } was edited on-wiki by ${ current.user ?? '(unknown)' } at ${ current.timestamp ?? '(unknown time)' }` +
			( current.comment ? ` ("${ current.comment }")` : '' ) + ' since the last deploy',
	};
}

/**
 * Print the refused steps of a plan (a page edited on-wiki since our last save) and the advice;
 * true when there were any, so the command saves nothing and exits with its refusal code. One
 * report for deploy, publish-reduced and publish-snapshot.
 */
export function reportRefusals( steps: { decision: Decision }[], advice: string ): boolean {
	const refused = steps.filter( ( s ) => s.decision.action === 'refuse' );
	for ( const s of refused ) {
		console.error( `REFUSED: ${ ( s.decision as { reason: string } ).reason }` );
	}
	if ( refused.length ) {
		console.error( 'Nothing was saved. ' + advice );
	}
	return refused.length > 0;
}
