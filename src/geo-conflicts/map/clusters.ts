/**
 * Which conflicts are drawn together at a zoom: supercluster (a kd-tree index per zoom level,
 * built once per list) groups markers closer than RADIUS pixels and keeps how many of each sector
 * every group holds. Conflicts at the very same point (approximate ones share their region's
 * coordinates) never separate: such a group is a stack, listed instead of zoomed into.
 */
import Supercluster from 'supercluster';
import type { SectorKey } from '../data/sectors';
import type { MapConflict } from './index';

/** Pixels within which markers join a group (the circle markers are 4–7 px). */
export const RADIUS = 40;

/**
 * Groups form up to this zoom (the tile layers' last); a group that only splits past it is a stack.
 */
export const CLUSTER_MAX_ZOOM = 18;

export type SectorCounts = Partial<Record<SectorKey, number>>;

interface PointProps {
	id: string;
	sector: SectorKey;
}

/**
 * Per-sector counts as flat keys (`n:mining`): supercluster copies a group's properties shallowly
 * from level to level, so a nested object would be shared and counted again at every level.
 */
type GroupProps = Record<string, number>;

const PREFIX = 'n:';

export interface Group {
	kind: 'group';
	/** supercluster's id of the group at this zoom. */
	key: number;
	lat: number;
	lon: number;
	count: number;
	sectors: SectorCounts;
}

export interface Single {
	kind: 'single';
	id: string;
}

function sectorCounts( props: GroupProps ): SectorCounts {
	const out: SectorCounts = {};
	for ( const key of Object.keys( props ) ) {
		if ( key.indexOf( PREFIX ) === 0 && typeof props[ key ] === 'number' ) {
			out[ key.slice( PREFIX.length ) as SectorKey ] = props[ key ];
		}
	}
	return out;
}

export class ClusterIndex {
	private readonly index = new Supercluster<PointProps, GroupProps>( {
		radius: RADIUS,
		// supercluster measures the radius against this tile size: Leaflet's tiles are 256 px, so
		// RADIUS is screen pixels (its default, 512, would halve it).
		extent: 256,
		maxZoom: CLUSTER_MAX_ZOOM,
		minPoints: 2,
		map: ( p ) => ( { [ PREFIX + p.sector ]: 1 } ),
		reduce: ( acc, p ) => {
			for ( const key of Object.keys( p ) ) {
				if ( key.indexOf( PREFIX ) === 0 ) {
					acc[ key ] = ( acc[ key ] || 0 ) + p[ key ];
				}
			}
		},
	} );

	private loaded = false;

	public load( conflicts: MapConflict[] ): void {
		this.loaded = true;
		this.index.load( conflicts.map( ( c ) => ( {
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates: [ c.lon, c.lat ] },
			properties: { id: c.id, sector: c.sector },
		} ) ) );
	}

	/** Groups and single conflicts inside [west, south, east, north] at `zoom`. */
	public inView( bbox: [ number, number, number, number ], zoom: number ): ( Group | Single )[] {
		if ( !this.loaded ) {
			return [];
		}
		return this.index.getClusters( bbox, Math.floor( zoom ) ).map( ( f ): Group | Single => {
			const props = f.properties;
			if ( 'cluster' in props && props.cluster ) {
				return {
					kind: 'group',
					key: props.cluster_id,
					lon: f.geometry.coordinates[ 0 ],
					lat: f.geometry.coordinates[ 1 ],
					count: props.point_count,
					sectors: sectorCounts( props as unknown as GroupProps ),
				};
			}
			return { kind: 'single', id: ( props as PointProps ).id };
		} );
	}

	/** The ids of a group's conflicts (all of them, or the first `limit`). */
	public members( key: number, limit = Infinity ): string[] {
		return this.index.getLeaves( key, limit ).map( ( f ) => f.properties.id );
	}

	/** The zoom at which a group splits; past CLUSTER_MAX_ZOOM for a stack. */
	public expansionZoom( key: number ): number {
		return this.index.getClusterExpansionZoom( key );
	}
}
