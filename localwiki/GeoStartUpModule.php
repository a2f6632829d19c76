<?php
/**
 * The local wiki's ResourceLoader startup module: MediaWiki 1.39's, minus its two uses of eval.
 *
 * Production (MediaWiki 1.4x) enforces a script-src without 'unsafe-eval', and its loader has no
 * eval. The 1.39 loader still has two, and both throw under that policy:
 * - the ES6 feature test `new Function( '(a = 0) => a' )`: every browser the e2e tests use runs
 *   ES6, which newer MediaWiki simply requires, so the test is answered "yes";
 * - skip functions, evaluated from strings: only `es6-polyfills` and `web2017-polyfills` have one
 *   here, modules that newer MediaWiki no longer has; the browsers we test need neither, so they
 *   are skipped, as their skip functions would decide.
 * Without this the page's own modules (and the gadgets) never load under the enforced policy.
 * Registered over core's `startup` from GeoSettings.php.
 */

use MediaWiki\ResourceLoader\Context;
use MediaWiki\ResourceLoader\StartUpModule;

class GeoStartUpModule extends StartUpModule {
	private const EVAL_FREE = [
		"new Function( '(a = 0) => a' );" => 'void 0;',
		'var skip = ( new Function( registry[ module ].skip )() );' => 'var skip = true;',
	];

	public function getScript( Context $context ): string {
		$script = parent::getScript( $context );
		foreach ( self::EVAL_FREE as $from => $to ) {
			if ( strpos( $script, $from ) === false ) {
				// A MediaWiki update changed the loader: fail loudly instead of half-patching.
				throw new RuntimeException( "GeoStartUpModule: loader code not found: $from" );
			}
		}
		return strtr( $script, self::EVAL_FREE );
	}
}
