/**
 * The view table: what each tab of the explorer shows and how it is fed. A new view is one
 * function in its own file and one row here (and its name in state.ts's VIEWS, which the URL uses);
 * a weekly form of a range view (granularity "week", the weekly release) is its `weekly` builder.
 */
import type { ViewName } from '../state';
import type { ViewDefinition } from './types';
import { linesView } from './lines';
import { totalsView } from './totals';
import { heatmapView } from './heatmap';
import { editsView } from './edits';
import { topView } from './top';
import { compareView } from './compare';
import { mapView } from './map';
import { periodsView } from './periods';
import { groupView } from './group';
import { impactView } from './impact';
import { weeklyLinesView } from './weekly-lines';
import { weeklyEditsView } from './weekly-edits';

export const VIEW_TABLE: Record<ViewName, ViewDefinition> = {
	lines: { scope: 'range', selections: 'one', build: linesView, weekly: weeklyLinesView },
	totals: { scope: 'range', selections: 'one', build: totalsView },
	heatmap: { scope: 'range', selections: 'one', build: heatmapView },
	edits: { scope: 'range', selections: 'one', build: editsView, weekly: weeklyEditsView },
	top: { scope: 'month', build: topView, offerRest: true },
	map: { scope: 'month', build: mapView, outlines: true },
	compare: { scope: 'range', selections: 'all', build: compareView },
	periods: { scope: 'range', selections: 'all', build: periodsView },
	group: { scope: 'month', build: groupView },
	impact: { scope: 'range', selections: 'one', build: impactView },
};
