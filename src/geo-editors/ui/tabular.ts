/**
 * Any view's table as a Commons tabular data page (`Data:….tab`), in the JSON that
 * Extension:JsonConfig validates (JCTabularContent / JCDataContent, checked in
 * docs/geo-editors.md): `license` (one of $wgJsonConfigAllowedLicenses; CC0-1.0 is the default and
 * the one Commons recommends), `description` (localized, ≤ 400 characters), `sources` (wikitext:
 * parsed when shown, so escaped), `schema.fields` (name matching /^[\pL_][\pL\pN_]*$/u, unique;
 * type number|string; localized title) and `data` (one list per row, as long as the fields; null
 * for a value not published, named in the row's `not_published` field, like CSV).
 */
import { userLanguage } from '../../core/messages';
import { isMissing, type TableModel } from './table-model';
import { wikiText, oneLine } from './report-text';
import { sourceLine, type ReportSource } from './wikitable';

export const TAB_LICENSE = 'CC0-1.0';
const MAX_STRING = 400;

interface Field {
	name: string;
	type: 'number' | 'string';
	title: Record<string, string>;
}

/**
 * A string JsonConfig accepts (JCUtils::isValidLineString): one line, at most 400 code points, no
 * whitespace at either end — JsonConfig refuses the whole page otherwise (a release's country name
 * " Atlantis").
 */
function line( text: string ): string {
	const flat = oneLine( text ).trim();
	// By code points, so a cut never leaves half a surrogate pair.
	const chars = Array.from( flat );
	return chars.length > MAX_STRING ? chars.slice( 0, MAX_STRING - 1 ).join( '' ).replace( /\s+$/, '' ) + '…' : flat;
}

function fieldName( id: string, taken: Set<string> ): string {
	let name = id.replace( /[^A-Za-z0-9_]+/g, '_' );
	if ( !/^[A-Za-z_]/.test( name ) ) {
		name = '_' + name;
	}
	let unique = name;
	for ( let i = 2; taken.has( unique ); i++ ) {
		unique = name + '_' + i;
	}
	taken.add( unique );
	return unique;
}

function round( n: number ): number {
	return Math.round( n * 1000 ) / 1000;
}

/** The language code of titles and description: the user's, when it is a plain language code. */
function titleLanguage(): string {
	const lang = userLanguage();
	return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test( lang ) && lang !== 'qqx' ? lang : 'en';
}

export function tableToTab( model: TableModel, source: ReportSource,
	labels: { key: string; ci: string; notPublished: string } ): string {
	const lang = titleLanguage();
	const title = ( text: string ): Record<string, string> => ( { [ lang ]: line( text ) } );
	const taken = new Set<string>();
	const fields: Field[] = [ { name: fieldName( 'key', taken ), type: 'string', title: title( labels.key ) },
		{ name: fieldName( 'label', taken ), type: 'string', title: title( model.rowHeader ) } ];
	const estimate = model.columns.map( ( _c, i ) => model.rows.some( ( r ) => r.cells[ i ].kind === 'estimate' ) );
	const numeric = model.columns.map( ( _c, i ) => model.rows.some( ( r ) => r.cells[ i ].kind === 'estimate' || r.cells[ i ].kind === 'number' ) );
	model.columns.forEach( ( c, i ) => {
		fields.push( { name: fieldName( c.id, taken ), type: numeric[ i ] ? 'number' : 'string', title: title( c.label ) } );
		if ( estimate[ i ] ) {
			fields.push( { name: fieldName( c.id + '_ci95', taken ), type: 'number', title: title( c.label + ' ' + labels.ci ) } );
		}
	} );
	fields.push( { name: fieldName( 'not_published', taken ), type: 'string', title: title( labels.notPublished ) } );
	const data = model.rows.map( ( row ) => {
		const out: ( string | number | null )[] = [ line( row.key ), line( row.label ) ];
		const missing: string[] = [];
		row.cells.forEach( ( cell, i ) => {
			if ( numeric[ i ] ) {
				out.push( cell.kind === 'estimate' ? cell.estimate.value : cell.kind === 'number' ? cell.value : null );
			} else {
				out.push( cell.kind === 'text' ? line( cell.text ) : null );
			}
			if ( estimate[ i ] ) {
				out.push( cell.kind === 'estimate' ? round( cell.estimate.half ) : null );
			}
			if ( isMissing( cell ) && cell.kind !== 'no-data' ) {
				missing.push( model.columns[ i ].id );
			}
		} );
		out.push( missing.length ? line( missing.join( ' ' ) ) : null );
		return out;
	} );
	return JSON.stringify( {
		license: TAB_LICENSE,
		description: title( model.caption ),
		sources: model.notes.map( ( n ) => wikiText( n ) ).concat( sourceLine( source ) ).join( ' ' ),
		schema: { fields },
		data,
	}, null, '\t' );
}
