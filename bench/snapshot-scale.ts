/**
 * The published snapshot at scale: a seeded, Wikidata-shaped synthetic set
 * (localwiki/sample-data/wikidata/synthetic.mjs) on the real engine (Oxigraph), the gadget's own
 * two publish queries, the snapshot's pages built with their budgets, and what one article's
 * reader downloads from it (gzipped as the wiki serves JSON pages): the key page, plus the conflict
 * page (card) or the place page (section). The equivalence test at this scale is
 * src/geo-conflicts/data/snapshot-scale.engine.test.ts; this script prints the figures:
 *
 *   SNAPSHOT_CONFLICTS=10000 npx tsx bench/snapshot-scale.ts
 */
import { syntheticItems } from '../localwiki/sample-data/wikidata/synthetic.mjs';
import { datasetTurtle } from '../localwiki/wdqs/turtle.mjs';
import { createEngine } from '../localwiki/wdqs/engine.mjs';
import { buildQuery, placesQuery, queryLimit } from '../src/geo-conflicts/data/sparql';
import { normaliseAnswer } from '../src/geo-conflicts/data/normalise';
import { DEFAULT_SECTOR_MAP } from '../src/geo-conflicts/data/sectors';
import { DEFAULT_CONFLICT_CLASSES } from '../src/geo-conflicts/data/config';
import { buildSnapshot, parsePlaces } from '../src/geo-conflicts/data/snapshot-build';
import { servedGzipSize, SNAPSHOT_LIMIT } from '../src/deploy/snapshot-data';

export function snapshotAtScale( count: number, countries: number ): void {
	let t = Date.now();
	const { items } = syntheticItems( { count, countries } );
	const engine = createEngine( { turtle: [ datasetTurtle( items ) ] } );
	console.log( `engine loaded: ${ items.length } items in ${ Date.now() - t } ms` );
	const options = { classes: DEFAULT_CONFLICT_CLASSES.slice(), languages: [ 'en', 'mul' ], siteId: 'eswiki' };
	t = Date.now();
	const query = buildQuery( { kind: 'all' }, Object.assign( { limit: SNAPSHOT_LIMIT }, options ) );
	const set = normaliseAnswer( engine.select( query ), { sectorMap: DEFAULT_SECTOR_MAP, languages: options.languages,
		siteId: options.siteId, query, limit: queryLimit( query ) } );
	console.log( `dashboard query: ${ set.conflicts.length } conflicts in ${ Date.now() - t } ms` );
	t = Date.now();
	const places = parsePlaces( engine.select( placesQuery( options ) ) );
	console.log( `places query: ${ places.length } places in ${ Date.now() - t } ms` );
	const result = buildSnapshot( { set, places, classes: options.classes, languages: options.languages,
		siteId: options.siteId, date: new Date().toISOString(), gzipSize: servedGzipSize } );
	if ( !result.ok ) {
		console.log( `REFUSED: ${ result.reason }` );
		return;
	}
	const max = ( prefix: string ): number => Math.max( ...result.pages.filter( ( p ) => p.title.includes( prefix ) ).map( ( p ) => p.gzBytes ) );
	const manifest = result.pages[ result.pages.length - 1 ].gzBytes;
	const keys = max( '/keys/' );
	console.log( JSON.stringify( {
		conflicts: result.manifest.conflicts, places: result.manifest.places, pages: result.pages.length,
		conflictShards: result.manifest.conflictShards, placeShards: result.manifest.placeShards,
		maxKeyPageGz: keys, maxConflictPageGz: max( '/conflicts/' ), maxPlacePageGz: max( '/places/' ), manifestGz: manifest,
		worstCardGz: keys + manifest + max( '/conflicts/' ), worstPlaceGz: keys + manifest + max( '/places/' ),
		biggestPlace: places.reduce( ( a, p ) => Math.max( a, p.items.length ), 0 ),
	}, null, 1 ) );
}

snapshotAtScale( Number( process.env.SNAPSHOT_CONFLICTS || 10000 ), Number( process.env.SNAPSHOT_COUNTRIES || 40 ) );
