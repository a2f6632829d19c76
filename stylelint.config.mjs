// Wikimedia's CSS conventions (stylelint-config-wikimedia): the Grade A browser-support checks and
// the MediaWiki profile, with one change below.
export default {
	extends: [
		'stylelint-config-wikimedia/support-modern',
		'stylelint-config-wikimedia/mediawiki'
	],
	rules: {
		// The MediaWiki profile asks core and extensions for their own prefixes; a gadget's own
		// prefix is geo-, and we style Codex (cdx-), MediaWiki (mw-), skin and Leaflet classes.
		'selector-class-pattern': '^(geo|cdx|mw|skin|client|leaflet)-'
	}
};
