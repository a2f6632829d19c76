/**
 * The REST API's bucketed editors/by-country for the same wiki and month: a separate table with its
 * own caption and source, never merged with the DP figures (different method, rounded up to tens).
 */
import { msg, formatMonth } from '../../../core/messages';
import type { RestCountry } from '../../data/rest';
import { countryName } from '../countries';
import type { TableModel, CellValue } from '../table-model';
import { levelLabel } from './labels';
import { isolateText } from '../../../core/dom';
import { TOP_LIMIT } from './top';

export function restTable( project: string, month: string, mid: RestCountry[],
	high: RestCountry[] ): TableModel {
	const codes: string[] = [];
	for ( const r of mid.concat( high ) ) {
		if ( !codes.includes( r.country ) ) {
			codes.push( r.country );
		}
	}
	const find = ( list: RestCountry[], code: string ): CellValue => {
		const hit = list.filter( ( r ) => r.country === code )[ 0 ];
		return hit ? { kind: 'number', value: hit.editorsCeil, ceil: true } : { kind: 'text', text: '' };
	};
	const value = ( list: RestCountry[], code: string ): number => {
		const hit = list.filter( ( r ) => r.country === code )[ 0 ];
		return hit ? hit.editorsCeil : 0;
	};
	codes.sort( ( a, b ) => value( mid, b ) - value( mid, a ) ||
		value( high, b ) - value( high, a ) );
	return {
		caption: msg( 'geo-editors-rest-caption', isolateText( project ), formatMonth( month ) ),
		rowHeader: msg( 'geo-editors-country' ),
		columns: [
			{ id: 'rest_editors_5_99', label: levelLabel( '5 to 99' ), numeric: true },
			{ id: 'rest_editors_100', label: levelLabel( '100 or more' ), numeric: true },
		],
		rows: codes.slice( 0, TOP_LIMIT ).map( ( code ) => ( {
			key: code,
			label: countryName( code ),
			cells: [ find( mid, code ), find( high, code ) ],
		} ) ),
		notes: [ msg( 'geo-editors-rest-note' ) ],
	};
}
