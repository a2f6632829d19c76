/**
 * The bundled Leaflet's layout rules (leaflet.css), added as text with the first map of either
 * gadget: not through ResourceLoader, whose CSSJanus would mirror Leaflet's physical left/right
 * rules for right-to-left readers, while maps are always ltr.
 */
import leafletStyles from './leaflet.css' with { type: 'text' };

let added = false;

export function addLeafletStyles(): void {
	if ( !added && typeof leafletStyles === 'string' ) {
		added = true;
		mw.util.addCSS( leafletStyles );
	}
}
