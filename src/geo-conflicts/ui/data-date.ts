/**
 * "Data from Wikidata as of …" under a view read from the published snapshot, a warning when the
 * data is older than the site's freshness setting. Shared by the core's views and the reader's card
 * and place section (reader/), so it imports nothing heavy.
 */
import { h } from '../../core/dom';
import { msg, formatNumber, formatDate } from '../../core/messages';
import { notice } from '../../core/ui';

export function snapshotDateNote( date: string, freshnessDays: number, now = Date.now() ): HTMLElement {
	const shown = formatDate( date.slice( 0, 10 ) );
	const stale = now - Date.parse( date ) > freshnessDays * 24 * 3600 * 1000;
	const box = stale ?
		notice( msg( 'geo-conflicts-snapshot-stale', shown, formatNumber( freshnessDays ), freshnessDays ), 'warning' ) :
		h( 'p', { class: 'geo-conflicts-muted', text: msg( 'geo-conflicts-snapshot-date', shown ) } );
	box.classList.add( 'geo-conflicts-data-date' );
	box.dataset.date = date;
	if ( stale ) {
		box.dataset.stale = 'true';
	}
	return box;
}
