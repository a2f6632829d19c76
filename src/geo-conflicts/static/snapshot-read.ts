/**
 * The few snapshot pages the static-map module reads, as raw wiki pages the CDN caches (the same
 * URLs as data/snapshot-pages.ts, so the browser shares them). A missing page is null, not an
 * error; a page larger than a cell can be is refused.
 */
export const SNAPSHOT_PREFIX = 'MediaWiki:Gadget-geo-conflicts-snapshot/';
const MAX_BYTES = 2 * 1000 * 1000;

export function snapshotPageUrl( title: string, maxage: number, smaxage: number, extra = '' ): string {
	return mw.util.wikiScript() + '?title=' + encodeURIComponent( title ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' ) +
		'&action=raw&maxage=' + maxage + '&smaxage=' + smaxage + extra;
}

export async function readSnapshotPage( title: string, maxage: number, smaxage: number, extra = '' ): Promise<unknown> {
	const url = snapshotPageUrl( title, maxage, smaxage, extra );
	const response = await fetch( url, { credentials: 'same-origin' } );
	if ( response.status === 404 ) {
		return null;
	}
	const body = response.ok ? await response.text() : '';
	if ( !response.ok || body.length > MAX_BYTES ) {
		throw new Error( 'Geo Conflicts snapshot page ' + title + ': HTTP ' + response.status );
	}
	return JSON.parse( body );
}
