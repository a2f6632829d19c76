/**
 * The fields of an answer (normalise.ts): WKT points, dates with their precision, values one a
 * line, and item references as `Q1<TAB>label<TAB>coordinate` entries whose label comes escaped
 * (sparql.ts escapeText), so no text can forge an entry (issue 22 item 9).
 */
import { FIELD_SEPARATOR, VALUE_SEPARATOR } from './sparql';
import type { ItemRef, WikiDate } from './types';

export interface Binding {
	type: string;
	value: string;
	'xml:lang'?: string;
	datatype?: string;
}

export function splitValues( binding: Binding | undefined ): string[] {
	if ( !binding || typeof binding.value !== 'string' || !binding.value ) {
		return [];
	}
	return binding.value.split( VALUE_SEPARATOR ).filter( ( v ) => v.length > 0 );
}

export interface RefWithCoord extends ItemRef {
	coord: string;
}

/** The inverse of sparql.ts escapeText(), in one pass (so `%2509` is `%09`, not a TAB). */
export function decodeText( text: string ): string {
	return text.replace( /%(25|09|0A)/gi, ( _m, hex: string ) => ( hex === '25' ? '%' : hex === '09' ? '\t' : '\n' ) );
}

const REF_ID = /^Q[1-9]\d{0,11}$/;
const REF_COORD = /^(?:<[^>\s]*>\s*)?Point\([^()]*\)$/;

/** Whitespace, tabs and newlines in a label as single spaces (a label is one line of text). */
function oneLine( text: string ): string {
	return text.replace( /\s+/g, ' ' ).trim();
}

/**
 * `Q1<TAB>label<TAB>coordinate-or-empty` entries, joined by newlines. The id and the coordinate
 * are ours (STRAFTER of an entity URI, a WKT literal); the label is anyone's, and comes escaped
 * (sparql.ts escapeText), so splitting on the separators is exact: an entry with another number
 * of fields, an id that is not a QID or a coordinate that is not a point is dropped whole.
 */
export function parseRefs( binding: Binding | undefined ): RefWithCoord[] {
	const out: RefWithCoord[] = [];
	if ( !binding || typeof binding.value !== 'string' ) {
		return out;
	}
	for ( const entry of binding.value.split( VALUE_SEPARATOR ) ) {
		const fields = entry.split( FIELD_SEPARATOR );
		if ( fields.length !== 3 || !REF_ID.test( fields[ 0 ] ) ||
			( fields[ 2 ] !== '' && !REF_COORD.test( fields[ 2 ] ) ) ) {
			continue;
		}
		const id = fields[ 0 ];
		const coord = fields[ 2 ];
		const label = oneLine( decodeText( fields[ 1 ] ) );
		const existing = out.filter( ( r ) => r.id === id )[ 0 ];
		if ( existing ) {
			// DISTINCT over (id, label, coord): one region with two coordinates gives two entries.
			if ( !existing.coord && coord ) {
				existing.coord = coord;
			}
			continue;
		}
		const missing = !label || label === id;
		out.push( { id, label: missing ? id : label, labelMissing: missing, coord } );
	}
	return out;
}

export function stripCoord( refs: RefWithCoord[] ): ItemRef[] {
	// GROUP_CONCAT's order is the engine's, not Wikidata's: a stable order by label instead.
	return refs.slice()
		.sort( ( a, b ) => a.label.localeCompare( b.label ) || ( a.id < b.id ? -1 : 1 ) )
		.map( ( r ) => ( { id: r.id, label: r.label, labelMissing: r.labelMissing } ) );
}

const EARTH = 'http://www.wikidata.org/entity/Q2';
const WKT_POINT = /^\s*(?:<([^>]*)>\s*)?Point\(\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s+([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*\)\s*$/i;

/** `Point(lon lat)` → {lat, lon}; null for other globes, bad numbers or out-of-range values. */
export function parseWktPoint( value: string ): { lat: number; lon: number } | null {
	const m = WKT_POINT.exec( value );
	if ( !m ) {
		return null;
	}
	if ( m[ 1 ] && m[ 1 ] !== EARTH ) {
		return null;
	}
	const lon = Number( m[ 2 ] );
	const lat = Number( m[ 3 ] );
	if ( !isFinite( lat ) || !isFinite( lon ) || Math.abs( lat ) > 90 || Math.abs( lon ) > 180 ) {
		return null;
	}
	return { lat, lon };
}

/**
 * Years a view can show: the year filters take four digits, and Wikibase allows sixteen (far past
 * what Date, Intl or a year-by-year timeline can handle). Dates outside are skipped and counted.
 */
export const MAX_YEAR = 9999;

/**
 * `2001-03-00T00:00:00Z/10` (value/precision as the query concatenates them) → WikiDate; null when
 * unusable.
 */
export function parseTimeWithPrecision( value: string ): WikiDate | null {
	const m = /^([+-]?\d{1,16})-(\d{2})-(\d{2})T[\d:.]+Z?(?:\/(\d{1,2}))?$/.exec( value.trim() );
	if ( !m ) {
		return null;
	}
	const year = parseInt( m[ 1 ], 10 );
	if ( !( Math.abs( year ) <= MAX_YEAR ) ) {
		return null;
	}
	const precision = m[ 4 ] === undefined ? 11 : Math.min( 14, parseInt( m[ 4 ], 10 ) );
	// Wikidata writes unknown months/days as 00 at coarser precisions.
	const month = precision >= 10 ? Math.max( 1, +m[ 2 ] ) : 1;
	const day = precision >= 11 ? Math.max( 1, +m[ 3 ] ) : 1;
	const pad = ( n: number ): string => ( n < 10 ? '0' : '' ) + n;
	// Four digits at least (String#padStart is ES2017, past the build's ES2016 built-ins).
	const digits = String( Math.abs( year ) );
	const y = ( year < 0 ? '-' : '' ) + ( digits.length >= 4 ? digits : ( '000' + digits ).slice( -4 ) );
	return { iso: y + '-' + pad( month ) + '-' + pad( day ), year, precision };
}

export function compareDates( a: WikiDate, b: WikiDate ): number {
	return a.year - b.year || ( a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0 );
}
