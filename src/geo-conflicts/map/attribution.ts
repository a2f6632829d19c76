/**
 * Attribution of Wikimedia's map tiles and static images (the OpenStreetMap data in them): under the
 * bundled Leaflet map (Kartographer maps carry their own) and under the reader module's static map
 * image. No map library here: the reader module carries it.
 */
import { h, link } from '../../core/dom';
import { msg } from '../../core/messages';

export function attributionElement( cls = 'leaflet-control-attribution' ): HTMLElement {
	return h( 'div', { class: cls + ' geo-conflicts-map-attribution' },
		link( 'https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Maps_Terms_of_Use', msg( 'geo-conflicts-map-attribution-wikimedia' ) ),
		' | ',
		msg( 'geo-conflicts-map-attribution-osm' ),
	);
}
