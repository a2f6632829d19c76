/**
 * The map's colour scale: editors counts span four orders of magnitude between countries, so the
 * classes are steps of a 1–3–10 sequence (readable, round numbers) up to the largest value, at most
 * six classes of one sequential hue (CSS variables, light and night). Pure: no DOM.
 */
export const MAX_CLASSES = 6;

/** Class boundaries: class i holds values in [breaks[i], breaks[i+1]). */
export function breaksFor( max: number ): number[] {
	const steps: number[] = [];
	for ( let p = 1; steps.length < 40; p *= 10 ) {
		steps.push( p, 3 * p );
	}
	const top = steps.findIndex( ( s ) => s > max );
	const last = top < 0 ? steps.length - 1 : top;
	const first = Math.max( 0, last - MAX_CLASSES );
	const breaks = steps.slice( first, last );
	breaks[ 0 ] = 0;
	return breaks;
}

/** Index of the class of a value (0 … breaks.length − 1). */
export function classOf( value: number, breaks: number[] ): number {
	let i = 0;
	while ( i + 1 < breaks.length && value >= breaks[ i + 1 ] ) {
		i++;
	}
	return i;
}
