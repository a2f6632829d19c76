/**
 * The article probe's question, as one SPARQL ASK: is the page's item a conflict (of a configured
 * class or a subclass), or a place with at least one conflict in it? The place half walks UP from
 * each conflict's P17/P131/P276 through P131* to the page's item, exactly like the place query in
 * data/sparql.ts (never down a country's administrative tree), and compares the place as a string
 * so no engine starts the walk from it.
 */
import { assertQid, isQid } from '../data/ids';

/** Which page: by its item when the wiki knows it (wgWikibaseItemId), else by its sitelink. */
export type ProbePage = { item: string } | { site: string; title: string; languages: string[] };

/** A SPARQL string literal: the title comes from the wiki, but it is still text. */
function literal( text: string ): string {
	return '"' + text.replace( /[\\"]/g, ( c ) => '\\' + c ).replace( /\n/g, '\\n' ).replace( /\r/g, '\\r' ) + '"';
}

const SITE = /^https:\/\/[a-z0-9.-]+\/$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** The ASK query. Throws on an invalid class, item, site or language (nothing is sent then). */
export function probeQuery( page: ProbePage, classes: string[] ): string {
	if ( !classes.length ) {
		throw new Error( 'No conflict classes configured' );
	}
	const lines = [ '#GeoConflicts view=probe', 'ASK {' ];
	if ( 'item' in page ) {
		lines.push( '  VALUES ?page { wd:' + assertQid( page.item ) + ' }' );
	} else {
		const languages = page.languages.filter( ( l, i, all ) => all.indexOf( l ) === i );
		if ( !SITE.test( page.site ) || !languages.length ||
			!languages.every( ( l ) => LANGUAGE.test( l ) ) ||
			!page.title || page.title.length > 255 ) {
			throw new Error( 'Not a sitelink: ' + page.site.slice( 0, 40 ) );
		}
		// A sitelink's name is tagged with its site's language: each candidate is one indexed
		// lookup.
		lines.push( '  VALUES ?name { ' + languages.map( ( l ) => literal( page.title ) + '@' + l ).join( ' ' ) + ' }',
			'  ?sitelink schema:about ?page ; schema:isPartOf <' + page.site + '> ; schema:name ?name .' );
	}
	lines.push(
		'  VALUES ?matchClass { ' + classes.map( ( c ) => 'wd:' + assertQid( c ) ).join( ' ' ) + ' }',
		'  { ?page wdt:P31/wdt:P279* ?matchClass . }',
		'  UNION',
		'  { ?conflict wdt:P31/wdt:P279* ?matchClass .',
		'    ?conflict (wdt:P17|wdt:P131|wdt:P276)/wdt:P131* ?place . }',
		// Out here, where ?page is in scope (a FILTER sees only its own group's variables).
		'  FILTER(!BOUND(?place) || STR(?place) = STR(?page))',
		'}'
	);
	return lines.join( '\n' ) + '\n';
}

/** The engine's answer: true or false, or null for anything that is not an ASK result. */
export function probeAnswer( json: unknown ): boolean | null {
	const value = json && typeof json === 'object' ? ( json as { boolean?: unknown } ).boolean : undefined;
	return typeof value === 'boolean' ? value : null;
}

export { isQid };
