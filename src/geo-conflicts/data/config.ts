/**
 * Geo Conflicts configuration: which Wikidata classes count as environmental conflicts and which
 * items point to which sector. Defaults below; a site overrides them with the JS config variable
 * `geoConflictsConfig` (e.g. in MediaWiki:Common.js), validated here key by key.
 */
import { DEFAULT_SECTOR_MAP, isSectorKey, type SectorKey } from './sectors';
import { validQids, isQid } from './ids';

/**
 * Conflict classes, matched with wdt:P31/wdt:P279* (so subclasses count). The existing Geo
 * Conflictos tool also queried Q3193890 (environmental disaster) and Q220187 (oil spill): disasters
 * are events, not conflicts, so they are left out by default; a site can add them back.
 */
export const DEFAULT_CONFLICT_CLASSES: readonly string[] = [ 'Q5683226', 'Q183129', 'Q131141356', 'Q18353204' ];

export interface ConflictsConfig {
	classes: string[];
	sectorMap: Record<string, SectorKey>;
	/** Minutes a query result is reused. */
	cacheMinutes: number;
	/** Days after which the published snapshot's data is said to be old (default 8). */
	freshnessDays: number;
}

export function getConflictsConfig(): ConflictsConfig {
	const raw = mw.config.get( 'geoConflictsConfig' ) as Record<string, unknown> | null;
	const config: ConflictsConfig = {
		classes: DEFAULT_CONFLICT_CLASSES.slice(),
		sectorMap: Object.assign( {}, DEFAULT_SECTOR_MAP ),
		cacheMinutes: 15,
		freshnessDays: 8,
	};
	if ( !raw || typeof raw !== 'object' ) {
		return config;
	}
	if ( Array.isArray( raw.classes ) ) {
		const classes = validQids( raw.classes );
		if ( classes.length ) {
			config.classes = classes;
		}
	}
	if ( raw.sectorMap && typeof raw.sectorMap === 'object' ) {
		const map = raw.sectorMap as Record<string, unknown>;
		for ( const id of Object.keys( map ) ) {
			if ( isQid( id ) && isSectorKey( map[ id ] ) ) {
				config.sectorMap[ id ] = map[ id ] as SectorKey;
			}
		}
	}
	if ( typeof raw.cacheMinutes === 'number' && raw.cacheMinutes >= 1 && raw.cacheMinutes <= 24 * 60 ) {
		config.cacheMinutes = raw.cacheMinutes;
	}
	if ( typeof raw.freshnessDays === 'number' && raw.freshnessDays >= 1 && raw.freshnessDays <= 366 ) {
		config.freshnessDays = raw.freshnessDays;
	}
	return config;
}
