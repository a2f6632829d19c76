/** Labels, cell helpers and notes shared by the views. */
import { msg, formatMonth } from '../../../core/messages';
import { isolateText } from '../../../core/dom';
import { LEVELS, type ActivityLevel } from '../../data/types';
import type { MonthPoint } from '../../data/aggregate';
import type { Estimate } from '../../data/uncertainty';
import type { LabeledSelection } from '../../data/session';
import { countryName } from '../countries';
import { hasNoData, type CellValue, type TableColumn } from '../table-model';
import type { ViewOutput } from './types';

const LEVEL_KEYS: Record<ActivityLevel, string> = {
	'1 to 4': 'geo-editors-level-1',
	'5 to 99': 'geo-editors-level-5',
	'100 or more': 'geo-editors-level-100',
};

/** Column ids of the levels in tables and exports. */
export const LEVEL_IDS: Record<ActivityLevel, string> = { '1 to 4': 'editors_1_4', '5 to 99': 'editors_5_99', '100 or more': 'editors_100' };

export function levelLabel( level: ActivityLevel ): string {
	return msg( LEVEL_KEYS[ level ] );
}

/** Label of the chosen levels: one level by name, several as "total of …". */
export function levelsLabel( levels: readonly ActivityLevel[] ): string {
	return levels.length === 1 ? levelLabel( levels[ 0 ] ) :
		levels.length === LEVELS.length ? msg( 'geo-editors-total' ) : msg( 'geo-editors-total-of', levels.map( levelLabel ).join( ', ' ) );
}

/**
 * A wiki's project name as the release writes it (free text of up to 80 characters, anyone's):
 * isolated for the message or label it goes into (issue 22).
 */
export function projectLabel( wiki: { project: string } ): string {
	return isolateText( wiki.project );
}

export function selectionLabel( s: LabeledSelection ): string {
	return countryName( s.country ) + ' · ' + projectLabel( s.wiki );
}

/**
 * "Jul 2023 – Dec 2023", or one month alone ("Aug 2023", never "Aug 2023 – Aug 2023"). Unbreakable
 * inside each month and before the dash, so a caption wraps between words, not mid-range.
 */
export function rangeLabel( months: string[] ): string {
	if ( !months.length ) {
		return '';
	}
	const month = ( m: string ): string => formatMonth( m, 'short' ).replace( / /g, '\u00a0' );
	const first = months[ 0 ], last = months[ months.length - 1 ];
	return first === last ? month( first ) : month( first ) + '\u00a0– ' + month( last );
}

/** An estimate cell, or "not published" when there is none. */
export function est( e: Estimate | null, partial = false ): CellValue {
	return e ? { kind: 'estimate', estimate: e, partial } : { kind: 'np' };
}

/** A level's cell of a month: its estimate, n/p, or "no data" when the release has nothing. */
export function levelCell( p: MonthPoint, level: ActivityLevel ): CellValue {
	const c = p.levels[ level ];
	return c.published ? { kind: 'estimate', estimate: c.editors } : p.noData ? { kind: 'no-data' } : { kind: 'np' };
}

/** The total of a month's levels (≥ when a level is not published), or "no data". */
export function totalCell( p: MonthPoint ): CellValue {
	return p.noData ? { kind: 'no-data' } : est( p.total.editors, p.total.missing.length > 0 );
}

/** A period's monthly average: its estimate, n/p, or "no data" when the release has nothing. */
export function periodCell( v: { average: Estimate | null; noData: boolean } ): CellValue {
	return v.average ? est( v.average ) : v.noData ? { kind: 'no-data' } : { kind: 'np' };
}

/** A change between periods: "no data" when either side has no data, else as est(). */
export function changeCell( delta: Estimate | null, ...sides: { noData: boolean }[] ): CellValue {
	return !delta && sides.some( ( s ) => s.noData ) ? { kind: 'no-data' } : est( delta );
}

/** The legend line of "no data for this month", added to a view whose table has such a cell. */
export function withNoDataNote( output: ViewOutput ): ViewOutput {
	if ( !hasNoData( output.table ) ) {
		return output;
	}
	return Object.assign( {}, output, { table: Object.assign( {}, output.table,
		{ notes: output.table.notes.concat( [ msg( 'geo-editors-note-no-data' ) ] ) } ) } );
}

export function commonNotes( extra: string[] = [] ): string[] {
	return [ msg( 'geo-editors-note-np' ), msg( 'geo-editors-note-ci' ) ].concat( extra );
}

export function shortMonths( months: string[] ): string[] {
	return months.map( ( m ) => formatMonth( m, 'short' ) );
}

/**
 * Columns of a ranked table of countries (the top view and the world map rank the same numbers).
 */
export function rankedColumns( levels: readonly ActivityLevel[] ): TableColumn[] {
	return [
		{ id: 'rank', label: msg( 'geo-editors-rank' ), numeric: true },
		{ id: 'editors', label: levelsLabel( levels ), numeric: true },
		{ id: 'levels_not_published', label: msg( 'geo-editors-levels-missing' ) },
	];
}
