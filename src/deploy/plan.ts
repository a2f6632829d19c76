// The deploy's plan: for every page, what the wiki has, what we would write, and the decision.

import type { Mwn } from 'mwn';
import type { Manifest, PlannedPage } from './manifest';
import { DEFINITIONS_PAGE, linesById, mergeDefinitions, ourDefinitionLines } from './definitions';
import { decide, isDeployComment, type Decision, type PageState } from './decide';
import type { DefinitionFormat } from './definition-format';
import { lastDeployedContent, readPages } from './wiki';
import { changedSources, deployedCommit, describeChange, filesChangedSince } from './summary';

/** One page of the plan: what we would write and what we decided. */
export interface Step {
	page: PlannedPage;
	current: PageState;
	decision: Decision;
	/** For MediaWiki:Gadgets-definition: our gadget ids. */
	definitionIds?: string[];
}

/**
 * The code pages, then the definitions in the wiki's format: our lines merged into the shared
 * MediaWiki:Gadgets-definition, or one MediaWiki:Gadgets/<id>.json page per gadget.
 */
export async function plan( bot: Mwn, manifest: Manifest, pages: PlannedPage[],
	jsonPages: PlannedPage[], format: DefinitionFormat,
	force: boolean ): Promise<{ steps: Step[]; starttimestamp: string }> {
	const ids = [ ...linesById( manifest.definitions ).keys() ];
	const withDefinitionPage = format === 'definition' && ids.length > 0;
	const own = format === 'json' ? [ ...pages, ...jsonPages ] : pages;
	const titles = [ ...own.map( ( p ) => p.title ),
		...( withDefinitionPage ? [ DEFINITIONS_PAGE ] : [] ) ];
	const { pages: current, curtimestamp } = await readPages( bot, titles );

	const steps: Step[] = own.map( ( page ) => {
		const state = current.get( page.title ) as PageState;
		return { page, current: state,
			decision: decide( { current: state, desired: page.content, force } ) };
	} );

	if ( withDefinitionPage ) {
		const state = current.get( DEFINITIONS_PAGE ) as PageState;
		const desired = mergeDefinitions( state.content, manifest.definitions, manifest.section );
		const ourPart = ( text: string ): string => ourDefinitionLines( text, ids );
		// Shared page: others edit their own lines all the time. Only edits to *our* lines since
		// our last deploy are a reason to refuse, so look up what we wrote last time.
		const needHistory = state.exists && state.content !== desired &&
			!isDeployComment( state.comment );
		const lastDeployed = needHistory ?
			await lastDeployedContent( bot, DEFINITIONS_PAGE, isDeployComment ) : undefined;
		steps.push( {
			page: { title: DEFINITIONS_PAGE, file: '', gadget: Object.keys( manifest.definitions ).join( ', ' ) + ' definitions', content: desired },
			current: state,
			decision: decide( { current: state, desired, force, ourPart, lastDeployed } ),
			definitionIds: ids,
		} );
	}
	return { steps, starttimestamp: curtimestamp };
}

/** The dry run's words for a step that changes something. */
export function stepWords( step: Step, changedCache: Map<string, string[] | null> ): string {
	const from = deployedCommit( step.current.comment );
	let sourcesChanged: string[] | null = null;
	if ( from ) {
		if ( !changedCache.has( from ) ) {
			changedCache.set( from, filesChangedSince( from ) );
		}
		const changed = changedCache.get( from );
		sourcesChanged = changed ? changedSources( step.page.sources ?? [], changed ) : null;
	}
	return describeChange( { title: step.page.title, exists: step.current.exists,
		before: step.current.content, after: step.page.content, deployedFrom: from, sourcesChanged,
		definitionIds: step.definitionIds } );
}
