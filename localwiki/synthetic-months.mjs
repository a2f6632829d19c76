// Synthetic geoeditors months (sample-data/geoeditors/generate-synthetic.mjs, and the weekly files
// of generate-weekly.mjs in geoeditors_weekly/) under the release's names: `<month>.synthetic.tsv`
// is answered as `<month>.tsv`, after the real rows of that month
// when the same folder has them, and listed as `<month>.tsv` in the directory index. Only in the
// first root that has the monthly folder: a `--data DIR` with its own months hides them all.
import { promises as fsp } from 'node:fs';
import path from 'node:path';

const MONTH_FILE = /^(analytics\.wikimedia\.org\/published\/datasets\/geoeditors_(?:monthly|weekly))\/(\d{4}-\d{2})\.tsv$/;
const SYNTHETIC = /^(\d{4}-\d{2})\.synthetic\.tsv$/;

async function firstRootWith( roots, folder ) {
	for ( const root of roots ) {
		try {
			if ( ( await fsp.readdir( path.join( root, folder ) ) ).some( ( n ) => !n.startsWith( '.' ) && !n.startsWith( '_' ) ) ) {
				return root;
			}
		} catch {
			// not in this root
		}
	}
	return null;
}

async function readOrNull( file ) {
	try {
		return await fsp.readFile( file );
	} catch {
		return null;
	}
}

/**
 * The body of a monthly file that has synthetic rows (real rows first), or null to serve as usual.
 */
export async function syntheticMonthBody( roots, rel ) {
	const m = MONTH_FILE.exec( rel );
	if ( !m ) {
		return null;
	}
	const root = await firstRootWith( roots, m[ 1 ] );
	const synthetic = root && await readOrNull( path.join( root, m[ 1 ], m[ 2 ] + '.synthetic.tsv' ) );
	if ( !synthetic ) {
		return null;
	}
	const real = await readOrNull( path.join( root, m[ 1 ], m[ 2 ] + '.tsv' ) );
	return real ? Buffer.concat( [ real, synthetic ] ) : synthetic;
}

/** Directory entries with synthetic months under their release names (each once). */
export function releaseNames( names ) {
	return [ ...new Set( names.map( ( n ) => n.replace( SYNTHETIC, '$1.tsv' ) ) ) ].sort();
}
