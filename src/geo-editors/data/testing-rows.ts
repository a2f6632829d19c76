/** The repo's real Chile rows (2023-07 … 2023-12, as released), for the statistics tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMonthText } from './tsv';
import { RowIndex } from './aggregate';
import type { GeoRow } from './types';

const SAMPLE_DIR = path.resolve( __dirname, '../../../localwiki/sample-data/analytics.wikimedia.org/published/datasets/geoeditors_monthly' );
export const SAMPLE_MONTHS = [ '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12' ];

export function chileRows(): GeoRow[] {
	return SAMPLE_MONTHS.reduce<GeoRow[]>( ( all, m ) => all.concat( parseMonthText( readFileSync( path.join( SAMPLE_DIR, m + '.tsv' ), 'utf8' ), {}, m ).rows ), [] );
}

export function chileIndex(): RowIndex {
	return new RowIndex( chileRows() );
}
