// The bridge to the basemap style (src/map/style.ts), plus composing it with the
// event source and layers into the one style the map uses.
//
// The style module is looked up with import.meta.glob so the app still builds
// and shows a plain background (and the events) if it is missing.
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { EventCollection } from '../../geo/types.ts';
import { CLUSTER_THRESHOLD, EVENT_SOURCE_ID, eventLayers, type Theme } from './event-layers.ts';

export interface BasemapOptions {
  theme: Theme;
  tilesUrl: string;
  fontsUrl: string;
}

interface StyleModule {
  basemapStyle?: (options: BasemapOptions) => StyleSpecification;
  firstLabelLayerId?: string | ((style: StyleSpecification) => string | undefined);
  [key: string]: unknown;
}

const modules = import.meta.glob<StyleModule>('./style.ts', { eager: true });
const styleModule: StyleModule | undefined = Object.values(modules)[0];

export const FALLBACK_ATTRIBUTION = '© Natural Earth · GeoNames';

/** The attribution string the style module exports (whatever its name), else a default. */
export function basemapAttribution(): string {
  if (styleModule) {
    for (const [key, value] of Object.entries(styleModule)) {
      if (/attribution/i.test(key) && typeof value === 'string') return value;
    }
  }
  return FALLBACK_ATTRIBUTION;
}

function fallbackStyle(theme: Theme): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': theme === 'dark' ? '#1b2329' : '#e9eef2' } },
    ],
  };
}

export function baseStyle(options: BasemapOptions): StyleSpecification {
  if (styleModule?.basemapStyle) {
    try {
      return styleModule.basemapStyle(options);
    } catch (e) {
      console.warn('basemap style failed, using a plain background', e);
    }
  }
  return fallbackStyle(options.theme);
}

function firstLabelLayer(style: StyleSpecification): string | undefined {
  const f = styleModule?.firstLabelLayerId;
  const id = typeof f === 'function' ? f(style) : f;
  if (id && style.layers.some((l) => l.id === id)) return id;
  return style.layers.find((l) => l.type === 'symbol')?.id;
}

/** The font stack of the basemap's first text layer, for the cluster count. */
function basemapFont(style: StyleSpecification): string[] | undefined {
  if (!style.glyphs) return undefined;
  for (const l of style.layers) {
    if (l.type !== 'symbol') continue;
    const font = l.layout?.['text-font'];
    if (Array.isArray(font) && font.every((x) => typeof x === 'string')) return font as string[];
  }
  return undefined;
}

const EMPTY: EventCollection = { type: 'FeatureCollection', features: [] };

/** The basemap with the events source, the approximate-area halo under the labels and markers on top. */
export function composeStyle(base: StyleSpecification, theme: Theme, data: EventCollection | null): StyleSpecification {
  const events = data ?? EMPTY;
  const clustered = events.features.length > CLUSTER_THRESHOLD;
  const source: GeoJSONSourceSpecification = {
    type: 'geojson',
    data: events as GeoJSONSourceSpecification['data'],
    promoteId: 'id',
    ...(clustered ? { cluster: true, clusterMaxZoom: 6, clusterRadius: 40 } : {}),
  };
  const font = basemapFont(base);
  const [halo, ...top] = eventLayers({ theme, clustered, ...(font ? { font } : {}) });
  const layers: LayerSpecification[] = [...base.layers];
  const labelAt = firstLabelLayer(base);
  const at = labelAt ? layers.findIndex((l) => l.id === labelAt) : layers.length;
  if (halo) layers.splice(at < 0 ? layers.length : at, 0, halo);
  layers.push(...top);
  return { ...base, sources: { ...base.sources, [EVENT_SOURCE_ID]: source }, layers };
}
