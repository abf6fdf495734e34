// Loaded into MapLibre's workers (maplibregl.importScriptInWorkers): the
// pmtiles:// tiles are fetched and gunzipped there, next to where they are
// parsed, instead of on the page's main thread, which is busy drawing frames
// while the first view loads. The page registers the protocol too: MapLibre
// reads the source's TileJSON (the archive's header) on the main thread, and
// falls back to it for tiles requested before this script has run.
import type { WorkerGlobalScopeInterface } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

(self as unknown as WorkerGlobalScopeInterface).addProtocol('pmtiles', new Protocol().tile);
