/**
 * Group totals: editors of several countries on ONE wiki in ONE month, with the combined interval
 * and every cell that was not published named. Never across wikis (a person who edits two wikis is
 * counted once in each) nor across months (the same people counted again each month): the request
 * is refused with the reason, which the interface explains.
 */
import { LEVELS, type ActivityLevel } from './types';
import type { RowIndex } from './aggregate';
import { LinearCombination } from './linear';
import type { Estimate } from './uncertainty';

export type GroupRefusal = 'several-wikis' | 'several-months' | 'no-countries';

export class GroupScopeError extends Error {
	public readonly reason: GroupRefusal;

	public constructor( reason: GroupRefusal ) {
		super( 'Group totals cannot be computed: ' + reason );
		this.name = 'GroupScopeError';
		this.reason = reason;
	}
}

export interface GroupRequest {
	countries: readonly string[];
	wikiDbs: readonly string[];
	months: readonly string[];
	levels?: readonly ActivityLevel[];
}

export interface MissingCell {
	country: string;
	level: ActivityLevel;
}

export interface GroupTotal {
	wikiDb: string;
	month: string;
	/** The group's countries, each once, in the order given. */
	countries: string[];
	/** Sum of the published cells of the chosen levels; null when none was published. */
	total: Estimate | null;
	/** Per level: the sum over the group's published cells of that level. */
	byLevel: Record<ActivityLevel, Estimate | null>;
	/**
	 * Cells without a row: the total leaves them out, so it is a lower bound when any is listed.
	 */
	notPublished: MissingCell[];
	/** Countries with at least one published cell. */
	publishedCountries: string[];
}

/** Why a request for a group total would be refused, or null when it is one wiki and one month. */
export function groupRefusal( request: GroupRequest ): GroupRefusal | null {
	if ( new Set( request.wikiDbs ).size > 1 ) {
		return 'several-wikis';
	}
	if ( new Set( request.months ).size > 1 ) {
		return 'several-months';
	}
	if ( !request.countries.length || !request.wikiDbs.length || !request.months.length ) {
		return 'no-countries';
	}
	return null;
}

/** The group total, or GroupScopeError for several wikis or months. */
export function groupTotal( index: RowIndex, request: GroupRequest ): GroupTotal {
	const refusal = groupRefusal( request );
	if ( refusal ) {
		throw new GroupScopeError( refusal );
	}
	const wikiDb = request.wikiDbs[ 0 ];
	const month = request.months[ 0 ];
	const levels = request.levels && request.levels.length ? request.levels : LEVELS;
	const countries = request.countries.filter( ( c, i ) => request.countries.indexOf( c ) === i );
	const all = new LinearCombination();
	const byLevel = {} as Record<ActivityLevel, Estimate | null>;
	const notPublished: MissingCell[] = [];
	const published = new Set<string>();
	for ( const level of LEVELS ) {
		if ( !levels.includes( level ) ) {
			byLevel[ level ] = null;
			continue;
		}
		const sum = new LinearCombination();
		for ( const country of countries ) {
			const row = index.get( month, { country, wikiDb }, level );
			if ( row ) {
				sum.add( row, 1 );
				published.add( country );
			} else {
				notPublished.push( { country, level } );
			}
		}
		byLevel[ level ] = sum.estimate();
		all.addAll( sum, 1 );
	}
	return {
		wikiDb,
		month,
		countries,
		total: all.estimate(),
		byLevel,
		notPublished,
		publishedCountries: countries.filter( ( c ) => published.has( c ) ),
	};
}
