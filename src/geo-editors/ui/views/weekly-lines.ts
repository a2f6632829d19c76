/**
 * The "Over time" view by week, from the weekly release: a line per level and a table with a row per
 * week. A value whose row states ε (files since late April 2024) has its ± and its band exactly as
 * by month; the weeks whose files state none (8 columns) are named and shown as released, without
 * ± — never a made-up ε. A week not in the release is a gap.
 */
import { msg, formatMonth } from '../../../core/messages';
import { weekSeries } from '../../data/weekly-series';
import type { TableColumn } from '../table-model';
import { LEVEL_IDS, levelLabel, levelsLabel, selectionLabel } from './labels';
import { noIntervalNote, weekCell, weekChart, weekRows, weeksLabel } from './weekly-table';
import type { WeekInput, ViewOutput } from './types';

/** The notes every weekly view shares: the weeks without interval, and missing weeks. */
export function weeklyNotes( input: WeekInput ): { lead: string[]; notes: string[] } {
	const lead: string[] = [];
	const notes: string[] = [];
	const noInterval = noIntervalNote( input.weeks, input.noInterval );
	if ( noInterval ) {
		lead.push( noInterval );
		notes.push( noInterval );
	}
	if ( input.weeks.length > input.noInterval.length + input.absent.length ) {
		notes.push( msg( 'geo-editors-note-ci' ) );
	}
	if ( input.absent.some( ( w ) => input.weeks.includes( w ) ) ) {
		notes.push( msg( 'geo-editors-weekly-note-absent' ) );
	}
	if ( input.before.length ) {
		lead.push( msg( 'geo-editors-weekly-before', formatMonth( '2023-07' ), input.before.length ) );
	}
	return { lead, notes };
}

export function weeklyLinesView( input: WeekInput ): ViewOutput {
	const { weeks, levels, selection } = input;
	const points = weekSeries( input.rows, weeks, selection, levels );
	const columns: TableColumn[] =
		levels.map( ( l ) => ( { id: LEVEL_IDS[ l ], label: levelLabel( l ), numeric: true } ) );
	columns.push( { id: 'editors_total', label: levelsLabel( levels ), numeric: true } );
	const anyPartial = points.some( ( p ) => p.total !== null && p.missing.length > 0 );
	const shared = weeklyNotes( input );
	const notes = [ msg( 'geo-editors-note-np' ) ].concat( shared.notes );
	if ( anyPartial ) {
		notes.push( msg( 'geo-editors-weekly-note-partial' ) );
	}
	notes.push( msg( 'geo-editors-weekly-note-source' ) );
	return {
		lead: shared.lead.join( ' ' ) || undefined,
		table: {
			caption: msg( 'geo-editors-caption-weekly', selectionLabel( selection ), weeksLabel( weeks ) ),
			rowHeader: msg( 'geo-editors-week' ),
			columns,
			rows: weekRows( points, levels, ( c ) => ( c ? weekCell( c.editors, c.estimate ) : { kind: 'np' } ),
				( p ) => ( p.total === null ? { kind: 'np' } : weekCell( p.total, p.estimate, p.missing.length > 0 ) ) ),
			notes,
		},
		// The band where the week's rows state ε; a week not published or not in the release is a gap.
		chart: weekChart( weeks, points, levels, ( c ) => c.editors, msg( 'geo-editors-axis-editors' ),
			input.noInterval.length < weeks.length ),
	};
}
