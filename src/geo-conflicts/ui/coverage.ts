/**
 * Coverage worklist for edit-a-thons (dashboard section, built when opened): conflicts in the
 * current filter with no article on this wiki — the Wikipedias that have one and a Content
 * Translation link to start it — and those without a label or description in the reader's
 * language, with the Wikidata link to add it. Downloadable as CSV and JSON.
 */
import { h, link, replaceChildren } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { downloadFile, errorBox, errorMessage, spinner, toCsv } from '../../core/ui';
import { contentTranslationParams, coverageReport, parseSitelinks, siteLanguage, sitelinksQuery, type CoverageReport, type ForeignArticle, type SitelinkIndex } from '../data/coverage';
import { worklistRows, worklistCsvRows, WORKLIST_HEADER } from '../data/export';
import type { Conflict } from '../data/types';
import { getContext, loadView } from './context';
import { labelElement, wikidataUrl } from './format';

const LIMIT = 100;

function wikiLanguage(): string {
	return siteLanguage( getContext().siteId, String( mw.config.get( 'wgContentLanguage' ) || '' ) );
}

/** This wiki's Content Translation, from `source` into the wiki's language. */
export function contentTranslationUrl( source: ForeignArticle ): string {
	// Absolute: the link also goes into the downloaded worklist.
	return new URL( mw.util.getUrl( 'Special:ContentTranslation',
		contentTranslationParams( source, wikiLanguage() ) ), location.href ).toString();
}

export class CoverageView {
	public readonly element = h( 'div', { class: 'geo-conflicts-coverage' } );

	private sitelinks: SitelinkIndex | null = null;

	private loading = false;

	private conflicts: Conflict[] = [];

	/** The classes whose sitelinks are asked for (the dashboard's scope). */
	public constructor( private classes: () => string[] ) {}

	public update( conflicts: Conflict[] ): void {
		this.conflicts = conflicts;
		if ( this.sitelinks ) {
			this.render( this.sitelinks );
		} else if ( !this.loading ) {
			this.load();
		}
	}

	/** The scope changed: the sitelinks are asked for again when next shown. */
	public reset(): void {
		this.sitelinks = null;
	}

	private load( fresh = false ): void {
		this.loading = true;
		replaceChildren( this.element, spinner( msg( 'geo-conflicts-loading' ) ) );
		loadView( sitelinksQuery( this.classes() ), parseSitelinks, fresh ).then( ( index ) => {
			this.loading = false;
			this.sitelinks = index;
			this.render( index );
		}, ( error: unknown ) => {
			this.loading = false;
			replaceChildren( this.element,
				errorBox( errorMessage( error ), () => this.load( true ) ) );
		} );
	}

	private render( sitelinks: SitelinkIndex ): void {
		const ctx = getContext();
		const report = coverageReport( this.conflicts, sitelinks, ctx.readerLanguage,
			ctx.languages, wikiLanguage() );
		replaceChildren( this.element,
			h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-coverage-intro' ) } ),
			this.articles( report ),
			this.texts( report ),
			this.downloads( report ),
		);
	}

	private articles( report: CoverageReport ): HTMLElement {
		const list = report.noArticle;
		return h( 'div', { class: 'geo-conflicts-coverage-group', dataset: { group: 'article', count: String( list.length ) } },
			h( 'h4', { text: msg( 'geo-conflicts-coverage-no-article', formatNumber( list.length ), list.length ) } ),
			list.length ? h( 'ul', null, list.slice( 0, LIMIT ).map( ( e ) => h( 'li', { dataset: { id: e.conflict.id } },
				labelElement( e.conflict ), ' ',
				e.articles.length ? h( 'span', { class: 'geo-conflicts-coverage-languages' },
					msg( 'geo-conflicts-coverage-languages' ) + ' ',
					e.articles.map( ( a, i ) => [ i ? msg( 'comma-separator' ) : '', link( a.url, a.language, { attrs: { lang: a.language, title: a.title } } ) ] ) ) :
					h( 'span', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-coverage-no-language' ) } ),
				' ',
				e.source ? link( contentTranslationUrl( e.source ), msg( 'geo-conflicts-coverage-translate', e.source.language ), { class: 'geo-conflicts-cx' } ) : null,
			) ) ) : null,
			list.length > LIMIT ? h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-quality-more', formatNumber( list.length - LIMIT ) ) } ) : null,
		);
	}

	private texts( report: CoverageReport ): HTMLElement {
		const list = report.noText;
		const missing = ( label: boolean, description: boolean ): string => msg( label && description ? 'geo-conflicts-coverage-missing-both' :
			label ? 'geo-conflicts-coverage-missing-label' : 'geo-conflicts-coverage-missing-description' );
		return h( 'div', { class: 'geo-conflicts-coverage-group', dataset: { group: 'text', count: String( list.length ) } },
			h( 'h4', { text: msg( 'geo-conflicts-coverage-no-text', getContext().readerLanguage, formatNumber( list.length ), list.length ) } ),
			list.length ? h( 'ul', null, list.slice( 0, LIMIT ).map( ( e ) => h( 'li', { dataset: { id: e.conflict.id } },
				labelElement( e.conflict ), ' ',
				h( 'span', { class: 'geo-conflicts-muted', text: missing( e.label, e.description ) } ), ' ',
				link( wikidataUrl( e.conflict.id ), msg( 'geo-conflicts-quality-edit', e.conflict.id ), { class: 'geo-conflicts-edit' } ),
			) ) ) : null,
			list.length > LIMIT ? h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-quality-more', formatNumber( list.length - LIMIT ) ) } ) : null,
		);
	}

	private downloads( report: CoverageReport ): HTMLElement {
		const rows = (): ReturnType<typeof worklistRows> => worklistRows( report,
			contentTranslationUrl );
		const button = ( text: string, cls: string, run: () => void ): HTMLElement => h( 'button', {
			class: 'cdx-button geo-button ' + cls, attrs: { type: 'button' }, on: { click: run },
		}, text );
		return h( 'div', { class: 'geo-conflicts-tools' },
			button( msg( 'geo-conflicts-coverage-export-csv' ), 'geo-conflicts-coverage-csv',
				() => downloadFile( 'conflicts-worklist.csv', 'text/csv;charset=utf-8', toCsv( WORKLIST_HEADER, worklistCsvRows( rows() ) ) ) ),
			button( msg( 'geo-conflicts-coverage-export-json' ), 'geo-conflicts-coverage-json',
				() => downloadFile( 'conflicts-worklist.json', 'application/json', JSON.stringify( rows(), null, 1 ) ) ),
		);
	}
}
