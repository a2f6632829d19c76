/** The shape of a conflict after normalisation: what the UI, the map and the exports read. */
import type { SectorResult, SectorProperty } from './sectors';
import type { AboutProperty } from './about';

/** A linked item with its label (label = the QID, `labelMissing` true, when Wikidata has none). */
export interface ItemRef {
	id: string;
	label: string;
	labelMissing: boolean;
}

/** A Wikidata time value at its precision (9 year, 10 month, 11 day; lower = coarser). */
export interface WikiDate {
	/** `YYYY-MM-DD`, year may be negative or have more digits. */
	iso: string;
	year: number;
	precision: number;
}

export interface Coordinates {
	lat: number;
	lon: number;
	/**
	 * True when taken from the location (P276) or administrative unit (P131), not the item's P625.
	 */
	approximate: boolean;
	source: 'P625' | 'P276' | 'P131';
	/** The item whose coordinates were borrowed, for approximate ones. */
	from?: string;
}

export type StatusKey = 'ended' | 'ongoing' | 'unknown';

export interface ConflictStatus {
	key: StatusKey;
	/**
	 * True when the status is not stated but inferred (e.g. "ongoing" because no end date is
	 * known).
	 */
	inferred: boolean;
	basis: 'end-date' | 'end-in-future' | 'start-without-end' | 'no-dates';
}

export interface Conflict {
	id: string;
	label: string;
	labelMissing: boolean;
	/**
	 * Language of the label (the label service may have fallen back); null when missing or unknown.
	 */
	labelLang?: string | null;
	description: string | null;
	/** Language of the description (the label service may have fallen back). */
	descriptionLang: string | null;
	classes: string[];
	countries: ItemRef[];
	regions: ItemRef[];
	locations: ItemRef[];
	coordinates: Coordinates | null;
	start: WikiDate | null;
	end: WikiDate | null;
	/**
	 * Start/end values that could not be read or shown (a year beyond MAX_YEAR): data-quality note.
	 */
	skippedDates?: number;
	/** Commons file names (P18), without "File:". */
	images: string[];
	commonsCategory: string | null;
	/** This wiki's article about the conflict (sitelink), when there is one. */
	article: { title: string; url: string } | null;
	/**
	 * What the conflict is about (participants, operators, causes, …), labelled; absent = not
	 * recorded.
	 */
	about: Partial<Record<AboutProperty, ItemRef[]>>;
	/** Values used for the structured sector, per property. */
	statements: Partial<Record<SectorProperty, string[]>>;
	status: ConflictStatus;
	sector: SectorResult;
}

/** What a query view loaded: the conflicts plus what was dropped and why (never silently). */
export interface ConflictSet {
	conflicts: Conflict[];
	/**
	 * Rows/values rejected by validation (bad ids, non-Earth coordinates, unsafe links, unusable
	 * dates).
	 */
	rejected: { rows: number; coordinates: number; links: number; dates?: number };
	/** True when the query's LIMIT cut the answer: there are more conflicts than shown. */
	truncated: boolean;
	query: string;
	/** When the answer was fetched (ms since epoch), for "data as of". */
	fetched: number;
}
