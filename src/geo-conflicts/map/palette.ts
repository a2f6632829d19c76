/**
 * Sector colours of the conflict markers, one set for day and one for night.
 *
 * Each set was chosen so that every colour keeps at least 3:1 contrast with the map behind it
 * (WCAG non-text contrast: approximate locations are drawn as a ring of that colour alone) and
 * stays apart from every other colour under simulated protanopia, deuteranopia and tritanopia,
 * while keeping a recognisable hue (water blue, forestry green, fossil fuels near black …).
 * palette.test.ts checks both properties. Colour is never the only cue: the legend and the
 * popups name the sector.
 */
import type { SectorKey } from '../data/sectors';

export type Theme = 'day' | 'night';

const DAY: Record<SectorKey, string> = {
	mining: '#7b3000',
	'fossil-fuels': '#231e23',
	energy: '#f54813',
	water: '#3c85df',
	forestry: '#00975e',
	agriculture: '#70951d',
	fisheries: '#006b70',
	infrastructure: '#242d89',
	waste: '#8a6d31',
	industry: '#991031',
	tourism: '#f9319d',
	other: '#675e51',
};

const NIGHT: Record<SectorKey, string> = {
	mining: '#c4c76f',
	'fossil-fuels': '#d9ffff',
	energy: '#e39a30',
	water: '#269dff',
	forestry: '#008933',
	agriculture: '#faff5e',
	fisheries: '#58e5be',
	infrastructure: '#8c88b4',
	waste: '#d09e83',
	industry: '#eb5246',
	tourism: '#ffb8ff',
	other: '#71a099',
};

/** The map background the palettes were checked against (light tiles; inverted tiles at night). */
export const MAP_BACKGROUND: Readonly<Record<Theme, string>> = { day: '#f8f9fa', night: '#202122' };

/**
 * Outline of filled markers: separates overlapping markers from each other and from the tiles. By
 * day (and on Kartographer's maps, light at night too) a dark outline: ≥ 3:1 against both the land
 * and the sea of OpenStreetMap-styled light tiles, where several sector colours are not (LIGHT_TILES).
 */
export const MARKER_OUTLINE: Readonly<Record<Theme, string>> = { day: '#202122', night: '#101418' };

/** Land and sea of Wikimedia's osm-intl tiles (and of the local stand-in's), day and night alike. */
export const LIGHT_TILES: readonly string[] = [ '#f2efe9', '#aad3df' ];

export const PALETTES: Readonly<Record<Theme, Readonly<Record<SectorKey, string>>>> =
	{ day: DAY, night: NIGHT };

/** The colour of a sector; an unknown key (bad data) gets the colour of "other". */
export function sectorColor( sector: SectorKey, theme: Theme ): string {
	const palette = PALETTES[ theme ];
	return Object.prototype.hasOwnProperty.call( palette, sector ) ?
		palette[ sector ] : palette.other;
}

/**
 * Leaflet path options of a conflict marker: a filled dot, or a dashed hollow ring when
 * approximate.
 */
export interface MarkerStyle {
	radius: number;
	color: string;
	weight: number;
	opacity: number;
	fill: boolean;
	fillColor: string;
	fillOpacity: number;
	dashArray: string | undefined;
}

export function markerStyle( sector: SectorKey, approximate: boolean, theme: Theme,
	mini = false ): MarkerStyle {
	const color = sectorColor( sector, theme );
	const radius = mini ? 5 : 6;
	if ( approximate ) {
		// Hollow: only the area is known. (Leaflet's hit test covers the whole disc, filled or
		// not.)
		return { radius: radius + 1, color, weight: 2, opacity: 1, fill: false, fillColor: color, fillOpacity: 0, dashArray: '3 3' };
	}
	return { radius, color: MARKER_OUTLINE[ theme ], weight: 1, opacity: 1, fill: true,
		fillColor: color, fillOpacity: 0.9, dashArray: undefined };
}
