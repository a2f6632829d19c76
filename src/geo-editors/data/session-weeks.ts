/**
 * The weekly files (the weekly release) a session's range needs, from WEEKLY_FIRST_MONTH: loaded on
 * demand by the weekly views, kept by month; failures are remembered and can be retried alone, and
 * nothing loaded is dropped. The session hands in its months and row filter, which change with it.
 */
import { loadWeekMonths, type WeekMonthData } from './weekly-sources';
import { mergeWeekMonths, type MergedWeeks } from './weekly-series';
import { WEEKLY_FIRST_MONTH } from './weekly';
import type { RowFilter } from './types';

export class SessionWeeks {
	/** Weekly files by month. */
	public readonly data = new Map<string, WeekMonthData>();

	public readonly failed = new Map<string, Error>();

	private mergedCache: MergedWeeks | null = null;

	public constructor( private readonly rangeMonths: () => string[],
		private readonly filter: () => RowFilter ) {}

	/** The range's months the weekly release can have. */
	public get months(): string[] {
		return this.rangeMonths().filter( ( m ) => m >= WEEKLY_FIRST_MONTH );
	}

	/** Load the weekly files of the range not loaded yet; failures are kept in `failed`. */
	public async load( signal?: AbortSignal, onMonth?: () => void ): Promise<void> {
		const months = this.months.filter( ( m ) => !this.data.has( m ) );
		if ( !months.length ) {
			return;
		}
		const result = await loadWeekMonths( months, this.filter(), { signal, onMonth } );
		result.data.forEach( ( data, month ) => {
			this.data.set( month, data );
			this.failed.delete( month );
		} );
		result.errors.forEach( ( error, month ) => this.failed.set( month, error ) );
		this.mergedCache = null;
	}

	/** The loaded weekly rows, keyed by week (a week found in two files counted once). */
	public get merged(): MergedWeeks {
		if ( !this.mergedCache ) {
			this.mergedCache = mergeWeekMonths( this.months.map( ( m ) => this.data.get( m ) )
				.filter( ( d ): d is WeekMonthData => !!d ) );
		}
		return this.mergedCache;
	}
}
