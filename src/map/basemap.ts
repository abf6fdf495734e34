// The bridge to the basemap style (src/map/style.ts), plus composing it with the
// event source and layers into the one style the map uses. If the basemap style
// cannot be built, the map falls back to a plain background so the events still show.
import { AREA_SOURCE_ID, areaLayers } from './area-layers.ts';
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { EventCollection } from '../../geo/types.ts';
import {
  CLUSTER_MAX_ZOOM,
  CLUSTER_SPACING_PX,
  CLUSTER_THRESHOLD,
  EVENT_SOURCE_ID,
  HALO_LAYER_IDS,
  TILES_LAYER,
  eventLayers,
  type Theme,
} from './event-layers.ts';
import {
  ATTRIBUTION,
  SOURCE_ID as BASEMAP_SOURCE_ID,
  basemapStyle,
  firstLabelLayerId,
} from './style.ts';

export interface BasemapOptions {
  theme: Theme;
  tilesUrl: string;
  fontsUrl: string;
}

export function basemapAttribution(): string {
  return ATTRIBUTION;
}

function fallbackStyle(theme: Theme): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': theme === 'dark' ? '#1b2329' : '#e9eef2' },
      },
    ],
  };
}

export function baseStyle(options: BasemapOptions): StyleSpecification {
  try {
    return basemapStyle(options) as StyleSpecification;
  } catch (e) {
    console.warn('basemap style failed, using a plain background', e);
    return fallbackStyle(options.theme);
  }
}

function firstLabelLayer(style: StyleSpecification): string | undefined {
  if (style.layers.some((l) => l.id === firstLabelLayerId)) return firstLabelLayerId;
  return style.layers.find((l) => l.type === 'symbol')?.id;
}

/** The font stack of the basemap's first text layer, for the cluster count. */
function basemapFont(style: StyleSpecification): string[] | undefined {
  if (!style.glyphs && !('font-faces' in style)) return undefined;
  for (const l of style.layers) {
    if (l.type !== 'symbol') continue;
    const font = l.layout?.['text-font'];
    if (Array.isArray(font) && font.every((x) => typeof x === 'string')) return font as string[];
  }
  return undefined;
}

const EMPTY: EventCollection = { type: 'FeatureCollection', features: [] };

/** The basemap with the events source, the approximate-area halos under the labels and markers on top. */
export function composeStyle(
  base: StyleSpecification,
  theme: Theme,
  data: EventCollection | null,
  options: { labels?: boolean; tiles?: string | null; clustered?: boolean } = {},
): StyleSpecification {
  const events = data ?? EMPTY;
  // `tiles`: the events as vector tiles (a pmtiles:// URL, src/map/tiled-events.ts),
  // clustered at low zoom when they were built. `clustered`: the source's data is
  // set later and is large (the bench's file given as a URL).
  const clustered =
    options.clustered ?? (!!options.tiles || events.features.length > CLUSTER_THRESHOLD);
  const source: SourceSpecification = options.tiles
    ? { type: 'vector', url: options.tiles }
    : {
        type: 'geojson',
        data: events as GeoJSONSourceSpecification['data'],
        promoteId: 'id',
        ...(clustered
          ? {
              cluster: true,
              clusterMaxZoom: CLUSTER_MAX_ZOOM,
              clusterRadius: CLUSTER_SPACING_PX,
            }
          : {}),
      };
  const font = basemapFont(base);
  const all = eventLayers({
    theme,
    clustered,
    ...(font ? { font } : {}),
    ...(options.labels ? { labels: true } : {}),
  }).map((l) =>
    options.tiles ? ({ ...l, 'source-layer': TILES_LAYER } as LayerSpecification) : l,
  );
  const layers: LayerSpecification[] = [...base.layers];
  const labelAt = firstLabelLayer(base);
  const at = labelAt ? layers.findIndex((l) => l.id === labelAt) : layers.length;
  const halos = all.filter((l) => HALO_LAYER_IDS.includes(l.id));
  // Under the labels: the events' areas (countries, regions' extents), then the halos.
  const areas = areaLayers(data, theme, BASEMAP_SOURCE_ID in base.sources);
  layers.splice(at < 0 ? layers.length : at, 0, ...areas.layers, ...halos);
  layers.push(...all.filter((l) => !HALO_LAYER_IDS.includes(l.id)));
  return {
    ...base,
    sources: { ...base.sources, [AREA_SOURCE_ID]: areas.source, [EVENT_SOURCE_ID]: source },
    layers,
  };
}
