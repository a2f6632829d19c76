/** View inputs from the real sample rows (the release's Chile files), for the views' unit tests. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { registerMessages } from '../../../core/messages';
import { parseMonthText } from '../../data/tsv';
import { RowIndex } from '../../data/aggregate';
import { LEVELS, type ActivityLevel, type GeoRow } from '../../data/types';
import type { LabeledSelection, WikiRef } from '../../data/session';
import type { RangeInput, MonthInput } from './types';
import en from '../../../../i18n/geo-editors/en.json';
import core from '../../../../i18n/core/en.json';

export const SAMPLE_DIR = path.resolve( __dirname, '../../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );

export function useEnglish(): void {
	registerMessages( { en: Object.assign( {}, core, en ) as unknown as Record<string, string> } );
}

/**
 * The real rows of a month; with `synthetic`, followed by the synthetic ones, as the fixture server
 * serves them.
 */
export function sampleRows( month: string, synthetic = false ): GeoRow[] {
	const files = [ month + '.tsv' ].concat( synthetic ? [ month + '.synthetic.tsv' ] : [] ).filter( ( f ) => existsSync( path.join( SAMPLE_DIR, f ) ) );
	const text = files.map( ( f ) => readFileSync( path.join( SAMPLE_DIR, f ), 'utf8' ) ).join( '' );
	return parseMonthText( text, {}, month ).rows;
}

export function wiki( dbname: string, project: string ): WikiRef {
	return { dbname, project, site: null };
}

export function selection( country: string, w: WikiRef ): LabeledSelection {
	return { country, wikiDb: w.dbname, wiki: w };
}

export function rangeInput( months: string[], selections: LabeledSelection[],
	levels: readonly ActivityLevel[] = LEVELS, synthetic = false ): RangeInput {
	const rows: GeoRow[] = [];
	months.forEach( ( m ) => sampleRows( m, synthetic ).forEach( ( r ) => rows.push( r ) ) );
	return { index: new RowIndex( rows ), months, levels, selections, selection: selections[ 0 ] };
}

export function monthInput( month: string, w: WikiRef, levels: readonly ActivityLevel[] = LEVELS,
	synthetic = false ): MonthInput {
	return { month, wiki: w,
		rows: sampleRows( month, synthetic ).filter( ( r ) => r.wikiDb === w.dbname ), levels };
}

/** A cell of a table model by row key and column id. */
export function cellOf( table: { columns: { id: string }[];
	rows: { key: string; cells: unknown[] }[]; }, key: string, column: string ): unknown {
	const row = table.rows.find( ( r ) => r.key === key );
	const i = table.columns.findIndex( ( c ) => c.id === column );
	return row && i >= 0 ? row.cells[ i ] : undefined;
}
