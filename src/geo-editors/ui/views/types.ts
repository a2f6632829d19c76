/**
 * The contract between the explorer and its views. A view is a pure function from the numbers it
 * shows to a table model (rendered, exported) and optionally a chart of the same numbers; it never
 * loads anything and never sees the loader, so each is tested on its own with plain rows.
 */
import type { ThemedChart } from '../../../core/charts';
import type { ChartType } from 'chart.js';
import type { RowIndex } from '../../data/aggregate';
import type { ActivityLevel, GeoRow } from '../../data/types';
import type { LabeledSelection, WikiRef } from '../../data/session';
import type { TableModel } from '../table-model';
import type { Outline } from '../../data/geoshapes';
import type { MonthSpan } from '../../data/periods';
import type { WeekRow } from '../../data/weekly';

export interface ViewOutput {
	table: TableModel;
	chart?: ( canvas: HTMLCanvasElement ) => ThemedChart<ChartType>;
	/** A short summary sentence above the chart (e.g. what a sum means). */
	lead?: string;
	/** CSS height of the chart when it depends on the data (ranked bars). */
	chartHeight?: string;
	/** The months the numbers come from, when not all loaded months (report source lines). */
	sourceMonths?: string[];
	/**
	 * Extra content before the chart, built by the view from its input (e.g. a map); never a
	 * request.
	 */
	figure?: HTMLElement;
	/**
	 * Called once the output is in the page (e.g. to draw a map into `figure`); returns its
	 * cleanup.
	 */
	onShown?: () => ( () => void ) | void;
}

/** Input of a view over the months of the range, for the chosen countries and wikis. */
export interface RangeInput {
	/** Rows of the loaded months, indexed by month, wiki, country and level. */
	index: RowIndex;
	/** The loaded months, oldest first (months that failed or are still loading are not here). */
	months: string[];
	levels: readonly ActivityLevel[];
	/** Every (country, wiki) pair of the state, in order. */
	selections: LabeledSelection[];
	/** The pair a one-selection view shows (chosen in the explorer's menu). */
	selection: LabeledSelection;
	/** Period comparison: one span of months per selection (absent: the first and last month). */
	periods?: MonthSpan[];
	/** Event impact: the campaign months (absent: the last month). */
	campaign?: MonthSpan;
}

/**
 * The countries a group view adds up, and how many wikis the state has (a group total is per wiki).
 */
export interface GroupChoice {
	label: string;
	countries: readonly string[];
	wikis: number;
}

/** Input of a view over every country of one wiki in one month. */
export interface MonthInput {
	month: string;
	wiki: WikiRef;
	/** All rows of that wiki in that month (every country). */
	rows: GeoRow[];
	levels: readonly ActivityLevel[];
	/**
	 * Country outlines by code, for views that ask for them (`outlines: true`); null when they
	 * failed.
	 */
	outlines?: Map<string, Outline> | null;
	/** When the outlines were refused for their size: how many points the answer had. */
	outlinesRefused?: number;
	/** Group totals: the group (absent: the first country alone). */
	group?: GroupChoice;
}

/** Input of a weekly view (the weekly release) for one (country, wiki) over the range. */
export interface WeekInput {
	/** Weekly rows of the loaded weekly files (each (week, wiki, country, level) once). */
	rows: WeekRow[];
	/** Every week (its Sunday, YYYY-MM-DD) in the loaded weekly files, oldest first. */
	weeks: string[];
	levels: readonly ActivityLevel[];
	selection: LabeledSelection;
	/**
	 * Months of the range before the weekly release starts (shown monthly only; the view says so).
	 */
	before: string[];
	/** Weeks (in `weeks`) that no file holds: not in the release, a gap (weekly-series.ts). */
	absent: string[];
	/** Weeks whose files state no ε (8 columns): their values have no interval. */
	noInterval: string[];
}

/** A row of the view table: how the explorer feeds a view, and what it offers around it. */
export type ViewDefinition = {
	scope: 'range';
	/**
	 * 'one': the explorer offers a menu of selections and passes the chosen one; 'all': every
	 * selection at once.
	 */
	selections: 'one' | 'all';
	build( input: RangeInput ): ViewOutput;
	/**
	 * The view's weekly form (granularity "week"), from the weekly release; absent: monthly only.
	 */
	weekly?: ( input: WeekInput ) => ViewOutput;
} | {
	scope: 'month';
	build( input: MonthInput ): ViewOutput;
	/** Offer the REST API's bucketed counts of the same wiki and month under the view. */
	offerRest?: boolean;
	/** Load the country outlines (geoshapes) before building. */
	outlines?: boolean;
};
