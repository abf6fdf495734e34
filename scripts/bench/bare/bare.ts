// The benchmark's reference page (scripts/bench/scale.ts): MapLibre alone, with
// the map page's own style, basemap archive, worker, event layers, icons and map
// options, and none of its Svelte shell (list, legend, controls, dialogs, validation). Built by the bench into
// dist/bench/ (not part of the site).
//
//   bench/index.html                          the example's events, fetched and parsed, then the map
//   bench/index.html?events=none              the basemap alone
//   …&bounds=w,s,e,n                          opened at that extent
//   …&at=zoom/lat/lng                         opened at that camera (the map page's, read by the bench)
//   bench/index.html?events=bench/x.geojson   that file, given to MapLibre's worker as a URL
//   bench/index.html?events=bench/x.pmtiles   that archive (`npm run tiles`), as the page's `?tiles=`
//
// Marks `map-idle` and `map-shown` as MapView does, so first-view.ts reads both pages alike.
import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from '../../../src/map/map.worker.ts?worker&url';
import type { EventCollection } from '../../../geo/types.ts';
import { BasemapProtocol } from '../../../src/map/basemap-source.ts';
import { baseStyle, composeStyle } from '../../../src/map/basemap.ts';
import {
  CLUSTER_MAX_ZOOM,
  CLUSTER_SPACING_PX,
  EVENT_SOURCE_ID,
} from '../../../src/map/event-layers.ts';
import { addEventIcons, isEventIcon } from '../../../src/map/icons.ts';
import { skipEmptySky } from '../../../src/map/sky.ts';
import { initialBounds } from '../../../src/map/view.ts';

const root = new URL('../', document.baseURI);
const tiles = new URL('generated/basemap.pmtiles', root).href;
const protocol = new BasemapProtocol();
maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);
maplibregl.addProtocol('pmtiles', protocol.tile);
maplibregl.prewarm();
void protocol
  .archive(tiles)
  .getHeader()
  .catch(() => undefined);

const events = new URLSearchParams(location.search).get('events') ?? 'generated/example.geojson';
const container = document.getElementById('map')!;
const base = baseStyle({
  theme: 'light',
  tilesUrl: 'pmtiles://' + tiles,
  fontsUrl: new URL('generated/fonts/', root).href,
});

function start(style: StyleSpecification, camera: Partial<maplibregl.MapOptions>): void {
  // The map page's options (src/lib/MapView.svelte createMap), its sky skipped and its icons.
  const map = new maplibregl.Map({
    container,
    style,
    ...camera,
    attributionControl: false,
    dragRotate: true,
    maxPitch: 0,
    renderWorldCopies: true,
    fadeDuration: 0,
    validateStyle: false,
  });
  skipEmptySky(map, style);
  addEventIcons(map, 'light');
  map.on('styleimagemissing', (e) => {
    if (isEventIcon(e.id)) addEventIcons(map, 'light');
  });
  (window as unknown as { __map: maplibregl.Map }).__map = map;
  container.dataset.mapState = 'loading';
  map.on('idle', () => {
    container.dataset.mapState = 'idle';
    if (performance.getEntriesByName('map-idle').length) return;
    performance.mark('map-idle');
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('map-shown')));
  });
}

// `?bounds=w,s,e,n`: the view to open at (the basemap alone at a large file's extent).
const box = new URLSearchParams(location.search).get('bounds')?.split(',').map(Number);
// `?at=zoom/lat/lng`: that camera (the map page's own first view, read by the bench), first.
const at = new URLSearchParams(location.search).get('at')?.split('/').map(Number);
const fit: Partial<maplibregl.MapOptions> =
  at?.length === 3
    ? { zoom: at[0]!, center: [at[2]!, at[1]!] }
    : box?.length === 4
      ? { bounds: [box[0]!, box[1]!, box[2]!, box[3]!], fitBoundsOptions: { padding: 40 } }
      : { center: [45, 33], zoom: 4 };

if (events === 'none') {
  start(base, fit);
} else if (events.endsWith('example.geojson')) {
  const data = (await (await fetch(new URL(events, root))).json()) as EventCollection;
  const { bounds } = initialBounds(data.features);
  start(
    composeStyle(base, 'light', data),
    at ? fit : { bounds, fitBoundsOptions: { padding: 40 } },
  );
} else if (events.endsWith('.pmtiles')) {
  // The events as vector tiles, with the page's own layers for them.
  start(
    composeStyle(base, 'light', null, { tiles: 'pmtiles://' + new URL(events, root).href }),
    fit,
  );
} else {
  // A large file: MapLibre's worker fetches and parses it (clustered, as the page does).
  const style = composeStyle(base, 'light', null, { clustered: true });
  style.sources[EVENT_SOURCE_ID] = {
    type: 'geojson',
    data: new URL(events, root).href,
    promoteId: 'id',
    cluster: true,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    clusterRadius: CLUSTER_SPACING_PX,
  };
  start(style, fit);
}
