/**
 * The page-cost bench's accounting (bench/page-cost.bench.ts): what one visit measured, which of
 * its requests the gadgets added (beyond the same page without gadgets), and their short names.
 */

export interface Visit {
	requests: number;
	gzBytes: number;
	tsv: number;
	scriptMs: number;
	urls: string[];
	/** Gzipped body size of each request in `urls`. */
	sizes: number[];
}

export const kb = ( bytes: number ): string => ( bytes / 1024 ).toFixed( 1 );

export interface Measured {
	cold: Visit;
	warm: Visit;
	coldScript: number;
	warmScript: number;
}

/**
 * A request's identity across builds and `?safemode=1`: without the version hash and that switch.
 */
function requestKey( u: string ): string {
	const url = new URL( u );
	url.searchParams.delete( 'version' );
	url.searchParams.delete( 'safemode' );
	url.searchParams.sort();
	return url.toString();
}

/**
 * What the gadgets added to a visit: requests made with the gadgets on that the same page without
 * gadgets does not make, cold or warm (MediaWiki's own requests are the same either way; comparing
 * URL sets rather than totals keeps a module whose short cache lifetime ran out between two visits
 * from counting as the gadgets'). Gadget dependencies (codex-styles, mediawiki.ForeignApi …) count.
 */
export function extraRequests( v: Visit, off: Measured ): { url: string; gz: number; request?: false }[] {
	const seen = new Set( off.cold.urls.concat( off.warm.urls ).map( requestKey ) );
	const added = v.urls.map( ( url, i ) => ( { url, gz: v.sizes[ i ] } ) )
		.filter( ( x ) => !seen.has( requestKey( x.url ) ) );
	// MediaWiki's own first batch (jquery, mediawiki.base …) has another module list with gadgets
	// on (their dependencies join it): count only what it grew by, as one entry.
	const ownBatch = ( u: string ): boolean => /load\.php/.test( u ) && /[?&]modules=jquery/.test( u );
	const offBatch = ( w: Visit ): number => w.urls.reduce(
		( sum, u, i ) => sum + ( ownBatch( u ) ? w.sizes[ i ] : 0 ), 0 );
	const batch = added.filter( ( x ) => ownBatch( x.url ) );
	const out: { url: string; gz: number; request?: false }[] =
		added.filter( ( x ) => !ownBatch( x.url ) );
	if ( batch.length ) {
		const grown = batch.reduce( ( sum, x ) => sum + x.gz, 0 ) - Math.max( offBatch( off.cold ),
			offBatch( off.warm ) );
		if ( grown > 0 ) {
			// Not a request of its own: the page makes it anyway.
			out.push( { url: batch[ 0 ].url, gz: grown, request: false } );
		}
	}
	return out;
}

/** The loaders' own load.php request (both loaders, and on articles the probe module with them). */
const isLoaderBatch = ( u: string ): boolean => /ext\.gadget\.geo-conflicts[,&|]/.test( decodeURIComponent( u ) ) &&
	/geo-editors/.test( decodeURIComponent( u ) ) && !/core/.test( decodeURIComponent( u ) );

/**
 * Issue 10's goal for an article with coordinates, read off the cold visit: what came after the
 * loaders' request.
 */
export function beyondLoaders( v: Visit, off: Measured ): string {
	const added = extraRequests( v, off ).filter( ( x ) => x.request !== false );
	const loaders = added.filter( ( x ) => isLoaderBatch( x.url ) );
	const after = added.filter( ( x ) => !isLoaderBatch( x.url ) );
	const probeInside = loaders.some( ( x ) => /geo-conflicts-probe/.test( decodeURIComponent( x.url ) ) );
	return 'Article with coordinates, cold, after the loaders\' request (' + loaders.map( ( x ) => kb( x.gz ) + ' KB' ).join( ', ' ) +
		( probeInside ? ', the probe module inside it' : '' ) + '): **' + after.length + ' request' + ( after.length === 1 ? '' : 's' ) + ', ' +
		after.reduce( ( sum, x ) => sum + x.gz, 0 ) + ' B gz** (' + ( after.map( ( x ) => shortUrl( x.url ) ).join( ', ' ) || 'none' ) + ').';
}

export function shortUrl( u: string ): string {
	const url = new URL( u );
	const modules = url.searchParams.get( 'modules' );
	if ( modules ) {
		return 'load.php `' + modules + '`';
	}
	const query = url.searchParams.get( 'query' );
	if ( query ) {
		return 'WDQS `' + ( /view=(\w+)/.exec( query ) || [ '', '?' ] )[ 1 ] + '` query';
	}
	const title = url.searchParams.get( 'title' );
	if ( title && url.searchParams.get( 'action' ) === 'raw' ) {
		return 'raw `' + title.replace( /^MediaWiki:Gadget-geo-conflicts-snapshot\//, 'snapshot/' ) + '`';
	}
	return url.pathname.split( '/' ).slice( -2 ).join( '/' ).slice( 0, 60 );
}
