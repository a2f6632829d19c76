/**
 * Details of one conflict: facts from the query at once, then two small lookups (data/articles.ts,
 * through the context's clients) filled in when they arrive — articles in other languages
 * (sitelinks, from Special:EntityData) and the intro of this wiki's article (TextExtracts). A failure of the
 * first says so, with Retry; the summary is a nicety and is left out when it cannot be had.
 */
import { dataBlock, h, link, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { otherArticles, articleSummary, sitelinkLanguage, type Sitelink } from '../data/articles';
import { languageCodeOf } from '../../core/wiki-languages';
import type { Conflict } from '../data/types';
import { getContext } from './context';
import { aboutList } from './about';
import { articleTitle, descriptionElement, labelElement, conflictLinks, thumbnail } from './format';
import { factList } from './facts';
import { errorBox, errorMessage, notice, spinner } from '../../core/ui';

export { factList };

/** Fill `panel` with the details of `c`. */
export function renderDetails( panel: HTMLElement, c: Conflict, onClose?: () => void ): void {
	const others = h( 'div', { class: 'geo-conflicts-other-articles' } );
	const summary = h( 'div', { class: 'geo-conflicts-summary' } );
	replaceChildren( panel,
		h( 'div', { class: 'geo-conflicts-details-head' },
			h( 'h3', { class: 'geo-conflicts-details-title' }, labelElement( c ) ),
			onClose ? h( 'button', {
				class: 'cdx-button geo-button geo-conflicts-close',
				attrs: { type: 'button', 'aria-label': msg( 'geo-conflicts-details-close' ) },
				on: { click: onClose },
			}, '×' ) : null,
		),
		descriptionElement( c ),
		c.images.length ? thumbnail( c.images[ 0 ], 320, c.label ) : null,
		factList( c ),
		aboutList( c ),
		summary,
		conflictLinks( c ),
		others,
	);
	panel.dataset.id = c.id;
	const ctx = getContext();
	const showOtherArticles = (): Promise<void> => otherArticles( c.id, ctx.siteId,
		ctx.clients.entityData ).then( ( links ) => {
		if ( panel.dataset.id !== c.id ) {
			return;
		}
		if ( !links.length ) {
			replaceChildren( others, notice( msg( 'geo-conflicts-other-languages-none' ) ) );
			return;
		}
		const code = ( s: Sitelink ): string => sitelinkLanguage( s.site );
		// The link says the wiki's code (`simple`, `be-x-old`); its lang, the language's BCP 47 tag
		// (`en-simple`, `be-tarask`), as MediaWiki writes it.
		const tag = ( s: Sitelink ): string => mw.language.bcp47( languageCodeOf( code( s ) ) );
		replaceChildren( others, h( 'span', { text: msg( 'geo-conflicts-other-languages' ) + ' ' } ),
			links.map( ( s, i ) => [ i ? ', ' : '', link( s.url, code( s ), { attrs: { title: s.title, lang: tag( s ) } } ) ] ) );
	}, ( error ) => {
		// The facts above stay; only this part failed, and can be tried again.
		if ( panel.dataset.id === c.id ) {
			replaceChildren( others, errorBox( errorMessage( error ), () => {
				replaceChildren( others, spinner() );
				showOtherArticles();
			} ) );
		}
	} );
	replaceChildren( others, spinner() );
	showOtherArticles();
	const article = articleTitle( c );
	if ( article ) {
		articleSummary( article, ctx.clients.local ).then( ( text ) => {
			if ( text && panel.dataset.id === c.id ) {
				replaceChildren( summary, dataBlock( 'blockquote', text, { class: 'geo-conflicts-extract' } ),
					h( 'p', null, link( mw.util.getUrl( article ), msg( 'geo-conflicts-read-more' ) ) ) );
			}
		}, () => undefined );
	}
}
