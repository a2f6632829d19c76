/**
 * A `Data:….map` page of the conflicts on screen (JsonConfig's map content, shown by Kartographer):
 * any editor can save it on Commons and show it in a `<mapframe>` through
 * `{ "type": "ExternalData", "service": "page", "title": "….map" }`, without the gadget.
 * Follows JsonConfig's rules (REL1_43, JCDataContent and JCMapDataContent): `license` from the
 * allowed list (CC0-1.0: Wikidata's data), `description` a localised single-line string, `sources`
 * a string, `data` GeoJSON whose features' `title` and `description` are single-line strings of at
 * most 400 characters without leading or trailing white space, and nothing else. Kartographer reads
 * `title` and `description` as wikitext: labels (Wikidata text, hostile) go inside `<nowiki>` with
 * their `<` and `&` as entities, never as markup. No DOM.
 */
import type { Conflict } from './types';
import { closeBidi } from '../../core/bidi';

const MAX = 400;

/** One line, no leading or trailing white space (JCUtils::isValidLineString). */
function line( text: string ): string {
	return text.replace( /\s+/g, ' ' ).trim();
}

/** Text shown literally by Kartographer's wikitext parsing, within the length limit. */
export function literalWikitext( text: string, max = MAX ): string {
	let t = line( text );
	const wrap = ( s: string ): string => '<nowiki>' + closeBidi( s ).replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ) + '</nowiki>';
	while ( t && wrap( t ).length > max ) {
		t = t.slice( 0, -1 ).trim();
	}
	return t ? wrap( t ) : '';
}

export interface MapPageOptions {
	/** The page's description, in the user's language (a message). */
	description: string;
	lang: string;
	/** Where the data comes from (a message with the date and the query). */
	sources: string;
	wikidataWiki: string;
	/** Marker colour (#rrggbb) by sector key, with `other` for the rest. */
	colors: Record<string, string>;
}

export function toMapDataPage( conflicts: Conflict[], o: MapPageOptions ): string {
	const colours = o.colors;
	const features = conflicts.filter( ( c ) => c.coordinates ).map( ( c ) => {
		const links = [ c.article ? '[[' + c.article.title.replace( /[[\]|{}<>]/g, '' ) + ']]' : '',
			'[' + o.wikidataWiki + c.id + ' ' + c.id + ']' ].filter( Boolean ).join( ' · ' );
		return {
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [ c.coordinates!.lon, c.coordinates!.lat ] },
			properties: {
				title: literalWikitext( c.label ) || c.id,
				description: line( links ),
				'marker-color': Object.prototype.hasOwnProperty.call( colours, c.sector.key ) ? colours[ c.sector.key ] : colours.other,
				'marker-size': c.coordinates!.approximate ? 'small' : 'medium',
			},
		};
	} );
	const lang = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test( o.lang ) ? o.lang : 'en';
	return JSON.stringify( {
		license: 'CC0-1.0',
		description: { [ lang ]: line( o.description ).slice( 0, MAX ).trim() },
		sources: o.sources,
		data: { type: 'FeatureCollection', features },
	}, null, '\t' );
}
