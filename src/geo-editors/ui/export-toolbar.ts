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
import { tableToWikitext } from './wikitable';
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

/** What the JSON export says about its numbers: source, selection, months loaded and not. */
export function exportMeta( state: ViewState, session: Session ): Record<string, unknown> {
	return {
		source: 'Wikimedia Foundation, Geoeditors Differential Privacy — Monthly',
		sourceUrl: getEndpoints().geoeditors,
		view: state.view,
		countries: state.countries,
		wikis: session.wikis.map( ( w ) => ( { dbname: w.dbname, project: w.project } ) ),
		months: session.loadedMonths,
		monthsNotLoaded: Array.from( session.failed.keys() ),
		levels: state.levels,
		permalink: permalink( state ),
	};
}

export interface ToolbarSource {
	state(): ViewState;
	session(): Session;
	/** The table shown, or null before anything is. */
	table(): TableModel | null;
	/** The months its numbers come from (for the source line of reports). */
	months(): string[];
}

/** The table as a wikitable (footnotes and source line) and as a Commons Data:….tab page. */
export function reportTexts( table: TableModel,
	months: string[] ): { wikitext: string; tab: string } {
	const source = { url: getEndpoints().geoeditors, months };
	return {
		wikitext: tableToWikitext( table, source ),
		tab: tableToTab( table, source, {
			key: msg( 'geo-editors-tab-key' ), ci: msg( 'geo-editors-tab-ci' ), notPublished: msg( 'geo-editors-tab-not-published' ),
		} ),
	};
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
				downloadFile( exportName( src.state(), src.session(), 'json' ), 'application/json', tableToJson( table, exportMeta( src.state(), src.session() ) ) );
			}
		} ),
		button( 'copy-wikitext', () => {
			const table = src.table();
			if ( table ) {
				copyToClipboard( reportTexts( table, src.months() ).wikitext );
			}
		} ),
		button( 'export-tab', () => {
			const table = src.table();
			if ( table ) {
				downloadFile( exportName( src.state(), src.session(), 'tab.json' ), 'application/json', reportTexts( table, src.months() ).tab );
			}
		} ),
		button( 'copy-link', () => {
			copyToClipboard( permalink( src.state() ) );
		} ),
		mode === 'panel' ? h( 'a', { class: 'geo-editors-open', attrs: { href: mw.util.getUrl( DASHBOARD_PAGE, stateToParams( state ) ) } }, msg( 'geo-editors-open-dashboard' ) ) : null,
	);
}
