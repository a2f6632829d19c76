// Commons thumbnails for the local demo. The gadget asks Commons for
// `commons.wikimedia.org/wiki/Special:FilePath/<File>?width=N` (src/geo-conflicts/ui/format.ts);
// real Commons answers with a redirect to a scaled copy on upload.wikimedia.org. We answer with one
// of two freely licensed pictures bundled in thumbs/ (see thumbs/README.md), picked by file name,
// so a conflict shows an image as it would on a wiki. They are not the real files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.join( path.dirname( fileURLToPath( import.meta.url ) ), 'thumbs' );
const IMAGES = [ 'lines.jpg', 'softwaves.jpg' ];
const loaded = new Map();

/**
 * The JPEG to answer a Special:FilePath request path with, or null for any other path.
 *
 * @param {string} rel request path without the leading slash
 * @return {Buffer | null}
 */
export function thumbnailJpeg( rel ) {
	const m = /^commons\.wikimedia\.org\/wiki\/Special:FilePath\/([^/]+)$/.exec( rel );
	if ( !m ) {
		return null;
	}
	let sum = 0;
	for ( const ch of m[ 1 ] ) { // the server hands us the path already decoded
		sum = ( sum + ch.codePointAt( 0 ) ) % IMAGES.length;
	}
	const name = IMAGES[ sum ];
	if ( !loaded.has( name ) ) {
		loaded.set( name, readFileSync( path.join( DIR, name ) ) );
	}
	return loaded.get( name );
}
