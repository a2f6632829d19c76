/**
 * What a view shows, as plain data: read from a placeholder's data-* attributes or the dashboard
 * URL, written back to the URL. Every identifier is validated here, before it reaches a URL or a
 * filter.
 */
import { LEVELS, isMonth, type ActivityLevel } from '../data/types';
import { parseReportParams, reportParamsToParams, type ReportParams } from './report-state';
import { AttributeReport, readList, readValue, currentMonth } from '../../core/attributes';
import { CODES } from './countries';

export const VIEWS = [ 'lines', 'totals', 'heatmap', 'edits', 'top', 'map', 'compare', 'periods', 'group', 'impact' ] as const;
export type ViewName = typeof VIEWS[ number ];
/**
 * Views of one month of every country (their month goes into the URL); views/registry.ts agrees.
 */
export const MONTH_VIEWS: readonly ViewName[] = [ 'top', 'map', 'group' ];
/**
 * Months (the monthly release) or weeks (the weekly release, for the views that have a weekly
 * form).
 */
export type Granularity = 'month' | 'week';

export interface ViewState {
	/** ISO alpha-2 codes, or `--` (unknown). */
	countries: string[];
	/** Wikis as given: dbname (`eswiki`) or project code (`es.wikipedia`); resolved later. */
	projects: string[];
	/** YYYY-MM, or null for "the latest 12 published months". */
	from: string | null;
	to: string | null;
	view: ViewName;
	levels: ActivityLevel[];
	/** Month of the one-month views (defaults to the last month of the range). */
	month: string | null;
	/** Periods, campaign and group of the report views (report-state.ts). */
	report: ReportParams;
	/**
	 * `granularity=week` / `data-granularity="week"`: the weekly release where the view has a
	 * weekly form.
	 */
	granularity: Granularity;
}

/**
 * Short codes of the levels in URLs and attributes (a Map: `levels=constructor` must find nothing).
 */
const LEVEL_CODES = new Map<string, ActivityLevel>( [ [ '1-4', '1 to 4' ], [ '5-99', '5 to 99' ], [ '100+', '100 or more' ] ] );
export const MAX_SELECTIONS = 12;

const COUNTRY = /^(?:[A-Z]{2}|--)$/;
const PROJECT = /^[a-z0-9][a-z0-9_.-]{1,60}$/;

const KNOWN_COUNTRIES = new Set( CODES.concat( '--' ) );
const upper = ( v: string ): string => v.toUpperCase();
const lower = ( v: string ): string => v.toLowerCase();

export function levelCode( level: ActivityLevel ): string {
	let found = '';
	LEVEL_CODES.forEach( ( l, code ) => {
		if ( l === level ) {
			found = code;
		}
	} );
	return found;
}

/** A month attribute: null (reported) when malformed; a future month is reported and kept. */
function readMonth( raw: string | null | undefined, attribute: string,
	report: AttributeReport ): string | null {
	const value = readValue( raw );
	if ( !value ) {
		return null;
	}
	if ( !isMonth( value ) ) {
		report.invalid( attribute, value, 'geo-gadgets-attr-expect-month' );
		return null;
	}
	if ( value > currentMonth() ) {
		// Kept: the range logic says which months the release has (issue 14); named here too.
		report.add( { attribute, value, reason: 'future' } );
	}
	return value;
}

/**
 * Build a valid state from raw strings (attributes or URL parameters). What is not valid is
 * dropped and named in `report` (with the placeholder's attribute names); lists are cut before any
 * per-item work (core/attributes.ts).
 */
export function parseState( raw: Record<string, string | null | undefined>,
	defaultProject: string, report = new AttributeReport() ): ViewState {
	return parse( raw, defaultProject, report ).state;
}

function parse( raw: Record<string, string | null | undefined>, defaultProject: string,
	report: AttributeReport ): { state: ViewState; validCountries: number } {
	const countries = readList( raw.country, { attribute: 'data-country', max: MAX_SELECTIONS,
		normalise: upper, valid: ( c ) => COUNTRY.test( c ) && KNOWN_COUNTRIES.has( c ),
		expected: 'geo-gadgets-attr-expect-country' }, report );
	let projects = readList( raw.project, { attribute: 'data-project', max: MAX_SELECTIONS,
		normalise: lower, valid: ( p ) => PROJECT.test( p ),
		expected: 'geo-gadgets-attr-expect-project' }, report );
	if ( !projects.length && PROJECT.test( defaultProject ) ) {
		projects = [ defaultProject ];
	}
	let from = readMonth( raw.from, 'data-from', report );
	let to = readMonth( raw.to, 'data-to', report );
	if ( from && to && from > to ) {
		report.add( { attribute: 'data-from', value: from, reason: 'swapped' } );
		const swap = from;
		from = to;
		to = swap;
	}
	const reportParams = parseReportParams( raw, report );
	const levels = readList( raw.levels, { attribute: 'data-levels', max: LEVELS.length,
		valid: ( c ) => LEVEL_CODES.has( c ), expected: 'geo-gadgets-attr-expect-one-of',
		expectedParam: Array.from( LEVEL_CODES.keys() ).join( ', ' ) }, report )
		.map( ( c ) => LEVEL_CODES.get( c ) as ActivityLevel );
	const rawView = readValue( raw.view );
	if ( rawView && !( VIEWS as readonly string[] ).includes( rawView ) ) {
		report.invalid( 'data-view', rawView, 'geo-gadgets-attr-expect-one-of', VIEWS.join( ', ' ) );
	}
	const view = ( VIEWS as readonly string[] ).includes( rawView ) ? rawView as ViewName :
		countries.length * projects.length > 1 ? 'compare' : 'lines';
	const granularity = readValue( raw.granularity );
	if ( granularity && granularity !== 'week' && granularity !== 'month' ) {
		report.invalid( 'data-granularity', granularity, 'geo-gadgets-attr-expect-one-of', 'month, week' );
	}
	const state: ViewState = {
		countries: countries.length ? countries : [ 'CL' ],
		projects,
		from,
		to,
		view,
		levels: levels.length ? LEVELS.filter( ( l ) => levels.includes( l ) ) : LEVELS.slice(),
		month: readMonth( raw.month, 'data-month', report ),
		report: reportParams,
		granularity: granularity === 'week' ? 'week' : 'month',
	};
	return { state, validCountries: countries.length };
}

/**
 * A placeholder's state, what was dropped or corrected in it, and whether it named countries of
 * which none is valid (then it shows an error, never a default country's data).
 */
export function readPlaceholder( el: HTMLElement, defaultProject: string ): {
	state: ViewState; report: AttributeReport; noValidCountry: boolean;
} {
	const d = el.dataset;
	const report = new AttributeReport();
	const { state, validCountries } = parse( {
		country: d.country, project: d.project, from: d.from, to: d.to,
		view: d.view, levels: d.levels, month: d.month,
		periods: d.periods, campaign: d.campaign, group: d.group, granularity: d.granularity,
	}, defaultProject, report );
	const noValidCountry = !!readValue( d.country ) && !validCountries;
	return { state, report, noValidCountry };
}

/** The state of a placeholder `<div class="geo-editors" data-country=… data-project=…>`. */
export function stateFromElement( el: HTMLElement, defaultProject: string ): ViewState {
	return readPlaceholder( el, defaultProject ).state;
}

/** The state in a dashboard URL's query string. */
export function stateFromQuery( search: string, defaultProject: string ): ViewState {
	const p = new URLSearchParams( search );
	return parseState( {
		country: p.get( 'country' ), project: p.get( 'project' ), from: p.get( 'from' ), to: p.get( 'to' ),
		view: p.get( 'view' ), levels: p.get( 'levels' ), month: p.get( 'month' ),
		periods: p.get( 'periods' ), campaign: p.get( 'campaign' ), group: p.get( 'group' ),
		granularity: p.get( 'granularity' ),
	}, defaultProject );
}

/** URL parameters for a state (the dashboard keeps them in its address; permalinks use them). */
export function stateToParams( state: ViewState ): Record<string, string> {
	const params: Record<string, string> = {
		country: state.countries.join( ',' ),
		project: state.projects.join( ',' ),
		view: state.view,
	};
	if ( state.from ) {
		params.from = state.from;
	}
	if ( state.to ) {
		params.to = state.to;
	}
	if ( state.levels.length !== LEVELS.length ) {
		params.levels = state.levels.map( levelCode ).join( ',' );
	}
	if ( state.granularity === 'week' ) {
		params.granularity = 'week';
	}
	if ( state.month && MONTH_VIEWS.includes( state.view ) ) {
		params.month = state.month;
	}
	// Only the parameters of the view shown: a link to "lines" carries no stale campaign.
	const report = reportParamsToParams( state.report );
	const own: Record<string, string> = { periods: 'periods', impact: 'campaign', group: 'group' };
	if ( Object.prototype.hasOwnProperty.call( own, state.view ) && report[ own[ state.view ] ] ) {
		params[ own[ state.view ] ] = report[ own[ state.view ] ];
	}
	return params;
}
