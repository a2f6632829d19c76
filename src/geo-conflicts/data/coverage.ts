/**
 * Coverage worklist for edit-a-thons: of the conflicts in the current filter, which have no
 * article on this wiki (with the Wikipedias that have one, to translate from), and which have no
 * label or description in the reader's language. The other Wikipedias' articles come from one
 * query (view=sitelinks, every conflict's Wikipedia sitelinks), cached like the dashboard's.
 */
import { assertQid, qidFromUri } from './ids';
import { assertWdqsJson } from './normalise';
import { wikimediaHttpsUrl, titleFromArticleUrl } from './links';
import { siteUrl } from './sparql';
import type { Conflict } from './types';
import { languageCodeOf } from '../../core/wiki-languages';

export interface ForeignArticle {
	/** Language code of the Wikipedia (`pt`, `zh-min-nan`). */
	language: string;
	title: string;
	url: string;
}

/** QID → the Wikipedia articles about it. */
export type SitelinkIndex = Record<string, ForeignArticle[]>;

export function sitelinksQuery( classes: string[], limit = 20000 ): string {
	return '#GeoConflicts view=sitelinks limit=' + limit + '\n' +
		'SELECT ?item (GROUP_CONCAT(DISTINCT COALESCE(STR(?article), ""); separator="\\n") AS ?articles) WHERE {\n' +
		'  { SELECT DISTINCT ?item WHERE {\n' +
		'    VALUES ?matchClass { ' + classes.map( ( c ) => 'wd:' + assertQid( c ) ).join( ' ' ) + ' }\n' +
		'    ?item wdt:P31/wdt:P279* ?matchClass .\n' +
		'  } LIMIT ' + ( limit + 1 ) + ' }\n' +
		'  OPTIONAL { ?article schema:about ?item ; schema:isPartOf ?site . FILTER(STRENDS(STR(?site), ".wikipedia.org/")) }\n' +
		'}\n' +
		'GROUP BY ?item\n';
}

const WIKIPEDIA = /^https:\/\/([a-z]{2,3}(?:-[a-z0-9]+)*)\.wikipedia\.org\/wiki\//;

/**
 * The language of the wiki whose sitelink counts as "the article here" (`eswiki` → `es`), so the
 * worklist and Content Translation agree with the sitelink the query read; `fallback` (the wiki's
 * content language) for sites that are not a Wikipedia.
 */
export function siteLanguage( siteId: string, fallback: string ): string {
	const url = siteUrl( siteId );
	const m = url ? /^https:\/\/([a-z]{2,3}(?:-[a-z0-9]+)*)\.wikipedia\.org\/$/.exec( url ) : null;
	return m ? m[ 1 ] : fallback;
}

/**
 * The parameters of Special:ContentTranslation from `source` into the wiki of `wikiLanguage`
 * (both Wikipedia subdomains, as sitelinks give them): Content Translation takes language codes,
 * so `no` becomes `nb`, `zh-min-nan` `nan` (core/wiki-languages.ts).
 */
export function contentTranslationParams( source: ForeignArticle,
	wikiLanguage: string ): { page: string; from: string; to: string } {
	return { page: source.title, from: languageCodeOf( source.language ), to: languageCodeOf( wikiLanguage ) };
}

/** The answer as an index; URLs off Wikipedia or with unusable titles are dropped. */
export function parseSitelinks( data: unknown ): SitelinkIndex {
	const answer = assertWdqsJson( data );
	const index: SitelinkIndex = {};
	for ( const row of answer.results.bindings ) {
		const id = row && row.item ? qidFromUri( row.item.value ) : null;
		if ( !id ) {
			continue;
		}
		const list = index[ id ] || ( index[ id ] = [] );
		const value = row.articles && typeof row.articles.value === 'string' ? row.articles.value : '';
		for ( const raw of value.split( '\n' ) ) {
			const url = raw ? wikimediaHttpsUrl( raw ) : null;
			const m = url ? WIKIPEDIA.exec( url ) : null;
			const title = url && m ? titleFromArticleUrl( url ) : null;
			if ( url && m && title && !list.some( ( a ) => a.language === m[ 1 ] ) ) {
				list.push( { language: m[ 1 ], title, url } );
			}
		}
		list.sort( ( a, b ) => a.language < b.language ? -1 : a.language > b.language ? 1 : 0 );
	}
	return index;
}

export interface MissingArticle {
	conflict: Conflict;
	/** Wikipedias with an article, the reader's languages first. */
	articles: ForeignArticle[];
	/** Where Content Translation should start from (the first of `articles`), or null. */
	source: ForeignArticle | null;
}

export interface MissingText {
	conflict: Conflict;
	label: boolean;
	description: boolean;
}

export interface CoverageReport {
	noArticle: MissingArticle[];
	noText: MissingText[];
}

/**
 * The worklist of `conflicts`. `wikiLanguage` is this wiki's (never a source for itself); the
 * reader's `languages` order the sources, so a Spanish reader translates from Spanish first.
 */
export function coverageReport( conflicts: Conflict[], sitelinks: SitelinkIndex,
	readerLanguage: string, languages: string[], wikiLanguage: string ): CoverageReport {
	const rank = ( lang: string ): number => {
		const i = languages.indexOf( lang );
		return i < 0 ? languages.length + ( lang === 'en' ? 0 : 1 ) : i;
	};
	const noArticle: MissingArticle[] = [];
	const noText: MissingText[] = [];
	for ( const c of conflicts ) {
		if ( !c.article ) {
			const articles =
				( sitelinks[ c.id ] || [] ).filter( ( a ) => a.language !== wikiLanguage )
					.sort( ( a, b ) => rank( a.language ) - rank( b.language ) ||
						( a.language < b.language ? -1 : 1 ) );
			noArticle.push( { conflict: c, articles, source: articles[ 0 ] || null } );
		}
		// A label or description the label service took from another language of the chain is
		// missing here.
		const label = c.labelMissing || ( !!c.labelLang && c.labelLang !== readerLanguage );
		const description = !c.description ||
			( !!c.descriptionLang && c.descriptionLang !== readerLanguage );
		if ( label || description ) {
			noText.push( { conflict: c, label, description } );
		}
	}
	return { noArticle, noText };
}
