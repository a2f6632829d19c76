/**
 * Bidi rules for data text, without DOM (data/ exports use them too): close what a text leaves
 * open, isolate it inside a composed string. In the DOM, use dom.ts's bdi() and dataBlock().
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * The text with every bidi embedding or override (LRE RLE LRO RLO) and isolate (LRI RLI FSI) it
 * leaves open closed at its end (PDF, PDI), innermost first, as UAX #9 pairs them. Data text from
 * Wikidata or a dataset ending in an unclosed U+202E would otherwise reverse the rest of its line
 * ("edit Q1 on Wikidata" → "atadikiW no 1Q tide"); every text node the builder writes goes
 * through this (issue 22).
 */
export function closeBidi( text: string ): string {
	if ( !BIDI_CONTROL.test( text ) ) {
		return text;
	}
	// 'e': an embedding or override, 'i': an isolate.
	const open: ( 'e' | 'i' )[] = [];
	for ( let i = 0; i < text.length; i++ ) {
		const c = text.charCodeAt( i );
		if ( c >= 0x202A && c <= 0x202E && c !== 0x202C ) {
			open.push( 'e' );
		} else if ( c === 0x202C ) {
			// A PDF closes an embedding opened inside the current isolate only.
			if ( open.length && open[ open.length - 1 ] === 'e' ) {
				open.pop();
			}
		} else if ( c >= 0x2066 && c <= 0x2068 ) {
			open.push( 'i' );
		} else if ( c === 0x2069 && open.includes( 'i' ) ) {
			// A PDI closes its isolate and every embedding opened inside it.
			while ( open.pop() !== 'i' ) {
				// popped an embedding
			}
		}
	}
	let closers = '';
	while ( open.length ) {
		closers += open.pop() === 'e' ? '\u202C' : '\u2069';
	}
	return text + closers;
}

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDFFF]/;

/**
 * Data text that goes into a composed string (a list of labels, a message parameter), isolated
 * with FSI…PDI when it could reorder its neighbours (right-to-left letters, bidi controls);
 * other text is returned as it is. In the DOM, prefer bdi().
 */
export function isolateText( text: string ): string {
	return BIDI_CONTROL.test( text ) || STRONG_RTL.test( text ) ?
		'\u2068' + closeBidi( text ) + '\u2069' : text;
}
