/**
 * Modelling assistant for Wikidata editors (dashboard section, built when opened): what the
 * conflicts in the current filter lack, items typed only outside the configured classes (what the
 * original tool's classes add), the classes in use under the configured roots with counts, and
 * QuickStatements lines to review and run. The gadget itself never edits Wikidata.
 */
import { h, isolateText, link, replaceChildren, type Child } from '../../core/dom';
import { msg, formatNumber } from '../../core/messages';
import { errorBox, errorMessage, spinner } from '../../core/ui';
import { MODELLING_GAPS, GAP_PROPERTY, modellingReport, classUsageQuery, parseClassUsage, suggestCountryQuery, parseCountrySuggestions, countryLines } from '../data/modelling';
import { typeLines } from '../data/scope';
import type { Conflict } from '../data/types';
import { getContext, loadView } from './context';
import { labelElement, wikidataUrl } from './format';

const LIMIT = 50;

let uid = 0;

/** A read-only box of lines to copy into QuickStatements, with its label. */
function linesBox( lines: string[], label: string ): HTMLElement {
	const id = 'geo-conflicts-qs' + ( ++uid );
	const area = h( 'textarea', {
		class: 'cdx-text-area__textarea geo-conflicts-qs-lines',
		attrs: { id, readonly: true, rows: Math.min( 8, lines.length + 1 ), spellcheck: 'false', dir: 'ltr' },
	} );
	// A textarea's value is text: the lines hold only ids anyway.
	area.value = lines.join( '\n' );
	return h( 'div', { class: 'geo-conflicts-qs cdx-text-area' },
		h( 'label', { attrs: { for: id }, text: label } ), area );
}

/**
 * Where another part comes in later (a query, a wider set): a spinner, then it, or an error with
 * retry.
 */
function later( load: () => Promise<Node | null>,
	fresh: () => Promise<Node | null> = load ): HTMLElement {
	const box = h( 'div', { class: 'geo-conflicts-later' }, spinner() );
	const show = ( p: Promise<Node | null> ): void => {
		p.then( ( node ) => replaceChildren( box, node ), ( error: unknown ) => {
			replaceChildren( box, errorBox( errorMessage( error ), () => {
				replaceChildren( box, spinner() );
				show( fresh() );
			} ) );
		} );
	};
	show( load() );
	return box;
}

export interface ModellingSources {
	/** The classes under which the assistant counts (the configured ones). */
	classes: string[];
	/** Items the original tool's classes add (typed only outside the configured ones). */
	outside(): Promise<Conflict[]>;
}

export function renderModelling( target: HTMLElement, conflicts: Conflict[],
	sources: ModellingSources ): void {
	const report = modellingReport( conflicts );
	const root = sources.classes[ 0 ];
	replaceChildren( target,
		h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-modelling-intro' ) } ),
		MODELLING_GAPS.map( ( gap ) => {
			const list = report[ gap ];
			return h( 'div', { class: 'geo-conflicts-modelling-group', dataset: { gap, count: String( list.length ) } },
				// geo-conflicts-modelling-country, -coordinates, -start, -participants, -causes
				h( 'h4', { text: msg( 'geo-conflicts-modelling-' + gap, formatNumber( list.length ), list.length ) } ),
				list.length ? paged( list, ( shown ) => [
					itemList( shown, '#' + GAP_PROPERTY[ gap ] ),
					// Lines only for the items listed above: the editor reviews what they paste.
					gap === 'country' ? later( () => countrySuggestions( shown ), () => countrySuggestions( shown, true ) ) : null,
				] ) : null,
			);
		} ),
		h( 'div', { class: 'geo-conflicts-modelling-group', dataset: { gap: 'outside' } },
			h( 'h4', { text: msg( 'geo-conflicts-modelling-outside-title' ) } ),
			later( () => sources.outside().then( ( items ) => outsideList( items, root ) ) ) ),
		h( 'div', { class: 'geo-conflicts-modelling-group', dataset: { gap: 'classes' } },
			h( 'h4', { text: msg( 'geo-conflicts-modelling-classes-title' ) } ),
			later( () => classUsage( sources.classes ),
				() => classUsage( sources.classes, true ) ) ),
	);
}

async function countrySuggestions( list: Conflict[], fresh = false ): Promise<Node | null> {
	const ids = list.map( ( c ) => c.id );
	const lines = countryLines(
		await loadView( suggestCountryQuery( ids ), parseCountrySuggestions, fresh ) );
	return lines.length ? linesBox( lines, msg( 'geo-conflicts-modelling-country-lines', formatNumber( lines.length ), lines.length ) ) : null;
}

function outsideList( items: Conflict[], root: string ): Node {
	return h( 'div', { class: 'geo-conflicts-modelling-outside', dataset: { count: String( items.length ) } },
		h( 'p', { text: msg( 'geo-conflicts-modelling-outside', formatNumber( items.length ), items.length ) } ),
		items.length ? paged( items, ( shown ) => [
			itemList( shown, '#P31' ),
			linesBox( typeLines( shown, root ), msg( 'geo-conflicts-modelling-outside-lines', root ) ),
		] ) : null,
	);
}

/** Items with a link to the statement group an editor would add (`anchor`). */
function itemList( items: Conflict[], anchor: string ): HTMLElement {
	return h( 'ul', null, items.map( ( c ) => h( 'li', { dataset: { id: c.id } },
		labelElement( c ), ' ',
		link( wikidataUrl( c.id ) + anchor, msg( 'geo-conflicts-quality-edit', c.id ), { class: 'geo-conflicts-edit' } ) ) ) );
}

/**
 * The first LIMIT items (what `render` draws: the list and the lines for exactly those), how many
 * more there are, and a button that lists the next LIMIT. QuickStatements lines never cover an item
 * the editor has not seen listed (issue 22).
 */
function paged( items: Conflict[], render: ( shown: Conflict[] ) => Child[] ): HTMLElement {
	const box = h( 'div', { class: 'geo-conflicts-modelling-paged' } );
	const show = ( count: number ): void => {
		const shown = items.slice( 0, count );
		const more = items.length - shown.length;
		replaceChildren( box, render( shown ), more ? h( 'p', { class: 'geo-conflicts-muted geo-conflicts-modelling-more', dataset: { more: String( more ) } },
			msg( 'geo-conflicts-modelling-more', formatNumber( more ), more ), ' ',
			h( 'button', {
				class: 'cdx-button geo-button geo-conflicts-modelling-show-more',
				attrs: { type: 'button' },
				on: { click: () => show( count + LIMIT ) },
			}, msg( 'geo-conflicts-modelling-show-more', formatNumber( Math.min( LIMIT, more ) ), Math.min( LIMIT, more ) ) ) ) : null );
	};
	show( LIMIT );
	return box;
}

async function classUsage( classes: string[], fresh = false ): Promise<Node> {
	const usage = await loadView( classUsageQuery( classes, getContext().languages ),
		parseClassUsage, fresh );
	return h( 'table', { class: 'wikitable geo-conflicts-classes' },
		h( 'thead', null, h( 'tr', null,
			h( 'th', { attrs: { scope: 'col' }, text: msg( 'geo-conflicts-modelling-class' ) } ),
			h( 'th', { attrs: { scope: 'col' }, text: msg( 'geo-conflicts-modelling-class-count' ) } ) ) ),
		h( 'tbody', null, usage.map( ( u ) => h( 'tr', { dataset: { id: u.id, count: String( u.count ) } },
			h( 'td', null, link( wikidataUrl( u.id ), u.labelMissing ? u.id : isolateText( u.label ) ), ' ', h( 'small', { class: 'geo-conflicts-muted', text: u.id } ) ),
			h( 'td', { text: formatNumber( u.count ) } ) ) ) ) );
}
