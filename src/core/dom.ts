/**
 * The only way this project makes DOM: elements with text nodes, never HTML strings. Labels and
 * URLs from Wikidata and the datasets are attacker-controlled; here they can only become text.
 */
import { safeUrl } from './config';
import { closeBidi } from './bidi';

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

export { closeBidi, isolateText } from './bidi';

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
