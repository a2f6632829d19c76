/**
 * The explorer's toolbar: CSV and JSON of the table shown, a permalink, and (panels) a link to the
 * dashboard.
 */
import { h, replaceChildren } from '../../core/dom';
import { msg } from '../../core/messages';
import { downloadFile, copyToClipboard } from '../../core/ui';
import { getEndpoints } from '../../core/config';
import type { Session } from '../data/session';
import { stateToParams, type ViewState } from './state';
import { tableToCsv, tableToJson, type TableModel } from './table-model';
import { tableToWikitext, type ReportSource } from './wikitable';
import { tableToTab } from './tabular';

export const DASHBOARD_PAGE = 'Special:BlankPage/GeoEditors';

/** Absolute URL of the dashboard showing this state. */
export function permalink( state: ViewState ): string {
	return new URL( mw.util.getUrl( DASHBOARD_PAGE, stateToParams( state ) ), location.href ).href;
}

function safeFilePart( s: string ): string {
	return s.replace( /[^A-Za-z0-9._-]+/g, '_' ).slice( 0, 60 );
}

export function exportName( state: ViewState, session: Session, ext: string ): string {
	return [ 'geo-editors', state.view, state.countries.join( '-' ), session.wikis.map( ( w ) => w.dbname ).join( '-' ),
		session.months[ 0 ] || '', session.months[ session.months.length - 1 ] || '' ].map( safeFilePart ).join( '_' ) + '.' + ext;
}

/**
 * What the JSON export says about its numbers: the release shown (monthly, or weekly when the view
 * shows weeks), its folder, selection, files loaded and not, and (weekly) the weeks and those not
 * in the release.
 */
export function exportMeta( state: ViewState, session: Session,
	weekly = false ): Record<string, unknown> {
	const meta: Record<string, unknown> = {
		source: 'Wikimedia Foundation, Geoeditors Differential Privacy — ' + ( weekly ? 'Weekly' : 'Monthly' ),
		sourceUrl: weekly ? getEndpoints().geoeditorsWeekly : getEndpoints().geoeditors,
		granularity: weekly ? 'week' : 'month',
		view: state.view,
		countries: state.countries,
		wikis: session.wikis.map( ( w ) => ( { dbname: w.dbname, project: w.project } ) ),
		months: weekly ? Array.from( session.weekly.data.keys() ).sort() : session.loadedMonths,
		monthsNotLoaded: Array.from( ( weekly ? session.weekly.failed : session.failed ).keys() ).sort(),
		levels: state.levels,
		permalink: permalink( state ),
	};
	if ( weekly ) {
		const merged = session.weekly.merged;
		meta.weeks = merged.weeks;
		meta.weeksNotInRelease = merged.absent;
	}
	return meta;
}

/**
 * The release, folder and periods of a report's source line: the monthly release and `months`, or
 * (weekly) the weekly release, its files `months` and the weeks shown.
 */
export function reportSource( _state: ViewState, session: Session, weekly: boolean,
	months: string[] ): ReportSource {
	return weekly ?
		{ url: getEndpoints().geoeditorsWeekly, months, weeks: session.weekly.merged.weeks } :
		{ url: getEndpoints().geoeditors, months };
}

export interface ToolbarSource {
	state(): ViewState;
	session(): Session;
	/** The table shown, or null before anything is. */
	table(): TableModel | null;
	/** The months its numbers come from (for the source line of reports; weekly: the files). */
	months(): string[];
	/** Whether the table shown is a weekly one (the weekly release). */
	weekly(): boolean;
}

/** The table as a wikitable (footnotes and source line) and as a Commons Data:….tab page. */
export function reportTexts( table: TableModel,
	source: ReportSource ): { wikitext: string; tab: string } {
	return {
		wikitext: tableToWikitext( table, source ),
		tab: tableToTab( table, source, {
			key: msg( 'geo-editors-tab-key' ), ci: msg( 'geo-editors-tab-ci' ), notPublished: msg( 'geo-editors-tab-not-published' ),
		} ),
	};
}

function toolbarSource( src: ToolbarSource ): ReportSource {
	return reportSource( src.state(), src.session(), src.weekly(), src.months() );
}

export function renderToolbar( toolbar: HTMLElement, mode: 'panel' | 'dashboard', src: ToolbarSource ): void {
	const button = ( key: string, action: () => void ): HTMLButtonElement => h( 'button', { class: 'cdx-button geo-button', attrs: { type: 'button' }, dataset: { action: key }, on: { click: action } }, msg( 'geo-editors-' + key ) );
	const state = src.state();
	replaceChildren( toolbar,
		button( 'export-csv', () => {
			const table = src.table();
			if ( table ) {
				downloadFile( exportName( src.state(), src.session(), 'csv' ), 'text/csv;charset=utf-8', tableToCsv( table ) );
			}
		} ),
		button( 'export-json', () => {
			const table = src.table();
			if ( table ) {
				downloadFile( exportName( src.state(), src.session(), 'json' ), 'application/json', tableToJson( table, exportMeta( src.state(), src.session(), src.weekly() ) ) );
			}
		} ),
		button( 'copy-wikitext', () => {
			const table = src.table();
			if ( table ) {
				copyToClipboard( reportTexts( table, toolbarSource( src ) ).wikitext );
			}
		} ),
		button( 'export-tab', () => {
			const table = src.table();
			if ( table ) {
				downloadFile( exportName( src.state(), src.session(), 'tab.json' ), 'application/json', reportTexts( table, toolbarSource( src ) ).tab );
			}
		} ),
		button( 'copy-link', () => {
			copyToClipboard( permalink( src.state() ) );
		} ),
		mode === 'panel' ? h( 'a', { class: 'geo-editors-open', attrs: { href: mw.util.getUrl( DASHBOARD_PAGE, stateToParams( state ) ) } }, msg( 'geo-editors-open-dashboard' ) ) : null,
	);
}
