/**
 * Modelling assistant for Wikidata editors: what the loaded conflicts lack (country, own
 * coordinates, start date, participants, causes), which classes under the configured roots are
 * actually used and how often (view=classes), a country to add where the conflict's own places
 * name one (view=suggest-country), and QuickStatements lines for the editor to review and run
 * themselves: the gadget never edits Wikidata.
 */
import { assertQid, isQid, qidFromUri, validQids } from './ids';
import { assertWdqsJson } from './normalise';
import { labelLanguages } from './sparql';
import { aboutRefs } from './about';
import type { Conflict } from './types';

export type ModellingGap = 'country' | 'coordinates' | 'start' | 'participants' | 'causes';
export const MODELLING_GAPS: ModellingGap[] = [ 'country', 'coordinates', 'start', 'participants', 'causes' ];

/** The property each gap asks for (the link goes to that statement group on the item). */
export const GAP_PROPERTY: Record<ModellingGap, string> = { country: 'P17', coordinates: 'P625', start: 'P580', participants: 'P710', causes: 'P828' };

/** Conflicts by what they lack. Borrowed (approximate) coordinates count as lacking their own. */
export function modellingReport( conflicts: Conflict[] ): Record<ModellingGap, Conflict[]> {
	const report: Record<ModellingGap, Conflict[]> = { country: [], coordinates: [], start: [],
		participants: [], causes: [] };
	for ( const c of conflicts ) {
		if ( !c.countries.length ) {
			report.country.push( c );
		}
		if ( !c.coordinates || c.coordinates.approximate ) {
			report.coordinates.push( c );
		}
		if ( !c.start ) {
			report.start.push( c );
		}
		if ( !aboutRefs( c, 'P710' ).length ) {
			report.participants.push( c );
		}
		if ( !aboutRefs( c, 'P828' ).length ) {
			report.causes.push( c );
		}
	}
	return report;
}

const roots = ( classes: string[] ): string => classes.map( ( c ) => 'wd:' + assertQid( c ) ).join( ' ' );

/**
 * Classes under the configured roots that items use directly (P31), with how many items use each.
 */
export function classUsageQuery( classes: string[], languages: string[] ): string {
	return '#GeoConflicts view=classes\n' +
		'SELECT ?class ?classLabel (COUNT(DISTINCT ?item) AS ?count) WHERE {\n' +
		'  { SELECT DISTINCT ?class WHERE { VALUES ?root { ' + roots( classes ) + ' } ?class wdt:P279* ?root . } LIMIT 5000 }\n' +
		'  ?item wdt:P31 ?class .\n' +
		'  SERVICE wikibase:label { bd:serviceParam wikibase:language "' + labelLanguages( languages ).join( ',' ) + '" . ?class rdfs:label ?classLabel . }\n' +
		'}\n' +
		'GROUP BY ?class ?classLabel\n' +
		'ORDER BY DESC(?count)\n';
}

export interface ClassUsage {
	id: string;
	label: string;
	labelMissing: boolean;
	count: number;
}

export function parseClassUsage( data: unknown ): ClassUsage[] {
	const out: ClassUsage[] = [];
	for ( const row of assertWdqsJson( data, 'class' ).results.bindings ) {
		const id = row && row.class ? qidFromUri( row.class.value ) : null;
		const count = row && row.count ? Number( row.count.value ) : NaN;
		if ( !id || !( count >= 0 ) || out.some( ( u ) => u.id === id ) ) {
			continue;
		}
		const label = row.classLabel && typeof row.classLabel.value === 'string' ? row.classLabel.value.replace( /\s+/g, ' ' ).trim() : '';
		out.push( { id, label: label && label !== id ? label : id,
			labelMissing: !label || label === id, count } );
	}
	return out.sort( ( a, b ) => b.count - a.count || ( a.id < b.id ? -1 : 1 ) );
}

/** Countries reached from the conflict's own places (P131/P276, up the P131 chain, then P17). */
export function suggestCountryQuery( items: string[] ): string {
	return '#GeoConflicts view=suggest-country\n' +
		'SELECT ?item (GROUP_CONCAT(DISTINCT STRAFTER(STR(?country), "/entity/"); separator=" ") AS ?countries) WHERE {\n' +
		'  VALUES ?item { ' + roots( items ) + ' }\n' +
		'  ?item (wdt:P131|wdt:P276)/wdt:P131*/wdt:P17 ?country .\n' +
		'}\n' +
		'GROUP BY ?item\n';
}

/** QID → suggested countries. */
export function parseCountrySuggestions( data: unknown ): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for ( const row of assertWdqsJson( data ).results.bindings ) {
		const id = row && row.item ? qidFromUri( row.item.value ) : null;
		const countries = row && row.countries && typeof row.countries.value === 'string' ? validQids( row.countries.value.split( ' ' ) ) : [];
		if ( id && countries.length ) {
			out[ id ] = countries;
		}
	}
	return out;
}

/**
 * QuickStatements (V1: item TAB property TAB value, one statement a line). Only ids, never text
 * from Wikidata, so a line cannot carry anything but the statement it shows.
 */
export function quickStatement( item: string, property: string, value: string ): string {
	if ( !isQid( item ) || !/^P[1-9]\d*$/.test( property ) || !isQid( value ) ) {
		throw new Error( 'Not a statement of ids: ' + item + ' ' + property + ' ' + value );
	}
	return item + '\t' + property + '\t' + value;
}

export function countryLines( suggestions: Record<string, string[]> ): string[] {
	const lines: string[] = [];
	for ( const id of Object.keys( suggestions ).sort() ) {
		for ( const country of suggestions[ id ] ) {
			lines.push( quickStatement( id, 'P17', country ) );
		}
	}
	return lines;
}
