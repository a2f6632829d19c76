/**
 * Entry of the hidden gadget `geo-charts`: chart.js, shared by both gadgets so a reader who sees
 * both downloads it once. chart.js does not tree-shake under esbuild (its classes carry static
 * fields), so splitting it out is what keeps each gadget's core small. The gadget builds read it
 * from mw.libs.geoChartJs (build.mjs swaps the `chart.js` import); user scripts bundle it inline.
 */
import * as ChartJs from 'chart.js';

( mw.libs as Record<string, unknown> ).geoChartJs = ChartJs;
