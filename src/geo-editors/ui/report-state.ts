/**
 * The parameters of the report views, from attributes or the URL: `periods` (one span per
 * selection: `2024-12,2025-12` or `2022-10..2022-12,2023-10..2023-12`), `campaign` (a span of at
 * most 12 months) and `group` (an M49 code such as `005`, or `custom` for the chosen countries).
 * Everything is validated here; what is not valid is dropped and reported (core/attributes.ts).
 */
import { isMonth, monthRange, addMonths } from '../data/types';
import type { MonthSpan } from '../data/periods';
import { findGroup } from '../data/m49';
import { impactMonths } from '../data/impact';
import { AttributeReport, readList, readValue } from '../../core/attributes';

export const MAX_PERIODS = 12;
export const MAX_CAMPAIGN_MONTHS = 12;

export interface ReportParams {
	periods: MonthSpan[];
	campaign: MonthSpan | null;
	/** M49 code, `custom`, or null (the group of the first country). */
	group: string | null;
}

export function parseSpan( raw: string ): MonthSpan | null {
	const parts = raw.trim().split( '..' );
	if ( parts.length > 2 || !parts.every( isMonth ) ) {
		return null;
	}
	const from = parts[ 0 ];
	const to = parts.length === 2 ? parts[ 1 ] : parts[ 0 ];
	return from <= to ? { from, to } : { from: to, to: from };
}

export function spanToParam( span: MonthSpan ): string {
	return span.from === span.to ? span.from : span.from + '..' + span.to;
}

export function parseReportParams( raw: { periods?: string | null; campaign?: string | null;
	group?: string | null; }, report = new AttributeReport() ): ReportParams {
	const periods = readList( raw.periods, { attribute: 'data-periods', max: MAX_PERIODS,
		valid: ( part ) => parseSpan( part ) !== null, expected: 'geo-gadgets-attr-expect-span' },
	report ).map( ( part ) => parseSpan( part ) as MonthSpan );
	const rawCampaign = readValue( raw.campaign );
	let campaign = rawCampaign ? parseSpan( rawCampaign ) : null;
	if ( rawCampaign && !campaign ) {
		report.invalid( 'data-campaign', rawCampaign, 'geo-gadgets-attr-expect-span' );
	}
	if ( campaign && monthRange( campaign.from, campaign.to ).length > MAX_CAMPAIGN_MONTHS ) {
		campaign = { from: campaign.from, to: addMonths( campaign.from, MAX_CAMPAIGN_MONTHS - 1 ) };
		report.add( { attribute: 'data-campaign', value: rawCampaign, reason: 'shortened' } );
	}
	const rawGroup = readValue( raw.group );
	const group = rawGroup === 'custom' || ( rawGroup && findGroup( rawGroup ) ) ? rawGroup : null;
	if ( rawGroup && !group ) {
		report.invalid( 'data-group', rawGroup, 'geo-gadgets-attr-expect-group' );
	}
	return { periods, campaign, group };
}

export function reportParamsToParams( p: ReportParams ): Record<string, string> {
	const out: Record<string, string> = {};
	if ( p.periods.length ) {
		out.periods = p.periods.map( spanToParam ).join( ',' );
	}
	if ( p.campaign ) {
		out.campaign = spanToParam( p.campaign );
	}
	if ( p.group ) {
		out.group = p.group;
	}
	return out;
}

/**
 * The months a view of these parameters reads besides the range shown: each period's months, or
 * the campaign with the span just before it and the same months a year earlier. Exactly those:
 * two Decembers seven years apart are two months, not 85.
 */
export function reportMonths( view: string, p: ReportParams ): string[] {
	if ( view === 'impact' && p.campaign ) {
		return impactMonths( p.campaign );
	}
	const months = new Set<string>();
	for ( const span of view === 'periods' ? p.periods : [] ) {
		for ( const m of monthRange( span.from, span.to ) ) {
			months.add( m );
		}
	}
	return Array.from( months ).sort();
}
