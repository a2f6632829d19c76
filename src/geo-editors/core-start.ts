/**
 * Imported first by core.ts, so it runs before the rest of the core's bundle: the time the core
 * starts executing, which the warm-dashboard bench (bench/warm-dashboard.bench.ts) measures from.
 * One User Timing entry per page view.
 */
if ( typeof performance !== 'undefined' && typeof performance.mark === 'function' ) {
	performance.mark( 'geo-editors-core-start' );
}
