// What the map needs once per page, before the map exists: MapLibre's worker
// URL (the production build cannot guess it) and the pmtiles:// protocol for the
// single-file basemap, its ranges fetched with a timeout and a stall detector
// (src/map/basemap-source.ts); then the worker started and the basemap's header
// read, while the page mounts and fetches its events. `?test-stall-ms=` (the
// browser tests) shortens the stall timeout here and, through the worker's URL,
// in the worker (src/map/map.worker.ts). src/lib/MapView.svelte calls warmUp as
// its module loads and again before it creates the map.
import * as maplibregl from 'maplibre-gl';
// MapLibre's worker, with the basemap's tile protocol registered in it.
import workerUrl from './map.worker.ts?worker&url';
import { BasemapProtocol } from './basemap-source.ts';
import { testStallMs } from '../lib/fetch-timeout.ts';

/** The basemap archive's http(s) URL, next to the page. */
export const basemapHttpUrl = (): string =>
  new URL('generated/basemap.pmtiles', document.baseURI).href;

let protocol: BasemapProtocol | null = null;

/** The worker URL and the pmtiles:// protocol, registered on the first call only. */
function registerOnce(): BasemapProtocol {
  if (protocol) return protocol;
  const stallMs = testStallMs(location.search);
  protocol = new BasemapProtocol({ stallMs });
  const worker = new URL(workerUrl, document.baseURI);
  if (stallMs) worker.searchParams.set('test-stall-ms', String(stallMs));
  maplibregl.setWorkerUrl(worker.href);
  maplibregl.addProtocol('pmtiles', protocol.tile);
  return protocol;
}

/**
 * Starts what the first view needs before the map exists: MapLibre's worker
 * and the basemap's header with its root directory (the protocol keeps the
 * archive by URL, so the map's tile requests find it read).
 */
export function warmUp(tilesHttpUrl: string): void {
  const p = registerOnce();
  if (p.protocol.get(tilesHttpUrl)) return;
  maplibregl.prewarm();
  p.archive(tilesHttpUrl)
    .getHeader()
    .catch(() => undefined); // the map reports a failure itself
}
