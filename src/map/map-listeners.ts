// The map's event listeners that need none of src/lib/MapView.svelte's state:
// the marker icons for a new style, a lost WebGL context, the map's size for the
// popups' and the attribution's CSS, the basemap's failures (told once), a click
// on a cluster and the pointer over the events; a click on the events is passed
// on (to src/map/event-popups.ts). MapView adds them once, as it sets the map
// up, before its own (a resize sets the size here before MapView places a popup
// for it; a click on the events is handled before one on a cluster); they go
// with the map.
import type * as maplibregl from 'maplibre-gl';
import { basemapFailure } from './basemap-source.ts';
import { EVENT_SOURCE_ID, INTERACTIVE_LAYER_IDS, LAYER_IDS, type Theme } from './event-layers.ts';
import { addEventIcons, isEventIcon } from './icons.ts';
import { SOURCE_ID as BASEMAP_SOURCE_ID } from './style.ts';

export interface ListenerOptions {
  /** The theme now, for the marker icons a new style asks for. */
  theme: () => Theme;
  /** The events are vector tiles (`?tiles=`): a cluster has no index to ask. */
  tiled: () => boolean;
  /** The basemap could not be loaded: the sentence to show, told once. */
  onbasemaperror: (message: string) => void;
  /** WebGL's context was lost. */
  onlost: () => void;
  /** A click on the events' layers (one call per click, however many layers are hit). */
  onclick: (e: maplibregl.MapLayerMouseEvent) => void;
}

export function addListeners(m: maplibregl.Map, o: ListenerOptions): void {
  m.on('styleimagemissing', (e) => {
    if (isEventIcon(e.id)) addEventIcons(m, o.theme());
  });
  m.on('webglcontextlost', () => o.onlost());
  trackSize(m);
  reportBasemapFailure(m, o.onbasemaperror);
  m.on('click', INTERACTIVE_LAYER_IDS, (e) => o.onclick(e));
  zoomIntoClusters(m, o.tiled);
  for (const layer of [...INTERACTIVE_LAYER_IDS, LAYER_IDS.clusters]) {
    m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
    m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
  }
}

/**
 * The popups' height is bounded by the map's (map-ui.css): a long title or field
 * scrolls; the full attribution's width by the map's less the legend's: it wraps.
 */
function trackSize(m: maplibregl.Map): void {
  const setHeight = () => {
    const c = m.getContainer();
    c.style.setProperty('--map-height', `${c.clientHeight}px`);
    c.style.setProperty('--map-width', `${c.clientWidth}px`);
  };
  setHeight();
  m.on('resize', setHeight);
}

/**
 * MapLibre reports a failed source or tile here and goes on: the events'
 * GeoJSON layers do not need the basemap. Its first failure is told once.
 */
function reportBasemapFailure(m: maplibregl.Map, tell: (message: string) => void): void {
  let basemapFailed = false;
  m.on('error', (e) => {
    console.warn('map error:', e.error?.message ?? e);
    const { sourceId, tile } = e as { sourceId?: string; tile?: unknown };
    if (sourceId !== BASEMAP_SOURCE_ID) return;
    // The whole source failed (its TileJSON, i.e. the archive's header): MapLibre
    // counts it as loaded but draws no new frame, so 'idle' (which a selection
    // from the URL waits for) would never come. One more frame brings it.
    if (tile === undefined) m.triggerRepaint();
    if (basemapFailed) return;
    basemapFailed = true;
    tell(basemapFailure(e.error, tile !== undefined));
  });
}

/** A click on a cluster zooms in until it splits (two zooms closer with tiles). */
function zoomIntoClusters(m: maplibregl.Map, tiled: () => boolean): void {
  m.on('click', LAYER_IDS.clusters, async (e) => {
    const f = e.features?.[0];
    if (f && tiled()) {
      // A cluster of the tiles: no index to ask, two zooms closer.
      const at = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      m.easeTo({ center: at, zoom: Math.min(m.getZoom() + 2, 22) });
      return;
    }
    const src = m.getSource<maplibregl.GeoJSONSource>(EVENT_SOURCE_ID);
    const clusterId = f?.properties?.cluster_id;
    if (!f || !src || typeof clusterId !== 'number') return;
    const zoom = await src.getClusterExpansionZoom(clusterId);
    m.easeTo({ center: (f.geometry as GeoJSON.Point).coordinates as [number, number], zoom });
  });
}
