/** GeoJSON and CSV of the conflicts on screen (what the filters show, nothing more). */
import type { Conflict } from './types';
import type { CoverageReport, ForeignArticle } from './coverage';

/* eslint-disable camelcase -- the column names of our published CSV and GeoJSON */
interface ExportRow {
	id: string;
	label: string;
	description: string;
	countries: string;
	country_ids: string;
	regions: string;
	sector: Conflict['sector']['key'];
	sector_basis: Conflict['sector']['basis'];
	status: Conflict['status']['key'];
	status_inferred: boolean;
	start: string;
	start_precision: string | number;
	end: string;
	end_precision: string | number;
	approximate_location: string | boolean;
	location_source: string;
	wikidata: string;
}

function row( c: Conflict ): ExportRow {
	return {
		id: c.id,
		label: c.label,
		description: c.description || '',
		countries: c.countries.map( ( r ) => r.label ).join( '; ' ),
		country_ids: c.countries.map( ( r ) => r.id ).join( ';' ),
		regions: c.regions.map( ( r ) => r.label ).join( '; ' ),
		sector: c.sector.key,
		sector_basis: c.sector.basis,
		status: c.status.key,
		status_inferred: c.status.inferred,
		start: c.start ? c.start.iso : '',
		start_precision: c.start ? c.start.precision : '',
		end: c.end ? c.end.iso : '',
		end_precision: c.end ? c.end.precision : '',
		approximate_location: c.coordinates ? c.coordinates.approximate : '',
		location_source: c.coordinates ? c.coordinates.source : '',
		wikidata: 'https://www.wikidata.org/wiki/' + c.id,
	};
}
/* eslint-enable camelcase */

export function toGeoJson( conflicts: Conflict[] ): string {
	return JSON.stringify( {
		type: 'FeatureCollection',
		features: conflicts.map( ( c ) => ( {
			type: 'Feature',
			id: c.id,
			// RFC 7946: longitude first.
			geometry: c.coordinates ? { type: 'Point', coordinates: [ c.coordinates.lon, c.coordinates.lat ] } : null,
			properties: row( c ),
		} ) ),
	}, null, 1 );
}

export const CSV_HEADER = [ 'id', 'label', 'description', 'countries', 'country_ids', 'regions', 'sector', 'sector_basis',
	'status', 'status_inferred', 'start', 'start_precision', 'end', 'end_precision', 'latitude', 'longitude',
	'approximate_location', 'location_source', 'wikidata' ];

/** Rows for core/ui.ts toCsv (which quotes and defuses formulas). */
export function toCsvRows( conflicts: Conflict[] ): ( string | number )[][] {
	return conflicts.map( ( c ) => {
		const r = row( c );
		return [ r.id, r.label, r.description, r.countries, r.country_ids, r.regions, r.sector,
			r.sector_basis, r.status, String( r.status_inferred ), r.start, r.start_precision,
			r.end, r.end_precision,
			c.coordinates ? c.coordinates.lat : '', c.coordinates ? c.coordinates.lon : '',
			String( r.approximate_location ), r.location_source, r.wikidata ];
	} );
}

/** One line of the coverage worklist export: a conflict and what is missing for it. */
export interface WorklistRow {
	id: string;
	label: string;
	missing: 'article' | 'label' | 'description' | 'label+description';
	articles_in: string;
	translate_from: string;
	content_translation: string;
	wikidata: string;
}

export const WORKLIST_HEADER = [ 'id', 'label', 'missing', 'articles_in', 'translate_from', 'content_translation', 'wikidata' ];

/**
 * The worklist as rows (missing articles first); `cxUrl` makes this wiki's Content Translation
 * link.
 */
export function worklistRows( report: CoverageReport,
	cxUrl: ( source: ForeignArticle ) => string ): WorklistRow[] {
	const base = ( c: Conflict ): Pick<WorklistRow, 'id' | 'label' | 'wikidata'> => ( { id: c.id, label: c.label, wikidata: 'https://www.wikidata.org/wiki/' + c.id } );
	/* eslint-disable camelcase */
	return report.noArticle.map( ( e ): WorklistRow => Object.assign( base( e.conflict ), {
		missing: 'article' as const,
		articles_in: e.articles.map( ( a ) => a.language ).join( ';' ),
		translate_from: e.source ? e.source.language : '',
		content_translation: e.source ? cxUrl( e.source ) : '',
	} ) ).concat( report.noText.map( ( e ): WorklistRow => Object.assign( base( e.conflict ), {
		missing: e.label && e.description ? 'label+description' as const : e.label ? 'label' as const : 'description' as const,
		articles_in: '',
		translate_from: '',
		content_translation: '',
	} ) ) );
	/* eslint-enable camelcase */
}

export function worklistCsvRows( rows: WorklistRow[] ): string[][] {
	return rows.map( ( r ) => [ r.id, r.label, r.missing, r.articles_in, r.translate_from,
		r.content_translation, r.wikidata ] );
}
