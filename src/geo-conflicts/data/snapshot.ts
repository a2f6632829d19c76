/**
 * The published conflicts snapshot (`npm run publish-snapshot`, src/deploy/publish-snapshot.ts):
 * JSON pages of this wiki, read with `action=raw` (snapshot-pages.ts). Its pages:
 *
 * - `…/index.json`: the manifest — date of the data, generation, classes, label languages, site,
 *   how many conflict and place shards there are, counts;
 * - `…/keys/<k>.json` (KEY_SHARDS pages, by a hash of the page title): which article titles of this
 *   wiki are a conflict or a place with conflicts, and their item — all the article probe reads;
 * - `…/conflicts/<c>.json` (by a hash of the QID): every conflict with what the card, the dashboard,
 *   the panels and the map show;
 * - `…/places/<p>.json` (by a hash of the QID): every place with conflicts (the P131* walk done at
 *   publish time), its label, countries and the conflicts there as the place section shows them;
 *   a place with more conflicts than fit its page (a country) holds the first ones in the views'
 *   order and their total;
 * - `…/place-ids/<QID>.json`, only for those big places: every conflict id there, which the
 *   dashboard's country panel reads with the conflict pages (no article reader downloads it).
 *
 * Pages written by anyone with interface-admin rights are read as untrusted: every value is checked
 * here before a view sees it (ids, links, file names, numbers), as the live normaliser does.
 */
import { isQid, validQids } from './ids';
import { wikimediaHttpsUrl, commonsFileName, isTitleText } from './links';
import { conflictStatus } from './status';
import { isSectorKey, SECTOR_TEXT_LANGUAGES, type SectorResult } from './sectors';
import { ABOUT_PROPERTIES } from './about';
import type { Conflict, Coordinates, ItemRef, WikiDate } from './types';
import { SNAPSHOT_FORMAT, KEY_SHARDS, MANIFEST_TITLE, keysTitle, conflictsTitle, placesTitle, placeIdsTitle } from './snapshot-keys';
import { isCellKey, mapCellTitle } from './map-cells';

export {
	SNAPSHOT_PREFIX, SNAPSHOT_FORMAT, KEY_SHARDS, MANIFEST_TITLE, keysTitle, conflictsTitle,
	placesTitle, placeIdsTitle, fnv32, shardOf, titleKey, keyEntry, findArticle, articleKeys, type KeysPage,
} from './snapshot-keys';

export interface SnapshotManifest {
	format: number;
	/** When the queries ran (ISO 8601): the data's date. */
	date: string;
	/** Changes whenever any data page changes. */
	generation: string;
	classes: string[];
	languages: string[];
	siteId: string;
	conflictShards: number;
	placeShards: number;
	conflicts: number;
	places: number;
	/** Values the normaliser rejected at publish time (counted, as the live views count them). */
	rejected: { rows: number; coordinates: number; links: number; dates: number };
	/** The map cells that exist (map-cells.ts): a static map reads only those it covers. */
	mapCells?: string[];
	/** The places whose page holds only their first conflicts: each has a place-ids page. */
	bigPlaces?: string[];
}

/** A packed conflict: the Conflict without status (recomputed when read) and without defaults. */
export type Packed = Record<string, unknown>;

export interface ConflictsPage {
	format: number;
	generation: string;
	conflicts: Packed[];
}

export interface PlaceEntry {
	label: string;
	countries: string[];
	/** The conflicts there, packed with only what the place section shows (SUMMARY_FIELDS). */
	rows: Packed[];
	/** Set when `rows` holds only the first conflicts (by label): how many there are in all. */
	total?: number;
}

/** A big place's conflict ids (placeIdsTitle). */
export interface PlaceIdsPage {
	format: number;
	generation: string;
	ids: string[];
}

export interface PlacesPage {
	format: number;
	generation: string;
	places: Record<string, PlaceEntry>;
}

/** What the place section, the panels' lists and the map read of a conflict. */
export const SUMMARY_FIELDS = [ 'id', 'label', 'labelMissing', 'labelLang', 'article', 'coordinates', 'start', 'end', 'sector' ];

const packRef = ( r: ItemRef ): string[] => ( r.labelMissing ? [ r.id ] : [ r.id, r.label ] );

/** A conflict as stored: defaults left out, status dropped (it depends on the day it is read). */
export function packConflict( c: Conflict, fields?: string[] ): Packed {
	const out: Packed = {};
	const source = c as unknown as Record<string, unknown>;
	for ( const key of Object.keys( source ) ) {
		const value = source[ key ];
		if ( key === 'status' || ( fields && !fields.includes( key ) ) || value === null ||
			value === undefined || value === false || value === 0 ||
			( Array.isArray( value ) && !value.length ) ||
			( typeof value === 'object' && !Array.isArray( value ) && !Object.keys( value ).length ) ) {
			continue;
		}
		if ( key === 'countries' || key === 'regions' || key === 'locations' ) {
			out[ key ] = ( value as ItemRef[] ).map( packRef );
		} else if ( key === 'about' ) {
			const about: Record<string, string[][]> = {};
			for ( const p of Object.keys( value as object ) ) {
				about[ p ] = ( ( value as Record<string, ItemRef[]> )[ p ] ).map( packRef );
			}
			out[ key ] = about;
		} else {
			out[ key ] = value;
		}
	}
	return out;
}

const str = ( v: unknown, max = 2000 ): string | null => ( typeof v === 'string' && v.length <= max ? v : null );
const num = ( v: unknown ): number | null => ( typeof v === 'number' && isFinite( v ) ? v : null );

function refs( value: unknown ): ItemRef[] {
	const out: ItemRef[] = [];
	for ( const r of Array.isArray( value ) ? value : [] ) {
		if ( Array.isArray( r ) && isQid( r[ 0 ] ) ) {
			const label = r.length > 1 ? str( r[ 1 ], 500 ) : null;
			out.push( label ? { id: r[ 0 ], label, labelMissing: false } :
				{ id: r[ 0 ], label: r[ 0 ], labelMissing: true } );
		}
	}
	return out;
}

function date( value: unknown ): WikiDate | null {
	const d = value as WikiDate | null;
	return d && typeof d === 'object' && str( d.iso, 24 ) && /^-?\d{4}-\d{2}-\d{2}$/.test( d.iso ) &&
		num( d.year ) !== null && num( d.precision ) !== null ? { iso: d.iso, year: d.year, precision: d.precision } : null;
}

function coordinates( value: unknown ): Coordinates | null {
	const c = value as Coordinates | null;
	if ( !c || typeof c !== 'object' || num( c.lat ) === null || num( c.lon ) === null ||
		Math.abs( c.lat ) > 90 || Math.abs( c.lon ) > 180 || ![ 'P625', 'P276', 'P131' ].includes( c.source ) ) {
		return null;
	}
	const out: Coordinates = { lat: c.lat, lon: c.lon, approximate: c.approximate === true, source: c.source };
	if ( isQid( c.from ) ) {
		out.from = c.from;
	}
	return out;
}

function sector( value: unknown ): SectorResult {
	const s = value as SectorResult | null;
	if ( !s || typeof s !== 'object' || !isSectorKey( s.key ) ||
		![ 'structured', 'keyword', 'none' ].includes( s.basis ) ) {
		return { key: 'other', basis: 'none' };
	}
	const out: SectorResult = { key: s.key, basis: s.basis };
	if ( typeof s.property === 'string' && /^P\d{1,6}$/.test( s.property ) ) {
		out.property = s.property;
	}
	if ( isQid( s.via ) ) {
		out.via = s.via;
	}
	if ( str( s.keyword, 100 ) ) {
		out.keyword = s.keyword;
	}
	if ( s.field === 'label' || s.field === 'description' ) {
		out.field = s.field;
	}
	if ( typeof s.lang === 'string' && SECTOR_TEXT_LANGUAGES.includes( s.lang ) ) {
		out.lang = s.lang;
	}
	return out;
}

const FILE_PATH = 'http://commons.wikimedia.org/wiki/Special:FilePath/';

/** A stored conflict back as a Conflict, every value checked; null when it is not one. */
export function unpackConflict( p: Packed, now = Date.now() ): Conflict | null {
	if ( !p || typeof p !== 'object' || !isQid( p.id ) ) {
		return null;
	}
	const id = p.id;
	const label = str( p.label, 1000 ) || id;
	const start = date( p.start );
	const end = date( p.end );
	const article = p.article as { title?: unknown; url?: unknown } | undefined;
	const url = article ? wikimediaHttpsUrl( article.url ) : null;
	// Names as the live normaliser keeps them from a Special:FilePath URL, checked by the same rule.
	const images = ( Array.isArray( p.images ) ? p.images : [] ).map( ( f ) => typeof f === 'string' ?
		commonsFileName( FILE_PATH + encodeURIComponent( f ) ) : null ).filter( ( f ): f is string => !!f );
	const about: Conflict[ 'about' ] = {};
	const rawAbout = ( p.about && typeof p.about === 'object' ? p.about : {} ) as Record<string, unknown>;
	for ( const property of ABOUT_PROPERTIES ) {
		if ( rawAbout[ property ] ) {
			about[ property ] = refs( rawAbout[ property ] );
		}
	}
	const statements: Conflict[ 'statements' ] = {};
	const rawStatements = ( p.statements && typeof p.statements === 'object' ? p.statements : {} ) as Record<string, unknown>;
	for ( const property of Object.keys( rawStatements ) ) {
		if ( /^P\d{1,6}$/.test( property ) && Array.isArray( rawStatements[ property ] ) ) {
			( statements as Record<string, string[]> )[ property ] = validQids( rawStatements[ property ] as unknown[] );
		}
	}
	return {
		id,
		label,
		labelMissing: p.labelMissing === true || label === id,
		labelLang: str( p.labelLang, 20 ),
		description: str( p.description ),
		descriptionLang: str( p.descriptionLang, 20 ),
		classes: validQids( Array.isArray( p.classes ) ? p.classes : [] ),
		countries: refs( p.countries ),
		regions: refs( p.regions ),
		locations: refs( p.locations ),
		coordinates: coordinates( p.coordinates ),
		start,
		end,
		skippedDates: num( p.skippedDates ) || 0,
		images,
		commonsCategory: str( p.commonsCategory, 300 ),
		article: article && url && typeof article.title === 'string' && isTitleText( article.title ) ? { title: article.title, url } : null,
		about,
		statements,
		status: conflictStatus( start, end, now ),
		sector: sector( p.sector ),
	};
}

/** Conflicts in the views' order (label, then id), as the live normaliser sorts them. */
export function byLabel( a: Conflict, b: Conflict ): number {
	return a.label.localeCompare( b.label ) || ( a.id < b.id ? -1 : 1 );
}

/** The conflicts of a stored list, checked; the ones that are not conflicts are counted. */
export function unpackAll( list: unknown, now = Date.now() ): { conflicts: Conflict[]; bad: number } {
	const conflicts: Conflict[] = [];
	let bad = 0;
	for ( const p of Array.isArray( list ) ? list : [] ) {
		const c = unpackConflict( p as Packed, now );
		if ( c ) {
			conflicts.push( c );
		} else {
			bad++;
		}
	}
	conflicts.sort( byLabel );
	return { conflicts, bad };
}

const GENERATION = /^[0-9a-z]{1,40}$/;

/** The manifest as read from the wiki, or null when it is not one of this format. */
export function parseManifest( value: unknown ): SnapshotManifest | null {
	const m = value as SnapshotManifest | null;
	if ( !m || typeof m !== 'object' || m.format !== SNAPSHOT_FORMAT || typeof m.date !== 'string' ||
		isNaN( Date.parse( m.date ) ) || typeof m.generation !== 'string' || !GENERATION.test( m.generation ) ||
		!Array.isArray( m.classes ) || !Array.isArray( m.languages ) || typeof m.siteId !== 'string' ||
		!( m.conflictShards >= 1 && m.conflictShards <= 4096 ) || !( m.placeShards >= 1 && m.placeShards <= 4096 ) ) {
		return null;
	}
	const r = ( m.rejected || {} ) as Partial<SnapshotManifest[ 'rejected' ]>;
	return Object.assign( {}, m, {
		classes: validQids( m.classes ),
		languages: m.languages.filter( ( l ) => typeof l === 'string' && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test( l ) ),
		conflictShards: Math.floor( m.conflictShards ),
		placeShards: Math.floor( m.placeShards ),
		rejected: { rows: num( r.rows ) || 0, coordinates: num( r.coordinates ) || 0,
			links: num( r.links ) || 0, dates: num( r.dates ) || 0 },
		mapCells: Array.isArray( m.mapCells ) ? m.mapCells.filter( isCellKey ) : [],
		bigPlaces: Array.isArray( m.bigPlaces ) ? validQids( m.bigPlaces ) : [],
	} );
}

/** Every page a published snapshot with this manifest consists of (the manifest's own included). */
export function snapshotPageTitles( manifest: SnapshotManifest ): string[] {
	const titles: string[] = [];
	for ( let i = 0; i < KEY_SHARDS; i++ ) {
		titles.push( keysTitle( i ) );
	}
	for ( let i = 0; i < manifest.conflictShards; i++ ) {
		titles.push( conflictsTitle( i ) );
	}
	for ( let i = 0; i < manifest.placeShards; i++ ) {
		titles.push( placesTitle( i ) );
	}
	( manifest.mapCells || [] ).forEach( ( key ) => titles.push( mapCellTitle( key ) ) );
	( manifest.bigPlaces || [] ).forEach( ( id ) => titles.push( placeIdsTitle( id ) ) );
	return titles.concat( [ MANIFEST_TITLE ] );
}
