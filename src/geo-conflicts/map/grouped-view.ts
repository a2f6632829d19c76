/**
 * Nearby and stacked markers as groups (clusters.ts) at the zoom in view: a focusable marker with
 * the count, ringed by sector share, whose popup lists every member as a button. Only the groups
 * in view are DOM nodes; the single markers stay on the layer's canvas.
 */
import type * as Leaflet from 'leaflet';
import type { MapConflict } from './index';
import type { LeafletNS } from '../../core/leaflet';
import type { ConflictLayerOptions, Entry } from './layer';
import { ClusterIndex, CLUSTER_MAX_ZOOM, type Group } from './clusters';
import { dressGroupIcon, groupLabel, groupPopup, groupSize, POPUP_MEMBERS } from './cluster-marker';

/** What the grouped view needs from its layer. */
export interface GroupHost {
	options: ConflictLayerOptions;
	entry( id: string ): Entry | null;
	openPopup( id: string, map: Leaflet.Map ): void;
}

export class GroupedView {
	private readonly index = new ClusterIndex();

	private map: Leaflet.Map | null = null;

	/**
	 * Group markers by supercluster id (stable at one zoom): a pan reuses them, a zoom makes new
	 * ones.
	 */
	private groupMarkers = new Map<number, Leaflet.Marker>();

	private groupZoom = NaN;

	/**
	 * `points` holds the conflicts' own markers that are shown, `groups` the group markers; both
	 * belong to the layer's group.
	 */
	public constructor(
		private readonly L: LeafletNS,
		private readonly points: Leaflet.FeatureGroup,
		private readonly groups: Leaflet.FeatureGroup,
		private readonly host: GroupHost,
	) {}

	/** A new list (one entry per conflict, already drawable). */
	public load( conflicts: MapConflict[] ): void {
		this.index.load( conflicts );
		this.groupMarkers = new Map();
		this.refresh();
	}

	/** Day/night: the rings in the other palette. */
	public restyle(): void {
		this.groupMarkers = new Map();
		this.groupZoom = NaN;
		this.refresh();
	}

	/** Follow `map`'s view: the groups are recomputed after every move and zoom. */
	public attach( map: Leaflet.Map ): void {
		if ( !this.map ) {
			this.map = map;
			map.on( 'moveend', () => this.refresh() );
			this.refresh();
		}
	}

	/**
	 * Groups and single markers for the view (a quarter of it around, so short pans need nothing
	 * new).
	 */
	public refresh(): void {
		const map = this.map;
		if ( !map ) {
			return;
		}
		const zoom = Math.floor( map.getZoom() );
		if ( zoom !== this.groupZoom ) {
			this.groupMarkers = new Map();
			this.groupZoom = zoom;
		}
		const bounds = map.getBounds().pad( 0.25 );
		const items = this.index.inView(
			[ bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth() ], zoom );
		// Only what changes is removed or added: a pan leaves the markers that stay in view alone.
		const points = new Set<Leaflet.Layer>();
		const groups = new Set<Leaflet.Layer>();
		for ( const item of items ) {
			if ( item.kind === 'single' ) {
				const entry = this.host.entry( item.id );
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
		const size = groupSize( group.count, this.host.options.mini );
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
				dressGroupIcon( icon, group, this.host.options.theme, label );
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

	/**
	 * The popup of a group: its members as buttons (the first focused), or a zoom for a large one.
	 */
	private openGroup( group: Group ): void {
		const map = this.map;
		if ( !map ) {
			return;
		}
		const stack = this.index.expansionZoom( group.key ) > CLUSTER_MAX_ZOOM;
		const ids = this.index.members( group.key, stack ? Infinity : POPUP_MEMBERS );
		const members = ids.map( ( id ) => this.host.entry( id ) )
			.filter( ( e ): e is Entry => !!e ).map( ( e ) => e.conflict )
			.sort( ( a, b ) => a.label.localeCompare( b.label ) );
		const content = groupPopup( group, members, {
			stack,
			theme: this.host.options.theme,
			more: group.count - members.length,
			onPick: ( id ) => {
				if ( this.host.options.onSelect ) {
					this.host.options.onSelect( id );
				}
				this.host.openPopup( id, map );
			},
			onZoom: () => {
				map.closePopup();
				map.setView( [ group.lat, group.lon ],
					Math.min( this.index.expansionZoom( group.key ), map.getMaxZoom() ) );
			},
		} );
		this.L.popup( { autoPanPadding: this.L.point( 16, 16 ), maxHeight: 260 } )
			.setLatLng( [ group.lat, group.lon ] ).setContent( content ).openOn( map );
		const first = content.querySelector<HTMLElement>( 'button' );
		if ( first ) {
			first.focus( { preventScroll: true } );
		}
	}
}
