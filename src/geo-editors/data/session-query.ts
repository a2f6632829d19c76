/**
 * What a Geo Editors session is asked for (data/session.ts): the query, the wikis and selections
 * it resolves to, and the limits of a range.
 */
import type { WikiSite } from './sitematrix';
import type { Selection } from './aggregate';
import { HttpError } from '../../core/http';
import { FIRST_MONTH, lastPublishableMonth } from './release-range';

/** The release has no file for the month asked (HTTP 404): "no data for this month", not a failure. */
export function isNoFile( error: unknown ): boolean {
	return error instanceof HttpError && error.kind === 'http' && error.status === 404;
}

/** What a session loads: the part of a view's state that decides the requests. */
export interface SessionQuery {
	/** ISO alpha-2 codes, or `--` (unknown). */
	countries: string[];
	/** Wikis as given: dbname (`eswiki`) or project code (`es.wikipedia`). */
	projects: string[];
	/** YYYY-MM, or null for "the latest 12 published months". */
	from: string | null;
	to: string | null;
}

export interface WikiRef {
	dbname: string;
	/** Project code (`es.wikipedia`) when known. */
	project: string;
	site: WikiSite | null;
}

export interface LabeledSelection extends Selection {
	wiki: WikiRef;
}

export const DEFAULT_MONTHS = 12;
/**
 * Longest range one view loads: the whole release since 2018-01 and some years to come (one
 * request per month; a permalink from=1900-01 still cannot fan out to hundreds).
 */
export const MAX_MONTHS = 120;
export { FIRST_MONTH, lastPublishableMonth };
