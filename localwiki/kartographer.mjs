// The map library of the Kartographer stand-in (localwiki/kartographer/): mapbox.js 3.3.1 with its
// Leaflet 1.4.0 from npm, in the stand-in's own package (not the gadgets' dependencies), installed
// on first use with `npm ci` from its lock file.
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.join( path.dirname( fileURLToPath( import.meta.url ) ), 'kartographer' );
export const MAPFRAME_MODES = [ 'static', 'interactive', 'none' ];

/** Install the stand-in's map library unless it is there; resolves when it is. */
export async function ensureMapLibrary( { log = console.log } = {} ) {
	if ( existsSync( path.join( DIR, 'node_modules/mapbox.js/dist/mapbox.js' ) ) ) {
		return;
	}
	log( `Installing the Kartographer stand-in's map library: npm ci --prefix ${ path.relative( process.cwd(), DIR ) }` );
	await promisify( execFile )( 'npm', [ 'ci', '--no-audit', '--no-fund', '--prefix', DIR ],
		{ cwd: DIR, maxBuffer: 10 * 1024 * 1024 } );
}
