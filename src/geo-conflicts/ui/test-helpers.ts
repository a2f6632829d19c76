/** Shared by the UI tests: English messages registered, and a normalised sample answer. */
import { registerMessages } from '../../core/messages';
import bundle from 'i18n:geo-conflicts';
import { engineSet } from '../../../tests/support/engine-answers';
import type { QueryView } from '../data/sparql';
import type { ConflictSet } from '../data/types';

export function registerEnglish(): void {
	registerMessages( { en: bundle.en } );
}

/** A view's conflicts as the real engine answers the gadget's query over the sample data. */
export function sampleSet( view: QueryView = { kind: 'all' } ): ConflictSet {
	return engineSet( view );
}

/** An article's content area (`.mw-parser-output` with a paragraph) in the document. */
export function articleContent(): HTMLElement {
	const content = document.createElement( 'div' );
	const output = document.createElement( 'div' );
	output.className = 'mw-parser-output';
	output.appendChild( document.createElement( 'p' ) );
	content.appendChild( output );
	document.body.appendChild( content );
	return content;
}
