/**
 * What a view shows, as plain data: read from a placeholder's data-* attributes or the dashboard
 * URL, written back to the URL. Every identifier is validated here, before it reaches a URL or a
 * filter.
 */
import { LEVELS, isMonth, type ActivityLevel } from '../data/types';
import { parseReportParams, reportParamsToParams, type ReportParams } from './report-state';

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

function list( value: string | null | undefined ): string[] {
	return ( value || '' ).split( ',' ).map( ( s ) => s.trim() ).filter( Boolean );
}

function unique( values: string[] ): string[] {
	return values.filter( ( v, i ) => values.indexOf( v ) === i );
}

export function levelCode( level: ActivityLevel ): string {
	let found = '';
	LEVEL_CODES.forEach( ( l, code ) => {
		if ( l === level ) {
			found = code;
		}
	} );
	return found;
}

/**
 * Build a valid state from raw strings (attributes or URL parameters); invalid parts are dropped.
 */
export function parseState( raw: Record<string, string | null | undefined>,
	defaultProject: string ): ViewState {
	const countries = unique( list( raw.country ).map( ( c ) => c.toUpperCase() )
		.filter( ( c ) => COUNTRY.test( c ) ) ).slice( 0, MAX_SELECTIONS );
	let projects = unique( list( raw.project ).map( ( p ) => p.toLowerCase() )
		.filter( ( p ) => PROJECT.test( p ) ) ).slice( 0, MAX_SELECTIONS );
	if ( !projects.length && PROJECT.test( defaultProject ) ) {
		projects = [ defaultProject ];
	}
	let from = isMonth( raw.from ) ? raw.from : null;
	let to = isMonth( raw.to ) ? raw.to : null;
	if ( from && to && from > to ) {
		const swap = from;
		from = to;
		to = swap;
	}
	const report = parseReportParams( raw );
	const levels = list( raw.levels ).map( ( c ) => LEVEL_CODES.get( c ) )
		.filter( ( l ): l is ActivityLevel => !!l );
	const view = ( VIEWS as readonly string[] ).includes( raw.view || '' ) ? raw.view as ViewName :
		countries.length * projects.length > 1 ? 'compare' : 'lines';
	return {
		countries: countries.length ? countries : [ 'CL' ],
		projects,
		from,
		to,
		view,
		levels: levels.length ? LEVELS.filter( ( l ) => levels.includes( l ) ) : LEVELS.slice(),
		month: isMonth( raw.month ) ? raw.month : null,
		report,
		granularity: raw.granularity === 'week' ? 'week' : 'month',
	};
}

/** The state of a placeholder `<div class="geo-editors" data-country=… data-project=…>`. */
export function stateFromElement( el: HTMLElement, defaultProject: string ): ViewState {
	const d = el.dataset;
	return parseState( {
		country: d.country, project: d.project, from: d.from, to: d.to,
		view: d.view, levels: d.levels, month: d.month,
		periods: d.periods, campaign: d.campaign, group: d.group, granularity: d.granularity,
	}, defaultProject );
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
