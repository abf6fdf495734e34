// Vector tiles of a large events file, built once instead of parsed by every
// reader's browser: `npm run tiles -- events.geojson [--out events.pmtiles]`,
// then the map page with `?tiles=events.pmtiles` (README, "Large collections").
//
// The file is checked by the page's own validator (src/map/data.ts): bad events
// are left out, with the same message, which the archive's metadata keeps for the
// page. Zooms 0–CLUSTER_MAX_ZOOM hold clusters (supercluster's, as the page's
// GeoJSON source clusters), the zooms above them every event with its properties
// (`event`: the validated feature as JSON, read by the popup and the list);
// MapLibre overzooms the last zoom. One layer, `events`; tiles are MVT, gzip'd,
// written with the basemap's PMTiles writer. Points need no clipping, so they
// are placed in their tiles here rather than by geojson-vt; vt-pbf encodes the tiles.
import { gzipSync } from 'node:zlib';
import Supercluster from 'supercluster';
import { fromGeojsonVt } from 'vt-pbf';
import type { EventCollection, EventFeature } from '../../geo/types.ts';
import { CLUSTER_MAX_ZOOM, CLUSTER_SPACING_PX } from '../../src/map/event-layers.ts';
import { PMTilesWriter } from '../basemap/pmtiles-writer.ts';

export const EXTENT = 4096;
/** MapLibre's vector tiles are 512 px. */
const TILE_PX = 512;
export const DEFAULT_MAX_ZOOM = 8;
export const LAYER = 'events';

interface VTFeature {
  type: 1;
  geometry: [number, number][];
  tags: Record<string, string | number>;
}

function project(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return [((lng + 180) / 360) * n, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n];
}

/** What the layers filter and draw on (src/map/event-layers.ts), and the whole event as JSON. */
function eventTags(f: EventFeature): Record<string, string | number> {
  const p = f.properties;
  return {
    id: p.id,
    kind: p.kind,
    precision: p.precision,
    place: p.place,
    event: JSON.stringify(f),
  };
}

interface Point {
  x: number; // in tiles of the zoom
  y: number;
  tags: Record<string, string | number>;
}

/**
 * The clusters and lone events of each zoom up to CLUSTER_MAX_ZOOM, made by
 * supercluster with the options MapLibre gives it for the page's GeoJSON source
 * (radius CLUSTER_SPACING_PX of a 512 px tile): the same clusters either way.
 */
function clusterer(features: readonly EventFeature[]): (z: number) => Point[] {
  const index = new Supercluster<{ i: number }>({
    radius: CLUSTER_SPACING_PX,
    extent: TILE_PX,
    maxZoom: CLUSTER_MAX_ZOOM,
  });
  index.load(
    features.map((f, i) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { i },
    })),
  );
  return (z) =>
    index.getClusters([-180, -90, 180, 90], z).map((c) => {
      const [x, y] = project(c.geometry.coordinates[0]!, c.geometry.coordinates[1]!, z);
      const p = c.properties;
      return 'cluster' in p && p.cluster
        ? {
            x,
            y,
            tags: {
              cluster: 1,
              point_count: p.point_count,
              point_count_abbreviated: String(p.point_count_abbreviated),
            },
          }
        : { x, y, tags: eventTags(features[(p as { i: number }).i]!) };
    });
}

/**
 * The points of each tile (`x/y`). No buffer: MapLibre draws a point's circle,
 * icon and text whole from the one tile that holds it (points are not clipped)
 * and places symbols of all tiles in one collision index, so a copy in the
 * neighbours' buffer would only be drawn twice (and make the archive a fifth larger).
 */
/** A position in a tile (0–1) in its units, inside the tile. */
const inTile = (t: number) => Math.min(EXTENT - 1, Math.round(t * EXTENT));

function byTile(points: readonly Point[], z: number): Map<string, VTFeature[]> {
  const n = 2 ** z;
  const tiles = new Map<string, VTFeature[]>();
  for (const p of points) {
    const tx = Math.min(n - 1, Math.floor(p.x));
    const ty = Math.min(n - 1, Math.floor(p.y));
    const key = `${tx}/${ty}`;
    let list = tiles.get(key);
    if (!list) tiles.set(key, (list = []));
    list.push({
      type: 1,
      geometry: [[inTile(p.x - tx), inTile(p.y - ty)]],
      tags: p.tags,
    });
  }
  return tiles;
}

export interface TilesMetadata {
  name: string;
  /** How many events the archive holds, by kind. */
  total: number;
  kinds: Record<string, number>;
  article: EventCollection['article'] | null;
  /** The validator's sentence about the events left out, or null. */
  leftOut: string | null;
  vector_layers: { id: string; fields: Record<string, string>; minzoom: number; maxzoom: number }[];
}

/** The archive for `collection` (already validated) and its metadata. */
export function buildEventTiles(
  collection: EventCollection,
  options: { maxZoom?: number; leftOut?: string | null; name?: string } = {},
): { archive: Uint8Array; tiles: number; metadata: TilesMetadata } {
  const maxZoom = Math.max(CLUSTER_MAX_ZOOM + 1, options.maxZoom ?? DEFAULT_MAX_ZOOM);
  const features = collection.features;
  const writer = new PMTilesWriter();
  const clustered = clusterer(features);
  for (let z = 0; z <= maxZoom; z++) {
    const points =
      z <= CLUSTER_MAX_ZOOM
        ? clustered(z)
        : features.map((f) => {
            const [x, y] = project(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!, z);
            return { x, y, tags: eventTags(f) };
          });
    for (const [key, list] of byTile(points, z)) {
      const [x, y] = key.split('/').map(Number) as [number, number];
      const pbf = fromGeojsonVt({ [LAYER]: { features: list } } as never, {
        version: 2,
        extent: EXTENT,
      });
      writer.add(z, x, y, gzipSync(pbf, { level: 6 }));
    }
  }
  let [w, s, e, n] = [180, 90, -180, -90];
  const kinds: Record<string, number> = {};
  for (const f of features) {
    const [x, y] = f.geometry.coordinates as [number, number];
    [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    kinds[f.properties.kind] = (kinds[f.properties.kind] ?? 0) + 1;
  }
  if (!features.length) [w, s, e, n] = [-180, -85, 180, 85];
  const metadata: TilesMetadata = {
    name: options.name ?? 'events',
    total: features.length,
    kinds,
    article: collection.article ?? null,
    leftOut: options.leftOut ?? null,
    vector_layers: [
      {
        id: LAYER,
        fields: {
          id: 'String',
          kind: 'String',
          precision: 'String',
          place: 'String',
          event: 'String',
          point_count: 'Number',
        },
        minzoom: 0,
        maxzoom: maxZoom,
      },
    ],
  };
  const tiles = writer.size;
  const archive = writer.finish({
    tileType: 1,
    tileCompression: 2,
    minZoom: 0,
    maxZoom,
    bounds: [w, s, e, n],
    center: [(w + e) / 2, (s + n) / 2, Math.min(CLUSTER_MAX_ZOOM, 4)],
    metadata: metadata as unknown as Record<string, unknown>,
  });
  return { archive, tiles, metadata };
}
