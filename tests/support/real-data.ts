/**
 * The shared real-data folder (public data with its provenance, `../shared/real-data/README.md`):
 * read in place, never copied into the repo. Found beside the main checkout (/work/main →
 * /work/shared) or beside a worktree's parent (/work/wt/x → /work/shared), or at $GEO_REAL_DATA.
 * Tests that need it skip with a message when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve( __dirname, '../..' );

function findDir(): string | null {
	const candidates = [ process.env.GEO_REAL_DATA || '', path.resolve( ROOT, '../shared/real-data' ),
		path.resolve( ROOT, '../../shared/real-data' ) ];
	return candidates.find( ( dir ) => dir && existsSync( path.join( dir, 'README.md' ) ) ) || null;
}

/** The real-data folder, or null (then say so once). */
export const REAL_DATA: string | null = findDir();

if ( !REAL_DATA ) {

	console.warn( 'Real-data tests skipped: ../shared/real-data not found (set GEO_REAL_DATA to its path).' );
}

/** A file of the real-data folder as text (call only when REAL_DATA is set). */
export function realText( file: string ): string {
	return readFileSync( path.join( REAL_DATA as string, file ), 'utf8' );
}

/** A tab-separated real-data file as rows of fields (header included when it has one). */
export function realTsv( file: string ): string[][] {
	return realText( file ).split( '\n' ).filter( ( l ) => l ).map( ( l ) => l.replace( /\r$/, '' ).split( '\t' ) );
}
