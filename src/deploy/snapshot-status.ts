// What the deploy says about the wiki's published conflicts snapshot: none (the gadget reads the
// Query Service live there), or which of its pages are missing.

import type { Mwn } from 'mwn';
import { MANIFEST_TITLE, parseManifest, snapshotPageTitles } from '../geo-conflicts/data/snapshot';
import { readPages } from './wiki';

/** Lines to print: the snapshot's date and size, or what is missing. */
export async function snapshotStatus( bot: Mwn ): Promise<string[]> {
	const { pages } = await readPages( bot, [ MANIFEST_TITLE ] );
	const page = pages.get( MANIFEST_TITLE );
	if ( !page || !page.exists ) {
		return [ `Conflicts snapshot: missing (${ MANIFEST_TITLE } does not exist). Geo Conflicts reads the Query Service live on this wiki, on every reader view; publish one with npm run publish-snapshot.` ];
	}
	let manifest;
	try {
		manifest = parseManifest( JSON.parse( page.content ) );
	} catch {
		manifest = null;
	}
	if ( !manifest ) {
		return [ `Conflicts snapshot: ${ MANIFEST_TITLE } is not a snapshot manifest of this format; readers read live. Publish again with npm run publish-snapshot.` ];
	}
	const titles = snapshotPageTitles( manifest );
	const { pages: all } = await readPages( bot, titles );
	const missing = titles.filter( ( t ) => !all.get( t )?.exists );
	return missing.length ?
		[ `Conflicts snapshot of ${ manifest.date }: ${ missing.length } of ${ titles.length } page(s) missing:`, ...missing.map( ( t ) => `  missing    ${ t }` ), 'Publish again with npm run publish-snapshot.' ] :
		[ `Conflicts snapshot of ${ manifest.date }: ${ manifest.conflicts } conflicts, ${ manifest.places } places, all ${ titles.length } pages present.` ];
}
