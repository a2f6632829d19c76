/**
 * Data-quality view: which conflicts lack coordinates, a country, a start date or a description in
 * the reader's language. Each entry links to the item on Wikidata for the community to fix.
 */
import type { Conflict } from './types';

export type QualityIssue = 'coordinates' | 'country' | 'start' | 'description' | 'dates';
export const QUALITY_ISSUES: QualityIssue[] = [ 'coordinates', 'country', 'start', 'description', 'dates' ];

/** The issues of one conflict. Approximate locations count as missing coordinates (no own P625). */
export function qualityIssues( c: Conflict, readerLanguage: string ): QualityIssue[] {
	const issues: QualityIssue[] = [];
	if ( !c.coordinates || c.coordinates.approximate ) {
		issues.push( 'coordinates' );
	}
	if ( !c.countries.length ) {
		issues.push( 'country' );
	}
	if ( !c.start ) {
		issues.push( 'start' );
	}
	if ( !c.description ||
		( c.descriptionLang !== null && c.descriptionLang !== readerLanguage ) ) {
		issues.push( 'description' );
	}
	if ( c.skippedDates ) {
		// A start or end date the normaliser skipped (a year past 9999, or unreadable).
		issues.push( 'dates' );
	}
	return issues;
}

/** Conflicts grouped by issue (a conflict appears under each of its issues). */
export function qualityReport( conflicts: Conflict[],
	readerLanguage: string ): Record<QualityIssue, Conflict[]> {
	const report: Record<QualityIssue, Conflict[]> = { coordinates: [], country: [], start: [],
		description: [], dates: [] };
	for ( const c of conflicts ) {
		for ( const issue of qualityIssues( c, readerLanguage ) ) {
			report[ issue ].push( c );
		}
	}
	return report;
}
