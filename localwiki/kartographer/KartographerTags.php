<?php
/**
 * <mapframe> and <maplink> of the Kartographer stand-in: the HTML Kartographer's legacy
 * (non-Parsoid) tag handlers output, as its parser tests show it (tests/parser/parserTests.txt,
 * includes/Tag/LegacyMapFrame.php, MapFrameAttributeGenerator.php, LegacyMapLink.php,
 * MapTagArgumentValidator.php). Written for the local wiki; see docs/kartographer-stand-in.md.
 */

use MediaWiki\Html\Html;
use MediaWiki\SpecialPage\SpecialPage;

class GeoKartographerTags {

	private const THUMB_ALIGN = [ 'left' => 'tleft', 'center' => 'tnone center', 'right' => 'tright',
		'none' => 'tnone' ];
	private const FRAMELESS_ALIGN = [ 'left' => 'floatleft', 'center' => 'center', 'right' => 'floatright' ];

	/** A float attribute as Kartographer prints it (PHP's float to string: 10.0 → "10"). */
	private static function float( array $args, string $name, float $min, float $max ): ?float {
		if ( !isset( $args[$name] ) || !is_numeric( trim( $args[$name] ) ) ) {
			return null;
		}
		$value = (float)trim( $args[$name] );
		return $value >= $min && $value <= $max ? $value : null;
	}

	private static function int( array $args, string $name, int $min, int $max ): ?int {
		if ( !isset( $args[$name] ) || !preg_match( '/^\s*-?\d+\s*$/', $args[$name] ) ) {
			return null;
		}
		$value = (int)$args[$name];
		return $value >= $min && $value <= $max ? $value : null;
	}

	/** What both tags share: position, style, language; null when the arguments are invalid. */
	private static function common( array $args, Parser $parser ): array {
		global $wgKartographerStyles, $wgKartographerDfltStyle;
		$lat = self::float( $args, 'latitude', -90, 90 );
		$lon = self::float( $args, 'longitude', -180, 180 );
		if ( ( $lat === null ) !== ( $lon === null ) ) {
			$lat = $lon = null;
		}
		$style = $args['mapstyle'] ?? '';
		$lang = isset( $args['lang'] ) && preg_match( '/^[a-z]{2,3}(-[a-z0-9-]+)?$/', $args['lang'] ) ?
			$args['lang'] : null;
		return [
			'lat' => $lat,
			'lon' => $lon,
			'zoom' => self::int( $args, 'zoom', 0, 19 ),
			'style' => in_array( $style, $wgKartographerStyles, true ) ? $style : $wgKartographerDfltStyle,
			'specifiedLang' => $lang,
			// $wgKartographerUsePageLanguage (true in production): the page's language
			'lang' => $lang ?? $parser->getTargetLanguage()->getCode(),
		];
	}

	/** Inline GeoJSON of the tag body, as a private data group (`_` + sha1), or null. */
	private static function group( ?string $input, Parser $parser ): ?string {
		$json = $input === null ? null : json_decode( trim( $input ) );
		if ( !is_object( $json ) && !is_array( $json ) ) {
			return null;
		}
		$id = '_' . sha1( json_encode( $json ) );
		$output = $parser->getOutput();
		$live = $output->getJsConfigVars()['wgKartographerLiveData'] ?? [];
		$live[$id] = is_array( $json ) ? $json : [ $json ];
		$output->setJsConfigVar( 'wgKartographerLiveData', $live );
		return $id;
	}

	private static function specialMapLink( array $c ): string {
		$lang = $c['lang'];
		return SpecialPage::getTitleFor( 'Map',
			( $c['zoom'] ?? '' ) . '/' . ( $c['lat'] ?? '' ) . '/' . ( $c['lon'] ?? '' ) . '/' . $lang
		)->getLocalURL();
	}

	private static function error( string $tag, string $message ): string {
		return Html::element( 'div', [ 'class' => 'mw-kartographer-error' ], "<$tag>: $message" );
	}

	public static function mapframe( ?string $input, array $args, Parser $parser, PPFrame $frame ) {
		global $wgKartographerMapServer, $wgKartographerStaticMapframe, $wgKartographerSrcsetScales,
			$wgKartographerStaticFullWidth;
		if ( !isset( $args['width'] ) || !isset( $args['height'] ) ) {
			return self::error( 'mapframe', 'width and height are required' );
		}
		$width = preg_match( '/^(\d+|full|100%)$/', $args['width'] ) ?
			( $args['width'] === '100%' ? 'full' : $args['width'] ) : null;
		$height = self::int( $args, 'height', 1, 1000 );
		if ( $width === null || $height === null ) {
			return self::error( 'mapframe', 'invalid width or height' );
		}
		$c = self::common( $args, $parser );
		$text = (string)( $args['text'] ?? '' );
		$align = $width === 'full' ? 'none' : ( isset( $args['align'] ) &&
			preg_match( '/^(left|center|right)$/', $args['align'] ) ? $args['align'] :
			$parser->getTargetLanguage()->alignEnd() );
		$frameless = isset( $args['frameless'] ) && $text === '';
		$cssWidth = $width === 'full' ? '100%' : $width . 'px';
		$group = self::group( $input, $parser );

		$output = $parser->getOutput();
		$output->addModuleStyles( [ 'ext.kartographer.style' ] );
		$output->addModules( [ $wgKartographerStaticMapframe ? 'ext.kartographer.staticframe' :
			'ext.kartographer.frame' ] );

		$containerClasses = [ 'mw-kartographer-container' ];
		if ( $width === 'full' ) {
			$containerClasses[] = 'mw-kartographer-full';
		}
		$attrs = [
			'class' => [ 'mw-kartographer-map', 'notheme' ],
			'style' => "width: $cssWidth; height: {$height}px;",
			'data-mw-kartographer' => 'mapframe',
			'data-style' => $c['style'],
			'data-width' => $width,
			'data-height' => $height,
		];
		if ( $c['zoom'] !== null ) {
			$attrs['data-zoom'] = $c['zoom'];
		}
		if ( $c['lat'] !== null ) {
			$attrs['data-lat'] = $c['lat'];
			$attrs['data-lon'] = $c['lon'];
		}
		if ( $c['specifiedLang'] !== null ) {
			$attrs['data-lang'] = $c['specifiedLang'];
		}
		if ( $group !== null ) {
			$attrs['data-overlays'] = json_encode( [ $group ] );
		}
		$attrs['href'] = self::specialMapLink( $c );
		if ( $frameless ) {
			$attrs['class'] = array_merge( $attrs['class'], $containerClasses,
				(array)( self::FRAMELESS_ALIGN[$align] ?? [] ) );
		}

		$staticWidth = $width === 'full' ? $wgKartographerStaticFullWidth : (int)$width;
		$imgUrl = "$wgKartographerMapServer/img/{$c['style']}," . ( $c['zoom'] ?? 'a' ) . ',' .
			( $c['lat'] ?? 'a' ) . ',' . ( $c['lon'] ?? 'a' ) . ",{$staticWidth}x{$height}";
		$query = wfArrayToCgi( [ 'lang' => $c['lang'] ] );
		$img = [
			'src' => "$imgUrl.png?$query",
			'width' => $staticWidth,
			'height' => $height,
			'decoding' => 'async',
		];
		if ( in_array( 2, $wgKartographerSrcsetScales ) ) {
			$img['srcset'] = "$imgUrl@2x.png?$query 2x";
		}
		$img['alt'] = $args['alt'] ?? wfMessage( 'kartographer-static-mapframe-alt' )->inContentLanguage()->text();

		$html = Html::rawElement( 'a', $attrs, Html::element( 'img', $img ) );
		if ( !$frameless ) {
			if ( $text !== '' ) {
				$html .= Html::rawElement( 'div', [ 'class' => 'thumbcaption' ],
					$parser->recursiveTagParse( $text, $frame ) );
			}
			$html = Html::rawElement( 'div', [ 'class' => array_merge( $containerClasses,
				[ 'thumb', self::THUMB_ALIGN[$align] ] ) ],
				Html::rawElement( 'div', [ 'class' => 'thumbinner', 'style' => "width: $cssWidth;" ], $html ) );
		}
		return [ $html, 'markerType' => 'nowiki' ];
	}

	/** Degrees as Kartographer's CoordFormatter writes them: 10°0′0″N 20°0′0″E. */
	private static function dms( float $value, string $pos, string $neg ): string {
		$abs = abs( $value );
		$deg = (int)floor( $abs );
		$min = (int)floor( ( $abs - $deg ) * 60 );
		$sec = (int)round( ( $abs - $deg - $min / 60 ) * 3600 );
		return "{$deg}°{$min}′{$sec}″" . ( $value < 0 ? $neg : $pos );
	}

	public static function maplink( ?string $input, array $args, Parser $parser, PPFrame $frame ) {
		$c = self::common( $args, $parser );
		$parser->getOutput()->addModuleStyles( [ 'ext.kartographer.style' ] );
		$parser->getOutput()->addModules( [ 'ext.kartographer.link' ] );
		$group = self::group( $input, $parser );
		$text = isset( $args['text'] ) ? $parser->recursiveTagParse( $args['text'], $frame ) :
			htmlspecialchars( self::dms( $c['lat'] ?? 0, 'N', 'S' ) . ' ' . self::dms( $c['lon'] ?? 0, 'E', 'W' ) );
		$attrs = [
			'class' => 'mw-kartographer-maplink',
			'data-mw-kartographer' => 'maplink',
			'data-style' => $c['style'],
		];
		if ( $c['lat'] === null && $group === null ) {
			$attrs['class'] .= ' error';
			return [ Html::rawElement( 'a', $attrs, $text ), 'markerType' => 'nowiki' ];
		}
		$attrs['href'] = self::specialMapLink( $c );
		if ( $c['zoom'] !== null ) {
			$attrs['data-zoom'] = $c['zoom'];
		}
		if ( $c['lat'] !== null ) {
			$attrs['data-lat'] = $c['lat'];
			$attrs['data-lon'] = $c['lon'];
		}
		if ( $group !== null ) {
			$attrs['data-overlays'] = json_encode( [ $group ] );
		}
		return [ Html::rawElement( 'a', $attrs, $text ), 'markerType' => 'nowiki' ];
	}
}
