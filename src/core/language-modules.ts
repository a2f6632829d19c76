/**
 * Only the reader's language reaches the browser: a gadget core carries English, and each other
 * language is a hidden gadget of its own (`<gadget>-messages-<lang>`, written by build.mjs) that
 * puts its strings on mw.libs.geoMessages. The loader asks for the reader's chain together with the
 * core (one load.php request); the core waits for the same modules before it registers them.
 * The user script has the same modules as pages of its own (core/modules.ts).
 */
// Types only: the loaders use this file, and must not pull in the runtime behind messages.ts.
import type { MessageBundle } from './messages';
import { moduleKnown, useModules } from './modules';

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** `geo-editors` + `es` → the ResourceLoader module of its Spanish strings. */
export function languageModule( gadget: string, lang: string ): string {
	return 'ext.gadget.' + gadget + '-messages-' + lang;
}

/**
 * The message modules of a language chain that this wiki has (English is in the core). The loaders
 * pass the reader's language and its base (`pt-br`, `pt`): mw.language is not loaded there; the
 * core asks for the whole chain (mw.language.getFallbackLanguageChain) and gets any other one then.
 */
export function chainModules( gadget: string, chain: string[] ): string[] {
	return chain.filter( ( lang ) => lang !== 'en' && LANGUAGE.test( lang ) )
		.map( ( lang ) => languageModule( gadget, lang ) )
		.filter( moduleKnown );
}

/** What the message modules have put on mw.libs.geoMessages for this gadget, by language. */
export function loadedLanguages( gadget: string ): MessageBundle {
	const all = ( mw.libs as Record<string, unknown> ).geoMessages as
		Record<string, Record<string, string>> | undefined;
	const out: MessageBundle = {};
	for ( const key of Object.keys( all || {} ) ) {
		const at = key.indexOf( ':' );
		if ( all && key.slice( 0, at ) === gadget ) {
			out[ key.slice( at + 1 ) ] = all[ key ];
		}
	}
	return out;
}

/**
 * The bundle with the reader's languages added once their modules ran; English alone if they fail.
 */
export function withReaderLanguages( gadget: string, bundle: MessageBundle,
	chain: string[] ): Promise<MessageBundle> {
	const modules = chainModules( gadget, chain );
	const merge = (): MessageBundle => Object.assign( {}, loadedLanguages( gadget ), bundle );
	if ( !modules.length ) {
		return Promise.resolve( merge() );
	}
	return useModules( modules ).then( merge, merge );
}
