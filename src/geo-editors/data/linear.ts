/**
 * Weighted sums of published cells: group totals (weights 1), period averages (1/n) and their
 * differences (+1/nB, −1/nA). Each cell's Laplace noise is independent of every other cell's, so
 * the variance of Σ wᵢ·xᵢ is Σ wᵢ²·2/εᵢ²: variances combine, interval widths do not (adding widths
 * would overstate a sum of k equal cells by √k/1.96·ln 20 ≈ 1.1·√k). Keyed by cell, so a cell that
 * is in both periods of a difference counts once with its net weight and its noise cancels as it
 * should.
 */
import type { GeoRow } from './types';
import { Z95, cellHalfWidth, type Estimate } from './uncertainty';

export class LinearCombination {
	private readonly terms = new Map<string, { row: GeoRow; weight: number }>();

	/** Add weight × the row's editors (a row already added gets the weights summed). */
	public add( row: GeoRow, weight: number ): this {
		const k = row.month + '\t' + row.countryCode + '\t' + row.wikiDb + '\t' + row.level;
		const term = this.terms.get( k );
		if ( term ) {
			term.weight += weight;
		} else {
			this.terms.set( k, { row, weight } );
		}
		return this;
	}

	/** Add every term of another combination times `factor`. */
	public addAll( other: LinearCombination, factor: number ): this {
		other.terms.forEach( ( t ) => this.add( t.row, t.weight * factor ) );
		return this;
	}

	public get size(): number {
		return this.terms.size;
	}

	/** The estimate; null when nothing was added. */
	public estimate(): Estimate | null {
		if ( !this.terms.size ) {
			return null;
		}
		let value = 0;
		let variance = 0;
		let cells = 0;
		let single: { weight: number; eps: number } | null = null;
		this.terms.forEach( ( t ) => {
			value += t.weight * t.row.editors;
			if ( t.weight !== 0 ) {
				variance += t.weight * t.weight * 2 / ( t.row.countEps * t.row.countEps );
				cells++;
				single = { weight: t.weight, eps: t.row.countEps };
			}
		} );
		const sd = Math.sqrt( variance );
		// One noisy cell: its exact Laplace half-width, as everywhere else in the gadget.
		const one = single as { weight: number; eps: number } | null;
		const half = cells === 1 && one ? Math.abs( one.weight ) * cellHalfWidth( one.eps ) :
			Z95 * sd;
		return { value, sd, half, cells };
	}
}

/**
 * P(|S| > t) for S the sum of n independent Laplace(b) noises (S = b·(G₁ − G₂), Gᵢ ~ Gamma(n, 1)).
 * Used to check the normal approximation of the 95% half-width (docs/geo-editors.md), not to draw.
 */
export function laplaceSumTail( n: number, b: number, t: number ): number {
	const u = t / b;
	let sum = 0;
	for ( let i = 0; i < n; i++ ) {
		for ( let j = 0; j <= i; j++ ) {
			// C(i, j)·u^(i−j)/i! · (n−1+j)!/((n−1)!·2^(n+j))
			let ratio = 1;
			for ( let m = 0; m < j; m++ ) {
				ratio *= ( n + m ) / 2;
			}
			sum += Math.pow( u, i - j ) / ( factorial( i - j ) * factorial( j ) ) * ratio /
				Math.pow( 2, n );
		}
	}
	return 2 * Math.exp( -u ) * sum;
}

function factorial( k: number ): number {
	let f = 1;
	for ( let i = 2; i <= k; i++ ) {
		f *= i;
	}
	return f;
}
