// Commons thumbnails for the local demo. The gadget asks Commons for
// `commons.wikimedia.org/wiki/Special:FilePath/<File>?width=N` (src/geo-conflicts/ui/format.ts);
// real Commons answers with a redirect to a scaled copy on upload.wikimedia.org. The real files
// cannot be fetched here, and a picture of something else would pretend to be the subject, so we
// answer with a neutral placeholder that says what it is and names the file it stands for.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML text (file names come from Wikidata: attacker-controlled). */
function xmlText( s ) {
	return s.replace( /[&<>"']/g, ( c ) => ESCAPES[ c ] );
}

/**
 * The placeholder SVG for a Special:FilePath request path, or null for any other path.
 *
 * @param {string} rel request path without the leading slash, already decoded
 * @return {Buffer | null}
 */
export function thumbnailPlaceholder( rel ) {
	const m = /^commons\.wikimedia\.org\/wiki\/Special:FilePath\/([^/]+)$/.exec( rel );
	if ( !m ) {
		return null;
	}
	let name = m[ 1 ].replace( /_/g, ' ' );
	if ( [ ...name ].length > 40 ) {
		name = [ ...name ].slice( 0, 39 ).join( '' ) + '…';
	}
	const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 320 240">' +
		'<rect width="320" height="240" fill="#eaecf0"/>' +
		'<rect x="1" y="1" width="318" height="238" fill="none" stroke="#a2a9b1" stroke-dasharray="6 4"/>' +
		// a generic "picture" glyph: a frame, a sun and two hills
		'<g fill="none" stroke="#72777d" stroke-width="4"><rect x="124" y="46" width="72" height="56" rx="4"/></g>' +
		'<circle cx="144" cy="64" r="7" fill="#72777d"/>' +
		'<path d="M128 98 L152 76 L166 88 L178 78 L192 98 Z" fill="#72777d"/>' +
		'<g font-family="sans-serif" text-anchor="middle" fill="#202122">' +
		'<text x="160" y="140" font-size="17" font-weight="bold">Demo placeholder</text>' +
		'<text x="160" y="166" font-size="13">' + xmlText( name ) + '</text>' +
		'<text x="160" y="190" font-size="12" fill="#54595d">The local wiki cannot fetch Commons:</text>' +
		'<text x="160" y="208" font-size="12" fill="#54595d">this is not the real picture.</text>' +
		'</g></svg>';
	return Buffer.from( svg, 'utf8' );
}
