/**
 * The months of an explicit range (issue 24 item 2): cut to the months that can exist, and — when
 * the range reaches past the latest month that can have been published — to the months the release
 * actually has (its index), so that a panel for 2030 names the release's real last month and a
 * range 2023-10…2030-06 shows, cites and exports exactly the release's months, naming the rest as
 * not in the release instead of failing on each.
 */
import { monthRange, addMonths } from './types';

/** The release starts with this month. */
export const FIRST_MONTH = '2018-01';

/** The latest month that can have been published: the one before the current UTC month. */
export function lastPublishableMonth( now = Date.now() ): string {
	const d = new Date( now );
	return addMonths( d.getUTCFullYear() + '-' + ( d.getUTCMonth() < 9 ? '0' : '' ) + ( d.getUTCMonth() + 1 ), -1 );
}

function monthRangeLength( from: string, to: string ): number {
	const index = ( m: string ): number => Number( m.slice( 0, 4 ) ) * 12 + Number( m.slice( 5 ) );
	return Math.max( 0, index( to ) - index( from ) + 1 );
}

export interface ResolvedRange {
	months: string[];
	/** Cut to what exists or to `max` (the view says so). */
	clamped: boolean;
	/** The asked months after the release's last one: [first, last, count], or null. */
	notInRelease: [ string, string, number ] | null;
	/** The release's first and last month, when its index was read. */
	release: [ string, string ] | null;
}

/**
 * `start`…`end` (YYYY-MM) cut to at most `max` months that can exist by `now`; with `published`
 * (the release's months, sorted), to those.
 */
export function resolveRange( start: string, end: string, max: number, now: number,
	published: string[] | null ): ResolvedRange {
	const release: [ string, string ] | null = published && published.length ?
		[ published[ 0 ], published[ published.length - 1 ] ] : null;
	const first = release ? release[ 0 ] : FIRST_MONTH;
	const last = release ? release[ 1 ] : lastPublishableMonth( now );
	// Cut to what can exist before building the list: from=1900-01&to=2099-12 is 2,400 months.
	const clamp = ( m: string ): string => m < first ? first : m > last ? last : m;
	let months = start > last || end < first ? [] : monthRange( clamp( start ), clamp( end ) );
	if ( published ) {
		months = months.filter( ( m ) => published.includes( m ) );
	}
	months = months.slice( -max );
	const after = end > last ? ( start > last ? start : addMonths( last, 1 ) ) : null;
	return {
		months,
		clamped: months.length < monthRangeLength( start, end ),
		notInRelease: after ? [ after, end, monthRangeLength( after, end ) ] : null,
		release,
	};
}
