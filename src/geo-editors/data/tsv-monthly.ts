/**
 * The monthly layout of the stream parser (tsv.ts): the release's 11 columns, every field checked
 * (level, country code, month, ε in 0.001–1000, counts in range). Imports nothing from tsv.ts but
 * types, so the parser can use it as its default layout.
 */
import type { RowLayout } from './tsv';
import { COLUMNS, LEVELS, type ActivityLevel, type GeoRow } from './types';
import { toNumber } from './tsv-fields';
import { COUNTRY_CODE, countsInRange, inRange, isCountEpsilon, isProjectName, isSumEpsilon, isWikiDb } from './row-schema';

/** The 11 columns of the monthly release; `month` (YYYY-MM), when given, must match every row's. */
export function monthlyLayout( month?: string ): RowLayout<GeoRow> {
	return {
		columns: COLUMNS.length,
		isHeader: ( fields ) => fields.join( ',' ) === COLUMNS.join( ',' ),
		read: ( text, start, end, t, own ) => {
			const level =
				LEVELS[ LEVELS.indexOf( text.slice( t[ 3 ] + 1, t[ 4 ] ) as ActivityLevel ) ];
			if ( !level ) {
				return 'level';
			}
			const countryCode = text.slice( t[ 2 ] + 1, t[ 3 ] );
			const rowMonth = text.slice( t[ 9 ] + 1, end );
			const countEps = toNumber( text.slice( t[ 4 ] + 1, t[ 5 ] ) );
			const sumEps = toNumber( text.slice( t[ 5 ] + 1, t[ 6 ] ) );
			const threshold = toNumber( text.slice( t[ 6 ] + 1, t[ 7 ] ) );
			const editors = toNumber( text.slice( t[ 7 ] + 1, t[ 8 ] ) );
			const editsText = text.slice( t[ 8 ] + 1, t[ 9 ] );
			const edits = editsText === '' ? null : toNumber( editsText );
			if ( !COUNTRY_CODE.test( countryCode ) ) {
				return 'country';
			}
			if ( month ? rowMonth !== month : !/^\d{4}-\d{2}$/.test( rowMonth ) ) {
				return 'month';
			}
			if ( !isCountEpsilon( countEps ) || !isSumEpsilon( sumEps ) ||
				!inRange( threshold ) || !countsInRange( editors, edits ) ) {
				// 5e-324 as ε would show "± ∞"; 1e308 or -80 editors are not counts.
				return 'number';
			}
			const wikiDb = text.slice( start, t[ 0 ] );
			const project = text.slice( t[ 0 ] + 1, t[ 1 ] );
			if ( !isWikiDb( wikiDb ) ) {
				return 'wiki';
			}
			if ( !isProjectName( project ) ) {
				return 'project';
			}
			return {
				wikiDb: own( wikiDb ),
				project: own( project ),
				country: own( text.slice( t[ 1 ] + 1, t[ 2 ] ) ),
				countryCode: own( countryCode ),
				level,
				countEps,
				sumEps,
				threshold,
				editors,
				edits,
				month: own( rowMonth ),
			};
		},
	};
}
