/**
 * The period a panel's header states: the one its view shows. A campaign's months (event impact),
 * the compared periods, the month of one-month views — never the range loaded around them — and
 * one month as "August 2023", not as a range from a month to itself.
 */
import { formatMonth } from '../../core/messages';
import type { MonthSpan } from '../data/periods';
import { MONTH_VIEWS, type ViewName } from './state';
import type { ReportParams } from './report-state';
import { defaultPeriods } from './views/periods';

/** "August 2023", or "October 2023 – December 2023". */
export function longSpanLabel( span: MonthSpan ): string {
	return span.from === span.to ? formatMonth( span.from ) :
		formatMonth( span.from ) + ' – ' + formatMonth( span.to );
}

/**
 * The header's period of a view: `months` is the range (oldest first), `month` the month of
 * one-month views. Empty when there is nothing to say yet.
 */
export function viewPeriodLabel( view: ViewName, report: ReportParams, months: string[],
	month: string | undefined ): string {
	if ( MONTH_VIEWS.includes( view ) ) {
		return month ? formatMonth( month ) : '';
	}
	if ( !months.length ) {
		return '';
	}
	const last = months[ months.length - 1 ];
	if ( view === 'impact' ) {
		return longSpanLabel( report.campaign || { from: last, to: last } );
	}
	if ( view === 'periods' ) {
		const periods = report.periods.length ? report.periods : defaultPeriods( months );
		return periods.map( longSpanLabel ).join( ', ' );
	}
	return longSpanLabel( { from: months[ 0 ], to: last } );
}
