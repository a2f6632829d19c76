<?php
/**
 * The local wiki's ResourceLoader startup module: MediaWiki 1.43's, minus its two uses of eval.
 *
 * Wikimedia enforces a script-src without 'unsafe-eval' and our gadgets must run under it, but the
 * 1.43 startup code (resources/src/startup/) still has two `new Function` calls, and both throw
 * under that policy:
 * - the ES6 feature test in isCompatible() (`new Function( '(a = 0) => a' )`): it would fail and
 *   send every browser to the no-JavaScript mode. The browsers we test run ES6 (1.43 requires it),
 *   so the test is answered "yes";
 * - skip functions, evaluated from strings: only `web2017-polyfills` has one (fetch, URL,
 *   IntersectionObserver), which the browsers we test all have, so it is skipped as its skip
 *   function would decide.
 * getScript() returns [ 'plainScripts' => [ [ 'content' => …, … ] ] ] since 1.41 (a string before).
 * Registered over core's `startup` from GeoSettings.php. This is the one piece of core we change.
 */

use MediaWiki\ResourceLoader\Context;
use MediaWiki\ResourceLoader\StartUpModule;

class GeoStartUpModule extends StartUpModule {
	private const EVAL_FREE = [
		"new Function( '(a = 0) => a' );" => 'void 0;',
		'var skip = ( new Function( registry[ module ].skip )() );' => 'var skip = true;',
	];

	private static function evalFree( string $script ): string {
		foreach ( self::EVAL_FREE as $from => $to ) {
			if ( strpos( $script, $from ) === false ) {
				// A MediaWiki update changed the loader: fail loudly instead of half-patching.
				throw new RuntimeException( "GeoStartUpModule: loader code not found: $from" );
			}
		}
		return strtr( $script, self::EVAL_FREE );
	}

	public function getScript( Context $context ) {
		$script = parent::getScript( $context );
		if ( is_string( $script ) ) {
			// only=scripts missing: core answers with a comment, nothing to patch.
			return $script;
		}
		foreach ( $script['plainScripts'] as &$file ) {
			$file['content'] = self::evalFree( $file['content'] );
		}
		return $script;
	}
}
