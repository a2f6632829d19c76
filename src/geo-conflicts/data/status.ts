/**
 * Status of a conflict from its dates only. P582 (end time) in the past is the one clean "ended";
 * "ongoing" because there is a start but no end is an inference and is marked as such.
 */
import type { ConflictStatus, WikiDate } from './types';

export function conflictStatus( start: WikiDate | null, end: WikiDate | null,
	now = Date.now() ): ConflictStatus {
	if ( end ) {
		let endTime = Date.parse( end.iso + 'T00:00:00Z' );
		if ( isNaN( endTime ) ) {
			// Years Date.parse cannot read (before 1000, after 9999): compare the year alone.
			endTime = end.year <= new Date( now ).getUTCFullYear() ? now : now + 1;
		}
		if ( endTime <= now ) {
			return { key: 'ended', inferred: false, basis: 'end-date' };
		}
		return { key: 'ongoing', inferred: false, basis: 'end-in-future' };
	}
	if ( start ) {
		return { key: 'ongoing', inferred: true, basis: 'start-without-end' };
	}
	return { key: 'unknown', inferred: false, basis: 'no-dates' };
}
