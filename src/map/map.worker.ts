// MapLibre's worker with the pmtiles:// protocol registered in it: the basemap's
// tiles are fetched and gunzipped here, next to where they are parsed, instead of
// on the page's main thread, which is busy drawing frames while the first view
// loads. It is registered as the module runs, before the worker takes a message.
// The page registers the protocol too: MapLibre reads the source's TileJSON (the
// archive's header) on the main thread. Both read the archive through the same
// timed source (src/map/basemap-source.ts); the browser tests shorten its stall
// timeout with `?test-stall-ms=`, which the page passes on in this worker's URL.
import type { WorkerGlobalScopeInterface } from 'maplibre-gl';
import MapLibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { testStallMs } from '../lib/fetch-timeout.ts';
import { BasemapProtocol } from './basemap-source.ts';

const scope = self as unknown as WorkerGlobalScopeInterface & { worker?: unknown };
// Importing MapLibre's worker module sets it up (`self.worker`); checking that also
// keeps the bundler from dropping the import (maplibre-gl declares its dist files
// free of side effects).
if (!(scope.worker instanceof MapLibreWorker)) throw new Error('MapLibre worker did not start');
scope.addProtocol(
  'pmtiles',
  new BasemapProtocol({ stallMs: testStallMs(self.location.search) }).tile,
);
