// Where the wiki reads gadget definitions: MediaWiki:Gadgets-definition or
// MediaWiki:Gadgets/<id>.json.
//
// $wgGadgetsRepo is not in siteinfo, and a wiki without gadgets looks the same through list=gadgets
// in both formats. What does differ (Gadgets REL1_43, read in MediaWiki 1.43.9 and tried on it with
// each setting): parsing a JSON definition that depends on "ext.gadget.<id>" links to that gadget's
// definition page only when the JSON repository is in use (GadgetRepo::getGadgetDefinitionTitle
// is null for MediaWikiGadgetsDefinitionRepo), and with both ('json+definition') MultiGadgetRepo
// fails on a gadget that neither defines. One read-only action=parse tells the three apart.

import type { Mwn } from 'mwn';

export type GadgetsRepo = 'definition' | 'json' | 'json+definition';
export type DefinitionFormat = 'definition' | 'json';

const PROBE_ID = 'geo-gadgets-definition-format-probe';

/** Which repository the wiki's Gadgets extension uses ($wgGadgetsRepo). */
export async function probeGadgetsRepo( bot: Pick<Mwn, 'request'> ): Promise<GadgetsRepo> {
	const text = JSON.stringify( { settings: { category: '' },
		module: { pages: [], dependencies: [ `ext.gadget.${ PROBE_ID }` ] } } );
	try {
		const res = await bot.request( { action: 'parse', title: `MediaWiki:Gadgets/${ PROBE_ID }.json`,
			contentmodel: 'GadgetDefinition', text, prop: 'links', formatversion: '2' } );
		const links = ( res.parse?.links ?? [] ) as { title: string }[];
		return links.some( ( l ) => l.title === `MediaWiki:Gadgets/${ PROBE_ID }.json` ) ? 'json' : 'definition';
	} catch ( err ) {
		const code = ( err as { code?: string } ).code ?? '';
		if ( code === 'internal_api_error_InvalidArgumentException' ) {
			return 'json+definition';
		}
		// No GadgetDefinition content model: a Gadgets extension older than 1.42, which only
		// reads MediaWiki:Gadgets-definition.
		if ( /model|contentmodel|badvalue/i.test( code ) ) {
			return 'definition';
		}
		throw err;
	}
}

/**
 * The format the deploy writes: the wiki's only one, or with both, MediaWiki:Gadgets-definition
 * (where Wikimedia wikis define theirs; a gadget defined in both is a clash) unless told.
 */
export function chooseFormat( repo: GadgetsRepo,
	wanted?: DefinitionFormat ): { format: DefinitionFormat; why: string } {
	if ( repo === 'json+definition' ) {
		return wanted ?
			{ format: wanted, why: `the wiki reads both formats ($wgGadgetsRepo = 'json+definition'); --definitions ${ wanted }` } :
			{ format: 'definition', why: 'the wiki reads both formats ($wgGadgetsRepo = \'json+definition\'): keeping MediaWiki:Gadgets-definition (pass --definitions json to move to MediaWiki:Gadgets/<id>.json)' };
	}
	if ( wanted && wanted !== repo ) {
		throw new Error( `--definitions ${ wanted }: this wiki reads only ${ repo === 'json' ? 'MediaWiki:Gadgets/<id>.json pages' : 'MediaWiki:Gadgets-definition' } ($wgGadgetsRepo = '${ repo }'); definitions saved elsewhere would be ignored` );
	}
	return { format: repo, why: repo === 'json' ?
		'the wiki reads MediaWiki:Gadgets/<id>.json pages ($wgGadgetsRepo = \'json\')' :
		'the wiki reads MediaWiki:Gadgets-definition ($wgGadgetsRepo = \'definition\', the default)' };
}
