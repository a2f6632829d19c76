/**
 * The conflicts as Leaflet circle markers on one shared canvas renderer: a canvas redraws thousands
 * of dots in one pass, where one SVG/DOM node per marker does not scale. Nearby and stacked markers
 * are drawn as groups (clusters.ts) at the zoom in view: a focusable marker with the count, ringed
 * by sector share, whose popup lists every member — only the groups in view are DOM nodes.
 */
import type * as Leaflet from 'leaflet';
import type { SectorKey } from '../data/sectors';
import type { MapConflict } from './index';
import type { LeafletNS } from '../../core/leaflet';
import { markerStyle, type Theme } from './palette';
import { conflictPopup } from './popup';
import { GroupedView } from './grouped-view';

export interface ConflictLayerOptions {
	mini?: boolean;
	onSelect?( id: string ): void;
	theme: Theme;
	/** Group nearby and stacked markers (default); false draws every marker on its own. */
	cluster?: boolean;
}

export interface Entry {
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

	/** Nearby and stacked markers as groups (null: every marker on its own). */
	private readonly grouped: GroupedView | null;

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
		const groups = L.featureGroup();
		this.group = L.featureGroup( [ this.points, groups ] );
		this.grouped = options.cluster === false ? null : new GroupedView( L, this.points, groups, {
			options,
			entry: ( id ) => this.get( id ),
			openPopup: ( id, map ) => this.openPopup( id, map ),
		} );
		// One popup and one click handler for the whole group, not one per marker: with thousands
		// of markers that is thousands of objects fewer. The popup content is built when it opens.
		this.points.bindPopup( ( layer ) => {
			const conflict = this.conflictOf( layer as Leaflet.Layer );
			return conflict ? conflictPopup( conflict ) : '';
		}, { autoPanPadding: L.point( 16, 16 ) } );
		this.points.on( 'click', ( event ) => {
			const conflict = this.conflictOf(
				( event as Leaflet.LeafletEvent & { layer?: Leaflet.Layer } ).layer );
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
		return Object.prototype.hasOwnProperty.call( this.byMarker, id ) ?
			this.byMarker[ id ] : null;
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
		const ordered = list.filter( isDrawable )
			.sort( ( a, b ) => Number( b.approximate ) - Number( a.approximate ) );
		for ( const conflict of ordered ) {
			if ( entries[ conflict.id ] ) {
				continue; // one marker per item
			}
			const style = markerStyle( conflict.sector, conflict.approximate,
				this.options.theme, this.options.mini );
			const marker = L.circleMarker( [ conflict.lat, conflict.lon ],
				Object.assign( { renderer: this.renderer, bubblingMouseEvents: false }, style ) );
			entries[ conflict.id ] = { conflict, marker };
			byMarker[ L.stamp( marker ) ] = conflict;
			sectors.add( conflict.sector );
			markers.push( marker );
		}
		this.entries = entries;
		this.byMarker = byMarker;
		this.sectorsShown = sectors;
		if ( this.grouped ) {
			this.grouped.load( ordered.filter( ( c ) => entries[ c.id ].conflict === c ) );
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
		if ( this.grouped ) {
			this.grouped.attach( map );
		}
	}

	/** Recolour for day/night. */
	public setTheme( theme: Theme ): void {
		this.options.theme = theme;
		for ( const id of Object.keys( this.entries ) ) {
			const entry = this.entries[ id ];
			entry.marker.setStyle( markerStyle( entry.conflict.sector, entry.conflict.approximate,
				theme, this.options.mini ) );
		}
		if ( this.grouped ) {
			this.grouped.restyle();
		}
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
