/**
 * Test support for the bidi rule of core/dom.ts (issue 22 item 5): every piece of data text in a
 * view sits inside an isolating element (`<bdi>`, or any element with a `dir` attribute) or,
 * inside a composed string, between FSI and PDI.
 */

/** Whether one text node's occurrence of `needle` is isolated. */
function isolatedAt( node: Text, needle: string, root: Element ): boolean {
	let el: Element | null = node.parentElement;
	while ( el ) {
		if ( el.tagName.toLowerCase() === 'bdi' || el.hasAttribute( 'dir' ) && el !== root ) {
			return true;
		}
		if ( el === root ) {
			break;
		}
		el = el.parentElement;
	}
	const text = node.data;
	const at = text.indexOf( needle );
	const before = text.lastIndexOf( '\u2068', at );
	// eslint-disable-next-line unicorn/prefer-includes -- the position is used
	return before >= 0 && text.indexOf( '\u2069', at + needle.length ) >= 0 &&
		!text.slice( before, at ).includes( '\u2069' );
}

/**
 * The text nodes under `root` that show `needle` without isolation, as short descriptions (empty:
 * every occurrence is isolated). Throws when `needle` is not shown at all, so a test cannot pass
 * by showing nothing.
 */
export function unisolated( root: Element, needle: string ): string[] {
	const walker = root.ownerDocument.createTreeWalker( root, 4 /* NodeFilter.SHOW_TEXT */ );
	const problems: string[] = [];
	let seen = 0;
	for ( let n = walker.nextNode(); n; n = walker.nextNode() ) {
		const text = n as Text;
		if ( !text.data.includes( needle ) ) {
			continue;
		}
		seen++;
		if ( !isolatedAt( text, needle, root ) ) {
			const parent = text.parentElement;
			problems.push( '<' + ( parent ? parent.tagName.toLowerCase() + ( parent.className ? '.' + String( parent.className ).split( ' ' ).join( '.' ) : '' ) : '?' ) + '> "' + text.data.slice( 0, 60 ) + '"' );
		}
	}
	if ( !seen ) {
		throw new Error( 'data text "' + needle + '" is not shown at all' );
	}
	return problems;
}

/** Data text as a hostile source sends it: ends in an unclosed right-to-left override. */
export function unclosedRtl( text: string ): string {
	return text + '\u202E';
}
