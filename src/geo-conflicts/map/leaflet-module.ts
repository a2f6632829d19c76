/**
 * Entry of the optional hidden gadget `geo-conflicts-leaflet`: the npm Leaflet (ES module build, so
 * no global `L` is set) published as mw.libs.geoConflictsLeaflet for leaflet.ts. Lets the build
 * keep Leaflet out of the core module; loaded only where a map is made without Kartographer.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';

( mw.libs as Record<string, unknown> ).geoConflictsLeaflet = L;
