import { describe, expect, it } from 'vitest';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  EVENT_SOURCE_ID,
  ICONS,
  INTERACTIVE_LAYER_IDS,
  KIND_COLOURS,
  KIND_COLOURS_DARK,
  LAYER_IDS,
  eventLayers,
} from '../../src/map/event-layers.ts';

function styleWith(layers: ReturnType<typeof eventLayers>, cluster = false): StyleSpecification {
  return {
    version: 8,
    glyphs: 'http://127.0.0.1/fonts/{fontstack}/{range}.pbf',
    sources: {
      [EVENT_SOURCE_ID]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'id',
        ...(cluster ? { cluster: true } : {}),
      },
    },
    layers,
  };
}

describe('eventLayers', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is a valid style (${theme})`, () => {
      expect(validateStyleMin(styleWith(eventLayers({ theme })))).toEqual([]);
    });
    it(`is a valid style with clusters (${theme})`, () => {
      const layers = eventLayers({ theme, clustered: true, font: ['Noto Sans Regular'] });
      expect(validateStyleMin(styleWith(layers, true))).toEqual([]);
      expect(layers.map((l) => l.id)).toContain(LAYER_IDS.clusterCount);
    });
  }

  it('puts the approximate-area halo first (it goes under the labels) and the markers on top', () => {
    const ids = eventLayers({ theme: 'light' }).map((l) => l.id);
    expect(ids[0]).toBe(LAYER_IDS.approximate);
    expect(ids.at(-1)).toBe(LAYER_IDS.markers);
    for (const id of INTERACTIVE_LAYER_IDS) expect(ids).toContain(id);
  });

  it('draws strikes and attacks with different icons, from the events source', () => {
    const layers = eventLayers({ theme: 'light' });
    const markers = layers.find((l) => l.id === LAYER_IDS.markers)!;
    expect(markers.type).toBe('symbol');
    expect(JSON.stringify(markers)).toContain(ICONS.strike);
    expect(JSON.stringify(markers)).toContain(ICONS.attack);
    for (const l of layers) expect((l as { source?: string }).source).toBe(EVENT_SOURCE_ID);
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(3);
    expect(new Set(Object.values(KIND_COLOURS_DARK)).size).toBe(3);
  });

  it('adds no cluster layers unless asked, and no count without a font', () => {
    expect(eventLayers({ theme: 'light' }).some((l) => l.id === LAYER_IDS.clusters)).toBe(false);
    const ids = eventLayers({ theme: 'light', clustered: true }).map((l) => l.id);
    expect(ids).toContain(LAYER_IDS.clusters);
    expect(ids).not.toContain(LAYER_IDS.clusterCount);
  });
});
