// Marker images of maps.wikimedia.org's marker service, which mapbox.js (Kartographer's map
// library) asks for the points of saved map data (`ExternalData`, `Data:….map` pages):
// `v4/marker/pin-{s|m|l}[-symbol]+{rrggbb}[@2x].png` (mapbox.js 3.3.1 src/marker.js: sizes 20 × 50,
// 30 × 70, 35 × 90 and the icon's anchor at its centre, so the pin fills the upper half with its tip
// at the centre). Answered with an SVG pin of that colour (the symbol is not drawn).

const SIZES = { s: [ 20, 50 ], m: [ 30, 70 ], l: [ 35, 90 ] };

/**
 * The SVG for a request path `maps.wikimedia.org/v4/marker/pin-…png`, or null when it is not one.
 *
 * @param {string} rel
 * @return {string | null}
 */
export function markerPinSvg( rel ) {
	const m = /^maps\.wikimedia\.org\/v4\/marker\/pin-([sml])(?:-[a-z0-9-]{1,30})?\+([0-9a-f]{6}|[0-9a-f]{3})(?:@2x)?\.png$/i.exec( rel );
	if ( !m ) {
		return null;
	}
	const [ w, h ] = SIZES[ m[ 1 ].toLowerCase() ];
	const r = w / 2 - 1.5;
	const cx = w / 2;
	const cy = r + 1.5;
	const f = ( n ) => +n.toFixed( 2 );
	const d = `M${ cx } ${ h / 2 } L${ f( cx - r * 0.8 ) } ${ f( cy + r * 0.6 ) } ` +
		`A${ r } ${ r } 0 1 1 ${ f( cx + r * 0.8 ) } ${ f( cy + r * 0.6 ) } Z`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${ w }" height="${ h }" viewBox="0 0 ${ w } ${ h }">` +
		`<path d="${ d }" fill="#${ m[ 2 ].toLowerCase() }" stroke="#202122" stroke-width="1"/>` +
		`<circle cx="${ cx }" cy="${ f( cy ) }" r="${ f( r / 3 ) }" fill="#fff"/></svg>`;
}
