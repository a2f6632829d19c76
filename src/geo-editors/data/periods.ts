/**
 * A selection with its own period (country, wiki, months): its monthly average per level and for
 * the total, and the difference between two such selections with the interval of that difference. A
 * period value needs every month published: a month without a row fell under the threshold, and
 * averaging only the published months would overstate the period (it is named instead).
 */
import { LEVELS, monthRange, type ActivityLevel } from './types';
import type { RowIndex } from './aggregate';
import { LinearCombination } from './linear';
import type { Estimate } from './uncertainty';

/** Months from `from` to `to`, inclusive (YYYY-MM). */
export interface MonthSpan {
	from: string;
	to: string;
}

export interface PeriodSelection extends MonthSpan {
	country: string;
	wikiDb: string;
}

export interface PeriodValue {
	months: string[];
	/**
	 * Monthly average over the period; null when a month (or a level of the total) is not
	 * published.
	 */
	average: Estimate | null;
	/** Months in which the level (or a level of the total) has no row. */
	missingMonths: string[];
	/**
	 * Every missing month is one the release has no data for (coverage.ts): the average is then
	 * "no data", not "not published".
	 */
	noData: boolean;
	/** The weighted cells, for differences that share cells. */
	combination: LinearCombination;
}

/** The period's monthly average of one level (or, with level null, of the total of `levels`). */
export function periodValue( index: RowIndex, selection: PeriodSelection,
	level: ActivityLevel | null, levels: readonly ActivityLevel[] = LEVELS ): PeriodValue {
	const months = monthRange( selection.from, selection.to );
	const wanted = level ? [ level ] : levels;
	const combination = new LinearCombination();
	const missingMonths: string[] = [];
	for ( const month of months ) {
		let complete = true;
		for ( const l of wanted ) {
			const row = index.get( month, selection, l );
			if ( row ) {
				combination.add( row, 1 / months.length );
			} else {
				complete = false;
			}
		}
		if ( !complete ) {
			missingMonths.push( month );
		}
	}
	return {
		months,
		average: months.length && !missingMonths.length ? combination.estimate() : null,
		missingMonths,
		noData: missingMonths.length > 0 &&
			missingMonths.every( ( m ) => index.coverage.noData( m, selection.country ) ),
		combination,
	};
}

/** b − a: null unless both are complete. A cell in both periods cancels instead of adding noise. */
export function periodDifference( a: PeriodValue, b: PeriodValue ): Estimate | null {
	if ( !a.average || !b.average ) {
		return null;
	}
	return new LinearCombination().addAll( b.combination, 1 ).addAll( a.combination, -1 )
		.estimate();
}

export interface PeriodRow {
	/** A level, or null for the total of the chosen levels. */
	level: ActivityLevel | null;
	values: PeriodValue[];
	/**
	 * Difference of each selection to the first (null for the first and where either is
	 * incomplete).
	 */
	differences: ( Estimate | null )[];
}

/** Rows per chosen level plus the total, each selection with its own period. */
export function comparePeriods( index: RowIndex, selections: readonly PeriodSelection[],
	levels: readonly ActivityLevel[] = LEVELS ): PeriodRow[] {
	const rows: ( ActivityLevel | null )[] = LEVELS.filter( ( l ) => levels.includes( l ) );
	rows.push( null );
	return rows.map( ( level ) => {
		const values = selections.map( ( s ) => periodValue( index, s, level, levels ) );
		return {
			level,
			values,
			differences: values.map(
				( v, i ) => ( i === 0 ? null : periodDifference( values[ 0 ], v ) ) ),
		};
	} );
}
