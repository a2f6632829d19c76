/** Data-quality view: conflicts lacking facts, each with a link to edit its Wikidata item. */
import { h, link, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { qualityReport, QUALITY_ISSUES } from '../data/quality';
import type { Conflict } from '../data/types';
import { labelElement, wikidataUrl } from './format';

const LIMIT = 100;

export function renderQuality( target: HTMLElement, conflicts: Conflict[],
	readerLanguage: string ): void {
	const report = qualityReport( conflicts, readerLanguage );
	replaceChildren( target,
		h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-quality-intro' ) } ),
		QUALITY_ISSUES.map( ( issue ) => {
			const list = report[ issue ];
			return h( 'div', { class: 'geo-conflicts-quality-group', dataset: { issue, count: String( list.length ) } },
				h( 'h4', { text: msg( 'geo-conflicts-quality-' + issue, formatNumber( list.length ), list.length ) } ),
				list.length ? h( 'ul', null, list.slice( 0, LIMIT ).map( ( c ) => h( 'li', null,
					labelElement( c ), ' ',
					link( wikidataUrl( c.id ), msg( 'geo-conflicts-quality-edit', c.id ), { class: 'geo-conflicts-edit' } ),
				) ) ) : null,
				list.length > LIMIT ? h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-quality-more', formatNumber( list.length - LIMIT ) ) } ) : null,
			);
		} ),
	);
}
