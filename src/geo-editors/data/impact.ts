/**
 * Event impact: a campaign or edit-a-thon period compared with the same span just before it and
 * with the same months a year earlier, per level and for the total. The verdict says whether the
 * change is larger than the privacy noise (its 95% interval leaves out 0) or within it; it is
 * "unknown" when a period has a month without a published value. It is about the noise only: a
 * change larger than the noise may still have other causes (season, other events).
 */
import { LEVELS, addMonths, monthRange, type ActivityLevel } from './types';
import type { RowIndex } from './aggregate';
import { periodValue, periodDifference, type MonthSpan, type PeriodSelection, type PeriodValue } from './periods';
import type { Estimate } from './uncertainty';

export type Verdict = 'larger-up' | 'larger-down' | 'within' | 'unknown';

export interface Change {
	baseline: PeriodValue;
	/** Campaign minus baseline (monthly averages). */
	delta: Estimate | null;
	verdict: Verdict;
}

export interface ImpactRow {
	level: ActivityLevel | null;
	campaign: PeriodValue;
	before: Change;
	yearEarlier: Change;
}

export interface ImpactPeriods {
	campaign: PeriodSelection;
	before: PeriodSelection;
	yearEarlier: PeriodSelection;
}

/**
 * The three periods: the campaign, the same number of months just before, the same months a year
 * earlier.
 */
export function impactPeriods<T extends MonthSpan>( campaign: T ): { campaign: T; before: T;
	yearEarlier: T; } {
	const n = monthRange( campaign.from, campaign.to ).length;
	return {
		campaign,
		before: Object.assign( {}, campaign,
			{ from: addMonths( campaign.from, -n ), to: addMonths( campaign.from, -1 ) } ),
		yearEarlier: Object.assign( {}, campaign,
			{ from: addMonths( campaign.from, -12 ), to: addMonths( campaign.to, -12 ) } ),
	};
}

/** Every month the three periods need (to load them). */
export function impactMonths( campaign: MonthSpan ): string[] {
	const p = impactPeriods( campaign );
	const months = monthRange( p.yearEarlier.from, p.yearEarlier.to )
		.concat( monthRange( p.before.from, p.campaign.to ) );
	return months.filter( ( m, i ) => months.indexOf( m ) === i ).sort();
}

export function verdictOf( delta: Estimate | null ): Verdict {
	if ( !delta ) {
		return 'unknown';
	}
	if ( Math.abs( delta.value ) <= delta.half ) {
		return 'within';
	}
	return delta.value > 0 ? 'larger-up' : 'larger-down';
}

function change( campaign: PeriodValue, baseline: PeriodValue ): Change {
	const delta = periodDifference( baseline, campaign );
	return { baseline, delta, verdict: verdictOf( delta ) };
}

/** One row per chosen level and one for their total. */
export function impact( index: RowIndex, campaign: PeriodSelection,
	levels: readonly ActivityLevel[] = LEVELS ): ImpactRow[] {
	const periods = impactPeriods( campaign );
	const rows: ( ActivityLevel | null )[] = LEVELS.filter( ( l ) => levels.includes( l ) );
	rows.push( null );
	return rows.map( ( level ) => {
		const during = periodValue( index, periods.campaign, level, levels );
		return {
			level,
			campaign: during,
			before: change( during, periodValue( index, periods.before, level, levels ) ),
			yearEarlier: change( during, periodValue( index, periods.yearEarlier, level, levels ) ),
		};
	} );
}
