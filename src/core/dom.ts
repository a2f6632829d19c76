/**
 * The only way this project makes DOM: elements with text nodes, never HTML strings. Labels and
 * URLs from Wikidata and the datasets are attacker-controlled; here they can only become text.
 */
import { safeUrl } from './config';

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
	class?: string | ( string | false | null | undefined )[];
	/** Shortcut for a single text child. */
	text?: string;
	/** Plain attributes. `on*` names are refused; href/src/action go through safeUrl(). */
	attrs?: Record<string, string | number | boolean | null | undefined>;
	on?: { [ K in keyof HTMLElementEventMap ]?: ( event: HTMLElementEventMap[ K ] ) => void };
	style?: Record<string, string>;
	dataset?: Record<string, string>;
}

const URL_ATTRS = [ 'href', 'src', 'action', 'formaction', 'xlink:href', 'poster' ];

function setAttr( el: Element, name: string,
	value: string | number | boolean | null | undefined ): void {
	const lower = name.toLowerCase();
	if ( lower.indexOf( 'on' ) === 0 || lower === 'style' || lower === 'srcdoc' ) {
		throw new Error( 'Refusing attribute ' + name + ': use props.on / props.style' );
	}
	if ( value === null || value === undefined || value === false ) {
		return;
	}
	// Attribute text (a title tooltip, an aria-label naming a label) is shown or read too: its
	// bidi controls are closed like a text node's.
	let text = value === true ? '' : closeBidi( String( value ) );
	if ( URL_ATTRS.includes( lower ) ) {
		const safe = safeUrl( text );
		if ( safe === null ) {
			return;
		}
		text = safe;
	}
	el.setAttribute( name, text );
}

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

/**
 * Data text (a label, a name, a title, a description) inline, as its own bidi-isolated element:
 * whatever its direction or controls, it cannot reorder our text around it. Every piece of data
 * text a view writes goes through bdi() or dataBlock() (or isolateText() inside a composed
 * string); the lint rule "data text" in eslint.config.mjs and the views' isolation tests
 * (core/test-helpers.ts unisolated) check it (issue 22).
 */
export function bdi( text: string, props?: Props | null ): HTMLElement {
	return h( 'bdi', Object.assign( {}, props, { text } ) );
}

/**
 * Data text as a block of its own (a description, a summary line): `dir="auto"`, so its own first
 * strong letter sets its direction and the element is isolated (`unicode-bidi: isolate`, as every
 * element with a dir attribute is in HTML's style sheet).
 */
export function dataBlock<K extends keyof HTMLElementTagNameMap>( tag: K, text: string,
	props?: Props | null ): HTMLElementTagNameMap[ K ] {
	const attrs = Object.assign( {}, props && props.attrs, { dir: 'auto' } );
	return h( tag, Object.assign( {}, props, { attrs, text } ) );
}

export function append( parent: Node, children: Child[] ): void {
	for ( const child of children ) {
		if ( child === null || child === undefined || child === false ) {
			continue;
		}
		if ( Array.isArray( child ) ) {
			append( parent, child );
		} else if ( typeof child === 'string' ) {
			parent.appendChild( document.createTextNode( closeBidi( child ) ) );
		} else if ( typeof child === 'number' ) {
			parent.appendChild( document.createTextNode( String( child ) ) );
		} else {
			parent.appendChild( child );
		}
	}
}

function applyProps( el: HTMLElement | SVGElement, props: Props | null | undefined ): void {
	if ( !props ) {
		return;
	}
	if ( props.class ) {
		const classes = Array.isArray( props.class ) ? props.class : [ props.class ];
		for ( const c of classes ) {
			if ( c ) {
				el.classList.add( ...c.split( /\s+/ ).filter( Boolean ) );
			}
		}
	}
	if ( props.attrs ) {
		for ( const name of Object.keys( props.attrs ) ) {
			setAttr( el, name, props.attrs[ name ] );
		}
	}
	if ( props.style ) {
		for ( const name of Object.keys( props.style ) ) {
			el.style.setProperty( name, props.style[ name ] );
		}
	}
	if ( props.dataset ) {
		for ( const name of Object.keys( props.dataset ) ) {
			( el as HTMLElement ).dataset[ name ] = props.dataset[ name ];
		}
	}
	if ( props.on ) {
		const handlers = props.on as Record<string, EventListener>;
		for ( const name of Object.keys( handlers ) ) {
			el.addEventListener( name, handlers[ name ] );
		}
	}
	if ( props.text !== undefined ) {
		el.appendChild( document.createTextNode( closeBidi( props.text ) ) );
	}
}

/** Make an HTML element: `h( 'a', { attrs: { href }, class: 'x' }, 'text', otherNode )`. */
export function h<K extends keyof HTMLElementTagNameMap>( tag: K, props?: Props | null,
	...children: Child[] ): HTMLElementTagNameMap[ K ] {
	const el = document.createElement( tag );
	applyProps( el, props );
	append( el, children );
	return el;
}

/** Make an SVG element (charts legends, small icons). */
export function svg<K extends keyof SVGElementTagNameMap>( tag: K, props?: Props | null,
	...children: Child[] ): SVGElementTagNameMap[ K ] {
	const el = document.createElementNS( 'http://www.w3.org/2000/svg', tag );
	applyProps( el, props );
	append( el, children );
	return el;
}

/** Remove every child of an element. */
export function clear( el: Node ): void {
	while ( el.firstChild ) {
		el.removeChild( el.firstChild );
	}
}

/** Replace the children of an element. */
export function replaceChildren( el: Node, ...children: Child[] ): void {
	clear( el );
	append( el, children );
}

/**
 * A link when the URL is safe (http(s), Wikimedia or configured host), otherwise the text alone:
 * a hostile `javascript:` URL from Wikidata becomes harmless text, never a clickable link.
 */
export function link( href: string | null | undefined, text: string | Node,
	props?: Props ): HTMLAnchorElement | HTMLSpanElement {
	const safe = href ? safeUrl( href ) : null;
	if ( safe === null ) {
		return h( 'span', props, text );
	}
	const attrs = Object.assign( {}, props && props.attrs, { href: safe } );
	return h( 'a', Object.assign( {}, props, { attrs } ), text );
}
