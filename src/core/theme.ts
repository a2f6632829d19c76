/**
 * Theme: Codex design tokens (CSS custom properties set by the skin) with fallbacks, and a signal
 * when the reader switches between day and night so charts can redraw with the new colours.
 */

/**
 * The computed value of a CSS custom property, or the fallback when the skin does not define it.
 */
export function cssVar( name: string, fallback: string,
	el: Element | CSSStyleDeclaration = document.documentElement ): string {
	// A computed style read once can serve several variables (one style lookup per chart, not per
	// colour).
	const style = 'getPropertyValue' in el ? el : getComputedStyle( el );
	const value = style.getPropertyValue( name ).trim();
	return value || fallback;
}

function prefersDark(): boolean {
	return typeof matchMedia === 'function' && matchMedia( '(prefers-color-scheme: dark)' ).matches;
}

/**
 * Night mode as the skins define it: an explicit night class, or "os" with a dark OS preference.
 */
export function isNightMode(): boolean {
	const cl = document.documentElement.classList;
	return cl.contains( 'skin-theme-clientpref-night' ) ||
		( cl.contains( 'skin-theme-clientpref-os' ) && prefersDark() );
}

/** Call back whenever night mode turns on or off; returns a function that stops listening. */
export function onThemeChange( callback: ( night: boolean ) => void ): () => void {
	let last = isNightMode();
	const check = (): void => {
		const now = isNightMode();
		if ( now !== last ) {
			last = now;
			callback( now );
		}
	};
	const observer = new MutationObserver( check );
	observer.observe( document.documentElement, { attributes: true, attributeFilter: [ 'class' ] } );
	const media = typeof matchMedia === 'function' ? matchMedia( '(prefers-color-scheme: dark)' ) : null;
	if ( media && media.addEventListener ) {
		media.addEventListener( 'change', check );
	}
	return () => {
		observer.disconnect();
		if ( media && media.removeEventListener ) {
			media.removeEventListener( 'change', check );
		}
	};
}
