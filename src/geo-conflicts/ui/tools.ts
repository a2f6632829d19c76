/** Export buttons and the "open this query in the Query Service" link, for any view. */
import { h, link } from '../../core/dom';
import { msg } from '../../core/messages';
import { getEndpoints } from '../../core/config';
import { downloadFile, toCsv } from '../../core/ui';
import { toGeoJson, toCsvRows, CSV_HEADER } from '../data/export';
import { toMapDataPage } from '../data/map-page';
import { PALETTES } from '../map/palette';
import { userLanguage, formatNumber } from '../../core/messages';
import type { Conflict } from '../data/types';

/** Link to the Query Service UI with the exact query of the view. */
export function queryLink( query: string ): HTMLElement {
	return link( getEndpoints().wdqsUi + '#' + encodeURIComponent( query ), msg( 'geo-conflicts-open-query' ), {
		class: 'geo-conflicts-query-link',
		attrs: { target: '_blank', rel: 'noopener' },
	} );
}

/** Buttons that download what `current()` returns at click time. */
export function exportButtons( current: () => Conflict[], name: string ): HTMLElement {
	const button = ( text: string, run: () => void, cls: string ): HTMLButtonElement => h( 'button', {
		class: 'cdx-button geo-button ' + cls,
		attrs: { type: 'button' },
		on: { click: run },
	}, text );
	return h( 'div', { class: 'geo-conflicts-tools' },
		button( msg( 'geo-conflicts-export-geojson' ), () => downloadFile( name + '.geojson', 'application/geo+json', toGeoJson( current() ) ), 'geo-conflicts-export-geojson' ),
		button( msg( 'geo-conflicts-export-csv' ), () => downloadFile( name + '.csv', 'text/csv;charset=utf-8', toCsv( CSV_HEADER, toCsvRows( current() ) ) ), 'geo-conflicts-export-csv' ),
		// A Data:….map page for Commons: any <mapframe> can show it through ExternalData.
		button( msg( 'geo-conflicts-export-map' ), () => {
			const list = current();
			downloadFile( name + '.map.json', 'application/json', toMapDataPage( list, {
				// the number of points on the map: conflicts without coordinates are left out
				description: msg( 'geo-conflicts-export-map-description', formatNumber( list.filter( ( c ) => c.coordinates ).length ) ),
				lang: userLanguage(),
				sources: msg( 'geo-conflicts-export-map-sources', new Date().toISOString().slice( 0, 10 ) ),
				wikidataWiki: getEndpoints().wikidataWiki,
				// Kartographer's maps are light: the day palette
				colors: PALETTES.day,
			} ) );
		}, 'geo-conflicts-export-map' ),
	);
}
