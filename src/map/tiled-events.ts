// The map page with `?tiles=events.pmtiles` (built by `npm run tiles`): the events
// are vector tiles, read by MapLibre's worker as the map needs them; the page never
// holds the whole collection. The archive's metadata gives the count, the article
// and the validator's message; the list shows the events in view (on each idle,
// from the loaded tiles), and a popup the event it was opened on, each decoded
// from its tile's `event` property and validated again here like a file's event
// (the archive is input like any other).
import type { GeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { PMTiles } from 'pmtiles';
import type { EventFeature } from '../../geo/types.ts';
import { clip } from '../lib/clip.ts';
import { TimedSource } from './basemap-source.ts';
import { EventDataError, parseEvents, sameOriginParam, type ParsedEvents } from './data.ts';
import { EVENT_SOURCE_ID, TILES_LAYER } from './event-layers.ts';
import type { Bounds } from './view.ts';

export interface TiledEvents {
  /** The archive's http(s) URL. */
  url: string;
  /** The events' extent, from the archive's header. */
  bounds: Bounds;
  /** How many events the archive holds. */
  total: number;
}

/** The `tiles` parameter, when it names a file of the page's origin; else null. */
export function tilesParam(location: { href: string; search: string }, baseURI: string) {
  const p = sameOriginParam('tiles', location, baseURI);
  return p === null ? null : new URL(p, baseURI).href;
}

/** The archive's header and metadata: no event yet (the map reads the tiles). */
export async function loadTiledEvents(
  url: string,
  options: { stallMs?: number } = {},
): Promise<ParsedEvents & { tiles: TiledEvents }> {
  const archive = new PMTiles(
    new TimedSource(url, options.stallMs ? { stallMs: options.stallMs } : {}),
  );
  let header;
  let meta: unknown;
  try {
    header = await archive.getHeader();
    meta = await archive.getMetadata();
  } catch (e) {
    throw new EventDataError(
      `Could not load the events tiles from ${clip(url, 120)}: ${(e as Error).message}`,
    );
  }
  const m = (typeof meta === 'object' && meta !== null ? meta : {}) as Record<string, unknown>;
  // The article's title and date, checked as a file's are.
  const { collection } = parseEvents({
    type: 'FeatureCollection',
    features: [],
    article: m.article,
  });
  const total =
    typeof m.total === 'number' && Number.isInteger(m.total) && m.total >= 0 ? m.total : 0;
  const b = [header.minLon, header.minLat, header.maxLon, header.maxLat];
  const bounds: Bounds = b.every(Number.isFinite)
    ? [
        [b[0]!, b[1]!],
        [b[2]!, b[3]!],
      ]
    : [
        [-170, -58],
        [190, 78],
      ];
  return {
    collection,
    leftOut: typeof m.leftOut === 'string' ? m.leftOut : null,
    features: { total, leftOut: 0 },
    tiles: { url, bounds, total },
  };
}

/** The event of a rendered or loaded tile feature (its `event` property, validated), or null. */
export function decodeTileEvent(properties: Record<string, unknown> | null | undefined) {
  const json = properties?.event;
  if (typeof json !== 'string') return null;
  try {
    const r = parseEvents({ type: 'FeatureCollection', features: [JSON.parse(json)] });
    return r.collection.features[0] ?? null;
  } catch {
    return null;
  }
}

const byId = new Intl.Collator('en', { numeric: true });

/**
 * The events of the loaded tiles inside the map's view, by id, and how many more
 * are in the clusters in view (not listed until the reader zooms in).
 */
export function eventsInView(map: MapLibreMap): { features: EventFeature[]; clustered: number } {
  const view = map.getBounds();
  const source = { sourceLayer: TILES_LAYER };
  const seen = new Set<string>();
  const features: EventFeature[] = [];
  const inView = (f: GeoJSONFeature) => {
    const g = f.geometry;
    return g.type === 'Point' && view.contains(g.coordinates as [number, number]);
  };
  for (const f of map.querySourceFeatures(EVENT_SOURCE_ID, {
    ...source,
    filter: ['!', ['has', 'point_count']],
  })) {
    const id = f.properties?.id;
    if (typeof id !== 'string' || seen.has(id) || !inView(f)) continue;
    seen.add(id);
    const e = decodeTileEvent(f.properties);
    if (e) features.push(e);
  }
  features.sort((a, b) => byId.compare(a.properties.id, b.properties.id));
  let clustered = 0;
  const clusters = new Set<string>();
  for (const f of map.querySourceFeatures(EVENT_SOURCE_ID, {
    ...source,
    filter: ['has', 'point_count'],
  })) {
    const g = f.geometry;
    const key = g.type === 'Point' ? g.coordinates.map((c) => c.toFixed(5)).join() : '';
    if (clusters.has(key) || !inView(f)) continue;
    clusters.add(key);
    clustered += Number(f.properties?.point_count) || 0;
  }
  return { features, clustered };
}

/** "120 events in view of 100,000; zoom in to list the 2,300 in the clusters." */
export function inViewLine(listed: number, clustered: number, total: number): string {
  const n = (x: number) => x.toLocaleString('en');
  const head = `${n(listed)} ${listed === 1 ? 'event' : 'events'} in view of ${n(total)}`;
  return clustered > 0
    ? `${head}; zoom in to list the ${n(clustered)} in the clusters.`
    : `${head}.`;
}
