/**
 * The conflicts as Leaflet circle markers on one shared canvas renderer: a canvas redraws thousands
 * of dots in one pass, where one SVG/DOM node per marker does not scale. Nearby and stacked markers
 * are drawn as groups (clusters.ts) at the zoom in view: a focusable marker with the count, ringed
 * by sector share, whose popup lists every member — only the groups in view are DOM nodes.
 */
import type * as Leaflet from 'leaflet';
import type { SectorKey } from '../data/sectors';
import type { MapConflict } from './index';
import type { LeafletNS } from './leaflet';
import { markerStyle, type Theme } from './palette';
import { conflictPopup } from './popup';
import { ClusterIndex, CLUSTER_MAX_ZOOM, type Group } from './clusters';
import { dressGroupIcon, groupLabel, groupPopup, groupSize, POPUP_MEMBERS } from './cluster-marker';

export interface ConflictLayerOptions {
	mini?: boolean;
	onSelect?( id: string ): void;
	theme: Theme;
	/** Group nearby and stacked markers (default); false draws every marker on its own. */
	cluster?: boolean;
}

interface Entry {
	conflict: MapConflict;
	marker: Leaflet.CircleMarker;
}

/** Whether a conflict can be drawn: finite coordinates on Earth and an id. */
export function isDrawable( conflict: MapConflict ): boolean {
	return !!conflict && typeof conflict.id === 'string' && conflict.id !== '' &&
		typeof conflict.lat === 'number' && typeof conflict.lon === 'number' &&
		isFinite( conflict.lat ) && isFinite( conflict.lon ) &&
		Math.abs( conflict.lat ) <= 90 && Math.abs( conflict.lon ) <= 180;
}

export class ConflictLayer {
	/** Add this to a map (or remove it) to show or hide all conflicts. */
	public readonly group: Leaflet.FeatureGroup;

	/** The conflicts' own markers (one popup and click handler for all of them). */
	private readonly points: Leaflet.FeatureGroup;

	/** The group markers in view. */
	private readonly groups: Leaflet.FeatureGroup;

	private readonly index: ClusterIndex | null;

	private map: Leaflet.Map | null = null;

	/** Group markers by supercluster id (stable at one zoom): a pan reuses them, a zoom makes new ones. */
	private groupMarkers = new Map<number, Leaflet.Marker>();

	private groupZoom = NaN;

	private readonly L: LeafletNS;

	private readonly renderer: Leaflet.Renderer | undefined;

	private readonly options: ConflictLayerOptions;

	private entries: Record<string, Entry> = {};

	/** Leaflet id of a marker → its conflict, for the group's click and popup handlers. */
	private byMarker: Record<number, MapConflict> = {};

	private sectorsShown = new Set<SectorKey>();

	public constructor( L: LeafletNS, options: ConflictLayerOptions ) {
		this.L = L;
		this.options = options;
		// Kartographer's older Leaflet may lack L.canvas; markers then use its default renderer.
		this.renderer = typeof L.canvas === 'function' ? L.canvas( { padding: 0.3, tolerance: 4 } ) : undefined;
		this.points = L.featureGroup();
		this.groups = L.featureGroup();
		this.group = L.featureGroup( [ this.points, this.groups ] );
		this.index = options.cluster === false ? null : new ClusterIndex();
		// One popup and one click handler for the whole group, not one per marker: with thousands of
		// markers that is thousands of objects fewer. The popup content is built when it opens.
		this.points.bindPopup( ( layer ) => {
			const conflict = this.conflictOf( layer as Leaflet.Layer );
			return conflict ? conflictPopup( conflict ) : '';
		}, { autoPanPadding: L.point( 16, 16 ) } );
		this.points.on( 'click', ( event ) => {
			const conflict = this.conflictOf( ( event as Leaflet.LeafletEvent & { layer?: Leaflet.Layer } ).layer );
			if ( conflict && this.options.onSelect ) {
				this.options.onSelect( conflict.id );
			}
		} );
	}

	private conflictOf( layer: Leaflet.Layer | undefined ): MapConflict | null {
		if ( !layer ) {
			return null;
		}
		const id = this.L.stamp( layer );
		return Object.prototype.hasOwnProperty.call( this.byMarker, id ) ? this.byMarker[ id ] : null;
	}

	/**
	 * Replace the markers; returns how many were drawn (conflicts without usable coordinates are
	 * skipped). Cheapest while the group is off the map: then nothing is projected or drawn until
	 * it is added, once, at the final view.
	 */
	public setConflicts( list: MapConflict[] ): number {
		const L = this.L;
		const entries: Record<string, Entry> = {};
		const byMarker: Record<number, MapConflict> = {};
		const sectors = new Set<SectorKey>();
		const markers: Leaflet.CircleMarker[] = [];
		// Approximate rings first, so exact dots are painted above them.
		const ordered = list.filter( isDrawable ).sort( ( a, b ) => Number( b.approximate ) - Number( a.approximate ) );
		for ( const conflict of ordered ) {
			if ( entries[ conflict.id ] ) {
				continue; // one marker per item
			}
			const style = markerStyle( conflict.sector, conflict.approximate, this.options.theme, this.options.mini );
			const marker = L.circleMarker( [ conflict.lat, conflict.lon ], Object.assign( { renderer: this.renderer, bubblingMouseEvents: false }, style ) );
			entries[ conflict.id ] = { conflict, marker };
			byMarker[ L.stamp( marker ) ] = conflict;
			sectors.add( conflict.sector );
			markers.push( marker );
		}
		this.entries = entries;
		this.byMarker = byMarker;
		this.sectorsShown = sectors;
		if ( this.index ) {
			this.index.load( ordered.filter( ( c ) => entries[ c.id ].conflict === c ) );
			this.groupMarkers = new Map();
			this.refresh();
		} else {
			this.points.clearLayers();
			for ( const marker of markers ) {
				this.points.addLayer( marker );
			}
		}
		return markers.length;
	}

	/** Follow `map`'s view: the groups are recomputed after every move and zoom. */
	public attach( map: Leaflet.Map ): void {
		if ( this.index && !this.map ) {
			this.map = map;
			map.on( 'moveend', () => this.refresh() );
			this.refresh();
		}
	}

	/** Groups and single markers for the view (a quarter of it around, so short pans need nothing new). */
	public refresh(): void {
		const map = this.map;
		if ( !this.index || !map ) {
			return;
		}
		const zoom = Math.floor( map.getZoom() );
		if ( zoom !== this.groupZoom ) {
			this.groupMarkers = new Map();
			this.groupZoom = zoom;
		}
		const bounds = map.getBounds().pad( 0.25 );
		const items = this.index.inView( [ bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth() ], zoom );
		// Only what changes is removed or added: a pan leaves the markers that stay in view alone.
		const points = new Set<Leaflet.Layer>();
		const groups = new Set<Leaflet.Layer>();
		for ( const item of items ) {
			if ( item.kind === 'single' ) {
				const entry = this.get( item.id );
				if ( entry ) {
					points.add( entry.marker );
				}
			} else {
				let marker = this.groupMarkers.get( item.key );
				if ( !marker ) {
					marker = this.groupMarker( item );
					this.groupMarkers.set( item.key, marker );
				}
				groups.add( marker );
			}
		}
		this.sync( this.points, points );
		this.sync( this.groups, groups );
	}

	private sync( group: Leaflet.FeatureGroup, wanted: Set<Leaflet.Layer> ): void {
		group.eachLayer( ( layer ) => {
			if ( !wanted.has( layer ) ) {
				group.removeLayer( layer );
			}
		} );
		wanted.forEach( ( layer ) => {
			if ( !group.hasLayer( layer ) ) {
				group.addLayer( layer );
			}
		} );
	}

	private groupMarker( group: Group ): Leaflet.Marker {
		const L = this.L;
		const size = groupSize( group.count, this.options.mini );
		const label = groupLabel( group );
		const marker = L.marker( [ group.lat, group.lon ], {
			// Empty here and filled on 'add' with our DOM: no HTML string, on any Leaflet version.
			icon: L.divIcon( { className: 'geo-conflicts-cluster', html: '', iconSize: L.point( size, size ) } ),
			keyboard: true,
			title: label,
			riseOnHover: true,
			bubblingMouseEvents: false,
		} );
		marker.on( 'add', () => {
			const icon = marker.getElement();
			if ( icon ) {
				dressGroupIcon( icon, group, this.options.theme, label );
			}
		} );
		marker.on( 'click', () => this.openGroup( group ) );
		// Leaflet turns Enter on a focused marker into a 'keypress' layer event, not a click; Space
		// too, as for any role=button.
		marker.on( 'keypress', ( event ) => {
			const key = ( event as Leaflet.LeafletKeyboardEvent ).originalEvent;
			if ( key && ( key.keyCode === 13 || key.keyCode === 32 || key.key === 'Enter' || key.key === ' ' ) ) {
				key.preventDefault();
				this.openGroup( group );
			}
		} );
		return marker;
	}

	/** The popup of a group: its members as buttons (the first focused), or a zoom for a large one. */
	private openGroup( group: Group ): void {
		const map = this.map;
		if ( !this.index || !map ) {
			return;
		}
		const stack = this.index.expansionZoom( group.key ) > CLUSTER_MAX_ZOOM;
		const ids = this.index.members( group.key, stack ? Infinity : POPUP_MEMBERS );
		const members = ids.map( ( id ) => this.get( id ) ).filter( ( e ): e is Entry => !!e ).map( ( e ) => e.conflict )
			.sort( ( a, b ) => a.label.localeCompare( b.label ) );
		const content = groupPopup( group, members, {
			stack,
			theme: this.options.theme,
			more: group.count - members.length,
			onPick: ( id ) => {
				if ( this.options.onSelect ) {
					this.options.onSelect( id );
				}
				this.openPopup( id, map );
			},
			onZoom: () => {
				map.closePopup();
				map.setView( [ group.lat, group.lon ], Math.min( this.index ? this.index.expansionZoom( group.key ) : map.getZoom() + 1, map.getMaxZoom() ) );
			},
		} );
		this.L.popup( { autoPanPadding: this.L.point( 16, 16 ), maxHeight: 260 } ).setLatLng( [ group.lat, group.lon ] ).setContent( content ).openOn( map );
		const first = content.querySelector<HTMLElement>( 'button' );
		if ( first ) {
			first.focus( { preventScroll: true } );
		}
	}

	/** Recolour for day/night. */
	public setTheme( theme: Theme ): void {
		this.options.theme = theme;
		for ( const id of Object.keys( this.entries ) ) {
			const entry = this.entries[ id ];
			entry.marker.setStyle( markerStyle( entry.conflict.sector, entry.conflict.approximate, theme, this.options.mini ) );
		}
		// The group rings in the new palette.
		this.groupMarkers = new Map();
		this.groupZoom = NaN;
		this.refresh();
	}

	public get( id: string ): Entry | null {
		return Object.prototype.hasOwnProperty.call( this.entries, id ) ? this.entries[ id ] : null;
	}

	/** Open the popup of a conflict on `map` (the group's popup follows clicks, not calls). */
	public openPopup( id: string, map: Leaflet.Map ): void {
		const entry = this.get( id );
		if ( entry ) {
			this.L.popup( { autoPanPadding: this.L.point( 16, 16 ) } )
				.setLatLng( entry.marker.getLatLng() )
				.setContent( conflictPopup( entry.conflict ) )
				.openOn( map );
		}
	}

	public get sectors(): ReadonlySet<SectorKey> {
		return this.sectorsShown;
	}

	public get count(): number {
		return Object.keys( this.entries ).length;
	}

	/** Bounds of all markers, or null when there are none. */
	public bounds(): Leaflet.LatLngBounds | null {
		const ids = Object.keys( this.entries );
		if ( !ids.length ) {
			return null;
		}
		const bounds = this.L.latLngBounds( [] );
		for ( const id of ids ) {
			bounds.extend( this.entries[ id ].marker.getLatLng() );
		}
		return bounds;
	}
}
