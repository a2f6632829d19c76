/**
 * Building a snapshot's pages (snapshot.ts) from the gadget's own queries' answers: the dashboard
 * query (`all`, normalised by the live views' normaliser) and the place index (`places`). Pure:
 * the publish command passes the answers in and a gzip size function, and gets every page's title
 * and JSON text, or a refusal when a page would be over its budget.
 */
import { assertWdqsJson } from './normalise';
import { isQid, qidFromUri, validQids } from './ids';
import { hashText } from './wdqs';
import {
	KEY_SHARDS, MANIFEST_TITLE, SNAPSHOT_FORMAT, SUMMARY_FIELDS, byLabel, conflictsTitle, keysTitle,
	packConflict, placesTitle, placeIdsTitle, shardOf, titleKey, type ConflictsPage, type KeysPage, type PlaceEntry,
	type PlaceIdsPage, type PlacesPage, type SnapshotManifest,
} from './snapshot';
import { buildCells, mapCellTitle, CELLS_FORMAT, type CellPage } from './map-cells';
import type { ConflictSet } from './types';

export interface PlaceRow {
	id: string;
	label: string;
	/** This wiki's article about the place (its sitelink), when there is one. */
	title: string | null;
	countries: string[];
	items: string[];
}

/** The `places` query's answer (sparql.ts placesQuery), checked row by row. */
export function parsePlaces( data: unknown ): PlaceRow[] {
	const answer = assertWdqsJson( data, 'place' );
	const out: PlaceRow[] = [];
	for ( const row of answer.results.bindings ) {
		const id = row && row.place ? qidFromUri( row.place.value ) : null;
		if ( !id ) {
			continue;
		}
		const words = ( name: string ): string[] => ( row[ name ] ? row[ name ]!.value.split( /\s+/ ) : [] );
		const label = row.label && row.label.value.trim() ? row.label.value.replace( /\s+/g, ' ' ).trim() : id;
		const title = row.title ? row.title.value.split( '\n' ).filter( Boolean ).sort()[ 0 ] || null : null;
		out.push( { id, label, title, countries: validQids( words( 'countries' ) ), items: validQids( words( 'items' ) ) } );
	}
	return out;
}

/** Per-page limits, gzipped bytes: what one article's reader downloads stays small. */
export interface Budgets {
	/** A key page (the probe's only download on an article that is neither). */
	keys: number;
	/** A conflict page (the card's download). */
	conflicts: number;
	/** A place page (the place section's download). */
	places: number;
}

export const DEFAULT_BUDGETS: Budgets = { keys: 4000, conflicts: 14000, places: 14000 };

export interface SnapshotPage {
	title: string;
	/** The JSON text saved. */
	content: string;
	gzBytes: number;
}

export type BuildResult = { ok: true; pages: SnapshotPage[]; manifest: SnapshotManifest } |
	{ ok: false; reason: string };

export interface BuildInput {
	set: ConflictSet;
	places: PlaceRow[];
	classes: string[];
	languages: string[];
	siteId: string;
	/** The data's date (ISO 8601). */
	date: string;
	gzipSize: ( text: string ) => number;
	budgets?: Budgets;
}

/** Shards of a list by key, doubling their number until every page fits (at most 4096). */
function shard<T>( items: T[], key: ( item: T ) => string, page: ( part: T[] ) => string,
	size: ( text: string ) => number, budget: number ): { texts: string[]; sizes: number[] } | null {
	for ( let n = 1; n <= 4096; n *= 2 ) {
		const parts: T[][] = [];
		for ( let i = 0; i < n; i++ ) {
			parts.push( [] );
		}
		items.forEach( ( item ) => parts[ shardOf( key( item ), n ) ].push( item ) );
		const texts = parts.map( page );
		const sizes = texts.map( size );
		if ( sizes.every( ( s ) => s <= budget ) ) {
			return { texts, sizes };
		}
		// One item alone over the budget: more pages do not help.
		if ( parts.some( ( p, i ) => p.length === 1 && sizes[ i ] > budget ) ) {
			return null;
		}
	}
	return null;
}

/**
 * A place whose conflicts alone would fill more than half a place page (a country with thousands)
 * keeps its first conflicts in the views' order, as many as fit half a page, and their total: the
 * place section shows those and the count, and links to the dashboard for all (issue 19).
 */
function fitPlace( entry: PlaceEntry, size: ( e: PlaceEntry ) => number, budget: number ): PlaceEntry {
	if ( size( entry ) <= budget ) {
		return entry;
	}
	let low = 1;
	let high = entry.rows.length - 1;
	while ( low < high ) {
		const mid = Math.ceil( ( low + high ) / 2 );
		if ( size( Object.assign( {}, entry, { rows: entry.rows.slice( 0, mid ), total: entry.rows.length } ) ) <= budget ) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return Object.assign( {}, entry, { rows: entry.rows.slice( 0, low ), total: entry.rows.length } );
}

/** Every page of the snapshot, or the reason it cannot be published within its budgets. */
export function buildSnapshot( input: BuildInput ): BuildResult {
	const budgets = input.budgets || DEFAULT_BUDGETS;
	if ( input.set.truncated ) {
		return { ok: false, reason: 'the dashboard query was cut at its limit: the snapshot would not hold every conflict' };
	}
	const byId: Record<string, ConflictSet[ 'conflicts' ][ number ]> = {};
	input.set.conflicts.forEach( ( c ) => {
		byId[ c.id ] = c;
	} );
	const places = input.places.filter( ( p ) => p.items.some( ( id ) => byId[ id ] ) );
	const keys: Record<string, [ 'c' | 'p', string ]> = {};
	// Every item with an article here under its title and its id (the article view looks it up by
	// its wgWikibaseItemId when the wiki has a Wikibase client).
	for ( const p of places ) {
		if ( p.title ) {
			keys[ titleKey( p.title ) ] = [ 'p', p.id ];
			keys[ p.id ] = [ 'p', p.id ];
		}
	}
	// A conflict that is also a place gets its card (the article view decides the same way).
	for ( const c of input.set.conflicts ) {
		if ( c.article ) {
			keys[ titleKey( c.article.title ) ] = [ 'c', c.id ];
			keys[ c.id ] = [ 'c', c.id ];
		}
	}
	const keyPages: KeysPage[] = [];
	for ( let i = 0; i < KEY_SHARDS; i++ ) {
		keyPages.push( { format: SNAPSHOT_FORMAT, keys: {}, byId: 1 } );
	}
	Object.keys( keys ).sort().forEach( ( t ) => {
		keyPages[ shardOf( t, KEY_SHARDS ) ].keys[ t ] = keys[ t ];
	} );
	const keyTexts = keyPages.map( ( p ) => JSON.stringify( p ) );
	const keySizes = keyTexts.map( input.gzipSize );
	const overKeys = keySizes.filter( ( s ) => s > budgets.keys );
	if ( overKeys.length ) {
		return { ok: false, reason: `a key page would be ${ Math.max( ...overKeys ) } bytes gzipped, over its budget of ${ budgets.keys } (${ Object.keys( keys ).length } article titles in ${ KEY_SHARDS } pages)` };
	}

	const conflicts = input.set.conflicts.slice().sort( byLabel );
	// The generation is filled in below, once every data page is known: a placeholder first.
	const conflictPage = ( part: typeof conflicts ): string => JSON.stringify(
		{ format: SNAPSHOT_FORMAT, generation: '', conflicts: part.map( ( c ) => packConflict( c ) ) } as ConflictsPage );
	const conflictShards = shard( conflicts, ( c ) => c.id, conflictPage, input.gzipSize, budgets.conflicts );
	if ( !conflictShards ) {
		return { ok: false, reason: `one conflict alone is over the conflict page budget of ${ budgets.conflicts } bytes gzipped` };
	}
	const bigPlaces: Record<string, string[]> = {};
	const entrySize = ( id: string ) => ( e: PlaceEntry ): number => input.gzipSize( JSON.stringify(
		{ format: SNAPSHOT_FORMAT, generation: '', places: { [ id ]: e } } as PlacesPage ) );
	const entries: [ string, PlaceEntry ][] = places.map( ( p ) => {
		const found = p.items.filter( ( id ) => byId[ id ] ).map( ( id ) => byId[ id ] ).sort( byLabel );
		const entry = fitPlace( { label: p.label, countries: p.countries,
			rows: found.map( ( c ) => packConflict( c, SUMMARY_FIELDS ) ) }, entrySize( p.id ), budgets.places / 2 );
		if ( entry.total ) {
			bigPlaces[ p.id ] = found.map( ( c ) => c.id );
		}
		return [ p.id, entry ];
	} );
	const placePage = ( part: typeof entries ): string => {
		const page: PlacesPage = { format: SNAPSHOT_FORMAT, generation: '', places: {} };
		part.forEach( ( [ id, entry ] ) => {
			page.places[ id ] = entry;
		} );
		return JSON.stringify( page );
	};
	const placeShards = shard( entries, ( e ) => e[ 0 ], placePage, input.gzipSize, budgets.places );
	if ( !placeShards ) {
		const biggest = entries.slice().sort( ( a, b ) => b[ 1 ].rows.length - a[ 1 ].rows.length )[ 0 ];
		return { ok: false, reason: `the place ${ biggest ? biggest[ 0 ] + ' (' + biggest[ 1 ].label + ', ' + biggest[ 1 ].rows.length + ' conflicts)' : '' } alone is over the place page budget of ${ budgets.places } bytes gzipped` };
	}
	const generation = hashText( conflictShards.texts.concat( placeShards.texts ).join( '\n' ) );
	const withGeneration = ( text: string ): string => text.replace( '"generation":""', '"generation":"' + generation + '"' );
	const manifest: SnapshotManifest = {
		format: SNAPSHOT_FORMAT,
		date: input.date,
		generation,
		classes: input.classes.filter( isQid ),
		languages: input.languages,
		siteId: input.siteId,
		conflictShards: conflictShards.texts.length,
		placeShards: placeShards.texts.length,
		conflicts: conflicts.length,
		places: places.length,
		rejected: { rows: input.set.rejected.rows, coordinates: input.set.rejected.coordinates,
			links: input.set.rejected.links, dates: input.set.rejected.dates || 0 },
	};
	// Map cells: what a marker on a static map needs, by 10° cell (map-cells.ts).
	const cells = buildCells( conflicts.filter( ( c ) => c.coordinates ).map( ( c ) => ( {
		id: c.id, label: c.label, lat: c.coordinates!.lat, lon: c.coordinates!.lon, sector: c.sector.key,
		approximate: c.coordinates!.approximate, article: c.article ? c.article.title : undefined,
	} ) ) );
	manifest.mapCells = Object.keys( cells ).sort();
	manifest.bigPlaces = Object.keys( bigPlaces ).sort();
	const pages: SnapshotPage[] = [];
	manifest.bigPlaces.forEach( ( id ) => {
		const text = JSON.stringify( { format: SNAPSHOT_FORMAT, generation, ids: bigPlaces[ id ] } as PlaceIdsPage );
		pages.push( { title: placeIdsTitle( id ), content: text, gzBytes: input.gzipSize( text ) } );
	} );
	manifest.mapCells.forEach( ( key ) => {
		const text = JSON.stringify( { format: CELLS_FORMAT, generation, conflicts: cells[ key ] } as CellPage );
		pages.push( { title: mapCellTitle( key ), content: text, gzBytes: input.gzipSize( text ) } );
	} );
	keyTexts.forEach( ( text, i ) => pages.push( { title: keysTitle( i ), content: text, gzBytes: keySizes[ i ] } ) );
	conflictShards.texts.forEach( ( text, i ) => pages.push( { title: conflictsTitle( i ), content: withGeneration( text ), gzBytes: conflictShards.sizes[ i ] } ) );
	placeShards.texts.forEach( ( text, i ) => pages.push( { title: placesTitle( i ), content: withGeneration( text ), gzBytes: placeShards.sizes[ i ] } ) );
	const manifestText = JSON.stringify( manifest );
	// The manifest last: readers never see a generation whose pages are not saved yet.
	pages.push( { title: MANIFEST_TITLE, content: manifestText, gzBytes: input.gzipSize( manifestText ) } );
	return { ok: true, pages, manifest };
}
