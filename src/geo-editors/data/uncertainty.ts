/**
 * Noise of the DP release. Each published editor count has Laplace noise of scale b = 1/ε
 * (ε = count_eps): variance 2b². The exact 95% half-width of one cell is ln(20)·b (P(|X| > t) =
 * e^(−t/b) = 0.05). A sum (or difference) of k independent cells has variance Σ 2/εᵢ², i.e.
 * √(2k)/ε standard deviation for equal ε; its 95% half-width uses the normal approximation 1.96·sd.
 */
export const Z95 = 1.959963984540054;
export const LN20 = Math.log( 20 );

/** A noisy value with its standard deviation and 95% half-width. */
export interface Estimate {
	value: number;
	sd: number;
	half: number;
	/** Number of published cells that went into it. */
	cells: number;
}

/** 95% half-width of one published cell. */
export function cellHalfWidth( countEps: number ): number {
	return LN20 / countEps;
}

/** Standard deviation of one cell's Laplace noise. */
export function cellSd( countEps: number ): number {
	return Math.SQRT2 / countEps;
}

/** One published cell as an estimate. */
export function cellEstimate( value: number, countEps: number ): Estimate {
	return { value, sd: cellSd( countEps ), half: cellHalfWidth( countEps ), cells: 1 };
}

/** Sum of estimates (cells or sums of cells): variances add. Null for nothing to add. */
export function sumEstimates( parts: Estimate[] ): Estimate | null {
	if ( !parts.length ) {
		return null;
	}
	if ( parts.length === 1 ) {
		return parts[ 0 ];
	}
	let value = 0;
	let variance = 0;
	let cells = 0;
	for ( const p of parts ) {
		value += p.value;
		variance += p.sd * p.sd;
		cells += p.cells;
	}
	const sd = Math.sqrt( variance );
	return { value, sd, half: Z95 * sd, cells };
}

/** a − b; the noise of both adds up. */
export function differenceEstimate( a: Estimate, b: Estimate ): Estimate {
	const sd = Math.sqrt( a.sd * a.sd + b.sd * b.sd );
	return { value: a.value - b.value, sd, half: Z95 * sd, cells: a.cells + b.cells };
}

/** The estimate divided by n (e.g. a monthly average from a sum over n months). */
export function scaleEstimate( e: Estimate, n: number ): Estimate {
	return { value: e.value / n, sd: e.sd / n, half: e.half / n, cells: e.cells };
}

/** Half-width of a sum of k cells of equal ε by the √(2k)/ε rule (k = 1: exact Laplace). */
export function sumHalfWidth( k: number, countEps: number ): number {
	return k === 1 ? cellHalfWidth( countEps ) : Z95 * Math.sqrt( 2 * k ) / countEps;
}
