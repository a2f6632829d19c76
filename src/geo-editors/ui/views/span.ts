/** A span of months as readers say it: "Dec 2023", or "Oct 2023 – Dec 2023". */
import { formatMonth } from '../../../core/messages';
import type { MonthSpan } from '../../data/periods';

export function spanLabel( span: MonthSpan ): string {
	return span.from === span.to ? formatMonth( span.from, 'short' ) : formatMonth( span.from, 'short' ) + ' – ' + formatMonth( span.to, 'short' );
}
